"""`cpm-desktop import` and `export mspdi`: reports, and one clear line for every bad file."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from tests.cli.support import assert_one_line_error, run_main
from tests.stores import rows_of
from tests.templates import copy_of

GOOD = b"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Pilot.xml</Name><Title>Pilot</Title><StartDate>2026-09-07T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Pilot</Name><OutlineLevel>0</OutlineLevel>
      <Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>
      <Start>2026-09-07T08:00:00</Start><Finish>2026-09-09T17:00:00</Finish>
      <Duration>PT24H0M0S</Duration></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel>
      <Start>2026-09-10T08:00:00</Start><Finish>2026-09-11T17:00:00</Finish>
      <Duration>PT16H0M0S</Duration>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>
    </Task>
  </Tasks>
</Project>
"""


@pytest.fixture
def db(empty_template: Path, tmp_path: Path) -> Path:
    """An empty workspace file, closed (a copy of the session's new, empty workspace)."""
    return copy_of(empty_template, tmp_path / "w.cpm")


def digest(path: Path) -> str:
    """Fingerprint of the workspace's content (a refused import must not change it)."""
    from cpm_desktop.workspace import check_workspace

    if not isinstance(path, Path):  # a database on the server store
        return hashlib.sha256(repr(rows_of(path)).encode()).hexdigest()
    return hashlib.sha256(repr(check_workspace(path).counts).encode()).hexdigest()


def test_import_prints_the_report_and_export_writes_it_back(db: Path, tmp_path: Path, capsys):
    """A good file becomes a project; exporting it gives MS Project XML with its tasks."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(GOOD)
    assert main(["import", str(source), "--db", str(db), "--client", "Acme"]) == 0
    out = capsys.readouterr().out
    assert "Imported MS Project XML plan as project PILOT (Pilot) for Acme." in out
    assert "2 tasks" in out
    assert "Scheduled finish: 2026-09-11." in out
    target = tmp_path / "back.xml"
    assert main(["export", "mspdi", "--db", str(db), "--project", "PILOT", "-o", str(target)]) == 0
    written = target.read_text("utf-8")
    assert "<Name>Build</Name>" in written
    assert "<PredecessorUID>" in written


BAD_FILES = {
    "empty": (b"", "is empty"),
    "truncated": (GOOD[: len(GOOD) // 2], "not well-formed XML"),
    "latin-1": (GOOD.replace(b"Design", "Désign".encode("latin-1")), "not valid UTF-8"),
    "wrong-root": (b"<?xml version='1.0'?><Workbook/>", "not an MS Project XML file"),
    "billion-laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Project>&lol2;</Project>',
        "entities",
    ),
    "external-entity": (
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<Project>&x;</Project>",
        "entities",
    ),
    "cycle": (
        GOOD.replace(
            b"<Duration>PT24H0M0S</Duration></Task>",
            b"<Duration>PT24H0M0S</Duration><PredecessorLink><PredecessorUID>2</PredecessorUID>"
            b"<Type>1</Type></PredecessorLink></Task>",
        ),
        "loop",
    ),
    "impossible-date": (
        GOOD.replace(b"2026-09-10T08:00:00", b"2026-02-30T08:00:00"),
        "impossible date",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES), ids=str)
def test_bad_files_give_one_line_and_change_nothing(case: str, db: Path, tmp_path: Path) -> None:
    """Each bad file: exit 2, one line on stderr naming the problem, the workspace untouched."""
    data, needle = BAD_FILES[case]
    source = tmp_path / f"{case}.xml"
    source.write_bytes(data)
    before = digest(db)
    result = run_main("import", str(source), "--db", str(db))
    assert_one_line_error(result, needle)
    assert digest(db) == before


def test_a_100_mb_file_is_refused_before_reading(db: Path, tmp_path: Path) -> None:
    """A huge file is refused by its size, with a line saying the limit."""
    source = tmp_path / "huge.xml"
    with open(source, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    before = digest(db)
    result = run_main("import", str(source), "--db", str(db))
    assert_one_line_error(result, "100 MB")
    assert digest(db) == before


def test_unknown_format_is_named(db: Path, tmp_path: Path) -> None:
    """A file that is no plan format says which formats are read."""
    source = tmp_path / "notes.txt"
    source.write_text("not a plan", encoding="utf-8")
    result = run_main("import", str(source), "--db", str(db))
    assert_one_line_error(result, "GanttProject")


def test_export_of_unknown_project_is_a_user_error(db: Path, tmp_path: Path) -> None:
    """Exporting a project code that does not exist exits 2 and writes no file."""
    result = run_main(
        "export", "mspdi", "--db", str(db), "--project", "NOPE", "-o", str(tmp_path / "x.xml")
    )
    assert_one_line_error(result, "NOPE")
    assert not (tmp_path / "x.xml").exists()


def test_import_report_counts_match_the_json_schedule(db: Path, tmp_path: Path, capsys) -> None:
    """After import, `schedule --json` shows the imported tasks with the link applied."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(GOOD)
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["schedule", "--db", str(db), "--project", "PILOT", "--json"]) == 0
    tasks = {t["name"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    assert tasks["Build"]["start"] == "2026-09-10"
    assert tasks["Build"]["driver"]["kind"] == "link"


# -- outlines deeper than Python's recursion limit ------------------------------------------

DEPTH = 3_000  # three times Python's default recursion limit


def deep_gan(depth: int) -> bytes:
    """A GanttProject file of `depth` tasks, each the only child of the one before."""
    opening = "".join(
        f'<task id="{i}" name="Level {i + 1}" meeting="false" start="2026-09-07" '
        f'duration="{1 + i % 3}" complete="0" expand="true">'
        for i in range(depth)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><project name="Deep gan" version="3.3">'
        f"<tasks>{opening}{'</task>' * depth}</tasks></project>"
    ).encode()


def deep_mspdi(depth: int) -> bytes:
    """An MS Project file of `depth` tasks, task n at OutlineLevel n."""
    tasks = "".join(
        f"<Task><UID>{n}</UID><ID>{n}</ID><Name>Level {n}</Name><OutlineLevel>{n}</OutlineLevel>"
        "<Start>2026-09-07T08:00:00</Start><Duration>PT16H0M0S</Duration></Task>"
        for n in range(1, depth + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/'
        'project"><Name>Deep</Name><Title>Deep xml</Title><StartDate>2026-09-07T08:00:00'
        f"</StartDate><Tasks>{tasks}</Tasks></Project>"
    ).encode()


@pytest.fixture(scope="module")
def deep_db(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """One workspace holding both deep plans, imported through the CLI (DEEP-GAN, DEEP-XML)."""
    folder = tmp_path_factory.mktemp("deep")
    db = copy_of(empty_template, folder / "deep.cpm")
    for name, data in (("deep.gan", deep_gan(DEPTH)), ("deep.xml", deep_mspdi(DEPTH))):
        (folder / name).write_bytes(data)
        assert main(["import", str(folder / name), "--db", str(db)]) == 0
    return db


def test_the_deep_outlines_are_deeper_than_the_recursion_limit() -> None:
    """The deep tests below prove something only while Python would refuse to recurse so far."""
    assert sys.getrecursionlimit() < DEPTH


@pytest.mark.parametrize("code", ["DEEP-GAN", "DEEP-XML"])
def test_deep_outline_imports_and_schedules_every_level(deep_db: Path, code: str, capsys) -> None:
    """3,000 nested levels import and schedule: every level there, the innermost the last."""
    capsys.readouterr()
    assert main(["schedule", "--db", str(deep_db), "--project", code, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["tasks"]
    assert len(rows) == DEPTH
    assert rows[-1]["wbs"] == ".".join(["1"] * DEPTH)
    assert [r["is_summary"] for r in rows] == [True] * (DEPTH - 1) + [False]


@pytest.mark.parametrize("code", ["DEEP-GAN", "DEEP-XML"])
def test_deep_outline_exports_as_ms_project_xml(deep_db: Path, code: str, tmp_path: Path) -> None:
    """The exported file has every level again, the innermost at OutlineLevel 3000."""
    target = tmp_path / "deep.xml"
    assert (
        main(["export", "mspdi", "--db", str(deep_db), "--project", code, "-o", str(target)]) == 0
    )
    written = target.read_text("utf-8")
    assert written.count("<Task>") >= DEPTH
    assert f"<OutlineLevel>{DEPTH}</OutlineLevel>" in written


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_deep_outline_exports_the_workbook_and_the_pack(
    deep_db: Path, kind: str, tmp_path: Path
) -> None:
    """The client workbook and the steering pack of a 3,000-deep plan are written.

    One project suffices: once imported, both plans are the same outline to the reports.
    """
    target = tmp_path / f"deep.{kind}"
    argv = ["export", kind, "--db", str(deep_db), "--project", "DEEP-GAN", "-o", str(target)]
    assert main(argv) == 0
    assert target.stat().st_size > 0
