"""The team's costs feed earned value, the baseline and the KPIs; a project nothing prices
reads "no cost data" instead of a number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cpm_desktop.domain.lifecycle import ContractType
from cpm_desktop.models import BaselineTask, TimesheetEntry
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.projects import set_status_date, update_project
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.team import resources as team
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds

FRIDAY = MONDAY + dt.timedelta(days=4)


def _staffed(workspace: Workspace, project: ProjectIds) -> int:
    """Ana (100/h cost, 150/h bill) on a 10-day task, 40 h booked in its first week."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana").id
        team.set_rate(
            s, resource_id=ana, effective_from=MONDAY, cost_rate=100, bill_rate=150, currency="EUR"
        )
        task = add_task(s, project.project_id, "Build", duration=10, percent_complete=50)
        assign(s, task.id, ana)
        s.add(TimesheetEntry(resource_id=ana, task_id=task.id, week_start=MONDAY, hours=40))
        set_status_date(s, project.project_id, FRIDAY)
        return task.id


def test_team_costs_are_the_earned_value_budget_and_actual(
    workspace: Workspace, project: ProjectIds
) -> None:
    """BAC = 80 h × 100; AC = 40 h × 100; half done: EV = 4,000 so CPI 1.00."""
    _staffed(workspace, project)
    with workspace.transaction() as s:
        value = earned_value_report(s, project.project_id, detail=False)
        kpis = project_standing(s, project.project_id).kpis
    assert value.has_cost_data
    assert (value.project.bac, value.project.ac, value.project.ev) == (
        Decimal("8000.00"),
        Decimal("4000.00"),
        Decimal("4000.00"),
    )
    assert kpis.cpi == 1.0
    assert kpis.has_cost_data


def test_a_baseline_keeps_work_and_team_cost(workspace: Workspace, project: ProjectIds) -> None:
    """Baseline 0 stores the task's 80 hours and its 8,000 of cost."""
    task_id = _staffed(workspace, project)
    with workspace.transaction() as s:
        save_baseline(s, project.project_id)
        row = s.query(BaselineTask).filter_by(task_id=task_id).one()
        assert (row.work_hours, row.budget_cost) == (80.0, Decimal("8000.00"))


def test_time_and_materials_earn_the_billable_work(
    workspace: Workspace, project: ProjectIds
) -> None:
    """T&M revenue is 80 h × 150 = 12,000; capped at a 10,000 contract it is 10,000."""
    _staffed(workspace, project)
    with workspace.transaction() as s:
        update_project(s, project.project_id, contract_type=ContractType.TIME_AND_MATERIALS)
        assert project_standing(s, project.project_id).kpis.revenue == Decimal("12000.00")
        update_project(
            s, project.project_id, contract_type=ContractType.CAPPED, contract_value=10000
        )
        assert project_standing(s, project.project_id).kpis.revenue == Decimal("10000.00")


def test_nothing_priced_reads_no_cost_data(workspace: Workspace, project: ProjectIds) -> None:
    """A plan without budget, rates or costs (an imported one) has no margin or CPI to show."""
    with workspace.transaction() as s:
        add_task(s, project.project_id, "Build", duration=10, percent_complete=50)
        set_status_date(s, project.project_id, FRIDAY)
        update_project(s, project.project_id, contract_value=50000)
        kpis = project_standing(s, project.project_id).kpis
    assert not kpis.has_cost_data
    assert (kpis.cpi, kpis.cost, kpis.margin, kpis.budget_variance) == (None, None, None, None)
    assert kpis.revenue == Decimal(50000)
