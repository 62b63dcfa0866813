"""Calendars: the workspace template, project copies, holidays and working weekdays."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.models import Calendar
from cpm_desktop.services.plan import calendars, schedule
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    rows_by_name,
)

D = dt.date


def stored_calendar(workspace: Workspace, calendar_id: int) -> tuple[int, list[tuple]]:
    """(working weekday mask, [(day, name), ...]) of a stored calendar."""
    with workspace.transaction() as s:
        calendar = s.get(Calendar, calendar_id)
        assert calendar is not None
        return calendar.working_weekdays, [(h.day, h.name) for h in calendar.holidays]


def test_default_calendar_is_created_once_as_monday_to_friday(workspace: Workspace) -> None:
    """The first call creates 'Standard' (Mon–Fri); later calls return that same calendar."""
    with workspace.transaction() as s:
        first = calendars.default_calendar(s)
        first_id = first.id
        assert (first.name, first.is_default, first.working_weekdays) == (
            "Standard",
            True,
            0b0011111,
        )
    with workspace.transaction() as s:
        assert calendars.default_calendar(s).id == first_id
        assert len(s.scalars(select(Calendar).where(Calendar.is_default)).all()) == 1


def test_copy_calendar_copies_weekdays_and_holidays(workspace: Workspace) -> None:
    """A copy has the template's weekdays and holidays under its own name and id."""
    with workspace.transaction() as s:
        template = calendars.default_calendar(s)
        calendars.set_working_weekdays(s, template.id, [0, 1, 2])
        calendars.set_holidays(s, template.id, [(D(2026, 12, 25), "Christmas")])
        copy_id = calendars.copy_calendar(s, template.id, "  Site   calendar ").id
        assert copy_id != template.id
    with workspace.transaction() as s:
        copy = s.get(Calendar, copy_id)
        assert copy is not None
        assert (copy.name, copy.is_default) == ("Site calendar", False)
    assert stored_calendar(workspace, copy_id) == (0b111, [(D(2026, 12, 25), "Christmas")])


def test_copy_calendar_refuses_a_blank_name(workspace: Workspace) -> None:
    """A copied calendar needs a name."""

    def copy(s):
        return calendars.copy_calendar(s, calendars.default_calendar(s).id, " ")

    assert_refused(workspace, copy, ValidationError)


def test_set_holidays_replaces_the_list_sorted(workspace: Workspace, project: ProjectIds) -> None:
    """Holidays are replaced as a whole and kept in date order, names tidied."""
    with workspace.transaction() as s:
        calendars.set_holidays(s, project.calendar_id, [(D(2026, 5, 1), "May Day")])
        calendars.set_holidays(
            s,
            project.calendar_id,
            [(D(2026, 12, 26), " Boxing Day "), (D(2026, 12, 25), "Christmas")],
        )
    assert stored_calendar(workspace, project.calendar_id)[1] == [
        (D(2026, 12, 25), "Christmas"),
        (D(2026, 12, 26), "Boxing Day"),
    ]


def test_set_holidays_is_audited_with_old_and_new_dates(
    workspace: Workspace, project: ProjectIds, os_user: str
) -> None:
    """The audit row lists the holiday dates before and after."""
    with workspace.transaction() as s:
        calendars.set_holidays(s, project.calendar_id, [(D(2026, 5, 1), "May Day")])
    before = audit_count(workspace)
    with workspace.transaction() as s:
        calendars.set_holidays(
            s,
            project.calendar_id,
            [(D(2026, 12, 25), "Christmas"), (D(2026, 12, 24), "Eve")],
            project_id=project.project_id,
        )
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.entity_id, entry.field, entry.user, entry.project_id) == (
        "calendar",
        project.calendar_id,
        "holidays",
        os_user,
        project.project_id,
    )
    assert (entry.old_value, entry.new_value) == ("2026-05-01", "2026-12-24, 2026-12-25")


@pytest.mark.parametrize(
    "holidays",
    [
        pytest.param([(D(2026, 12, 25), "a"), (D(2026, 12, 25), "b")], id="same-day-twice"),
        pytest.param([(D(1899, 12, 25), "old")], id="before-1900"),
        pytest.param([(D(2200, 1, 1), "far")], id="after-2199"),
        pytest.param([("2026-12-25", "text")], id="date-as-text"),
        pytest.param([(dt.datetime(2026, 12, 25, 0, 0), "datetime")], id="datetime"),
    ],
)
def test_set_holidays_refuses_bad_dates(
    workspace: Workspace, project: ProjectIds, holidays: list
) -> None:
    """Duplicate, out-of-range or non-date holidays change nothing."""
    with workspace.transaction() as s:
        calendars.set_holidays(s, project.calendar_id, [(D(2026, 5, 1), "May Day")])
    assert_refused(
        workspace,
        lambda s: calendars.set_holidays(s, project.calendar_id, holidays),
        ValidationError,
    )


def test_set_holidays_refuses_a_non_text_name(workspace: Workspace, project: ProjectIds) -> None:
    """A holiday name that is not text is a ValidationError."""
    assert_refused(
        workspace,
        lambda s: calendars.set_holidays(s, project.calendar_id, [(D(2026, 12, 25), None)]),
        ValidationError,
    )


def test_set_working_weekdays_stores_the_mask_and_audits(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Monday, Tuesday and Saturday give the mask 0b0100011, with an audit row."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        calendars.set_working_weekdays(s, project.calendar_id, [5, 0, 1])
    assert stored_calendar(workspace, project.calendar_id)[0] == 0b0100011
    [entry] = audit_since(workspace, before)
    assert (entry.field, entry.old_value, entry.new_value) == ("working_weekdays", "31", "35")


@pytest.mark.parametrize("weekdays", [[], [7], [-1], [0, 9], ["0"]])
def test_set_working_weekdays_refuses_an_empty_or_bad_set(
    workspace: Workspace, project: ProjectIds, weekdays: list
) -> None:
    """At least one weekday 0..6 must be worked; anything else changes nothing."""
    assert_refused(
        workspace,
        lambda s: calendars.set_working_weekdays(s, project.calendar_id, weekdays),
        ValidationError,
    )


@pytest.mark.parametrize("calendar_id", [999, "1", None])
def test_calendar_services_refuse_unknown_ids(
    workspace: Workspace, project: ProjectIds, calendar_id: object
) -> None:
    """Unknown or mistyped calendar ids are NotFoundErrors for both setters."""
    assert_refused(workspace, lambda s: calendars.set_holidays(s, calendar_id, []), NotFoundError)
    assert_refused(
        workspace, lambda s: calendars.set_working_weekdays(s, calendar_id, [0]), NotFoundError
    )


def test_work_calendar_adapts_weekdays_and_holidays(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The scheduler's calendar skips the stored holidays and non-working weekdays."""
    with workspace.transaction() as s:
        calendars.set_working_weekdays(s, project.calendar_id, [0, 1, 2, 3])  # Mon–Thu
        calendars.set_holidays(s, project.calendar_id, [(D(2026, 9, 15), "Tuesday off")])
        work = schedule.work_calendar(s.get_one(Calendar, project.calendar_id))
    assert work.is_working(D(2026, 9, 14))
    assert not work.is_working(D(2026, 9, 15))  # holiday
    assert not work.is_working(D(2026, 9, 18))  # Friday
    assert work.add_working_days(D(2026, 9, 14), 3) == D(2026, 9, 21)


def test_new_holiday_moves_the_tasks_scheduled_on_it(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A holiday on the day a task is stored on moves that task to the next working day."""
    add_tasks(workspace, project.project_id, "Survey", duration=1)
    day = rows_by_name(workspace, project.project_id)["Survey"].start
    assert day is not None
    with workspace.transaction() as s:
        calendars.set_holidays(
            s, project.calendar_id, [(day, "Closed")], project_id=project.project_id
        )
    assert rows_by_name(workspace, project.project_id)["Survey"].start == day + dt.timedelta(1)


def test_dropping_a_weekday_moves_the_tasks_on_it(
    workspace: Workspace, project: ProjectIds
) -> None:
    """After the task's weekday stops being worked, the task is no longer stored on it."""
    add_tasks(workspace, project.project_id, "Survey", duration=1)
    start = rows_by_name(workspace, project.project_id)["Survey"].start
    assert start is not None
    others = [d for d in range(5) if d != start.weekday()]
    with workspace.transaction() as s:
        calendars.set_working_weekdays(
            s, project.calendar_id, others, project_id=project.project_id
        )
    moved = rows_by_name(workspace, project.project_id)["Survey"].start
    assert moved is not None
    assert moved.weekday() in others
