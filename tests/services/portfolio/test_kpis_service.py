"""KPIs read from hand-made workspaces: milestones, revenue, budget, risks, changes, roll-ups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain import ChangeStatus, ConstraintType
from cpm_desktop.errors import NotFoundError
from cpm_desktop.models import Project
from cpm_desktop.services.changes import requests as crs
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.kpis import kpi_report
from cpm_desktop.services.portfolio.projects import NewProject, create_project, set_status_date
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.risks import register as risks
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, add_tasks, make_project

DECISION = {"decided_by": "Sponsor", "decided_on": MONDAY, "decision_notes": "Agreed."}
S = ChangeStatus
TO_APPROVED = (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED)


def _project(ws: Workspace, code: str, client_id: int, **fields) -> int:
    with ws.transaction() as s:
        return create_project(
            s, NewProject(client_id=client_id, code=code, name=code, start_date=MONDAY, **fields)
        ).id


def _change(ws: Workspace, project_id: int, steps: tuple[ChangeStatus, ...], **fields) -> None:
    with ws.transaction() as s:
        cr = crs.add_change_request(s, project_id, "Change", on=MONDAY, **fields)
        for step in steps:
            crs.transition(s, cr.id, step, on=MONDAY, **DECISION)


def test_milestones_on_time_late_and_not_yet_due(workspace: Workspace) -> None:
    """One met, one overdue past its baseline, one not yet due: 1 of 2 counted, 50 %."""
    pid = make_project(workspace).project_id
    ids = add_tasks(workspace, pid, "On time", "Late", is_milestone=True, duration=0)
    later = MONDAY + dt.timedelta(days=60)
    add_tasks(
        workspace,
        pid,
        "Future",
        is_milestone=True,
        duration=0,
        constraint_type=ConstraintType.SNET,
        constraint_date=later,
    )
    with workspace.transaction() as s:
        save_baseline(s, pid)
        tasks.edit_task(
            s, ids["On time"], percent_complete=100, actual_start=MONDAY, actual_finish=MONDAY
        )
        tasks.edit_task(
            s,
            ids["Late"],
            constraint_type=ConstraintType.SNET,
            constraint_date=MONDAY + dt.timedelta(days=7),
        )
        kpis = project_standing(s, pid, as_of=MONDAY + dt.timedelta(days=14)).kpis
    assert (kpis.milestones_met, kpis.milestones_counted) == (1, 2)
    assert kpis.on_time_rate == 0.5
    assert kpis.finish_variance_days == 0  # the last milestone still finishes on its baseline


def test_without_baseline_nothing_is_measured_on_time(workspace: Workspace) -> None:
    """No baseline: the on-time rate and finish variance are None, not 0 or 100 %."""
    pid = make_project(workspace).project_id
    add_tasks(workspace, pid, "M", is_milestone=True, duration=0)
    with workspace.transaction() as s:
        kpis = project_standing(s, pid, as_of=MONDAY + dt.timedelta(days=30)).kpis
    assert kpis.milestones_counted == 0
    assert kpis.on_time_rate is None
    assert kpis.finish_variance_days is None


def test_revenue_counts_approved_billable_change_orders_only(workspace: Workspace) -> None:
    """Approved billable CO counted; non-billable, pending and draft ones are not revenue."""
    with workspace.transaction() as s:
        client_id = create_client(s, "Acme").id
    pid = _project(workspace, "ACME-01", client_id, budget=800, contract_value=1000)
    _change(workspace, pid, TO_APPROVED, billable=True, change_order_value=200, cost_impact=100)
    _change(workspace, pid, TO_APPROVED, billable=False, cost_impact=50)
    _change(workspace, pid, (S.SUBMITTED,), billable=True, change_order_value=300)
    _change(workspace, pid, (), billable=True, change_order_value=400)
    with workspace.transaction() as s:
        [row] = kpi_report(s).projects
        kpis = project_standing(s, pid).kpis
    figures = row.figures
    assert figures is not None
    assert figures.approved_billable_changes == Decimal(200)
    assert figures.current_budget == Decimal(950)  # both approved cost impacts
    assert kpis.revenue == Decimal(1200)
    assert kpis.pending_change_requests == 1
    # No status date: nothing measured, the budget is the forecast cost.
    assert kpis.cost == Decimal(950)
    assert kpis.margin == Decimal(250)
    assert kpis.margin_pct == pytest.approx(250 / 1200)


def test_budget_variance_without_and_with_status_date(workspace: Workspace) -> None:
    """Without a status date the variance is 0; with one, the budget minus EV's EAC."""
    pid = make_project(workspace).project_id
    with workspace.transaction() as s:
        project = s.get(Project, pid)
        assert project is not None
        project.budget = Decimal(1000)
    [task] = add_tasks(workspace, pid, "Build", duration=10, budget_cost=Decimal(1000)).values()
    with workspace.transaction() as s:
        tasks.edit_task(s, task, percent_complete=50, actual_start=MONDAY, actual_cost=Decimal(700))
        before = project_standing(s, pid).kpis
    assert before.budget_variance == 0
    assert before.cpi is None
    with workspace.transaction() as s:
        set_status_date(s, pid, MONDAY + dt.timedelta(days=4))
        kpis = project_standing(s, pid).kpis
        eac = earned_value_report(s, pid, detail=False).project.eac
    assert eac > Decimal(1000)  # 50 % earned for 70 % spent
    assert kpis.cost == eac
    assert kpis.budget_variance == Decimal(1000) - eac
    assert kpis.budget_variance_pct is not None
    assert kpis.budget_variance_pct < 0
    assert kpis.cpi == pytest.approx(500 / 700, abs=0.001)


def test_open_red_risks_only(workspace: Workspace) -> None:
    """Open red risks count; green, closed and opportunity entries do not."""
    pid = make_project(workspace).project_id
    with workspace.transaction() as s:
        risks.add_risk(s, pid, "Red", probability=5, impact=5, on=MONDAY)
        risks.add_risk(s, pid, "Green", probability=1, impact=1, on=MONDAY)
        closed = risks.add_risk(s, pid, "Closed red", probability=5, impact=5, on=MONDAY)
        risks.close_risk(s, closed.id, on=MONDAY)
        risks.add_risk(s, pid, "Upside", kind="opportunity", probability=5, impact=5, on=MONDAY)
        kpis = project_standing(s, pid).kpis
    assert kpis.open_red_risks == 1


def _three_projects(ws: Workspace) -> None:
    with ws.transaction() as s:
        acme = create_client(s, "Acme").id
        beta = create_client(s, "Beta").id
    _project(ws, "ACME-1", acme, budget=100, contract_value=200)
    _project(ws, "ACME-2", acme, budget=100, contract_value=100)
    _project(ws, "BETA-1", beta, budget=100, contract_value=100)


def test_repeat_business_and_workspace_roll_up(workspace: Workspace) -> None:
    """Two clients, one with two projects: 1 repeat client of 2; margin pooled from sums."""
    _three_projects(workspace)
    with workspace.transaction() as s:
        report = kpi_report(s)
    total = report.total
    assert (total.project_count, total.client_count, total.repeat_clients) == (3, 2, 1)
    assert total.repeat_share == 0.5
    assert total.revenue == Decimal(400)
    assert total.margin_pct == pytest.approx(100 / 400)
    assert [row.code for row in report.projects] == ["ACME-1", "ACME-2", "BETA-1"]
    assert [row.client for row in report.clients] == ["Acme", "Beta"]


def test_client_filter_is_case_insensitive(workspace: Workspace) -> None:
    """--client picks one client by name in any case; its roll-up holds only its projects."""
    _three_projects(workspace)
    with workspace.transaction() as s:
        acme = kpi_report(s, client="aCME").total
    assert (acme.project_count, acme.client_count, acme.repeat_clients) == (2, 1, 1)
    assert acme.revenue == Decimal(300)


def test_unknown_client_is_refused(workspace: Workspace) -> None:
    """An unknown client name is a NotFoundError naming it."""
    _three_projects(workspace)
    with (
        pytest.raises(NotFoundError, match="No client named 'Gamma'"),
        workspace.transaction() as s,
    ):
        kpi_report(s, client="Gamma")


def test_empty_workspace_rolls_up_to_nothing(workspace: Workspace) -> None:
    """No project: zero counts and None rates, not an error."""
    with workspace.transaction() as s:
        total = kpi_report(s).total
    assert total.project_count == 0
    assert total.on_time_rate is None
    assert total.margin_pct is None
    assert total.repeat_share is None
