"""The standing read model: missing money is None, roll-ups leave out and count projects
without it, red risks and red issues apart, who set the overall status, the finish dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from cpm_desktop.domain import ChangeStatus, Rag, RiskKind
from cpm_desktop.domain.overall_status import StatusSource
from cpm_desktop.models import Client
from cpm_desktop.services.changes import requests as crs
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.kpis import kpi_report
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.portfolio.standing import ProjectStanding, project_standing
from cpm_desktop.services.portfolio.status_words import computed_reason
from cpm_desktop.services.portfolio.views import task_rows
from cpm_desktop.services.risks.register import add_risk, close_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, add_tasks

S = ChangeStatus


def _project(
    workspace: Workspace, code: str = "STAND-1", *, client: str = "Acme", **fields: Any
) -> int:
    """A project of `client` (made when new) starting on MONDAY, with `fields` of NewProject."""
    with workspace.transaction() as s:
        client_id = s.scalar(select(Client.id).where(Client.name == client))
        if client_id is None:
            client_id = create_client(s, client).id
        new = NewProject(client_id=client_id, code=code, name=code, start_date=MONDAY, **fields)
        return create_project(s, new).id


def _standing(workspace: Workspace, project_id: int) -> ProjectStanding:
    with workspace.transaction() as s:
        return project_standing(s, project_id)


def _change(workspace: Workspace, project_id: int, to: ChangeStatus, **fields: Any) -> None:
    steps = {
        S.SUBMITTED: (S.SUBMITTED,),
        S.APPROVED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED),
        S.REJECTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.REJECTED),
    }[to]
    with workspace.transaction() as s:
        row = crs.add_change_request(s, project_id, "Change", on=MONDAY, **fields)
        for step in steps:
            crs.transition(
                s,
                row.id,
                step,
                on=MONDAY,
                decided_by="Sponsor",
                decided_on=MONDAY,
                decision_notes="Agreed.",
            )


def test_without_budget_the_money_is_missing_not_zero(workspace: Workspace) -> None:
    """No budget and no contract value: budget, budget variance and margin are None."""
    pid = _project(workspace)
    add_tasks(workspace, pid, "Build", duration=5, budget_cost=Decimal(1000))
    standing = _standing(workspace, pid)
    assert standing.kpis.current_budget is None
    assert not standing.has_budget
    assert standing.kpis.budget_variance is None
    assert standing.kpis.budget_variance_pct is None
    assert standing.kpis.revenue is None
    assert standing.kpis.margin is None
    assert standing.kpis.margin_pct is None


def test_a_contract_value_without_budget_has_revenue_but_no_margin(workspace: Workspace) -> None:
    """Revenue is known from the contract value; with no budget nothing forecasts the cost."""
    pid = _project(workspace, contract_value=50_000)
    add_tasks(workspace, pid, "Build", duration=5)
    kpis = _standing(workspace, pid).kpis
    assert kpis.revenue == Decimal(50_000)
    assert kpis.cost is None
    assert kpis.margin is None
    assert kpis.margin_pct is None


def test_with_budget_and_contract_value_the_money_is_measured(workspace: Workspace) -> None:
    """The counterpart: a budget and a contract value give a budget and a margin."""
    pid = _project(workspace, budget=40_000, contract_value=50_000)
    standing = _standing(workspace, pid)
    assert standing.has_budget
    assert standing.kpis.current_budget == Decimal(40_000)
    assert standing.kpis.margin == Decimal(10_000)
    assert standing.kpis.margin_pct == 0.2


def test_roll_up_leaves_out_and_counts_projects_without_money(workspace: Workspace) -> None:
    """The total sums the budgeted projects only and says how many it left out of each sum."""
    _project(workspace, "FULL", budget=40_000, contract_value=50_000)
    _project(workspace, "NO-BUDGET", contract_value=30_000)
    _project(workspace, "NO-CONTRACT", client="Beta", budget=10_000)
    _project(workspace, "NOTHING", client="Beta")
    with workspace.transaction() as s:
        report = kpi_report(s)
    total = report.total
    assert total.project_count == 4
    assert total.without_budget == 2
    assert total.without_margin == 3  # only FULL has both a contract value and a forecast cost
    assert total.current_budget == Decimal(50_000)
    assert total.revenue == Decimal(50_000)
    assert total.margin == Decimal(10_000)
    beta = next(row for row in report.clients if row.client == "Beta")
    assert (beta.kpis.without_budget, beta.kpis.without_margin) == (1, 2)
    assert {row.code: row.kpis.current_budget for row in report.projects}["NOTHING"] is None


def test_red_risks_and_red_issues_are_counted_apart(workspace: Workspace) -> None:
    """Open red risks and open red issues are two counts; closed entries and opportunities none."""
    pid = _project(workspace)
    with workspace.transaction() as s:
        add_risk(s, pid, "Red risk", probability=5, impact=4, on=MONDAY)
        add_risk(s, pid, "Another red risk", probability=4, impact=4, on=MONDAY)
        add_risk(s, pid, "Amber risk", probability=2, impact=3, on=MONDAY)
        add_risk(s, pid, "Red issue", kind=RiskKind.ISSUE, severity=5, on=MONDAY)
        add_risk(s, pid, "Amber issue", kind=RiskKind.ISSUE, severity=3, on=MONDAY)
        closed = add_risk(s, pid, "Closed red issue", kind=RiskKind.ISSUE, severity=4, on=MONDAY)
        close_risk(s, closed.id, on=MONDAY)
        add_risk(s, pid, "Opportunity", kind=RiskKind.OPPORTUNITY, probability=5, impact=5)
    standing = _standing(workspace, pid)
    tally = standing.risks
    assert (tally.risks, tally.red_risks, tally.amber_risks) == (3, 2, 1)
    assert (tally.issues, tally.red_issues, tally.amber_issues) == (2, 1, 1)
    assert tally.red_items == 3
    assert (standing.kpis.open_red_risks, standing.kpis.open_red_issues) == (2, 1)


def test_overall_status_not_rated_when_nothing_is_measured(workspace: Workspace) -> None:
    """No PM rating and no KPI measured: no status at all, not a green."""
    pid = _project(workspace)
    add_tasks(workspace, pid, "Build", duration=5)
    overall = _standing(workspace, pid).overall
    assert (overall.rag, overall.source, overall.computed) == (None, StatusSource.NONE, None)


def test_overall_status_computed_from_the_worst_kpi(workspace: Workspace) -> None:
    """Not rated by the PM: two red items make it red, computed; one alone makes it amber."""
    pid = _project(workspace)
    with workspace.transaction() as s:
        add_risk(s, pid, "Red risk", probability=5, impact=5, on=MONDAY)
    overall = _standing(workspace, pid).overall
    assert (overall.rag, overall.source) == (Rag.AMBER, StatusSource.COMPUTED)
    with workspace.transaction() as s:
        add_risk(s, pid, "Red issue", kind=RiskKind.ISSUE, severity=5, on=MONDAY)
    overall = _standing(workspace, pid).overall
    assert (overall.rag, overall.source, overall.computed) == (
        Rag.RED,
        StatusSource.COMPUTED,
        Rag.RED,
    )
    assert "red risks and issues" in computed_reason(overall)


def test_overall_status_set_by_the_pm_keeps_the_computed_beside(workspace: Workspace) -> None:
    """The PM's green is shown, the computed red kept beside it, and the two differ."""
    pid = _project(workspace, rag=Rag.GREEN)
    with workspace.transaction() as s:
        add_risk(s, pid, "Red risk", probability=5, impact=5, on=MONDAY)
        add_risk(s, pid, "Red issue", kind=RiskKind.ISSUE, severity=5, on=MONDAY)
    overall = _standing(workspace, pid).overall
    assert (overall.rag, overall.source, overall.computed) == (Rag.GREEN, StatusSource.PM, Rag.RED)
    assert overall.differs
    quiet = _project(workspace, "STAND-2", rag=Rag.AMBER)
    overall = _standing(workspace, quiet).overall
    assert (overall.rag, overall.source, overall.computed) == (Rag.AMBER, StatusSource.PM, None)
    assert not overall.differs


def test_finish_forecast_baseline_and_agreed(workspace: Workspace) -> None:
    """Forecast = the plan's last finish; agreed = the baseline finish plus the approved
    changes' working days (pending and rejected ones add none); variance in working days."""
    pid = _project(workspace)
    ids = add_tasks(workspace, pid, "Build", duration=5)  # Mon 7 – Fri 11 Sep 2026
    with workspace.transaction() as s:
        save_baseline(s, pid)
        tasks.edit_task(s, ids["Build"], duration=8)  # now to Wed 16 Sep
    _change(workspace, pid, S.APPROVED, schedule_days=3)
    _change(workspace, pid, S.APPROVED, schedule_days=1)
    _change(workspace, pid, S.SUBMITTED, schedule_days=5)
    _change(workspace, pid, S.REJECTED, schedule_days=7)
    standing = _standing(workspace, pid)
    with workspace.transaction() as s:
        last = max(row.finish for row in task_rows(s, pid) if row.finish is not None)
    finish = standing.finish
    assert finish.forecast == last == dt.date(2026, 9, 16)
    assert finish.baseline == dt.date(2026, 9, 11)
    assert finish.agreed == dt.date(2026, 9, 17)  # Fri 11 + 4 working days
    assert finish.variance_days == standing.kpis.finish_variance_days == 3
    assert standing.changes.pending_count == standing.kpis.pending_change_requests == 1


def test_without_baseline_the_agreed_finish_starts_from_the_forecast(workspace: Workspace) -> None:
    """No baseline: no baseline finish or variance; approved days count from the forecast."""
    pid = _project(workspace)
    add_tasks(workspace, pid, "Build", duration=5)
    _change(workspace, pid, S.APPROVED, schedule_days=2)
    finish = _standing(workspace, pid).finish
    assert finish.forecast == dt.date(2026, 9, 11)
    assert (finish.baseline, finish.variance_days) == (None, None)
    assert finish.agreed == dt.date(2026, 9, 15)
