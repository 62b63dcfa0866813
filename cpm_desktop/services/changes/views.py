"""Read models of the change log: plain rows for the UI and CLI, and the approved roll-up.

Approved changes are those Approved or Implemented, or Closed after being approved (a
transition to Approved is in their history). Pending ones are Submitted or Under assessment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.domain.change_workflow import PENDING, legal_next
from cpm_desktop.models import Baseline, BaselineTask, ChangeRequest, Contact, Project, Task
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class TransitionRow:
    """One recorded status change."""

    from_status: str
    to_status: str
    changed_by: str
    changed_on: dt.date
    comment: str


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One change request with everything the log shows about it."""

    id: int
    reference: str
    title: str
    description: str
    reason: str
    requested_by_id: int | None
    requested_by: str
    raised_on: dt.date
    category: ChangeCategory
    priority: ChangePriority
    schedule_days: int
    cost_impact: Decimal
    effort_days: int
    scope_impact: str
    billable: bool
    change_order_value: Decimal
    status: ChangeStatus
    approved: bool  # counts in the approved roll-up
    decided_by: str
    decided_on: dt.date | None
    decision_notes: str
    implemented_on: dt.date | None
    schedule_applied_on: dt.date | None
    task_wbs: tuple[str, ...]
    legal_next: tuple[ChangeStatus, ...]
    transitions: tuple[TransitionRow, ...]


@dataclass(frozen=True, slots=True)
class ChangeLog:
    """Every change request of a project, by reference, with totals."""

    project_id: int
    code: str
    currency: str
    rows: tuple[ChangeRow, ...]
    approved_cost: Decimal
    approved_days: int
    pending_cost: Decimal
    pending_days: int


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """Original figures plus approved changes = current ones; and what is still pending."""

    currency: str
    original_budget: Decimal
    approved_cost: Decimal
    current_budget: Decimal
    original_contract_value: Decimal
    approved_change_orders: Decimal
    current_contract_value: Decimal
    original_finish: dt.date | None  # baseline 0's finish, else the plan's current finish
    approved_days: int
    forecast_finish: dt.date | None  # the plan's scheduled finish, as every screen shows it
    pending_cost: Decimal
    pending_change_orders: Decimal
    pending_days: int
    pending_count: int
    agreed_finish: dt.date | None  # original finish + approved days, in working days


def change_log(session: Session, project_id: int) -> ChangeLog:
    """The project's change requests by reference, with approved and pending totals."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    rows = tuple(_row(cr, names, wbs) for cr, names, wbs in _load(session, project.id))
    approved = [r for r in rows if r.approved]
    pending = [r for r in rows if r.status in PENDING]
    return ChangeLog(
        project_id=project.id,
        code=project.code,
        currency=project.currency,
        rows=rows,
        approved_cost=sum((r.cost_impact for r in approved), ZERO),
        approved_days=sum(r.schedule_days for r in approved),
        pending_cost=sum((r.cost_impact for r in pending), ZERO),
        pending_days=sum(r.schedule_days for r in pending),
    )


def change_summary(
    session: Session, project_id: int, *, log: ChangeLog | None = None
) -> ChangeSummary:
    """Budget, contract value and finish: original, plus approved changes, and pending.

    `log` is the project's change_log if the caller has just read it (read once, not twice).
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    if log is None or log.project_id != project.id:
        log = change_log(session, project.id)
    approved = [r for r in log.rows if r.approved]
    pending = [r for r in log.rows if r.status in PENDING]
    orders = sum((r.change_order_value for r in approved if r.billable), ZERO)
    forecast = _plan_finish(session, project.id)
    original_finish = _baseline_finish(session, project.id) or forecast
    agreed = None
    if original_finish is not None:
        calendar = work_calendar(project.calendar)
        agreed = (
            calendar.add_working_days(original_finish, log.approved_days)
            if log.approved_days
            else original_finish
        )
    return ChangeSummary(
        currency=project.currency,
        original_budget=project.budget,
        approved_cost=log.approved_cost,
        current_budget=project.budget + log.approved_cost,
        original_contract_value=project.contract_value,
        approved_change_orders=orders,
        current_contract_value=project.contract_value + orders,
        original_finish=original_finish,
        approved_days=log.approved_days,
        forecast_finish=forecast,
        pending_cost=log.pending_cost,
        pending_change_orders=sum((r.change_order_value for r in pending if r.billable), ZERO),
        pending_days=log.pending_days,
        pending_count=len(pending),
        agreed_finish=agreed,
    )


def change_row(session: Session, cr_id: int) -> ChangeRow:
    """One change request as `change_log` shows it."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    requester = cr.requested_by_id
    names = {requester: session.get_one(Contact, requester).name} if requester is not None else {}
    wbs = _wbs_codes(session, cr.project_id) if cr.task_links else {}  # the outline only if used
    return _row(cr, names, wbs)


def _load(
    session: Session, project_id: int
) -> list[tuple[ChangeRequest, dict[int, str], dict[int, str]]]:
    requests = list(
        session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.project_id == project_id)
            .order_by(ChangeRequest.number)
            .options(
                selectinload(ChangeRequest.transitions), selectinload(ChangeRequest.task_links)
            )
        )
    )
    ids = {cr.requested_by_id for cr in requests if cr.requested_by_id is not None}
    query = select(Contact.id, Contact.name).where(Contact.id.in_(ids))
    names = {contact_id: name for contact_id, name in session.execute(query)}
    # The outline's codes only when a request names a task: a 10,000-task outline costs 0.1 s.
    wbs = _wbs_codes(session, project_id) if any(cr.task_links for cr in requests) else {}
    return [(cr, names, wbs) for cr in requests]


def _wbs_codes(session: Session, project_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project_id)
    )
    return {
        task_id: code
        for task_id, code, _ in outline_order((i, parent, pos) for i, parent, pos in rows)
    }


def _row(cr: ChangeRequest, names: dict[int, str], wbs: dict[int, str]) -> ChangeRow:
    was_approved = any(t.to_status == ChangeStatus.APPROVED for t in cr.transitions)
    approved = cr.status in (ChangeStatus.APPROVED, ChangeStatus.IMPLEMENTED) or (
        cr.status == ChangeStatus.CLOSED and was_approved
    )
    return ChangeRow(
        id=cr.id,
        reference=cr.reference,
        title=cr.title,
        description=cr.description,
        reason=cr.reason,
        requested_by_id=cr.requested_by_id,
        requested_by=names.get(cr.requested_by_id or 0, ""),
        raised_on=cr.raised_on,
        category=cr.category,
        priority=cr.priority,
        schedule_days=cr.schedule_days,
        cost_impact=cr.cost_impact,
        effort_days=cr.effort_days,
        scope_impact=cr.scope_impact,
        billable=cr.billable,
        change_order_value=cr.change_order_value,
        status=cr.status,
        approved=approved,
        decided_by=cr.decided_by,
        decided_on=cr.decided_on,
        decision_notes=cr.decision_notes,
        implemented_on=cr.implemented_on,
        schedule_applied_on=cr.schedule_applied_on,
        task_wbs=tuple(sorted((wbs[link.task_id] for link in cr.task_links), key=_wbs_key)),
        legal_next=legal_next(cr.status),
        transitions=tuple(
            TransitionRow(
                t.from_status.value, t.to_status.value, t.changed_by, t.changed_on, t.comment
            )
            for t in cr.transitions
        ),
    )


def _baseline_finish(session: Session, project_id: int) -> dt.date | None:
    """Baseline 0's latest finish, or None when no baseline is saved."""
    return session.scalar(
        select(func.max(BaselineTask.finish))
        .join(Baseline, Baseline.id == BaselineTask.baseline_id)
        .where(Baseline.project_id == project_id, Baseline.number == 0)
    )


def _plan_finish(session: Session, project_id: int) -> dt.date | None:
    """The plan's latest scheduled finish (the Timeline's finish date)."""
    return session.scalar(select(func.max(Task.finish)).where(Task.project_id == project_id))


def _wbs_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))
