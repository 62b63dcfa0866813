"""Earned value of a stored project: plan from the baseline when saved, else the schedule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.plan import baselines, tasks
from cpm_desktop.services.portfolio import projects
from cpm_desktop.services.portfolio.earned_value import earned_value_report
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
