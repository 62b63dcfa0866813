"""The vendors page's tables: the orders, what the selected order covers, and its invoices;
and the page's summary line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cpm_desktop.services.vendors.views import DELIVERABLE, CoveredItem, InvoiceRow, OrderRow
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT

LATE_CHIP, OVER_CHIP, ON_TIME_CHIP = "red", "amber", "green"  # the theme's RAG colours
NO_DATE = dt.date.max.toordinal()  # a row without a date sorts last


def _on_time() -> str:
    return QCoreApplication.translate("VendorColumns", "On time")


def late_text(row: OrderRow) -> str:
    """'2 late', 'On time', or '—' for an order that covers nothing yet."""
    if not row.items:
        return "—"
    late = len(row.late_items)
    if not late:
        return _on_time()
    return QCoreApplication.translate("VendorColumns", "{count} late").format(count=late)


def late_tip(row: OrderRow) -> str:
    """Each late item and why, one a line."""
    if not row.items:
        return QCoreApplication.translate(
            "VendorColumns", "The order covers no task or deliverable yet"
        )
    if not row.late_items:
        return QCoreApplication.translate(
            "VendorColumns", "Every covered task and deliverable is on time"
        )
    return "\n".join(f"{i.reference} {i.name}: {i.late_reason}" for i in row.late_items)


def _money(amount: Decimal, currency: str) -> str:
    return money_text(amount, currency)


# The titles are marked here and translated where shown (`titled`).
ORDER_COLUMNS: tuple[Column[OrderRow], ...] = (
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Vendor"), lambda r: r.vendor, max_width=200),
    Column(QT_TRANSLATE_NOOP("VendorColumns", "PO number"), lambda r: r.number, max_width=160),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Value"),
        lambda r: _money(r.value, r.currency),
        sort=lambda r: r.value,
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Invoiced"),
        lambda r: _money(r.invoiced, r.currency),
        sort=lambda r: r.invoiced,
        align=ALIGN_RIGHT,
        chip=lambda r: OVER_CHIP if r.over_order else "",
        tip=lambda r: (
            QCoreApplication.translate("VendorColumns", "Invoiced over the order's value")
            if r.over_order
            else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Remaining"),
        lambda r: _money(r.remaining, r.currency),
        sort=lambda r: r.remaining,
        align=ALIGN_RIGHT,
        tip=lambda r: QCoreApplication.translate(
            "VendorColumns", "What the order still commits: its value less the invoices"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Late"),
        late_text,
        sort=lambda r: (len(r.late_items), len(r.items)),
        chip=lambda r: (LATE_CHIP if r.late_items else ON_TIME_CHIP) if r.items else "",
        tip=late_tip,
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "What the vendor delivers"),
        lambda r: r.description or "—",
        stretch=True,
    ),
)
LATE_COLUMN = 5
INVOICED_COLUMN = 3


def why_text(item: CoveredItem) -> str:
    """Why an item is late, in a few words: '28 days after baseline', 'overdue'; '—' if not."""
    if not item.late:
        return "—"
    if item.kind == DELIVERABLE:
        return QCoreApplication.translate("VendorColumns", "Overdue")
    if item.finish and item.baseline_finish and item.finish > item.baseline_finish:
        days = (item.finish - item.baseline_finish).days
        # Two or more always take the plural, in English, German and French alike.
        if days == 1:
            return QCoreApplication.translate("VendorColumns", "1 day after baseline")
        return QCoreApplication.translate("VendorColumns", "{days} days after baseline").format(
            days=days
        )
    return QCoreApplication.translate("VendorColumns", "Not done by its finish")


COVER_COLUMNS: tuple[Column[CoveredItem], ...] = (
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Ref"),
        lambda i: i.reference,
        sort=lambda i: (i.kind, i.reference),
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Task or deliverable"), lambda i: i.name, stretch=True
    ),
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Status"), lambda i: i.status),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Finish"),
        lambda i: short_date_text(i.finish) or "—",
        sort=lambda i: i.finish.toordinal() if i.finish else NO_DATE,
        tip=lambda i: (
            QCoreApplication.translate("VendorColumns", "The deliverable's due date")
            if i.kind == DELIVERABLE
            else ""
        ),
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Baseline"),
        lambda i: short_date_text(i.baseline_finish) or "—",
        sort=lambda i: i.baseline_finish.toordinal() if i.baseline_finish else NO_DATE,
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Late"),
        lambda i: QCoreApplication.translate("VendorColumns", "Late") if i.late else _on_time(),
        chip=lambda i: LATE_CHIP if i.late else ON_TIME_CHIP,
        tip=lambda i: i.late_reason,
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Why"),
        why_text,
        tip=lambda i: i.late_reason,
        max_width=220,
    ),
)
COVER_LATE_COLUMN = 5

INVOICE_COLUMNS: tuple[Column[InvoiceRow], ...] = (
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Invoice"), lambda i: i.number, max_width=180),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Received"),
        lambda i: short_date_text(i.received_on),
        sort=lambda i: i.received_on.toordinal(),
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Amount"),
        lambda i: _money(i.amount, i.currency),
        sort=lambda i: i.amount,
        align=ALIGN_RIGHT,
        chip=lambda i: OVER_CHIP if i.over_order else "",
        tip=lambda i: (
            QCoreApplication.translate(
                "VendorColumns", "Takes the invoiced total over the order's value"
            )
            if i.over_order
            else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Charged to"), lambda i: i.task or "—", max_width=320
    ),
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Note"), lambda i: i.note or "—", stretch=True),
)
INVOICE_AMOUNT_COLUMN = 2


def summary_line(rows: Sequence[OrderRow]) -> str:
    """'2 orders · 156,000 EUR committed · 31,200 EUR invoiced · 1 with late items'."""
    if not rows:
        return ""
    # Two or more always take the plural, in English, German and French alike.
    parts = [
        QCoreApplication.translate("VendorColumns", "1 order")
        if len(rows) == 1
        else QCoreApplication.translate("VendorColumns", "{count} orders").format(count=len(rows))
    ]
    currencies = sorted({r.currency for r in rows})
    amounts = QCoreApplication.translate("VendorColumns", "{value} ordered, {invoiced} invoiced")
    for currency in currencies:  # amounts in different currencies are never added up
        mine = [r for r in rows if r.currency == currency]
        value = sum((r.value for r in mine), Decimal(0))
        invoiced = sum((r.invoiced for r in mine), Decimal(0))
        parts.append(
            amounts.format(value=_money(value, currency), invoiced=_money(invoiced, currency))
        )
    late = sum(bool(r.late_items) for r in rows)
    parts.append(
        QCoreApplication.translate("VendorColumns", "{count} with late items").format(count=late)
        if late
        else QCoreApplication.translate("VendorColumns", "no late items")
    )
    return " · ".join(parts)
