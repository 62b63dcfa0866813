"""Use cases for a project's purchase orders: add, edit and delete an order, and say which tasks
and deliverables it covers. Each is validated and audited; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import (
    Deliverable,
    Project,
    PurchaseOrder,
    PurchaseOrderItem,
    Task,
    Vendor,
)
from cpm_desktop.services import audit
from cpm_desktop.services.validate import (
    clean_currency,
    clean_money,
    clean_name,
    clean_optional_date,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.services.vendors.views import OrderRow, order_row
from cpm_desktop.texts import N_, _

NUMBER_LIMIT = 60  # the column's width
TEXT_LIMIT = 4_000


class OrderDetails(TypedDict, total=False):
    """The fields of an order besides its vendor, number and value; any subset may be given."""

    currency: str  # default: the project's
    placed_on: dt.date | None
    description: str  # what the vendor delivers
    performance: str  # the PM's notes on how the vendor performs


class OrderFields(OrderDetails, total=False):
    """Every editable field of an order, for `edit_order`."""

    vendor_id: int
    number: str
    value: Decimal | int | str


def add_order(
    session: Session,
    project_id: int,
    vendor_id: int,
    number: str,
    *,
    value: Decimal | int | str,
    **details: Unpack[OrderDetails],
) -> OrderRow:
    """Place an order with a vendor: its number (unique in the project) and value, in the
    project's currency unless another is given."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    order = PurchaseOrder(
        project_id=project.id,
        number="",
        value=Decimal(0),
        currency=project.currency,
        description="",
        performance="",
    )
    fields = OrderFields(vendor_id=vendor_id, number=number, value=value)
    fields.update(details)
    _apply(session, order, fields)
    session.add(order)
    session.flush()
    audit.record_created(session, subject(session, order))
    return order_row(session, order.id)


def edit_order(session: Session, order_id: int, **fields: Unpack[OrderFields]) -> OrderRow:
    """Change the fields given, each audited."""
    order = get_or_raise(session, PurchaseOrder, order_id, N_("purchase order"))
    about = subject(session, order)
    before = {name: getattr(order, name) for name in fields}
    _apply(session, order, fields)
    for name, old in before.items():
        audit.record_field(session, about, name, old, getattr(order, name))
    session.flush()
    return order_row(session, order.id)


def delete_order(session: Session, order_id: int) -> None:
    """Delete an order with what it covers and its invoices; audited."""
    order = get_or_raise(session, PurchaseOrder, order_id, N_("purchase order"))
    audit.record_deleted(session, subject(session, order))
    session.delete(order)
    session.flush()


def cover(
    session: Session,
    order_id: int,
    *,
    task_id: int | None = None,
    deliverable_id: int | None = None,
) -> OrderRow:
    """Record that the order covers a task or a deliverable (one of them) of its project."""
    order = get_or_raise(session, PurchaseOrder, order_id, N_("purchase order"))
    if (task_id is None) == (deliverable_id is None):
        raise ValidationError(_("Name either a task or a deliverable the order covers."))
    item = PurchaseOrderItem(purchase_order_id=order.id)
    if task_id is not None:
        task = get_or_raise(session, Task, task_id, N_("task"))
        _same_project(session, order, task.project_id, f"{task.name!r}")
        item.task_id, what = task.id, f"task {task.name!r}"
        taken = PurchaseOrderItem.task_id == task.id
        covered = _("{order} already covers task {name!r}.").format(
            order=order.number, name=task.name
        )
    else:
        deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
        _same_project(session, order, deliverable.project_id, deliverable.reference)
        item.deliverable_id, what = deliverable.id, deliverable.reference
        taken = PurchaseOrderItem.deliverable_id == deliverable.id
        covered = _("{order} already covers {reference}.").format(
            order=order.number, reference=deliverable.reference
        )
    already = session.scalar(
        select(PurchaseOrderItem.id).where(PurchaseOrderItem.purchase_order_id == order.id, taken)
    )
    if already is not None:
        raise DuplicateError(covered)
    session.add(item)
    session.flush()
    audit.record_created(session, _item_subject(session, order, item, what))
    return order_row(session, order.id)


def uncover(session: Session, item_id: int) -> OrderRow:
    """The order no longer covers that task or deliverable; audited."""
    item = get_or_raise(session, PurchaseOrderItem, item_id, N_("covered task or deliverable"))
    order = session.get_one(PurchaseOrder, item.purchase_order_id)
    if item.task_id is not None:
        what = f"task {session.get_one(Task, item.task_id).name!r}"
    else:
        what = session.get_one(Deliverable, item.deliverable_id).reference
    audit.record_deleted(session, _item_subject(session, order, item, what))
    session.delete(item)
    session.flush()
    return order_row(session, order.id)


def subject(session: Session, order: PurchaseOrder) -> audit.Subject:
    """How the audit trail names an order: 'NHL-WMS PO 4500012345 (Zebra handhelds)'."""
    code = session.get_one(Project, order.project_id).code
    vendor = session.get_one(Vendor, order.vendor_id).name if order.vendor_id else ""
    label = f"{code} PO {order.number}" + (f" ({vendor})" if vendor else "")
    return audit.Subject("purchase_order", order.id, order.project_id, label)


def _item_subject(
    session: Session, order: PurchaseOrder, item: PurchaseOrderItem, what: str
) -> audit.Subject:
    label = f"{subject(session, order).label} covers {what}"
    return audit.Subject("purchase_order_item", item.id, order.project_id, label)


def _same_project(session: Session, order: PurchaseOrder, project_id: int, what: str) -> None:
    if project_id != order.project_id:
        code = session.get_one(Project, order.project_id).code
        raise ValidationError(
            _("{name} belongs to another project, not to {code}.").format(name=what, code=code)
        )


def _apply(session: Session, order: PurchaseOrder, fields: OrderFields) -> None:
    """Check and set the fields given; raises on the first fault."""
    unknown = sorted(fields.keys() - OrderFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown purchase order fields: {', '.join(unknown)}.")
    if "vendor_id" in fields:
        order.vendor_id = get_or_raise(session, Vendor, fields["vendor_id"], N_("vendor")).id
    if "number" in fields:
        number = clean_name(fields["number"], N_("order number"), NUMBER_LIMIT)
        taken = session.scalars(
            select(PurchaseOrder.number).where(
                PurchaseOrder.project_id == order.project_id, PurchaseOrder.id != order.id
            )
        )
        if any(fold(other) == fold(number) for other in taken):
            code = session.get_one(Project, order.project_id).code
            raise DuplicateError(
                _("{code} already has a purchase order numbered {number!r}.").format(
                    code=code, number=number
                )
            )
        order.number = number
    if "value" in fields:
        order.value = clean_money(fields["value"], N_("order value"))
    if "currency" in fields:
        order.currency = clean_currency(fields["currency"])
    if "placed_on" in fields:
        order.placed_on = clean_optional_date(fields["placed_on"], N_("order date"))
    if "description" in fields:
        order.description = clean_text(fields["description"], N_("description"), TEXT_LIMIT)
    if "performance" in fields:
        order.performance = clean_text(fields["performance"], N_("performance notes"), TEXT_LIMIT)
