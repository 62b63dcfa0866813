"""`cpm-desktop timesheet import FILE`: a preview by default, --apply books the valid lines in
one transaction, --json for scripts; a file or workspace problem is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.timesheets.views import booked_hours
from tests.services.timesheets.staffing import Staff, staffed_template
from tests.stores import open_store
from tests.templates import copy_of

HOURS = (
    "Mitarbeiter;PSP;Datum;Stunden;Bemerkung\n"
    "Åsa Lindqvist;3.4;23.11.2026;8;Mapping\n"
    "asa lindqvist;3.4;24.11.2026;7,5;\n"
    "Kim Keyuser;3.6;26.11.2026;3;\n"
    "Nobody;3.4;26.11.2026;3;\n"
)


@pytest.fixture
def staffed_file(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path, tmp_path: Path
) -> tuple[Path, Staff]:
    """A private, closed copy of the staffed demo."""
    template, staff = staffed_template(tmp_path_factory, demo_template)
    return copy_of(template, tmp_path / "staffed.cpm"), staff


def _args(db: Path, sheet: Path, *more: str) -> list[str]:
    return [
        "timesheet",
        "import",
        str(sheet),
        "--db",
        str(db),
        "--project",
        DEMO_PROJECT_CODE,
        *more,
    ]


def _booked(db: Path, staff: Staff) -> dict[tuple[int, int], float]:
    with open_store(db) as ws:
        return dict(ws.run(booked_hours, staff.project_id))


def test_preview_prints_bookings_and_refusals_and_writes_nothing(
    staffed_file: tuple[Path, Staff], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A table of the week's bookings, each refused line with its reason, nothing written."""
    db, staff = staffed_file
    sheet = tmp_path / "hours.csv"
    sheet.write_text(HOURS, encoding="utf-8")
    before = _booked(db, staff)
    assert main(_args(db, sheet)) == 0
    out = capsys.readouterr().out
    assert "2026-11-23  Åsa Lindqvist  3.4" in out
    assert "line 5: Nobody / 3.4: no person called 'Nobody'" in out
    assert "18.5 hours in 2 entries" in out
    assert "Nothing was written; add --apply" in out
    assert _booked(db, staff) == before


def test_apply_json_books_the_valid_lines(
    staffed_file: tuple[Path, Staff], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--apply --json: the lines, the bookings and what was booked, as plain values."""
    db, staff = staffed_file
    sheet = tmp_path / "hours.csv"
    sheet.write_text(HOURS, encoding="utf-8")
    assert main(_args(db, sheet, "--apply", "--json")) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    assert document["project"] == DEMO_PROJECT_CODE
    assert document["columns"] == ["Mitarbeiter", "PSP", "Datum", "Stunden", "Bemerkung"]
    assert document["lines"][1] | {"note": ""} == {
        "line": 3,
        "person": "asa lindqvist",
        "task": "3.4",
        "resource": "Åsa Lindqvist",
        "wbs": "3.4",
        "task_name": "Integration design: SAP S/4HANA and carriers",
        "week": "2026-11-23",
        "hours": 7.5,
        "billable": None,
        "note": "",
        "problem": None,
    }
    assert [b["hours"] for b in document["bookings"]] == [15.5, 3.0]
    assert document["bookings"][1]["billable"] is False  # the client's key user
    assert document["applied"] == {"bookings": 2, "hours": 18.5, "lines": 3, "refused_lines": 1}
    assert _booked(db, staff)[(staff.asa, staff.tasks["3.4"])] == 15.5


def test_nothing_to_book_and_unreadable_files_exit_2(
    staffed_file: tuple[Path, Staff], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every line refused: the preview is printed, then one line on stderr; a file without a
    header, a missing file or an unknown project: one line, exit 2."""
    db, _ = staffed_file
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Person,Task,Week,Hours\nNobody,3.4,2026-11-23,4\n", encoding="utf-8")
    assert main(_args(db, sheet, "--apply")) == 2
    captured = capsys.readouterr()
    assert "Refused lines:" in captured.out
    assert "bad.csv has no hours that can be booked on NHL-WMS" in captured.err
    sheet.write_text("just text\n", encoding="utf-8")
    assert main(_args(db, sheet)) == 2
    assert "no header row" in capsys.readouterr().err
    assert main(_args(db, tmp_path / "missing.xlsx")) == 2
    assert "Cannot read" in capsys.readouterr().err
    args = ["timesheet", "import", str(sheet), "--db", str(db), "--project", "NOPE"]
    assert main(args) == 2
    assert "No project with code 'NOPE'" in capsys.readouterr().err
