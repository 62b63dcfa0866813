"""The vendors read model: a project's purchase orders with what they cover (and how late it
runs), the invoices received, the remaining commitment; and the late vendor work as risks.

A covered task is late when it finishes after its baseline finish, or is not done by its
finish date at the project's status date; a covered deliverable is late when it is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.models import (
    Baseline,
    BaselineTask,
    Project,
    PurchaseOrder,
    PurchaseOrderItem,
    Task,
    Vendor,
    VendorInvoice,
)
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.services.deliverables.views import deliverable_row
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_, _, ngettext

TASK = "task"
DELIVERABLE = "deliverable"


@dataclass(frozen=True, slots=True)
class VendorRow:
    """A supplier company and how many purchase orders (in any project) it holds."""

    id: int
    name: str
    contact: str
    notes: str
    orders: int


@dataclass(frozen=True, slots=True)
class CoveredItem:
    """A task or deliverable an order covers, its status and whether it runs late."""

    id: int  # the PurchaseOrderItem's id (what uncover takes)
    kind: str  # TASK or DELIVERABLE
    target_id: int  # the task's or the deliverable's id
    reference: str  # the task's WBS code or the deliverable's reference (D-004)
    name: str
    status: str  # "Done", "40 % done", "Not started"; a deliverable's status
    done: bool
    finish: dt.date | None  # the task's (actual or forecast) finish; the deliverable's due date
    baseline_finish: dt.date | None  # a task's finish in baseline 0
    late: bool
    late_reason: str  # "" when on time


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """An invoice received against an order, in the order's currency."""

    id: int
    order_id: int
    number: str
    received_on: dt.date
    amount: Decimal
    currency: str
    task_id: int | None  # the task it is charged to
    task: str  # "4.4.1 SAP interface: item master …" or ""
    note: str
    over_order: bool  # with the invoices before it, it takes the total over the order's value


@dataclass(frozen=True, slots=True)
class OrderRow:
    """A purchase order with its vendor, value, invoices, remaining commitment and coverage."""

    id: int
    project_id: int
    vendor_id: int
    vendor: str
    number: str
    value: Decimal
    currency: str
    placed_on: dt.date | None
    description: str
    performance: str
    invoiced: Decimal
    items: tuple[CoveredItem, ...]
    invoices: tuple[InvoiceRow, ...]

    @property
    def remaining(self) -> Decimal:
        """What is still committed: the value less the invoices (negative when over)."""
        return self.value - self.invoiced

    @property
    def over_order(self) -> bool:
        """The invoices add up to more than the order's value."""
        return self.invoiced > self.value

    @property
    def late_items(self) -> tuple[CoveredItem, ...]:
        """The covered tasks and deliverables that run late."""
        return tuple(item for item in self.items if item.late)


@dataclass(frozen=True, slots=True)
class VendorRisk:
    """A vendor's late task as a risk to the plan."""

    order_id: int
    vendor: str
    order_number: str
    task_id: int
    wbs: str
    task: str
    finish: dt.date | None
    baseline_finish: dt.date | None
    reason: str

    @property
    def text(self) -> str:
        """'Vendor: Zebra handhelds late on task 4.3.3 RF scanner workflows: outbound'."""
        return _("Vendor: {vendor} late on task {wbs} {task}").format(
            vendor=self.vendor, wbs=self.wbs, task=self.task
        )


def vendors(session: Session) -> tuple[VendorRow, ...]:
    """The workspace's vendors by name, each with its number of purchase orders."""
    counts = dict(
        session.execute(
            select(PurchaseOrder.vendor_id, func.count(PurchaseOrder.id)).group_by(
                PurchaseOrder.vendor_id
            )
        ).all()
    )
    rows = [
        VendorRow(v.id, v.name, v.contact, v.notes, counts.get(v.id, 0))
        for v in session.scalars(select(Vendor))
    ]
    return tuple(sorted(rows, key=lambda r: fold(r.name)))


def vendor_row(session: Session, vendor_id: int) -> VendorRow:
    """One vendor as it is now."""
    vendor = get_or_raise(session, Vendor, vendor_id, N_("vendor"))
    count = session.scalar(
        select(func.count(PurchaseOrder.id)).where(PurchaseOrder.vendor_id == vendor.id)
    )
    return VendorRow(vendor.id, vendor.name, vendor.contact, vendor.notes, count or 0)


def vendor_orders(session: Session, project_id: int) -> tuple[OrderRow, ...]:
    """The project's purchase orders by vendor and number, as of its status date."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    orders = session.scalars(
        select(PurchaseOrder).where(PurchaseOrder.project_id == project.id)
    ).all()
    context = _Context(session, project)
    rows = [context.order_row(order) for order in orders]
    return tuple(sorted(rows, key=lambda r: (fold(r.vendor), fold(r.number))))


def order_row(session: Session, order_id: int) -> OrderRow:
    """One purchase order as it is now."""
    order = get_or_raise(session, PurchaseOrder, order_id, N_("purchase order"))
    project = session.get_one(Project, order.project_id)
    return _Context(session, project).order_row(order)


def vendor_risks(session: Session, project_id: int) -> tuple[VendorRisk, ...]:
    """The covered tasks not yet done that run late, as risks to the plan, in WBS order.

    A finished task is late history (the order's performance), no longer a risk.
    """
    risks: list[tuple[int, VendorRisk]] = []
    position = {wbs: n for n, wbs in enumerate(wbs_codes(session, project_id).values())}
    for order in vendor_orders(session, project_id):
        for item in order.late_items:
            if item.kind != TASK or item.done:
                continue
            risk = VendorRisk(
                order_id=order.id,
                vendor=order.vendor,
                order_number=order.number,
                task_id=item.target_id,
                wbs=item.reference,
                task=item.name,
                finish=item.finish,
                baseline_finish=item.baseline_finish,
                reason=item.late_reason,
            )
            risks.append((position.get(item.reference, 0), risk))
    return tuple(risk for _, risk in sorted(risks, key=lambda pair: pair[0]))


def wbs_codes(session: Session, project_id: int) -> dict[int, str]:
    """Each task's WBS code, in outline order (read from plain columns, no task rows)."""
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project_id)
    ).all()
    return {task_id: code for task_id, code, _ in outline_order(rows)}


def day_text(day: dt.date) -> str:
    """A date as the language spoken writes it: '4 Dec 2026', '4. Dez. 2026'."""
    return long_date(day)


class _Context:
    """What every order of one project needs: WBS codes, baseline finishes, the status date."""

    def __init__(self, session: Session, project: Project) -> None:
        self.session = session
        self.status_date = project.status_date or dt.date.today()
        self.wbs = wbs_codes(session, project.id)
        self.baseline = dict(
            session.execute(
                select(BaselineTask.task_id, BaselineTask.finish)
                .join(Baseline, Baseline.id == BaselineTask.baseline_id)
                .where(Baseline.project_id == project.id, Baseline.number == 0)
            ).all()
        )

    def order_row(self, order: PurchaseOrder) -> OrderRow:
        session = self.session
        vendor = session.get_one(Vendor, order.vendor_id)
        items = session.scalars(
            select(PurchaseOrderItem)
            .where(PurchaseOrderItem.purchase_order_id == order.id)
            .order_by(PurchaseOrderItem.id)
        ).all()
        invoices = session.scalars(
            select(VendorInvoice)
            .where(VendorInvoice.purchase_order_id == order.id)
            .order_by(VendorInvoice.received_on, VendorInvoice.id)
        ).all()
        total = Decimal(0)
        invoice_rows: list[InvoiceRow] = []
        for invoice in invoices:
            total += invoice.amount
            invoice_rows.append(self._invoice_row(order, invoice, over=total > order.value))
        covered = [self._item(item) for item in items]
        return OrderRow(
            id=order.id,
            project_id=order.project_id,
            vendor_id=vendor.id,
            vendor=vendor.name,
            number=order.number,
            value=order.value,
            currency=order.currency,
            placed_on=order.placed_on,
            description=order.description,
            performance=order.performance,
            invoiced=total,
            items=tuple(sorted(covered, key=lambda i: (i.kind != TASK, _sort_key(i.reference)))),
            invoices=tuple(invoice_rows),
        )

    def _invoice_row(self, order: PurchaseOrder, invoice: VendorInvoice, over: bool) -> InvoiceRow:
        task = self.session.get(Task, invoice.task_id) if invoice.task_id else None
        return InvoiceRow(
            id=invoice.id,
            order_id=order.id,
            number=invoice.number,
            received_on=invoice.received_on,
            amount=invoice.amount,
            currency=order.currency,
            task_id=task.id if task else None,
            task=f"{self.wbs.get(task.id, '')} {task.name}".strip() if task else "",
            note=invoice.note,
            over_order=over,
        )

    def _item(self, item: PurchaseOrderItem) -> CoveredItem:
        if item.task_id is not None:
            return self._task_item(item.id, self.session.get_one(Task, item.task_id))
        assert item.deliverable_id is not None  # the table's check: a task or a deliverable
        deliverable = deliverable_row(self.session, item.deliverable_id)
        overdue = deliverable.overdue(self.status_date)
        due = deliverable.due
        return CoveredItem(
            id=item.id,
            kind=DELIVERABLE,
            target_id=deliverable.id,
            reference=deliverable.reference,
            name=deliverable.name,
            status=_(deliverable.status.label),
            done=deliverable.status is DeliverableStatus.ACCEPTED,
            finish=due,
            baseline_finish=None,
            late=overdue,
            late_reason=_("overdue since {day}").format(day=day_text(due))
            if overdue and due
            else "",
        )

    def _task_item(self, item_id: int, task: Task) -> CoveredItem:
        done = task.actual_finish is not None or task.percent_complete >= 100
        finish = task.actual_finish or task.finish
        baseline = self.baseline.get(task.id)
        reason = ""
        if finish is not None and baseline is not None and finish > baseline:
            days = (finish - baseline).days
            reason = (
                ngettext(
                    "finished {day}, {count} day after its baseline finish ({baseline})",
                    "finished {day}, {count} days after its baseline finish ({baseline})",
                    days,
                )
                if done
                else ngettext(
                    "finishes {day}, {count} day after its baseline finish ({baseline})",
                    "finishes {day}, {count} days after its baseline finish ({baseline})",
                    days,
                )
            ).format(day=day_text(finish), count=days, baseline=day_text(baseline))
        elif not done and finish is not None and finish < self.status_date:
            reason = _("not done by its finish date ({day})").format(day=day_text(finish))
        if done:
            status = _("Done")
        elif task.percent_complete or task.actual_start:
            status = _("{percent} % done").format(percent=task.percent_complete)
        else:
            status = _("Not started")
        return CoveredItem(
            id=item_id,
            kind=TASK,
            target_id=task.id,
            reference=self.wbs.get(task.id, ""),
            name=task.name,
            status=status,
            done=done,
            finish=finish,
            baseline_finish=baseline,
            late=bool(reason),
            late_reason=reason,
        )


def _sort_key(reference: str) -> tuple[tuple[int, int, str], ...]:
    """WBS codes and references in their natural order (4.10 after 4.9; D-010 after D-009)."""
    parts = reference.replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
