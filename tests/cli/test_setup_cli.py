"""`new`, `client add|list` and `project add|set|show`: a workspace, a client and a project
started from the shell; every refusal is one line, exit 2, and leaves the file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import assert_one_line_error, run_main


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    """A new workspace holding one client, made through the CLI."""
    path = tmp_path / "w.cpm"
    assert run_main("new", str(path)).returncode == 0
    added = run_main("client", "add", "--db", str(path), "--name", "Müller Logistik AG")
    assert added.returncode == 0, added.stderr
    return path


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
        {"name": "Müller Logistik AG", "projects": ["WMS-2026"]}
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
