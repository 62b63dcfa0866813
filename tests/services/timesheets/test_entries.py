"""Booking actual hours: by the week's Monday, replaced not added, cleared at 0, within a week's
168 hours, billable by employer, audited; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import ClosedProjectError, ValidationError
from cpm_desktop.services.portfolio.lifecycle import close_project
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.services.timesheets.entries import (
    CellHours,
    clear_hours,
    record_hours,
    set_week,
    week_of,
)
from cpm_desktop.services.timesheets.views import booked_hours, timesheet_week
from cpm_desktop.workspace import Workspace
from tests.services.support import assert_refused, audit_count, audit_since
from tests.services.timesheets.staffing import SUMMARY_WBS, WEEK, Staff


def test_a_day_books_its_week_and_a_second_booking_replaces_the_first(
    staffed: tuple[Workspace, Staff],
) -> None:
    """Thursday names its week's Monday; booking again replaces the hours, 0 clears them."""
    ws, staff = staffed
    task = staff.tasks["3.4"]
    thursday = WEEK + dt.timedelta(days=3)
    row = ws.run(record_hours, staff.asa, task, thursday, 12.5, note="Mapping workshop")
    assert row is not None
    assert (row.week_start, row.hours, row.billable) == (WEEK, 12.5, True)
    assert row.note == "Mapping workshop"
    again = ws.run(record_hours, staff.asa, task, WEEK, 30)
    assert again is not None
    assert again.id == row.id
    assert (again.hours, again.note) == (30.0, "Mapping workshop")  # the note is kept
    assert ws.run(booked_hours, staff.project_id)[(staff.asa, task)] == 30.0
    assert ws.run(record_hours, staff.asa, task, WEEK, 0) is None
    assert (staff.asa, task) not in ws.run(booked_hours, staff.project_id)


def test_billable_defaults_by_employer(staffed: tuple[Workspace, Staff]) -> None:
    """Our and a vendor's staff bill their hours, the client's own staff do not; said wins."""
    ws, staff = staffed
    ours = ws.run(record_hours, staff.asa, staff.tasks["3.5"], WEEK, 8)
    vendor = ws.run(record_hours, staff.jurgen, staff.tasks["3.4"], WEEK, 8)
    client = ws.run(record_hours, staff.kim, staff.tasks["3.6"], WEEK, 8)
    told = ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 2, billable=False)
    assert [r.billable for r in (ours, vendor, client, told) if r] == [True, True, False, False]


def test_each_change_is_audited(staffed: tuple[Workspace, Staff]) -> None:
    """Creating, changing and clearing an entry each leave an entry in the trail."""
    ws, staff = staffed
    before = audit_count(ws)
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 8)
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 6)
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 6)  # no change: nothing
    ws.run(clear_hours, staff.asa, staff.tasks["3.4"], WEEK)
    trail = audit_since(ws, before)
    assert [(e.entity, e.action, e.field) for e in trail] == [
        ("timesheet", "create", ""),
        ("timesheet", "update", "hours"),
        ("timesheet", "delete", ""),
    ]
    assert "Åsa Lindqvist on" in trail[0].entity_label


@pytest.mark.parametrize(
    ("who", "wbs", "hours", "match"),
    [
        ("asa", "3.4", -1, "between 0 and 168"),
        ("asa", "3.4", 168.5, "between 0 and 168"),
        ("asa", "3.4", float("nan"), "between 0 and 168"),
        ("asa", "3.4", True, "must be a number"),
        ("asa", SUMMARY_WBS, 4, "summary task"),
        ("drums", "3.4", 4, "only people book hours"),
    ],
)
def test_bad_bookings_are_refused(
    staffed: tuple[Workspace, Staff], who: str, wbs: str, hours: float, match: str
) -> None:
    """Hours outside a week, a summary task or a material are refused; nothing is written."""
    ws, staff = staffed
    person, task = getattr(staff, who), staff.tasks[wbs]
    assert_refused(ws, lambda s: record_hours(s, person, task, WEEK, hours), ValidationError, match)


def test_a_person_has_no_more_than_a_week_over_all_tasks(staffed: tuple[Workspace, Staff]) -> None:
    """Two tasks of 100 hours in one week are more than it has; the second is refused."""
    ws, staff = staffed
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 100)
    assert_refused(
        ws,
        lambda s: record_hours(s, staff.asa, staff.tasks["3.5"], WEEK, 100),
        ValidationError,
        "would have 200 hours",
    )


def test_set_week_books_the_grid_at_once_and_moves_hours_between_tasks(
    staffed: tuple[Workspace, Staff],
) -> None:
    """A whole week in one call: hours moved from one task to another never count twice."""
    ws, staff = staffed
    a, b = staff.tasks["3.4"], staff.tasks["3.5"]
    ws.run(record_hours, staff.asa, a, WEEK, 160)
    week = ws.run(
        set_week, staff.project_id, WEEK, [CellHours(staff.asa, b, 160), CellHours(staff.asa, a, 0)]
    )
    cell = week.cell(staff.asa, b)
    assert cell is not None
    assert cell.hours == 160
    assert week.cell(staff.asa, a) is not None  # still offered: Åsa is assigned to it
    booked = ws.run(booked_hours, staff.project_id)
    assert (booked[(staff.asa, b)], (staff.asa, a) in booked) == (160.0, False)


def test_set_week_refuses_a_task_of_another_project(staffed: tuple[Workspace, Staff]) -> None:
    """The grid of one project books only that project's tasks."""
    ws, staff = staffed
    other = ws.run(find_project_id, "ALP-CC") or 0
    foreign = next(r.id for r in ws.run(task_rows, other) if not r.is_summary) if other else 0
    if not foreign:
        pytest.skip("the demo has a single project")
    cells = [CellHours(staff.asa, foreign, 4)]
    assert_refused(
        ws, lambda s: set_week(s, staff.project_id, WEEK, cells), ValidationError, "another"
    )


def test_a_closed_project_refuses_hours(staffed: tuple[Workspace, Staff]) -> None:
    """Once closed, a project's timesheet is read-only."""
    ws, staff = staffed
    ws.run(close_project, staff.project_id)
    assert_refused(
        ws,
        lambda s: record_hours(s, staff.asa, staff.tasks["3.4"], WEEK, 4),
        ClosedProjectError,
    )
    assert ws.run(timesheet_week, staff.project_id, WEEK).closed


def test_week_of_moves_any_day_to_its_monday() -> None:
    """Sunday belongs to the week that began six days before."""
    assert week_of(dt.date(2026, 11, 29)) == WEEK
    assert week_of(WEEK) == WEEK
    with pytest.raises(ValidationError):
        week_of("2026-11-23")
