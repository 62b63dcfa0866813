"""Read model of the risk register: plain rows with scores, RAG, EMV and trends, for UI and CLI."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cpm_desktop.domain import Rag, ResponseStrategy, RiskKind, RiskStatus, Trend
from cpm_desktop.domain.risk_scoring import (
    expected_value,
    exposure,
    level_label,
    risk_score,
    score_rag,
    severity_rag,
    trend,
)
from cpm_desktop.models import Project, Risk, Task
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.validate import clean_optional_date, get_or_raise
from cpm_desktop.texts import N_

HEAT_MAP_SIZE = 5


@dataclass(frozen=True, slots=True)
class RiskRow:
    """One entry of the register with everything derived from it.

    Issues have no probability, impact or residual values; their score is None and their
    RAG follows the severity. Residual values fall back to the inherent ones when none is set.
    """

    id: int
    reference: str
    kind: RiskKind
    title: str
    description: str
    category: str
    cause: str
    effect: str
    owner: str
    probability: int | None
    probability_label: str
    impact: int | None
    impact_label: str
    severity: int | None
    severity_label: str
    score: int | None
    rag: Rag
    residual_probability: int | None
    residual_impact: int | None
    residual_score: int | None
    residual_rag: Rag | None
    proximity: dt.date | None
    due_date: dt.date | None
    strategy: ResponseStrategy | None
    mitigation: str
    contingency: str
    trigger: str
    cost_impact: Decimal
    schedule_impact: int
    emv: Decimal
    status: RiskStatus
    raised_on: dt.date
    review_on: dt.date | None
    closed_on: dt.date | None
    closure_note: str
    review_overdue: bool
    trend: Trend
    source_reference: str | None  # an issue: the risk it came from
    issue_reference: str | None  # a risk that occurred: the issue it became
    task_wbs: tuple[str, ...]
    internal: bool  # the supplier's own: never in a client export


@dataclass(frozen=True, slots=True)
class HeatMap:
    """Open risks counted by probability and impact: `cells[p - 1][i - 1]`."""

    cells: tuple[tuple[int, ...], ...]

    def count(self, probability: int, impact: int) -> int:
        """Number of open risks at this probability and impact."""
        return self.cells[probability - 1][impact - 1]

    @property
    def total(self) -> int:
        """Number of risks on the map."""
        return sum(map(sum, self.cells))


@dataclass(frozen=True, slots=True)
class RiskRegister:
    """The register of one project as of `today`, trends since `since`."""

    project_id: int
    code: str
    currency: str
    amber_from: int
    red_from: int
    today: dt.date
    since: dt.date | None
    rows: tuple[RiskRow, ...]
    rag_counts: dict[str, int]  # open risks and issues (not opportunities) per RAG
    heat_map: HeatMap  # open risks, inherent probability × impact
    residual_heat_map: HeatMap  # the same risks after their planned responses
    total_emv: Decimal  # open risks and issues


def risk_register(
    session: Session,
    project_id: int,
    *,
    today: dt.date | None = None,
    since: dt.date | None = None,
    include_internal: bool = True,
) -> RiskRegister:
    """The project's register by reference; trends since `since` (default: its status date).

    Without `include_internal` the entries marked internal are left out of the rows, the
    counts and the heat maps alike: the register a client export shows.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    today = clean_optional_date(today, N_("today")) or dt.date.today()
    since = clean_optional_date(since, N_("trend date")) or project.status_date
    risks = list(
        session.scalars(
            select(Risk)
            .where(Risk.project_id == project.id)
            .order_by(Risk.number)
            .options(selectinload(Risk.history), selectinload(Risk.task_links))
        )
    )
    if not include_internal:
        risks = [risk for risk in risks if not risk.internal]
    # The outline's codes only when a risk names a task: a 10,000-task outline costs 0.1 s.
    wbs = _wbs_codes(session, project.id) if any(risk.task_links for risk in risks) else {}
    refs = {risk.id: risk.reference for risk in risks}
    became = {r.source_risk_id: r.reference for r in risks if r.source_risk_id is not None}
    rows = tuple(
        _row(risk, project, today, since, wbs, refs.get(risk.source_risk_id or 0), became)
        for risk in risks
    )
    live = [row for row in rows if row.status != RiskStatus.CLOSED]
    threats = [row for row in live if row.kind != RiskKind.OPPORTUNITY]
    counts = Counter(row.rag for row in threats)
    open_risks = [row for row in live if row.kind == RiskKind.RISK]
    return RiskRegister(
        project_id=project.id,
        code=project.code,
        currency=project.currency,
        amber_from=project.risk_amber_from,
        red_from=project.risk_red_from,
        today=today,
        since=since,
        rows=rows,
        rag_counts={rag.value: counts.get(rag, 0) for rag in Rag},
        heat_map=_heat_map((r.probability, r.impact) for r in open_risks),
        residual_heat_map=_heat_map(
            (r.residual_probability or r.probability, r.residual_impact or r.impact)
            for r in open_risks
        ),
        total_emv=sum((row.emv for row in threats), Decimal("0.00")),
    )


def risk_row(session: Session, risk_id: int, *, today: dt.date | None = None) -> RiskRow:
    """One entry as `risk_register` shows it: trend since the project's status date."""
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    project = session.get_one(Project, risk.project_id)
    source = session.get(Risk, risk.source_risk_id) if risk.source_risk_id is not None else None
    issue = session.scalars(
        select(Risk).where(Risk.source_risk_id == risk.id).order_by(Risk.number.desc())
    ).first()  # the register names the latest issue it became
    return _row(
        risk,
        project,
        clean_optional_date(today, N_("today")) or dt.date.today(),
        project.status_date,
        _wbs_codes(session, project.id) if risk.task_links else {},  # the outline only if used
        source.reference if source is not None else None,
        {risk.id: issue.reference} if issue is not None else {},
    )


def _row(
    risk: Risk,
    project: Project,
    today: dt.date,
    since: dt.date | None,
    wbs: dict[int, str],
    source_reference: str | None,
    became: dict[int, str],
) -> RiskRow:
    thresholds = (project.risk_amber_from, project.risk_red_from)
    p, i, sev = risk.probability, risk.impact, risk.severity
    score = risk_score(p, i) if p is not None and i is not None else None
    rp, ri = risk.residual_probability or p, risk.residual_impact or i
    residual = risk_score(rp, ri) if rp is not None and ri is not None else None
    if sev is not None:
        rag = severity_rag(sev)
    else:
        assert score is not None  # the schema gives every risk and opportunity both levels
        rag = score_rag(score, *thresholds)
    history = [(h.changed_on, exposure(h.probability, h.impact, h.severity)) for h in risk.history]
    current = exposure(p, i, sev)
    moved = trend(history, current, since) if since is not None else Trend.STEADY
    closed = risk.status == RiskStatus.CLOSED
    return RiskRow(
        id=risk.id,
        reference=risk.reference,
        kind=risk.kind,
        title=risk.title,
        description=risk.description,
        category=risk.category,
        cause=risk.cause,
        effect=risk.effect,
        owner=risk.owner,
        probability=p,
        probability_label=level_label(p) if p else "",
        impact=i,
        impact_label=level_label(i) if i else "",
        severity=sev,
        severity_label=level_label(sev) if sev else "",
        score=score,
        rag=rag,
        residual_probability=risk.residual_probability,
        residual_impact=risk.residual_impact,
        residual_score=residual,
        residual_rag=score_rag(residual, *thresholds) if residual is not None else None,
        proximity=risk.proximity,
        due_date=risk.due_date,
        strategy=risk.strategy,
        mitigation=risk.mitigation,
        contingency=risk.contingency,
        trigger=risk.trigger,
        cost_impact=risk.cost_impact,
        schedule_impact=risk.schedule_impact,
        emv=expected_value(p, risk.cost_impact),
        status=risk.status,
        raised_on=risk.raised_on,
        review_on=risk.review_on,
        closed_on=risk.closed_on,
        closure_note=risk.closure_note,
        review_overdue=not closed and risk.review_on is not None and risk.review_on < today,
        trend=moved,
        source_reference=source_reference,
        issue_reference=became.get(risk.id),
        task_wbs=tuple(sorted((wbs[link.task_id] for link in risk.task_links), key=_wbs_key)),
        internal=risk.internal,
    )


def _heat_map(points: Iterable[tuple[int | None, int | None]]) -> HeatMap:
    grid = [[0] * HEAT_MAP_SIZE for _ in range(HEAT_MAP_SIZE)]
    for probability, impact in points:
        if probability is not None and impact is not None:  # always, for risks
            grid[probability - 1][impact - 1] += 1
    return HeatMap(tuple(tuple(row) for row in grid))


def _wbs_codes(session: Session, project_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project_id)
    )
    order = outline_order((task_id, parent, position) for task_id, parent, position in rows)
    return {task_id: code for task_id, code, _ in order}


def _wbs_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))
