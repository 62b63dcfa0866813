"""A project's standing as of its status date: the one read model every screen and page renders.

Finish dates, KPIs with their RAGs, red risks and red issues, pending changes and their effect,
and the overall status with who set it are computed here, once. The Overview, the header, the
portfolio, the steering pack, the client workbook, the change form and `cpm-desktop kpis`
show these figures and compute none of their own, so no two of them can disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ProjectStatus, Rag, RiskKind, RiskStatus
from cpm_desktop.domain.lifecycle import ContractType
from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.domain.overall_status import OverallStatus, overall_status, red_items_rag
from cpm_desktop.models import Project
from cpm_desktop.scheduling import (
    CsatScore,
    EarnedValue,
    KpiRag,
    MilestoneOutcome,
    ProjectFigures,
    ProjectKpis,
    kpi_rags,
)
from cpm_desktop.scheduling import project_kpis as compute_kpis
from cpm_desktop.services.changes.views import ZERO, ChangeSummary, change_summary
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.timeline import Timeline, timeline
from cpm_desktop.services.portfolio import stored_standing
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.milestone_status import milestone_status
from cpm_desktop.services.records.feedback import FeedbackRow, feedback_log
from cpm_desktop.services.risks.views import RiskRegister, risk_register
from cpm_desktop.services.team.cost_basis import CostBasis, cost_basis
from cpm_desktop.services.typed_json import from_json, to_json
from cpm_desktop.services.validate import clean_optional_date, get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class FinishDates:
    """The project's finish three ways, and how its milestones stand against their baselines."""

    forecast: dt.date | None  # the plan's scheduled finish as of the status date
    baseline: dt.date | None  # baseline 0's last finish; None without a baseline
    agreed: dt.date | None  # baseline (else forecast) + approved change days: promised now
    variance_days: int | None  # forecast vs baseline, working days; > 0 is late
    late_milestones: int  # open milestones forecast after their baseline ("Late", "At risk")
    worst_milestone_slip: int | None  # the largest slip of an open milestone, working days


@dataclass(frozen=True, slots=True)
class RiskTally:
    """Open risks and open issues, each with its red and amber counts (opportunities apart)."""

    risks: int
    red_risks: int
    amber_risks: int
    issues: int
    red_issues: int
    amber_issues: int

    @property
    def red_items(self) -> int:
        """Open red risks and red issues together."""
        return self.red_risks + self.red_issues


@dataclass(frozen=True, slots=True)
class ProjectStanding:
    """Everything a screen or page says about how a project stands, as of one day."""

    project_id: int
    code: str
    name: str
    client: str
    currency: str
    status: ProjectStatus
    as_of: dt.date  # the status date, else the day asked for, else today
    status_date: dt.date | None
    finish: FinishDates
    kpis: ProjectKpis
    rags: dict[str, KpiRag | None]
    risks: RiskTally
    changes: ChangeSummary
    overall: OverallStatus
    figures: ProjectFigures  # what the KPIs were computed from (the portfolio's charts)

    @property
    def has_budget(self) -> bool:
        """False when no budget is set: budget figures show as missing."""
        return self.kpis.current_budget is not None


def project_standing(
    session: Session,
    project_id: int,
    *,
    as_of: dt.date | None = None,
    plan: Timeline | None = None,
    include_internal: bool = True,
) -> ProjectStanding:
    """How the project stands as of `as_of` (default: its status date, else today).

    `plan`: the project's Timeline when the caller has just read it, so it is not read twice.
    Without `include_internal`, risks marked internal count nowhere (a client's figures).
    On a team server the standing stored for the project is used while current, else it is
    computed and stored.
    """
    if not (include_internal and stored_standing.in_use(session)):  # a file; a client's
        project = get_or_raise(session, Project, project_id, N_("project"))
        day = as_of_day(as_of, project.status_date)
        return _computed(session, project, day, plan, include_internal=include_internal)
    stored = stored_standings(session, [project_id], as_of)
    if project_id in stored.current:
        return stored.current[project_id]
    project = get_or_raise(session, Project, project_id, N_("project"))
    day, revision = stored.days[project.id], stored.revisions[project.id]
    standing = _computed(session, project, day, plan, include_internal=True)
    stored_standing.keep(session, project.id, revision, day, to_json(standing))
    return standing


def as_of_day(as_of: dt.date | None, status_date: dt.date | None) -> dt.date:
    """The day a standing is as of: the one asked for, else the status date, else today."""
    return clean_optional_date(as_of, N_("KPI date")) or status_date or dt.date.today()


@dataclass(frozen=True, slots=True)
class StoredStandings:
    """What a team server keeps of some projects' standings, and which of them are current."""

    revisions: dict[int, int]  # each project's revision, read before anything else
    days: dict[int, dt.date]  # the day each project's standing is asked as of
    current: dict[int, ProjectStanding]  # the stored standings still current, by project id


def stored_standings(
    session: Session, project_ids: Collection[int], as_of: dt.date | None
) -> StoredStandings:
    """The projects' stored standings still current: computed at the project's revision and
    as of the day asked (`as_of_day`)."""
    revisions = stored_standing.revisions(session, project_ids)  # first: see there
    days = {
        project_id: as_of_day(as_of, status_date)
        for project_id, status_date in session.execute(
            select(Project.id, Project.status_date).where(Project.id.in_(project_ids))
        )
    }
    current = {
        project_id: from_json(payload, ProjectStanding)
        for project_id, (revision, day, payload) in stored_standing.kept(session, days).items()
        if revision == revisions[project_id] and day == days[project_id]
    }
    return StoredStandings(revisions, days, current)


def _computed(
    session: Session,
    project: Project,
    day: dt.date,
    plan: Timeline | None,
    *,
    include_internal: bool,
) -> ProjectStanding:
    """Compute the standing from the project's records (see `project_standing`)."""
    if plan is None or plan.project_id != project.id:
        # The standing shows no predecessors and no slack: the stored dates alone.
        plan = timeline(session, project.id, predecessors=False, slack=False)
    basis = cost_basis(session, project.id)
    value = None
    if project.status_date is not None:
        value = earned_value_report(
            session, project.id, status_date=day, detail=False, basis=basis, plan=plan
        ).project
    return standing_from(
        project,
        plan,
        change_summary(session, project.id),
        risk_register(session, project.id, today=day, include_internal=include_internal),
        value,
        feedback_log(session, project.id),
        day,
        basis=basis,
    )


def standing_from(
    project: Project,
    plan: Timeline,
    changes: ChangeSummary,
    register: RiskRegister,
    value: EarnedValue | None,
    feedback: Sequence[FeedbackRow],
    as_of: dt.date,
    *,
    basis: CostBasis | None = None,
) -> ProjectStanding:
    """The standing from read models the caller has already read (`value` as of `as_of`,
    from the cost `basis`; None: costs as stored on the tasks)."""
    calendar = work_calendar(project.calendar)
    risks = risk_tally(register)
    figures = figures_from(project, plan, changes, risks, value, feedback, basis=basis)
    kpis = compute_kpis(figures, calendar, as_of)
    rags = kpi_rags(kpis)
    delivery: dict[str, str | None] = {**rags, "red_items": red_items_rag(risks.red_items)}
    return ProjectStanding(
        project_id=project.id,
        code=project.code,
        name=project.name,
        client=project.client.name,
        currency=project.currency,
        status=project.status,
        as_of=as_of,
        status_date=project.status_date,
        finish=_finish(plan, changes, kpis, figures.baseline_finish),
        kpis=kpis,
        rags=rags,
        risks=risks,
        changes=changes,
        overall=overall_status(project.rag, delivery),
        figures=figures,
    )


def risk_tally(register: RiskRegister) -> RiskTally:
    """Count the register's open risks and issues, and the red and amber ones of each."""
    counts = {(kind, rag): 0 for kind in (RiskKind.RISK, RiskKind.ISSUE) for rag in Rag}
    totals = {RiskKind.RISK: 0, RiskKind.ISSUE: 0}
    for row in register.rows:
        if row.status == RiskStatus.CLOSED or row.kind not in totals:
            continue
        totals[row.kind] += 1
        counts[row.kind, row.rag] += 1
    return RiskTally(
        risks=totals[RiskKind.RISK],
        red_risks=counts[RiskKind.RISK, Rag.RED],
        amber_risks=counts[RiskKind.RISK, Rag.AMBER],
        issues=totals[RiskKind.ISSUE],
        red_issues=counts[RiskKind.ISSUE, Rag.RED],
        amber_issues=counts[RiskKind.ISSUE, Rag.AMBER],
    )


def _finish(
    plan: Timeline,
    changes: ChangeSummary,
    kpis: ProjectKpis,
    baseline: dt.date | None,
) -> FinishDates:
    forecast = plan.finish_date
    slips = [
        t.finish_variance or 0
        for t in plan.tasks
        if t.is_milestone
        and not t.is_summary
        and milestone_status(t, plan.status_date)
        in (MilestoneStanding.LATE, MilestoneStanding.AT_RISK)
    ]
    return FinishDates(
        forecast=forecast,
        baseline=baseline,
        agreed=changes.agreed_finish,
        variance_days=kpis.finish_variance_days,
        late_milestones=len(slips),
        worst_milestone_slip=max(slips, default=None),
    )


def figures_from(
    project: Project,
    plan: Timeline,
    changes: ChangeSummary,
    risks: RiskTally,
    value: EarnedValue | None,
    feedback: Sequence[FeedbackRow],
    *,
    basis: CostBasis | None = None,
) -> ProjectFigures:
    """A project's KPI figures from read models already read (`value` as of its status date).

    A budget or contract value of zero is one not set (an imported plan has neither): it is
    missing, not nothing, so the KPIs built on it are None instead of a 100 % overrun. A
    project nothing prices (no budget, and `basis.has_cost_data` False) has no cost: no earned
    value, no forecast cost, so no margin ("no cost data"). A time-and-materials
    contract earns its planned work at the bill rates (a capped one at most its value).
    """
    budget = max(changes.current_budget, ZERO) if project.budget > 0 else None
    # The PM's budget is cost data too: with nothing measured yet it is the forecast cost.
    costed = basis is None or basis.has_cost_data or budget is not None
    actual, to_complete = _costs(value, budget) if costed else (ZERO, None)
    return ProjectFigures(
        project_id=project.id,
        client_id=project.client_id,
        contract_value=_income(project, basis),
        approved_billable_changes=changes.approved_change_orders,
        current_budget=budget,
        actual_cost=actual,
        estimate_to_complete=to_complete,
        milestones=_milestones(plan),
        csat_scores=tuple(CsatScore(r.given_on, r.score) for r in feedback if r.score is not None),
        baseline_finish=max(
            (t.baseline_finish for t in plan.tasks if t.baseline_finish is not None),
            default=None,
        ),
        forecast_finish=plan.finish_date,
        earned_value=value if costed and value is not None and value.bac else None,
        open_red_risks=risks.red_risks,
        open_red_issues=risks.red_issues,
        pending_change_requests=changes.pending_count,
        has_cost_data=costed,
    )


def _income(project: Project, basis: CostBasis | None) -> Decimal | None:
    """What the client pays before change orders: the contract value (None when not set), or
    for time and materials the planned work at the bill rates, capped by a capped contract."""
    value = project.contract_value if project.contract_value > 0 else None
    billable = basis.billable if basis is not None else None
    if billable is None or project.contract_type is ContractType.FIXED_PRICE:
        return value
    if project.contract_type is ContractType.CAPPED and value is not None:
        return min(billable, value)
    return billable


def _costs(value: EarnedValue | None, budget: Decimal | None) -> tuple[Decimal, Decimal | None]:
    """(actual cost, estimate to complete): from earned value, else the budget still to spend.

    Without a status date nothing is measured yet, so the budget is the forecast; without
    budgeted tasks EV's estimate means nothing, so the budget left is the estimate; without
    either there is no estimate (None).
    """
    if value is not None and value.bac:
        return value.ac, value.etc
    actual = value.ac if value is not None else ZERO
    if budget is None:
        return actual, None
    return actual, max(budget - actual, ZERO)


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
