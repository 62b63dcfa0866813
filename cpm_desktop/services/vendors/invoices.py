"""Use cases for the invoices a vendor sends against a purchase order: record, edit, delete.

An invoice is an actual fixed cost of the project, charged to a task where one is named. An
invoice that takes the total over the order's value is accepted (the vendor did send it) and
flagged "over the order" in the views, for the PM to query or to raise the order.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Project, PurchaseOrder, Task, VendorInvoice
from cpm_desktop.services import audit
from cpm_desktop.services.validate import (
    clean_date,
    clean_money,
    clean_name,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.services.vendors.orders import subject as order_subject
from cpm_desktop.services.vendors.views import InvoiceRow, order_row
from cpm_desktop.texts import N_, _

NOTE_LIMIT = 200  # the column's width


class InvoiceDetails(TypedDict, total=False):
    """The fields of an invoice besides its number, date and amount; any subset may be given."""

    task_id: int | None  # the task it is charged to, of the order's project
    note: str


class InvoiceFields(InvoiceDetails, total=False):
    """Every editable field of an invoice, for `edit_invoice`."""

    number: str
    received_on: dt.date
    amount: Decimal | int | str


def add_invoice(
    session: Session,
    order_id: int,
    number: str,
    *,
    received_on: dt.date,
    amount: Decimal | int | str,
    **details: Unpack[InvoiceDetails],
) -> InvoiceRow:
    """Record an invoice received against an order, in the order's currency."""
    order = get_or_raise(session, PurchaseOrder, order_id, N_("purchase order"))
    invoice = VendorInvoice(purchase_order_id=order.id, number="", amount=Decimal(0), note="")
    fields = InvoiceFields(number=number, received_on=received_on, amount=amount)
    fields.update(details)
    _apply(session, order, invoice, fields)
    session.add(invoice)
    session.flush()
    audit.record_created(session, subject(session, order, invoice))
    return invoice_row(session, invoice.id)


def edit_invoice(session: Session, invoice_id: int, **fields: Unpack[InvoiceFields]) -> InvoiceRow:
    """Change the fields given, each audited."""
    invoice = get_or_raise(session, VendorInvoice, invoice_id, N_("vendor invoice"))
    order = session.get_one(PurchaseOrder, invoice.purchase_order_id)
    about = subject(session, order, invoice)
    before = {name: getattr(invoice, name) for name in fields}
    _apply(session, order, invoice, fields)
    for name, old in before.items():
        audit.record_field(session, about, name, old, getattr(invoice, name))
    session.flush()
    return invoice_row(session, invoice.id)


def delete_invoice(session: Session, invoice_id: int) -> None:
    """Delete an invoice recorded in error; audited."""
    invoice = get_or_raise(session, VendorInvoice, invoice_id, N_("vendor invoice"))
    order = session.get_one(PurchaseOrder, invoice.purchase_order_id)
    audit.record_deleted(session, subject(session, order, invoice))
    session.delete(invoice)
    session.flush()


def invoice_row(session: Session, invoice_id: int) -> InvoiceRow:
    """One invoice as its order's view shows it (with the over-the-order flag)."""
    invoice = get_or_raise(session, VendorInvoice, invoice_id, N_("vendor invoice"))
    order = order_row(session, invoice.purchase_order_id)
    return next(row for row in order.invoices if row.id == invoice.id)


def subject(session: Session, order: PurchaseOrder, invoice: VendorInvoice) -> audit.Subject:
    """How the audit trail names an invoice: 'NHL-WMS PO 4711 (Zebra) invoice INV-2026-118'."""
    label = f"{order_subject(session, order).label} invoice {invoice.number}"
    return audit.Subject("vendor_invoice", invoice.id, order.project_id, label)


def _apply(
    session: Session, order: PurchaseOrder, invoice: VendorInvoice, fields: InvoiceFields
) -> None:
    unknown = sorted(fields.keys() - InvoiceFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown invoice fields: {', '.join(unknown)}.")
    if "number" in fields:
        number = clean_name(fields["number"], N_("invoice number"))
        others = session.scalars(
            select(VendorInvoice.number).where(
                VendorInvoice.purchase_order_id == order.id, VendorInvoice.id != invoice.id
            )
        )
        # The same invoice entered twice is the usual mistake of accounts payable.
        if any(fold(other) == fold(number) for other in others):
            raise DuplicateError(
                _("Invoice {number!r} is already recorded on {order}.").format(
                    number=number, order=order.number
                )
            )
        invoice.number = number
    if "received_on" in fields:
        invoice.received_on = clean_date(fields["received_on"], N_("date received"))
    if "amount" in fields:
        invoice.amount = clean_money(fields["amount"], N_("invoice amount"))
    if "task_id" in fields:
        invoice.task_id = _charged_task(session, order, fields["task_id"])
    if "note" in fields:
        invoice.note = clean_text(fields["note"], N_("invoice note"), NOTE_LIMIT)


def _charged_task(session: Session, order: PurchaseOrder, task_id: int | None) -> int | None:
    if task_id is None:
        return None
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.project_id != order.project_id:
        code = session.get_one(Project, order.project_id).code
        raise ValidationError(
            _("{name!r} is a task of another project, not of {code}.").format(
                name=task.name, code=code
            )
        )
    return task.id
