"""`new`, `client add|list` and `project add|set|show`: a workspace, a client and a project
started from the shell; every refusal is one line, exit 2, and leaves the file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import assert_one_line_error, run_main
from tests.templates import copy_of


@pytest.fixture(scope="module")
def _one_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new workspace holding one client, made through the CLI once for the module; closed,
    so a byte copy of it is the same workspace."""
    path = tmp_path_factory.mktemp("one-client") / "w.cpm"
    assert run_main("new", str(path)).returncode == 0
    added = run_main("client", "add", "--db", str(path), "--name", "Müller Logistik AG")
    assert added.returncode == 0, added.stderr
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def workspace_file(_one_client: Path, tmp_path: Path) -> Path:
    """The test's own copy of a new workspace holding one client, made through the CLI."""
    return copy_of(_one_client, tmp_path / "w.cpm")


def project(path: Path, code: str) -> dict[str, object]:
    """`project show --json` of `code`."""
    shown = run_main("project", "show", "--db", str(path), "--project", code, "--json")
    assert shown.returncode == 0, shown.stderr
    document: dict[str, object] = json.loads(shown.stdout)
    return document


def test_a_project_is_added_renamed_moved_and_shown(workspace_file: Path) -> None:
    """Add with a typed date and a lower-case client and code; rename; move the status date."""
    db = str(workspace_file)
    added = run_main(
        *("project", "add", "--db", db, "--client", "müller logistik ag", "--code", "wms-01"),
        *("--name", "WMS roll-out", "--start", "7 Sep 2026", "--currency", "chf"),
        *("--budget", "120000", "--contract-value", "150000", "--manager", "Zoë Brontë"),
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added the project WMS-01 for Müller Logistik AG."
    moved = run_main(
        *("project", "set", "--db", db, "--project", "WMS-01", "--code", "wms-2026"),
        *("--status-date", "18 Sep 2026", "--budget", "125000.50"),
    )
    assert moved.returncode == 0, moved.stderr
    shown = project(workspace_file, "wms-2026")
    assert (shown["code"], shown["currency"], shown["manager"]) == ("WMS-2026", "CHF", "Zoë Brontë")
    assert (shown["start_date"], shown["status_date"]) == ("2026-09-07", "2026-09-18")
    assert (shown["budget"], shown["contract_value"]) == ("125000.50", "150000.00")
    listed = run_main("client", "list", "--db", db, "--json")
    assert json.loads(listed.stdout)["clients"] == [
        {
            "name": "Müller Logistik AG",
            "address": "",
            "currency": "EUR",
            "locale": "en_GB",
            "projects": ["WMS-2026"],
        }
    ]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--budget", "-5", "--name", "Renamed"), "budget"),
        (("--status-date", "1 Jan 2020", "--name", "Renamed"), "before the project start"),
        (("--code", "two words", "--name", "Renamed"), "not valid"),
        (("--code", "OTHER-01", "--name", "Renamed"), "already used"),
        ((), "needs at least one"),
    ],
)
def test_a_refused_change_changes_nothing(
    workspace_file: Path, args: tuple[str, ...], needle: str
) -> None:
    """One bad field refuses the whole change: the name given beside it is not written."""
    db = str(workspace_file)
    for code in ("WMS-01", "OTHER-01"):
        created = run_main(
            *("project", "add", "--db", db, "--client", "Müller Logistik AG", "--code", code),
            *("--name", "WMS roll-out", "--start", "2026-09-07"),
        )
        assert created.returncode == 0, created.stderr
    before = workspace_file.read_bytes()
    result = run_main("project", "set", "--db", db, "--project", "WMS-01", *args)
    assert_one_line_error(result, needle)
    assert project(workspace_file, "WMS-01")["name"] == "WMS roll-out"
    assert workspace_file.read_bytes() == before


def test_unknown_client_duplicate_client_and_an_existing_file_are_refused(
    workspace_file: Path,
) -> None:
    """Nothing is created for an unknown client, a second client of the same name, or `new`
    over a file that exists."""
    db = str(workspace_file)
    before = workspace_file.read_bytes()
    assert_one_line_error(
        run_main(
            *("project", "add", "--db", db, "--client", "Nobody", "--code", "X"),
            *("--name", "X", "--start", "2026-09-07"),
        ),
        "No client named 'Nobody'",
    )
    assert_one_line_error(
        run_main("client", "add", "--db", db, "--name", "MÜLLER LOGISTIK AG"), "already exists"
    )
    assert_one_line_error(run_main("new", db), "already exists")
    assert workspace_file.read_bytes() == before


PLAN = b"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Pilot.xml</Name><Title>Pilot</Title><StartDate>2026-09-07T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>
      <Start>2026-09-07T08:00:00</Start><Finish>2026-09-09T17:00:00</Finish>
      <Duration>PT24H0M0S</Duration></Task>
  </Tasks>
</Project>
"""


def add_project(path: Path, code: str, *options: str) -> None:
    """`project add` of `code` for the fixture's client, starting 7 Sep 2026."""
    added = run_main(
        *("project", "add", "--db", str(path), "--client", "Müller Logistik AG"),
        *("--code", code, "--name", "WMS roll-out", "--start", "2026-09-07", *options),
    )
    assert added.returncode == 0, added.stderr


def test_a_client_is_added_with_its_address_and_currency_and_changed(
    workspace_file: Path,
) -> None:
    """`client add --address --currency --language`, `client set` renames, re-prices and
    relocates it, `client list --json` carries them, and a new project takes the client's
    currency."""
    db = str(workspace_file)
    added = run_main(
        *("client", "add", "--db", db, "--name", "Émile SA"),
        *("--address", "1 rue du Lac, Genève", "--currency", "chf", "--language", "fr-ch"),
    )
    assert added.returncode == 0, added.stderr
    changed = run_main(
        *("client", "set", "--db", db, "--client", "émile sa", "--name", "Émile & Fils SA"),
        *("--industry", "Retail", "--currency", "EUR", "--language", "de"),
    )
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "Changed the client Émile & Fils SA."
    listed = json.loads(run_main("client", "list", "--db", db, "--json").stdout)["clients"]
    assert {"name": "Émile & Fils SA", "address": "1 rue du Lac, Genève", "currency": "EUR",
            "locale": "de_DE", "projects": []} in listed  # fmt: skip
    added = run_main(
        *("project", "add", "--db", db, "--client", "Émile & Fils SA", "--code", "EF-1"),
        *("--name", "Shop", "--start", "2026-09-07"),
    )
    assert added.returncode == 0, added.stderr
    assert project(workspace_file, "EF-1")["currency"] == "EUR"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--client", "Nobody", "--name", "X"), "No client named 'Nobody'"),
        (("--client", "Müller Logistik AG", "--currency", "EURO"), "currency"),
        (("--client", "Müller Logistik AG", "--language", "klingon"), "language"),
        (("--client", "Müller Logistik AG"), "needs at least one"),
    ],
)
def test_a_refused_client_change_changes_nothing(
    workspace_file: Path, args: tuple[str, ...], needle: str
) -> None:
    """An unknown client, a bad currency or language, or nothing to change: one line, exit 2,
    file as was."""
    before = workspace_file.read_bytes()
    assert_one_line_error(run_main("client", "set", "--db", str(workspace_file), *args), needle)
    assert workspace_file.read_bytes() == before


def test_the_frame_of_a_project_is_set_and_shown(workspace_file: Path) -> None:
    """Objective, contract type and cadence on add and on set; a stage gate; `show` prints
    them, with the next status date the cadence suggests."""
    db = str(workspace_file)
    add_project(
        workspace_file,
        "WMS-01",
        *("--objective", "Pick faster", "--contract-type", "capped", "--cadence", "monthly"),
    )
    shown = project(workspace_file, "WMS-01")
    assert (shown["objective"], shown["contract_type"], shown["cadence"]) == (
        "Pick faster",
        "capped",
        "monthly",
    )
    assert (shown["stage"], shown["closed_on"]) == ("initiation", None)
    assert shown["next_status_date"] == "2026-10-07"
    changed = run_main(
        *("project", "set", "--db", db, "--project", "wms-01", "--cadence", "fortnightly"),
        *("--status-date", "2026-09-18", "--contract-type", "time_and_materials"),
        *("--stage", "planning", "--approved-by", "Zoë Brontë", "--gate-date", "2026-09-14"),
    )
    assert changed.returncode == 0, changed.stderr
    assert "entered planning on 2026-09-14, approved by Zoë Brontë" in changed.stdout
    shown = project(workspace_file, "WMS-01")
    assert (shown["stage"], shown["cadence"], shown["contract_type"]) == (
        "planning",
        "fortnightly",
        "time_and_materials",
    )
    assert shown["next_status_date"] == "2026-10-02"
    text = run_main("project", "show", "--db", db, "--project", "WMS-01").stdout
    assert "Time and materials" in text
    assert "Planning" in text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--stage", "closure"), "project close"),
        (("--stage", "initiation", "--name", "Renamed"), "already in initiation"),
        (("--approved-by", "Zoë"), "go with --stage"),
        (("--stage", "closing"), "invalid choice: 'closing'"),
        (("--cadence", "daily"), "invalid choice: 'daily'"),
        (("--stage", "planning", "--budget", "lots"), "budget"),
    ],
)
def test_a_refused_stage_gate_changes_nothing(
    workspace_file: Path, args: tuple[str, ...], needle: str
) -> None:
    """A gate into closure, into the stage it is in, before the start; an unknown stage or
    cadence; a bad field beside a good gate: one line, exit 2, the file as it was."""
    add_project(workspace_file, "WMS-01")
    before = workspace_file.read_bytes()
    result = run_main("project", "set", "--db", str(workspace_file), "--project", "WMS-01", *args)
    assert_one_line_error(result, needle)
    assert workspace_file.read_bytes() == before
    assert project(workspace_file, "WMS-01")["stage"] == "initiation"


def test_a_project_from_a_template_copies_its_plan(workspace_file: Path) -> None:
    """`project add --template CODE`: the new project has the template's tasks and links,
    scheduled from its own start, without the template's progress."""
    db = str(workspace_file)
    add_project(workspace_file, "WMS-01")
    for name, after in (("Design", ()), ("Build", ("--after", "1"))):
        added = run_main(
            *("task", "add", "--db", db, "--project", "WMS-01", "--name", name),
            *("--duration", "5", *after),
        )
        assert added.returncode == 0, added.stderr
    added = run_main(
        *("project", "add", "--db", db, "--client", "Müller Logistik AG", "--code", "WMS-02"),
        *("--name", "Second site", "--start", "2027-01-04", "--template", "wms-01"),
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added the project WMS-02 for Müller Logistik AG from WMS-01."
    copied = project(workspace_file, "WMS-02")
    assert (copied["tasks"], copied["finish_date"]) == (2, "2027-01-15")
    schedule = run_main("schedule", "--db", db, "--project", "WMS-02", "--json")
    tasks = json.loads(schedule.stdout)["tasks"]
    assert [(t["wbs"], t["name"], t["start"]) for t in tasks] == [
        ("1", "Design", "2027-01-04"),
        ("2", "Build", "2027-01-11"),  # after Design: the link came along
    ]
    unknown = run_main(
        *("project", "add", "--db", db, "--client", "Müller Logistik AG", "--code", "WMS-03"),
        *("--name", "Third", "--start", "2027-01-04", "--template", "NOPE"),
    )
    assert_one_line_error(unknown, "No project with code 'NOPE'")


def test_import_creates_the_workspace_it_is_given(tmp_path: Path) -> None:
    """`import --db NEW.cpm` creates the workspace; a refused import leaves no file behind."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(PLAN)
    db = tmp_path / "new.cpm"
    imported = run_main("import", str(source), "--db", str(db), "--client", "Acme")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"Created the workspace {db}.")
    listed = json.loads(run_main("client", "list", "--db", str(db), "--json").stdout)
    assert [c["name"] for c in listed["clients"]] == ["Acme"]

    bad = tmp_path / "bad.xml"
    bad.write_bytes(PLAN.replace(b"2026-09-07T08:00:00</Start>", b"2026-02-31T08:00:00</Start>"))
    other = tmp_path / "other.cpm"
    assert_one_line_error(run_main("import", str(bad), "--db", str(other)), "date")
    assert_one_line_error(
        run_main("import", str(source), "--db", str(tmp_path / "plan.txt")), "should end in .cpm"
    )
    long_name = run_main("import", str(source), "--db", str(other), "--client", "x" * 300)
    assert_one_line_error(long_name, "longer than 200")  # refused after the file was made
    assert not other.exists()
    assert not (tmp_path / "plan.txt").exists()
