"""The vendors page's tables: the orders, what the selected order covers, and its invoices;
and the page's summary line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from cpm_desktop.services.vendors.views import DELIVERABLE, CoveredItem, InvoiceRow, OrderRow
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT

LATE_CHIP, OVER_CHIP, ON_TIME_CHIP = "red", "amber", "green"  # the theme's RAG colours
NO_DATE = dt.date.max.toordinal()  # a row without a date sorts last


def late_text(row: OrderRow) -> str:
    """'2 late', 'On time', or '—' for an order that covers nothing yet."""
    if not row.items:
        return "—"
    late = len(row.late_items)
    return f"{late} late" if late else "On time"


def late_tip(row: OrderRow) -> str:
    """Each late item and why, one a line."""
    if not row.items:
        return "The order covers no task or deliverable yet"
    if not row.late_items:
        return "Every covered task and deliverable is on time"
    return "\n".join(f"{i.reference} {i.name}: {i.late_reason}" for i in row.late_items)


def _money(amount: Decimal, currency: str) -> str:
    return money_text(amount, currency)


ORDER_COLUMNS: tuple[Column[OrderRow], ...] = (
    Column("Vendor", lambda r: r.vendor, max_width=200),
    Column("PO number", lambda r: r.number, max_width=160),
    Column(
        "Value",
        lambda r: _money(r.value, r.currency),
        sort=lambda r: r.value,
        align=ALIGN_RIGHT,
    ),
    Column(
        "Invoiced",
        lambda r: _money(r.invoiced, r.currency),
        sort=lambda r: r.invoiced,
        align=ALIGN_RIGHT,
        chip=lambda r: OVER_CHIP if r.over_order else "",
        tip=lambda r: "Invoiced over the order's value" if r.over_order else "",
    ),
    Column(
        "Remaining",
        lambda r: _money(r.remaining, r.currency),
        sort=lambda r: r.remaining,
        align=ALIGN_RIGHT,
        tip=lambda r: "What the order still commits: its value less the invoices",
    ),
    Column(
        "Late",
        late_text,
        sort=lambda r: (len(r.late_items), len(r.items)),
        chip=lambda r: (LATE_CHIP if r.late_items else ON_TIME_CHIP) if r.items else "",
        tip=late_tip,
        align=ALIGN_CENTER,
    ),
    Column("What the vendor delivers", lambda r: r.description or "—", stretch=True),
)
LATE_COLUMN = 5
INVOICED_COLUMN = 3


def why_text(item: CoveredItem) -> str:
    """Why an item is late, in a few words: '28 days after baseline', 'overdue'; '—' if not."""
    if not item.late:
        return "—"
    if item.kind == DELIVERABLE:
        return "Overdue"
    if item.finish and item.baseline_finish and item.finish > item.baseline_finish:
        days = (item.finish - item.baseline_finish).days
        return f"{days} day{'s' if days != 1 else ''} after baseline"
    return "Not done by its finish"


COVER_COLUMNS: tuple[Column[CoveredItem], ...] = (
    Column("Ref", lambda i: i.reference, sort=lambda i: (i.kind, i.reference)),
    Column("Task or deliverable", lambda i: i.name, stretch=True),
    Column("Status", lambda i: i.status),
    Column(
        "Finish",
        lambda i: short_date_text(i.finish) or "—",
        sort=lambda i: i.finish.toordinal() if i.finish else NO_DATE,
        tip=lambda i: "The deliverable's due date" if i.kind == DELIVERABLE else "",
        align=ALIGN_CENTER,
    ),
    Column(
        "Baseline",
        lambda i: short_date_text(i.baseline_finish) or "—",
        sort=lambda i: i.baseline_finish.toordinal() if i.baseline_finish else NO_DATE,
        align=ALIGN_CENTER,
    ),
    Column(
        "Late",
        lambda i: "Late" if i.late else "On time",
        chip=lambda i: LATE_CHIP if i.late else ON_TIME_CHIP,
        tip=lambda i: i.late_reason,
        align=ALIGN_CENTER,
    ),
    Column("Why", why_text, tip=lambda i: i.late_reason, max_width=220),
)
COVER_LATE_COLUMN = 5

INVOICE_COLUMNS: tuple[Column[InvoiceRow], ...] = (
    Column("Invoice", lambda i: i.number, max_width=180),
    Column(
        "Received",
        lambda i: short_date_text(i.received_on),
        sort=lambda i: i.received_on.toordinal(),
        align=ALIGN_CENTER,
    ),
    Column(
        "Amount",
        lambda i: _money(i.amount, i.currency),
        sort=lambda i: i.amount,
        align=ALIGN_RIGHT,
        chip=lambda i: OVER_CHIP if i.over_order else "",
        tip=lambda i: "Takes the invoiced total over the order's value" if i.over_order else "",
    ),
    Column("Charged to", lambda i: i.task or "—", max_width=320),
    Column("Note", lambda i: i.note or "—", stretch=True),
)
INVOICE_AMOUNT_COLUMN = 2


def summary_line(rows: Sequence[OrderRow]) -> str:
    """'2 orders · 156,000 EUR committed · 31,200 EUR invoiced · 1 with late items'."""
    if not rows:
        return ""
    parts = [f"{len(rows)} order{'s' if len(rows) != 1 else ''}"]
    currencies = sorted({r.currency for r in rows})
    for currency in currencies:  # amounts in different currencies are never added up
        mine = [r for r in rows if r.currency == currency]
        value = sum((r.value for r in mine), Decimal(0))
        invoiced = sum((r.invoiced for r in mine), Decimal(0))
        parts.append(f"{_money(value, currency)} ordered, {_money(invoiced, currency)} invoiced")
    late = sum(bool(r.late_items) for r in rows)
    parts.append(f"{late} with late items" if late else "no late items")
    return " · ".join(parts)
