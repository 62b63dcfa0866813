"""Importing a timesheet: the preview finds people (accents and case ignored) and tasks (WBS or
name), adds a week's lines up and names every refusal; applying books the rest at once,
replacing what was booked, so importing twice books once."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cpm_desktop.errors import ClosedProjectError, InterchangeError, ValidationError
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.portfolio.lifecycle import close_project
from cpm_desktop.services.timesheets.entries import record_hours
from cpm_desktop.services.timesheets.importing import apply_timesheet, preview_timesheet
from cpm_desktop.services.timesheets.views import booked_hours
from cpm_desktop.workspace import Workspace
from tests.services.support import assert_refused
from tests.services.timesheets.staffing import WEEK, Staff

GOOD = (
    "Person,Task,Date,Hours,Billable,Note\n"
    "asa lindqvist,3.4,2026-11-23,8,,Mapping\n"
    "ÅSA LINDQVIST,3.4,2026-11-24,7.5,,Mapping\n"
    "Asa Lindqvist,Data migration approach and field mapping,2026-11-25,6,,\n"
    "Jurgen Ozdemir,3.4,2026-11-26,4,,\n"
    "Kim Keyuser,3.6,2026-11-27,3,,\n"
)


def _file(tmp_path: Path, text: str, name: str = "hours.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_preview_finds_people_and_tasks_and_adds_up_each_week(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """Daily lines become one booking per person, task and week; nothing is written."""
    ws, staff = staffed
    path = _file(tmp_path, GOOD)
    preview = ws.run(preview_timesheet, staff.project_id, path)
    assert preview.refused_lines == ()
    assert preview.refusal is None
    assert [line.resource for line in preview.lines[:3]] == ["Åsa Lindqvist"] * 3
    by_pair = {(b.resource, b.wbs): b for b in preview.bookings}
    asa = by_pair[("Åsa Lindqvist", "3.4")]
    assert (asa.week, asa.hours, asa.booked, asa.lines, asa.note) == (
        WEEK,
        15.5,
        0.0,
        (2, 3),
        "Mapping",
    )
    assert by_pair[("Åsa Lindqvist", "3.5")].hours == 6
    assert by_pair[("Jürgen Özdemir", "3.4")].billable  # a vendor's staff bill
    assert not by_pair[("Kim Keyuser", "3.6")].billable  # the client's do not
    assert preview.hours == 28.5
    assert (staff.asa, staff.tasks["3.4"]) not in ws.run(booked_hours, staff.project_id)


def test_apply_books_once_even_when_imported_twice(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """A booking replaces the week's hours: a second import of the file changes nothing."""
    ws, staff = staffed
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 40)
    path = _file(tmp_path, GOOD)
    applied = ws.run(apply_timesheet, staff.project_id, path)
    assert (applied.bookings, applied.hours, applied.lines, applied.refused_lines) == (
        4,
        28.5,
        5,
        0,
    )
    booked = ws.run(booked_hours, staff.project_id)
    assert booked[(staff.asa, staff.tasks["3.4"])] == 15.5
    again = ws.run(preview_timesheet, staff.project_id, path)
    assert not any(b.changes for b in again.bookings)
    ws.run(apply_timesheet, staff.project_id, path)
    assert ws.run(booked_hours, staff.project_id) == booked


def test_refusals_are_named_line_by_line_and_the_rest_is_booked(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """Unknown people and tasks, a summary, a material, another project: each line says why;
    a week with one bad line is refused whole, never booked short."""
    ws, staff = staffed
    text = (
        "Person,Task,Date,Hours,Project\n"
        "Nobody Known,3.4,2026-11-23,8,\n"  # 2
        "Åsa Lindqvist,9.9.9,2026-11-23,8,\n"  # 3
        "Åsa Lindqvist,3,2026-11-23,8,\n"  # 4: a summary
        "Cable drums,3.4,2026-11-23,8,\n"  # 5: a material
        "Åsa Lindqvist,3.4,2026-11-23,8,ALP-CC\n"  # 6: another project
        "Jürgen Özdemir,3.4,2026-11-23,4,\n"  # 7: same week as line 8 ...
        "Jürgen Özdemir,3.4,2026-11-24,lots,\n"  # 8: ... whose hours are unreadable
        "Kim Keyuser,3.6,2026-11-24,2,NHL-WMS\n"  # 9: fine
    )
    path = _file(tmp_path, text)
    preview = ws.run(preview_timesheet, staff.project_id, path)
    problems = {line.line: line.problem for line in preview.lines}
    assert "no person called 'Nobody Known'" in str(problems[2])
    assert "no task of NHL-WMS has the WBS code or name '9.9.9'" in str(problems[3])
    assert "summary task" in str(problems[4])
    assert "only people book hours" in str(problems[5])
    assert "for the project 'ALP-CC'" in str(problems[6])
    assert "refused with line 8 of the same week" in str(problems[7])
    assert "not a number of hours" in str(problems[8])
    assert problems[9] is None
    assert [(b.resource, b.hours) for b in preview.ready] == [("Kim Keyuser", 2.0)]
    applied = ws.run(apply_timesheet, staff.project_id, path)
    assert (applied.bookings, applied.refused_lines) == (1, 7)
    assert (staff.jurgen, staff.tasks["3.4"]) not in ws.run(booked_hours, staff.project_id)


def test_a_week_over_168_hours_and_two_billable_flags_are_refused(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """The file's hours with the week's other bookings stay within a week; one flag per week."""
    ws, staff = staffed
    ws.run(record_hours, staff.asa, staff.tasks["3.5"], WEEK, 100)
    text = (
        "Person,WBS,Week,Hours,Billable\n"
        "Åsa Lindqvist,3.4,2026-11-23,80,\n"
        "Kim Keyuser,3.6,2026-11-23,2,yes\n"
        "Kim Keyuser,3.6,2026-11-24,2,no\n"
    )
    preview = ws.run(preview_timesheet, staff.project_id, _file(tmp_path, text))
    problems = [b.problem for b in preview.bookings]
    assert "would have 180 hours" in str(problems[0])
    assert "both billable and not" in str(problems[1])
    assert preview.ready == ()
    assert_refused(
        ws,
        lambda s: apply_timesheet(s, staff.project_id, tmp_path / "hours.csv"),
        ValidationError,
        "no hours that can be booked",
    )


def test_ambiguous_task_names_and_excel_numbers_are_refused(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """Two tasks of one name need their WBS code; a WBS Excel keeps as a number (2.1) that
    could be another code (2.10) is refused rather than guessed."""
    ws, staff = staffed
    with ws.transaction() as s:
        add_task(s, staff.project_id, "Integration design: SAP S/4HANA and carriers")
        for n in range(6, 11):  # 2.6 … 2.10
            add_task(s, staff.project_id, f"Planning step {n}", parent_id=staff.tasks["2"])
    text = (
        "Person,Task,Date,Hours\n"
        "Åsa Lindqvist,Integration design: SAP S/4HANA and carriers,2026-11-23,1\n"
    )
    [line] = ws.run(preview_timesheet, staff.project_id, _file(tmp_path, text)).lines
    assert "2 tasks are called" in str(line.problem)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Person", "WBS", "Week", "Hours"])
    sheet.append(["Åsa Lindqvist", 2.1, "2026-11-23", 1])
    sheet.append(["Åsa Lindqvist", "2.1", "2026-11-23", 1])
    book.save(tmp_path / "hours.xlsx")
    number, text_code = ws.run(preview_timesheet, staff.project_id, tmp_path / "hours.xlsx").lines
    assert "could also be 2.10" in str(number.problem)
    assert text_code.problem is None  # typed as text, the code is what it says


def test_a_closed_project_refuses_the_import(
    staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """The preview says so; applying writes nothing."""
    ws, staff = staffed
    ws.run(close_project, staff.project_id)
    path = _file(tmp_path, GOOD)
    preview = ws.run(preview_timesheet, staff.project_id, path)
    assert "closed" in str(preview.refusal)
    assert preview.ready == ()
    assert_refused(ws, lambda s: apply_timesheet(s, staff.project_id, path), ClosedProjectError)


@pytest.mark.parametrize("name", ["hours.xlsx", "hours.csv"])
def test_an_unreadable_file_is_one_refusal(
    staffed: tuple[Workspace, Staff], tmp_path: Path, name: str
) -> None:
    """A file without a header is refused before anything is looked up."""
    ws, staff = staffed
    path = _file(tmp_path, "just,some,text\n", name)
    with pytest.raises(InterchangeError):
        ws.run(preview_timesheet, staff.project_id, path)
