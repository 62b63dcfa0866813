"""Calendars shared by projects or per project, worked days beside holidays, the editor's step."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import DuplicateError, NotFoundError, ValidationError
from cpm_desktop.services.plan import calendars
from cpm_desktop.services.plan.calendars import CalendarEdit, CalendarException
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    rows_by_name,
)

D = dt.date
SATURDAY = D(2026, 9, 12)


def record(workspace: Workspace, project_id: int) -> calendars.CalendarRecord:
    """The calendar the project works by, read fresh."""
    with workspace.transaction() as s:
        return calendars.project_calendar(s, project_id)


def test_set_exceptions_keeps_holidays_and_worked_days_apart(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Holidays and worked days come back in their own fields and together, by date."""
    with workspace.transaction() as s:
        calendars.set_exceptions(
            s,
            project.calendar_id,
            [
                CalendarException(D(2026, 12, 25), "Christmas"),
                (SATURDAY, "Cut-over", True),
                (D(2026, 5, 1), "May Day"),
            ],
            project_id=project.project_id,
        )
    got = record(workspace, project.project_id)
    assert got.holidays == ((D(2026, 5, 1), "May Day"), (D(2026, 12, 25), "Christmas"))
    assert got.worked_days == ((SATURDAY, "Cut-over"),)
    assert [e.day for e in got.exceptions] == [D(2026, 5, 1), SATURDAY, D(2026, 12, 25)]
    assert got.used_by == ("ACME-01",)


def test_set_exceptions_is_audited_once_per_kind(workspace: Workspace, project: ProjectIds) -> None:
    """One audit row for the holidays, one for the worked days, under the project."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        calendars.set_exceptions(
            s,
            project.calendar_id,
            [(D(2026, 12, 25), "Christmas"), (SATURDAY, "Cut-over", True)],
            project_id=project.project_id,
        )
    entries = {
        e.field: (e.old_value, e.new_value, e.project_id) for e in audit_since(workspace, before)
    }
    assert entries == {
        "holidays": ("", "2026-12-25", project.project_id),
        "worked_days": ("", "2026-09-12", project.project_id),
    }


def test_set_exceptions_without_a_change_writes_nothing(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The same exceptions again leave no audit row."""
    wanted = [(D(2026, 12, 25), "Christmas")]
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, wanted)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, wanted)
    assert audit_count(workspace) == before


def test_a_holiday_can_become_a_worked_day_on_the_same_date(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Changing a date's kind and name updates its row (the date stays unique)."""
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, [(SATURDAY, "Off")])
        calendars.set_exceptions(s, project.calendar_id, [(SATURDAY, "Cut-over", True)])
    got = record(workspace, project.project_id)
    assert (got.holidays, got.worked_days) == ((), ((SATURDAY, "Cut-over"),))


@pytest.mark.parametrize(
    "exceptions",
    [
        pytest.param([(D(2026, 12, 25), "a"), (D(2026, 12, 25), "b", True)], id="same-day-twice"),
        pytest.param([(D(1899, 12, 25), "old", True)], id="before-1900"),
        pytest.param([(D(2026, 12, 25), "x", 1)], id="kind-not-a-flag"),
        pytest.param([(D(2026, 12, 25),)], id="no-name"),
        pytest.param(["2026-12-25"], id="not-a-tuple"),
        pytest.param([(D(2026, 12, 25), None, False)], id="name-not-text"),
    ],
)
def test_set_exceptions_refuses_bad_input(
    workspace: Workspace, project: ProjectIds, exceptions: list
) -> None:
    """Duplicate dates, bad dates, kinds or names change nothing."""
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, [(D(2026, 5, 1), "May Day")])
    assert_refused(
        workspace,
        lambda s: calendars.set_exceptions(s, project.calendar_id, exceptions),
        ValidationError,
    )


def test_set_holidays_keeps_the_worked_days(workspace: Workspace, project: ProjectIds) -> None:
    """The older setter replaces the holidays only; a worked day on a new holiday gives way."""
    sunday = SATURDAY + dt.timedelta(1)
    with workspace.transaction() as s:
        calendars.set_exceptions(
            s, project.calendar_id, [(SATURDAY, "Cut-over", True), (sunday, "Cut-over", True)]
        )
        calendars.set_holidays(s, project.calendar_id, [(sunday, "Rest")])
    got = record(workspace, project.project_id)
    assert (got.holidays, got.worked_days) == (((sunday, "Rest"),), ((SATURDAY, "Cut-over"),))


def test_a_worked_saturday_moves_the_plan_and_the_shading(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A 7-day task from Monday ends a day earlier when the Saturday between is worked."""
    add_tasks(workspace, project.project_id, "Install", duration=7)
    assert rows_by_name(workspace, project.project_id)["Install"].finish == D(2026, 9, 15)
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, [(SATURDAY, "Cut-over", True)])
    assert rows_by_name(workspace, project.project_id)["Install"].finish == D(2026, 9, 14)
    with workspace.transaction() as s:
        shading = timeline(s, project.project_id).calendar
    assert shading.is_working(SATURDAY)
    assert not shading.is_working(SATURDAY + dt.timedelta(1))
    assert shading.worked_days == frozenset({SATURDAY})


def test_copy_calendar_copies_the_worked_days(workspace: Workspace, project: ProjectIds) -> None:
    """A copy carries each exception with its kind."""
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, [(SATURDAY, "Cut-over", True)])
        copy = calendars.copy_calendar(s, project.calendar_id, "Copy")
    assert copy.worked_days == ((SATURDAY, "Cut-over"),)
    assert copy.used_by == ()


def test_create_rename_and_list_calendars(workspace: Workspace, project: ProjectIds) -> None:
    """New calendars are Mon–Fri or a copy; names are unique; the template is listed first."""
    with workspace.transaction() as s:
        calendars.set_exceptions(s, project.calendar_id, [(D(2026, 12, 25), "Christmas")])
        plain = calendars.create_calendar(s, "Zurich office")
        based = calendars.create_calendar(s, "Hamburg site", based_on=project.calendar_id)
        calendars.rename_calendar(s, plain.id, "Zürich office")
    assert plain.weekdays == frozenset(range(5))
    assert plain.exceptions == ()
    assert based.holidays == ((D(2026, 12, 25), "Christmas"),)
    with workspace.transaction() as s:
        listed = calendars.calendars(s)
    assert [c.name for c in listed] == [
        "Standard",
        "ACME-01 calendar",
        "Hamburg site",
        "Zürich office",
    ]
    assert listed[0].is_default
    assert_refused(
        workspace, lambda s: calendars.create_calendar(s, " hamburg  SITE"), DuplicateError
    )
    assert_refused(
        workspace, lambda s: calendars.rename_calendar(s, plain.id, "Hamburg site"), DuplicateError
    )
    assert_refused(
        workspace, lambda s: calendars.create_calendar(s, "X", based_on=999), NotFoundError
    )


def test_projects_share_a_calendar_and_each_change_moves_both(workspace: Workspace) -> None:
    """Two projects on one calendar: a holiday on it reschedules both; both are its users."""
    first, second = make_project(workspace, "ONE"), make_project(workspace, "TWO", "Beta AG")
    add_tasks(workspace, first.project_id, "A", duration=1)
    add_tasks(workspace, second.project_id, "B", duration=1)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        shared = calendars.set_project_calendar(s, second.project_id, first.calendar_id)
    assert shared.used_by == ("ONE", "TWO")
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.field, entry.old_value, entry.new_value) == (
        "project",
        "calendar",
        "TWO calendar",
        "ONE calendar",
    )
    with workspace.transaction() as s:
        calendars.set_exceptions(s, first.calendar_id, [(MONDAY, "Closed")])
    assert rows_by_name(workspace, first.project_id)["A"].start == MONDAY + dt.timedelta(1)
    assert rows_by_name(workspace, second.project_id)["B"].start == MONDAY + dt.timedelta(1)


def test_own_calendar_copies_a_shared_one_and_keeps_an_own_one(workspace: Workspace) -> None:
    """A project sharing a calendar gets a copy; a project alone on its calendar keeps it."""
    first, second = make_project(workspace, "ONE"), make_project(workspace, "TWO", "Beta AG")
    with workspace.transaction() as s:
        calendars.set_exceptions(s, first.calendar_id, [(MONDAY, "Closed")])
        calendars.set_project_calendar(s, second.project_id, first.calendar_id)
        own = calendars.own_calendar(s, second.project_id)
        kept = calendars.own_calendar(s, first.project_id)
    assert own.id not in (first.calendar_id, second.calendar_id)
    assert own.name == "TWO calendar (2)"  # its former calendar still has the plain name
    assert (own.used_by, own.holidays) == (("TWO",), ((MONDAY, "Closed"),))
    assert (kept.id, kept.used_by) == (first.calendar_id, ("ONE",))


def test_edit_project_calendar_applies_everything_in_one_step(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Name, weekdays and exceptions are set together; the plan follows once."""
    add_tasks(workspace, project.project_id, "Install", duration=6)
    change = CalendarEdit(
        calendar_id=None,
        name="Site calendar",
        working_weekdays=frozenset(range(4)),  # Mon–Thu
        exceptions=(CalendarException(MONDAY + dt.timedelta(1), "Closed"),),
    )
    with workspace.transaction() as s:
        got = calendars.edit_project_calendar(s, project.project_id, change)
    assert (got.id, got.name, got.weekdays) == (
        project.calendar_id,
        "Site calendar",
        change.working_weekdays,
    )
    # Mon, (Tue off), Wed, Thu, (Fri–Sun off), Mon, Tue, Wed: six working days.
    assert rows_by_name(workspace, project.project_id)["Install"].finish == D(2026, 9, 16)


def test_edit_project_calendar_can_share_and_refuses_unknown_ids(workspace: Workspace) -> None:
    """Choosing another project's calendar shares it; an unknown calendar changes nothing."""
    first, second = make_project(workspace, "ONE"), make_project(workspace, "TWO", "Beta AG")
    change = CalendarEdit(first.calendar_id, "Shared", frozenset(range(5)), ())
    with workspace.transaction() as s:
        got = calendars.edit_project_calendar(s, second.project_id, change)
    assert (got.id, got.name, got.used_by) == (first.calendar_id, "Shared", ("ONE", "TWO"))
    bad = CalendarEdit(999, "X", frozenset(range(5)), ())
    assert_refused(
        workspace,
        lambda s: calendars.edit_project_calendar(s, second.project_id, bad),
        NotFoundError,
    )
    empty = CalendarEdit(None, "X", frozenset(), ())
    assert_refused(
        workspace,
        lambda s: calendars.edit_project_calendar(s, second.project_id, empty),
        ValidationError,
    )
