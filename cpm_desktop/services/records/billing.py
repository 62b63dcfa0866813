"""Billing milestones: the amount a task or milestone bills, and its invoice status flow.

Not due → Due → Invoiced → Paid (final); Due → Not due undoes a premature "due". The due
date is the task's (forecast) finish, so it moves with the schedule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import DeliverableStatus, InvoiceStatus
from cpm_desktop.domain.billing import LOCKED, next_steps, status_label
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import BillingMilestone, Deliverable, Task
from cpm_desktop.services import audit
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.validate import (
    clean_enum,
    clean_money,
    clean_text,
    date_or_today,
    get_or_raise,
)
from cpm_desktop.services.workflow_steps import refused_step
from cpm_desktop.texts import N_, _


@dataclass(frozen=True, slots=True)
class BillingRow:
    """One billing milestone of the schedule, as plain values."""

    id: int
    task_id: int
    wbs: str
    name: str
    amount: Decimal
    status: InvoiceStatus
    due_on: dt.date | None  # the milestone's (forecast) finish
    invoiced_on: dt.date | None
    paid_on: dt.date | None
    invoice_number: str
    waits_for: str = ""  # the deliverable the client must accept first (D-003); "": none


@dataclass(frozen=True, slots=True)
class BillingTotals:
    """The billing schedule summed: what it bills, what is invoiced, paid and still open."""

    billable: Decimal
    invoiced: Decimal  # invoiced or paid
    paid: Decimal
    outstanding: Decimal  # invoiced, not yet paid
    not_invoiced: Decimal  # not due or due


def billing_totals(rows: Iterable[BillingRow]) -> BillingTotals:
    """Sum a billing schedule by where each milestone stands in the invoice flow."""
    by_status = dict.fromkeys(InvoiceStatus, Decimal(0))
    for row in rows:
        by_status[row.status] += row.amount
    S = InvoiceStatus
    return BillingTotals(
        billable=sum(by_status.values(), Decimal(0)),
        invoiced=by_status[S.INVOICED] + by_status[S.PAID],
        paid=by_status[S.PAID],
        outstanding=by_status[S.INVOICED],
        not_invoiced=by_status[S.NOT_DUE] + by_status[S.DUE],
    )


class OutlinedTask(Protocol):
    """What the schedule takes from a task row: a Timeline's task or a views.TaskRow."""

    @property
    def id(self) -> int: ...
    @property
    def wbs(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def finish(self) -> dt.date | None: ...


def billing_schedule(
    session: Session, project_id: int, *, outline: Sequence[OutlinedTask] | None = None
) -> tuple[BillingRow, ...]:
    """The project's billing milestones in outline order.

    `outline`: the project's tasks in outline order when the caller has them (a Timeline's),
    so they are not read again: that is most of the cost on a large plan.
    """
    rows: Sequence[OutlinedTask] = (
        views.task_rows(session, project_id) if outline is None else outline
    )  # task_rows also checks the project exists
    billed = {
        b.task_id: b
        for b in session.scalars(
            select(BillingMilestone).join(Task).where(Task.project_id == project_id)
        )
    }
    return tuple(_plain(billed[row.id], row) for row in rows if row.id in billed)


def set_billing(
    session: Session, task_id: int, amount: Decimal | int | str | None
) -> BillingRow | None:
    """Give a task a billing amount (None removes it, returning None); validated, audited."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    billing = _billing_of(session, task.id)
    label = _label(task)
    if amount is None:
        if billing is None:
            return None
        _check_unlocked(
            billing, label, N_("{label} is already {status}: its amount cannot be removed.")
        )
        audit.record_deleted(session, billing)
        session.delete(billing)
        session.flush()
        return None
    value = clean_money(amount, N_("billing amount"))
    if value <= 0:
        raise ValidationError(_("The billing amount must be more than 0."))
    if task.is_summary:
        # Its subtasks may bill themselves; billing both would count the money twice.
        raise ValidationError(
            _("{name!r} is a summary task: bill one of its subtasks.").format(name=task.name)
        )
    if billing is None:
        billing = BillingMilestone(task_id=task.id, amount=value, status=InvoiceStatus.NOT_DUE)
        session.add(billing)
        session.flush()
        audit.record_created(session, billing)
    elif billing.amount != value:
        _check_unlocked(
            billing, label, N_("{label} is already {status}: its amount cannot be changed.")
        )
        audit.record_field(session, billing, "amount", billing.amount, value)
        billing.amount = value
    session.flush()
    return _row_of(session, billing)


def set_invoice_status(
    session: Session,
    billing_id: int,
    status: InvoiceStatus | str,
    *,
    on: dt.date | None = None,
    invoice_number: str | None = None,
) -> BillingRow:
    """Move a billing milestone one legal step; `on` dates an invoice or payment (default today)."""
    billing = get_or_raise(session, BillingMilestone, billing_id, N_("billing milestone"))
    task = session.get_one(Task, billing.task_id)
    label = _label(task)
    to = clean_enum(InvoiceStatus, status, N_("invoice status"))
    if to not in next_steps(billing.status):
        steps = [status_label(step) for step in next_steps(billing.status)]
        raise ValidationError(
            refused_step(label, status_label(billing.status), status_label(to), steps)
        )
    waiting = _waiting_for(billing)
    if to is InvoiceStatus.DUE and waiting is not None:
        raise ValidationError(
            _(
                "{label} waits for the client's acceptance of {deliverable}: it becomes due when "
                "that deliverable is accepted."
            ).format(label=label, deliverable=waiting.reference)
        )
    day = date_or_today(on)
    if invoice_number is not None and to is not InvoiceStatus.INVOICED:
        raise ValidationError(_("An invoice number is given when the milestone is invoiced."))
    changes: dict[str, object] = {"status": to}
    if to is InvoiceStatus.INVOICED:
        changes["invoiced_on"] = day
        changes["invoice_number"] = clean_text(invoice_number, N_("invoice number"), 50)
    elif to is InvoiceStatus.PAID:
        assert billing.invoiced_on is not None  # set on the step to invoiced
        if day < billing.invoiced_on:
            raise ValidationError(
                _("{label} was invoiced on {invoiced}: it cannot be paid on {paid}.").format(
                    label=label, invoiced=billing.invoiced_on.isoformat(), paid=day.isoformat()
                )
            )
        changes["paid_on"] = day
    audit.set_fields(session, billing, changes)
    session.flush()
    return _row_of(session, billing)


def set_billing_condition(
    session: Session, billing_id: int, deliverable_id: int | None
) -> BillingRow:
    """Make a billing milestone wait for a deliverable of its project (None: for nothing); a
    milestone already due goes back to not due while the deliverable is not accepted."""
    billing = get_or_raise(session, BillingMilestone, billing_id, N_("billing milestone"))
    task = session.get_one(Task, billing.task_id)
    label = _label(task)
    _check_unlocked(
        billing,
        label,
        N_("{label} is already {status}: its amount cannot be tied to a deliverable."),
    )
    changes: dict[str, object] = {"deliverable_id": deliverable_id}
    if deliverable_id is not None:
        deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
        if deliverable.project_id != task.project_id:
            raise ValidationError(
                _("{reference} is a deliverable of another project.").format(
                    reference=deliverable.reference
                )
            )
        accepted = deliverable.status is DeliverableStatus.ACCEPTED
        if billing.status is InvoiceStatus.DUE and not accepted:
            changes["status"] = InvoiceStatus.NOT_DUE
    audit.set_fields(session, billing, changes)
    session.flush()
    session.expire(billing, ["deliverable"])  # it follows the key just set
    return _row_of(session, billing)


def release_waiting_billing(session: Session, deliverable_id: int) -> tuple[BillingRow, ...]:
    """The client accepted the deliverable: the billing milestones waiting for it and not due
    yet become due (audited); return them."""
    released = []
    for billing in session.scalars(
        select(BillingMilestone).where(
            BillingMilestone.deliverable_id == deliverable_id,
            BillingMilestone.status == InvoiceStatus.NOT_DUE,
        )
    ):
        audit.set_fields(session, billing, {"status": InvoiceStatus.DUE})
        released.append(billing)
    session.flush()
    return tuple(_row_of(session, billing) for billing in released)


def _waiting_for(billing: BillingMilestone) -> Deliverable | None:
    """The deliverable the milestone still waits for: set and not accepted yet."""
    deliverable = billing.deliverable
    if deliverable is None or deliverable.status is DeliverableStatus.ACCEPTED:
        return None
    return deliverable


def _check_unlocked(billing: BillingMilestone, label: str, refusal: str) -> None:
    """Refuse to touch an invoiced or paid amount; `refusal` is the N_()-marked sentence."""
    if billing.status in LOCKED:
        status = _(status_label(billing.status))
        raise ValidationError(_(refusal).format(label=label, status=status))


def _billing_of(session: Session, task_id: int) -> BillingMilestone | None:
    return session.scalars(
        select(BillingMilestone).where(BillingMilestone.task_id == task_id)
    ).first()


def _row_of(session: Session, billing: BillingMilestone) -> BillingRow:
    task = session.get_one(Task, billing.task_id)
    [row] = [r for r in views.task_rows(session, task.project_id) if r.id == task.id]
    return _plain(billing, row)


def _plain(billing: BillingMilestone, row: OutlinedTask) -> BillingRow:
    return BillingRow(
        id=billing.id,
        task_id=billing.task_id,
        wbs=row.wbs,
        name=row.name,
        amount=billing.amount,
        status=InvoiceStatus(billing.status),
        due_on=row.finish,
        invoiced_on=billing.invoiced_on,
        paid_on=billing.paid_on,
        invoice_number=billing.invoice_number,
        waits_for=billing.deliverable.reference if billing.deliverable else "",
    )


def _label(task: Task) -> str:
    return _("Billing of {name!r}").format(name=task.name)
