"""Resource usage by week, the tasks whose people are over-allocated, and utilisation."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain.team import Employer
from cpm_desktop.errors import ValidationError
from cpm_desktop.services.plan.calendars import create_calendar, set_holidays
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.portfolio.projects import update_project
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.resources import add_resource
from cpm_desktop.services.timesheets.entries import record_hours
from cpm_desktop.services.workload.views import (
    over_allocated_tasks,
    portfolio_utilisation,
    utilisation,
    workload,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, make_project


def _clash(workspace: Workspace, project_id: int) -> dict[str, int]:
    """Ana full time on A (5 days) and B (2 days) from Monday 7 Sep: 16 hours on two days."""
    with workspace.transaction() as s:
        ana = add_resource(s, "Ana").id
        a = add_task(s, project_id, "A", duration=5).id
        b = add_task(s, project_id, "B", duration=2).id
        assign(s, a, ana)
        assign(s, b, ana)
    return {"ana": ana, "A": a, "B": b}


def test_weeks_show_hours_capacity_and_over_allocation(
    workspace: Workspace, project: ProjectIds
) -> None:
    """56 planned hours of a 40-hour week read 140 % and over-allocated; an empty week not."""
    ids = _clash(workspace, project.project_id)
    with workspace.transaction() as s:
        load = workload(s, project.project_id, start=MONDAY + dt.timedelta(days=2), weeks=2)
    assert load.weeks == (MONDAY, MONDAY + dt.timedelta(days=7))
    (ana,) = load.resources
    assert (ana.resource_id, ana.name, ana.on_project) == (ids["ana"], "Ana", True)
    first, second = ana.project
    assert (first.hours, first.capacity, first.over_allocated) == (56.0, 40.0, True)
    assert first.percent == pytest.approx(140.0)
    assert (second.hours, second.over_allocated) == (0.0, False)
    assert ana.everywhere == ana.project


def test_other_projects_count_in_the_all_projects_load(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Bo half a day here and full time elsewhere: over-allocated only with every project,
    and the task here is marked."""
    other = make_project(workspace, "OTHER-01", "Other client")
    with workspace.transaction() as s:
        bo = add_resource(s, "Bo").id
        here = add_task(s, project.project_id, "Here", duration=1).id
        there = add_task(s, other.project_id, "There", duration=1).id
        assign(s, here, bo, units=0.5)
        assign(s, there, bo)
        load = workload(s, project.project_id, start=MONDAY, weeks=1)
        marked = over_allocated_tasks(s, project.project_id)
    (row,) = load.resources
    assert (row.project[0].hours, row.project[0].over_allocated) == (4.0, False)
    assert (row.everywhere[0].hours, row.everywhere[0].over_allocated) == (12.0, True)
    assert marked == {here}


def test_a_personal_day_off_is_no_capacity(workspace: Workspace, project: ProjectIds) -> None:
    """Leave on Wednesday: the week holds 32 hours, and a task that day over-allocates."""
    with workspace.transaction() as s:
        leave = create_calendar(s, "Cy's leave").id
        set_holidays(s, leave, [(MONDAY + dt.timedelta(days=2), "Leave")])
        cy = add_resource(s, "Cy", calendar_id=leave).id
        task = add_task(s, project.project_id, "Workshop", duration=3).id
        assign(s, task, cy)
        load = workload(s, project.project_id, start=MONDAY, weeks=1)
        marked = over_allocated_tasks(s, project.project_id)
    week = load.resources[0].project[0]
    assert (week.hours, week.capacity, week.over_allocated) == (24.0, 32.0, True)
    assert marked == {task}


@pytest.mark.parametrize("weeks", [0, 1000, 2.5])
def test_bad_weeks_are_refused(workspace: Workspace, project: ProjectIds, weeks: int) -> None:
    """Zero weeks, a thousand or a fraction are refused with a sentence."""
    with workspace.transaction() as s, pytest.raises(ValidationError, match="weeks"):
        workload(s, project.project_id, start=MONDAY, weeks=weeks)


def test_a_period_ending_before_it_starts_is_refused(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Utilisation from one week to an earlier one is refused."""
    with workspace.transaction() as s, pytest.raises(ValidationError, match="before its start"):
        utilisation(s, project.project_id, start=MONDAY, end=MONDAY - dt.timedelta(days=7))


def test_utilisation_is_billable_hours_over_available_hours(
    workspace: Workspace, project: ProjectIds
) -> None:
    """30 billable hours of a 40-hour week: 75 %; the client's key user and a vendor's
    consultant are not counted, nor are non-billable hours."""
    ids = _clash(workspace, project.project_id)
    with workspace.transaction() as s:
        key_user = add_resource(s, "Kim", employer=Employer.CLIENT).id
        assign(s, ids["A"], key_user)
        consultant = add_resource(s, "Vic", employer=Employer.VENDOR).id
        assign(s, ids["B"], consultant)
        record_hours(s, consultant, ids["B"], MONDAY, 40.0)
        record_hours(s, ids["ana"], ids["A"], MONDAY, 30.0)
        record_hours(s, ids["ana"], ids["B"], MONDAY, 6.0, billable=False)
        record_hours(s, key_user, ids["A"], MONDAY, 20.0)
        team = utilisation(s, project.project_id, start=MONDAY, end=MONDAY)
        thursday, friday = MONDAY + dt.timedelta(days=3), MONDAY + dt.timedelta(days=4)
        everyone = utilisation(s, None, start=thursday, end=friday)
    assert [(p.name, p.billable_hours, p.available_hours) for p in team.people] == [
        ("Ana", 30.0, 40.0)
    ]
    assert team.percent == pytest.approx(75.0)
    assert team.booked
    assert everyone.percent == pytest.approx(75.0)  # the period is whole weeks: the same one
    assert (everyone.start, everyone.end) == (MONDAY, MONDAY + dt.timedelta(days=6))


def test_utilisation_without_hours_booked(workspace: Workspace, project: ProjectIds) -> None:
    """Nobody booked: 0 % of what the team could work, and `booked` says so."""
    _clash(workspace, project.project_id)
    with workspace.transaction() as s:
        team = utilisation(s, project.project_id, start=MONDAY, end=MONDAY)
    assert (team.percent, team.booked) == (0.0, False)


def test_portfolio_utilisation_is_the_last_four_weeks_to_the_latest_status_date(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Every client: everyone's billable hours over the four weeks to the latest status date;
    one client: its projects' team and their hours on them, not another client's."""
    ids = _clash(workspace, project.project_id)
    other = make_project(workspace, "BETA-01", "Beta Retail")
    status = MONDAY + dt.timedelta(weeks=4, days=4)  # a Friday, five weeks in
    with workspace.transaction() as s:
        update_project(s, project.project_id, status_date=status)
        bo = add_resource(s, "Bo").id
        beta = add_task(s, other.project_id, "Shop", duration=20).id
        assign(s, beta, bo)
        record_hours(s, ids["ana"], ids["A"], MONDAY, 40.0)  # before the four weeks
        record_hours(s, ids["ana"], ids["A"], MONDAY + dt.timedelta(weeks=4), 20.0)
        record_hours(s, bo, beta, MONDAY + dt.timedelta(weeks=4), 40.0)
        everyone = portfolio_utilisation(s, None)
        acme = portfolio_utilisation(s, "ACME LOGISTICS")
    assert (everyone.start, everyone.end) == (
        MONDAY + dt.timedelta(weeks=1),
        MONDAY + dt.timedelta(weeks=5, days=-1),
    )
    assert everyone.billable_hours == 60.0
    assert everyone.available_hours == 2 * 4 * 40.0
    assert [(p.name, p.billable_hours) for p in acme.people] == [("Ana", 20.0)]
    assert acme.percent == pytest.approx(100 * 20 / 160)


def test_portfolio_utilisation_of_an_unknown_client_is_refused(workspace: Workspace) -> None:
    """A client name that names nobody is a clear error, not 0 %."""
    with pytest.raises(ValidationError, match="Nobody"), workspace.transaction() as s:
        portfolio_utilisation(s, "Nobody")
