"""KPIs read from the workspace: each project's figures from its read models, then rolled up.

Each project's read models (timeline, change summary, earned value, risk register) are read
once per call; the formulas themselves live in `scheduling.kpis`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import Rag, RiskKind, RiskStatus
from cpm_desktop.errors import CpmError, NotFoundError
from cpm_desktop.models import Client, Project
from cpm_desktop.scheduling import (
    CsatScore,
    EarnedValue,
    KpiRag,
    MilestoneOutcome,
    PortfolioKpis,
    ProjectFigures,
    ProjectKpis,
    WorkCalendar,
    kpi_rags,
    project_kpis,
    roll_up,
)
from cpm_desktop.services.changes.views import ChangeSummary, change_summary
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.timeline import Timeline, timeline
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.records.feedback import FeedbackRow, feedback_log
from cpm_desktop.services.risks.views import RiskRegister, risk_register
from cpm_desktop.services.validate import clean_optional_date, get_or_raise

_ZERO = Decimal("0.00")


class ClientNotFoundError(NotFoundError):
    """A client name given to a read names no client of the workspace."""

    def __init__(self, name: str) -> None:
        CpmError.__init__(self, f"No client named {name!r} in this workspace.")
        self.kind = "client"
        self.ident = name


@dataclass(frozen=True, slots=True)
class ProjectKpiRow:
    """One project's KPIs with what a table shows beside them: code, client, date and RAGs."""

    code: str
    name: str
    client: str
    currency: str
    as_of: dt.date
    kpis: ProjectKpis
    rags: dict[str, KpiRag | None]
    project_id: int = 0
    rag: str = ""  # the PM's overall RAG of the project: green, amber or red
    figures: ProjectFigures | None = None  # what the KPIs came from, for charts


@dataclass(frozen=True, slots=True)
class ClientKpiRow:
    """One client's roll-up over its projects, with its RAGs."""

    client: str
    kpis: PortfolioKpis
    rags: dict[str, KpiRag | None]


@dataclass(frozen=True, slots=True)
class KpiReport:
    """Projects by client and code, the roll-up per client, and the total of them all."""

    client: str | None  # the one client asked for, else None: the whole workspace
    projects: tuple[ProjectKpiRow, ...]
    clients: tuple[ClientKpiRow, ...]
    total: PortfolioKpis
    total_rags: dict[str, KpiRag | None]
    currencies: tuple[str, ...]  # more than one: roll-up money is summed without conversion


def project_kpis_of(
    session: Session, project_id: int, *, as_of: dt.date | None = None, plan: Timeline | None = None
) -> ProjectKpis:
    """One project's KPIs as of `as_of` (default: its status date, else today).

    `plan`: the project's Timeline when the caller has just read it, so it is not read twice.
    """
    figures, calendar, day = _read(session, project_id, as_of, plan)
    return project_kpis(figures, calendar, day)


def kpi_report(
    session: Session, *, client: str | None = None, as_of: dt.date | None = None
) -> KpiReport:
    """Every project's KPIs (or one client's), each client's roll-up and the total."""
    clients = _clients(session, client)
    query = (
        select(Project.id, Client.name)
        .join(Client, Client.id == Project.client_id)
        .where(Project.client_id.in_(clients))
        .order_by(Client.name, Project.code)
    )
    rows: list[ProjectKpiRow] = []
    for project_id, client_name in session.execute(query).all():
        project = get_or_raise(session, Project, project_id, "project")
        figures, calendar, day = _read(session, project_id, as_of, None)
        kpis = project_kpis(figures, calendar, day)
        rows.append(
            ProjectKpiRow(
                project.code,
                project.name,
                client_name,
                project.currency,
                day,
                kpis,
                kpi_rags(kpis),
                project.id,
                Rag(project.rag).value,
                figures,
            )
        )
    by_client: dict[str, list[ProjectKpis]] = {}
    for row in rows:
        by_client.setdefault(row.client, []).append(row.kpis)
    client_rows = tuple(
        ClientKpiRow(name, total, kpi_rags(total))
        for name, group in by_client.items()
        for total in (roll_up(group),)
    )
    total = roll_up(row.kpis for row in rows)
    chosen = next(iter(clients.values())) if client is not None else None
    currencies = tuple(sorted({row.currency for row in rows}))
    return KpiReport(chosen, tuple(rows), client_rows, total, kpi_rags(total), currencies)


def _clients(session: Session, name: str | None) -> dict[int, str]:
    """Client names by id: all of them, or the one named `name` (case-insensitive)."""
    every = {i: n for i, n in session.execute(select(Client.id, Client.name))}
    if name is None:
        return every
    wanted = name.strip().casefold()
    # In Python, not SQL: SQLite's lower() folds ASCII only, and clients are few.
    found = {i: n for i, n in every.items() if n.casefold() == wanted}
    if not found:
        raise ClientNotFoundError(name)
    return found


def _read(
    session: Session, project_id: int, as_of: dt.date | None, plan: Timeline | None
) -> tuple[ProjectFigures, WorkCalendar, dt.date]:
    """The project's figures, calendar and measuring date, each read model read once."""
    project = get_or_raise(session, Project, project_id, "project")
    day = clean_optional_date(as_of, "KPI date") or project.status_date or dt.date.today()
    if plan is None or plan.project_id != project.id:
        plan = timeline(session, project.id)
    summary = change_summary(session, project.id)
    register = risk_register(session, project.id, today=day)
    ev = None
    if project.status_date is not None:
        ev = earned_value_report(session, project.id, status_date=day, detail=False).project
    feedback = feedback_log(session, project.id)
    figures = figures_from(project, plan, summary, register, ev, feedback)
    return figures, work_calendar(project.calendar), day


def figures_from(
    project: Project,
    plan: Timeline,
    changes: ChangeSummary,
    register: RiskRegister,
    ev: EarnedValue | None,
    feedback: Sequence[FeedbackRow],
) -> ProjectFigures:
    """A project's KPI figures from read models already read (`ev` as of its status date)."""
    actual, to_complete = _costs(ev, changes.current_budget)
    red = sum(
        row.kind == RiskKind.RISK and row.status != RiskStatus.CLOSED and row.rag == Rag.RED
        for row in register.rows
    )
    return ProjectFigures(
        project_id=project.id,
        client_id=project.client_id,
        contract_value=project.contract_value,
        approved_billable_changes=changes.approved_change_orders,
        current_budget=max(changes.current_budget, _ZERO),
        actual_cost=actual,
        estimate_to_complete=to_complete,
        milestones=_milestones(plan),
        csat_scores=tuple(CsatScore(r.given_on, r.score) for r in feedback if r.score is not None),
        baseline_finish=max(
            (t.baseline_finish for t in plan.tasks if t.baseline_finish is not None),
            default=None,
        ),
        forecast_finish=plan.finish_date,
        earned_value=ev if ev is not None and ev.bac else None,
        open_red_risks=red,
        pending_change_requests=changes.pending_count,
    )


def _costs(ev: EarnedValue | None, current_budget: Decimal) -> tuple[Decimal, Decimal]:
    """(actual cost, estimate to complete): from earned value, else the budget still to spend.

    Without a status date nothing is measured yet, so the budget is the forecast; without
    budgeted tasks EV's estimate means nothing, so the budget left is the estimate.
    """
    budget = max(current_budget, _ZERO)
    if ev is None:
        return _ZERO, budget
    if not ev.bac:
        return ev.ac, max(budget - ev.ac, _ZERO)
    return ev.ac, ev.etc


def _milestones(plan: Timeline) -> tuple[MilestoneOutcome, ...]:
    """The plan's scheduled milestones: baseline finish, actual finish when done, else forecast."""
    outcomes = []
    for task in plan.tasks:
        if not task.is_milestone or task.is_summary or task.finish is None:
            continue
        done = task.percent_complete == 100
        finish = task.actual_finish if done and task.actual_finish is not None else task.finish
        outcomes.append(MilestoneOutcome(task.baseline_finish, finish, done))
    return tuple(outcomes)
