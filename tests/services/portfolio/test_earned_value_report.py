"""Earned value of a stored project: plan from the baseline when saved, else the schedule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.plan import baselines, task_dates, tasks
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio import projects
from cpm_desktop.services.portfolio.earned_value import EarnedValueReport, earned_value_report
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused


def _two_tasks(workspace: Workspace, project_id: int) -> tuple[int, int]:
    """A: 10 days, 10,000, half done, 6,000 spent; B: 5 days, 5,000, after A, not started."""
    with workspace.transaction() as s:
        a = tasks.add_task(s, project_id, "A", duration=10, budget_cost=Decimal(10_000)).id
        b = tasks.add_task(s, project_id, "B", duration=5, budget_cost=Decimal(5_000)).id
        tasks.edit_task(s, a, percent_complete=50, actual_start=MONDAY, actual_cost=Decimal(6_000))
        projects.set_status_date(s, project_id, dt.date(2026, 9, 11))
    return a, b


def test_report_from_the_current_schedule(workspace: Workspace, project: ProjectIds) -> None:
    """Without a baseline: BAC is the budgets, PV is A's first week, EV and AC as reported."""
    _two_tasks(workspace, project.project_id)
    with workspace.transaction() as s:
        report = earned_value_report(s, project.project_id)
    values = report.project
    assert report.basis.startswith("current schedule")
    assert (values.bac, values.ev, values.ac) == (Decimal(15_000), Decimal(5_000), Decimal(6_000))
    # A runs Mon 7 – Fri 18 Sep: five of its ten working days planned by Fri 11 Sep.
    assert values.pv == Decimal(5_000)
    assert values.cpi == Decimal("0.833")
    assert report.curve[-1].pv == Decimal(15_000)
    assert [t.name for t in report.tasks] == ["A", "B"]


def test_report_against_a_baseline(workspace: Workspace, project: ProjectIds) -> None:
    """With baseline 0 saved before a budget change, BAC stays the baselined budget."""
    a, _ = _two_tasks(workspace, project.project_id)
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id)
        tasks.edit_task(s, a, budget_cost=Decimal(20_000))
        report = earned_value_report(s, project.project_id)
    assert report.basis == "Baseline"
    assert report.project.bac == Decimal(15_000)
    assert report.project.ev == Decimal(5_000)  # earned on the baselined budget: 50 % of 10,000


def test_without_a_status_date_it_asks_for_one(workspace: Workspace, project: ProjectIds) -> None:
    """Earned value needs an 'as of' date; a project without one gets a clear message."""
    assert_refused(
        workspace,
        lambda s: earned_value_report(s, project.project_id),
        ValidationError,
        "no status date",
    )


def _reports_both_ways(
    workspace: Workspace, project_id: int, **options: object
) -> tuple[EarnedValueReport, EarnedValueReport]:
    """The report as read from the tables, and as taken from a Timeline read just before."""
    with workspace.transaction() as s:
        plan = timeline(s, project_id)
        return (
            earned_value_report(s, project_id, **options),  # type: ignore[arg-type]
            earned_value_report(s, project_id, plan=plan, **options),  # type: ignore[arg-type]
        )


def test_from_a_timeline_the_figures_are_those_read(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Taken from the Timeline, earned value plans by baseline 0's budgets and dates where it
    holds a task, else by the schedule, and counts no summary: every figure as read."""
    a, b = _two_tasks(workspace, project.project_id)
    with workspace.transaction() as s:
        phase = tasks.add_task(s, project.project_id, "Phase").id
        tasks.add_task(
            s, project.project_id, "C", parent_id=phase, duration=4, budget_cost=Decimal(800)
        )
        baselines.save_baseline(s, project.project_id)
        # After the baseline: a new budget and a later start for A, a task it does not hold.
        tasks.edit_task(s, a, budget_cost=Decimal(20_000))
        task_dates.move_task_start(s, b, dt.date(2026, 9, 28))
        tasks.add_task(
            s, project.project_id, "D", parent_id=phase, duration=3, budget_cost=Decimal(900)
        )
    read, taken = _reports_both_ways(workspace, project.project_id)
    assert taken == read
    assert [t.name for t in taken.tasks] == ["A", "B", "C", "D"]  # no summary
    assert taken.project.bac == Decimal(15_000 + 800 + 900)  # A's and B's baselined budgets
    assert taken.basis == "Baseline"


def test_from_a_timeline_without_a_baseline_the_figures_are_those_read(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Without a baseline both ways plan by the schedule, on any status date."""
    _two_tasks(workspace, project.project_id)
    read, taken = _reports_both_ways(
        workspace, project.project_id, status_date=dt.date(2026, 9, 16)
    )
    assert taken == read
    assert taken.status_date == dt.date(2026, 9, 16)
    assert taken.basis.startswith("current schedule")
    assert [t.name for t in taken.tasks] == ["A", "B"]
    assert taken.curve


def test_the_standing_measures_earned_value_as_the_report_does(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The standing's earned value (taken from its Timeline) is the report's, read apart."""
    a, _ = _two_tasks(workspace, project.project_id)
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id)
        tasks.edit_task(s, a, budget_cost=Decimal(20_000), percent_complete=70)
        standing = project_standing(s, project.project_id)
        report = earned_value_report(s, project.project_id)
    assert report.project.spi is not None
    assert report.project.cpi is not None
    assert standing.kpis.spi == pytest.approx(float(report.project.spi))
    assert standing.kpis.cpi == pytest.approx(float(report.project.cpi))
    assert report.project.ev == Decimal(7_000)
