"""OrderDetail: the selected purchase order — what it covers and how late, the invoices received
against it, and the PM's notes on the vendor's performance; the buttons follow the page's
actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.vendors.views import CoveredItem, InvoiceRow, OrderRow
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel, titled
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.records.detail_parts import muted_label, plain_label, section_label
from cpm_desktop.ui.records.selection import current_record, select_record
from cpm_desktop.ui.records.table_model import RecordT
from cpm_desktop.ui.records.widgets import action_button, rows_height, style_heading
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.vendors.columns import (
    COVER_COLUMNS,
    COVER_LATE_COLUMN,
    INVOICE_AMOUNT_COLUMN,
    INVOICE_COLUMNS,
)


class SmallTable(Generic[RecordT]):
    """A sortable table of a few records, as tall as its rows: the page scrolls, not it."""

    def __init__(self, columns: Sequence[Column[RecordT]], name: str, chip_column: int) -> None:
        self.model = ColumnTableModel(columns)
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName(name)
        self.table.setMinimumHeight(0)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The last column elides (whole in its tooltip): the table never scrolls sideways.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(chip_column, rag_chip_delegate(self.table))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def show(self, rows: Sequence[RecordT]) -> None:
        """Show `rows`, keep the selected one, fit the widths and the height."""
        selected = self.current()
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.table.setFixedHeight(rows_height(self.table, max(len(rows), 1)))
        if selected is not None:
            select_record(self.table, self.proxy, selected.id, 0)

    def current(self) -> RecordT | None:
        """The selected record, if any."""
        return current_record(self.table, self.proxy)


class OrderDetail(QWidget):
    """Everything about one OrderRow; its tables' selections drive the page's actions."""

    def __init__(
        self,
        cover_actions: Sequence[QAction],
        invoice_actions: Sequence[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.heading = plain_label()
        self.heading.setObjectName("orderHeading")
        style_heading(self.heading)
        self.summary = plain_label()
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {colors().muted_text};")
        self.covers = SmallTable[CoveredItem](
            titled(COVER_COLUMNS, "VendorColumns"), "orderCovers", COVER_LATE_COLUMN
        )
        self.invoices = SmallTable[InvoiceRow](
            titled(INVOICE_COLUMNS, "VendorColumns"), "orderInvoices", INVOICE_AMOUNT_COLUMN
        )
        self.covers_hint = muted_label("")
        self.covers_hint.setWordWrap(True)
        self.description = plain_label()
        self.description.setObjectName("orderDescription")
        self.description.setWordWrap(True)
        self.performance = plain_label()
        self.performance.setObjectName("orderPerformance")
        self.performance.setWordWrap(True)
        self.performance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body = QWidget()  # hidden while no order is selected
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        covers = QCoreApplication.translate("OrderDetail", "What it covers")
        self.covers.table.setAccessibleName(covers)  # the heading above it names it
        body.addLayout(_section(covers, cover_actions))
        body.addWidget(self.covers.table)
        body.addWidget(self.covers_hint)
        invoices = QCoreApplication.translate("OrderDetail", "Invoices")
        self.invoices.table.setAccessibleName(invoices)
        body.addLayout(_section(invoices, invoice_actions))
        body.addWidget(self.invoices.table)
        notes = QHBoxLayout()
        notes.setSpacing(28)
        delivers = QCoreApplication.translate("OrderDetail", "What the vendor delivers")
        notes.addLayout(_note_column(delivers, self.description), 1)
        performance = QCoreApplication.translate("OrderDetail", "Performance")
        notes.addLayout(_note_column(performance, self.performance), 1)
        body.addLayout(notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_row(None)

    def show_row(self, row: OrderRow | None) -> None:
        """Show `row` (None: a hint to select one)."""
        if row is None:
            self.heading.setText(
                QCoreApplication.translate("OrderDetail", "No purchase order selected")
            )
            self.summary.setText(
                QCoreApplication.translate(
                    "OrderDetail",
                    "Select an order in the table to see what it covers and its invoices.",
                )
            )
            self.covers.show(())
            self.invoices.show(())
            self.body.hide()
            return
        self.body.show()
        self.heading.setText(
            QCoreApplication.translate("OrderDetail", "PO {number}").format(number=row.number)
            + f"  ·  {row.vendor}"
        )
        self.summary.setText(self._summary_text(row))
        self.covers.show(row.items)
        late = len(row.late_items)
        if not row.items:
            hint = QCoreApplication.translate(
                "OrderDetail",
                "Cover the tasks and deliverables the vendor delivers: late ones show here and, "
                "for tasks, as risks in the Risks tab.",
            )
        elif late:
            hint = QCoreApplication.translate(
                "OrderDetail",
                "{late} of {count} late; the late tasks not yet done show as risks in the "
                "Risks tab.",
            ).format(late=late, count=len(row.items))
        else:
            hint = QCoreApplication.translate("OrderDetail", "Everything covered is on time.")
        self.covers_hint.setText(hint)
        self.invoices.show(row.invoices)
        for label, text in (
            (self.description, row.description),
            (self.performance, row.performance),
        ):
            label.setText(text or "—")
            label.setEnabled(bool(text))  # a muted dash reads as "none"

    def _summary_text(self, row: OrderRow) -> str:
        """'Placed 01 Oct 2026 · 48,000 EUR ordered · 24,000 EUR invoiced (2 invoices) ·
        24,000 EUR remain committed'."""
        parts = [
            QCoreApplication.translate("OrderDetail", "Placed {day}").format(
                day=short_date_text(row.placed_on)
            )
            if row.placed_on
            else QCoreApplication.translate("OrderDetail", "Not dated")
        ]
        parts.append(
            QCoreApplication.translate("OrderDetail", "{amount} ordered").format(
                amount=money_text(row.value, row.currency)
            )
        )
        count = len(row.invoices)
        # %n through self.tr: pyside6-lupdate sees a variable count only there.
        invoiced = (
            QCoreApplication.translate("OrderDetail", "{amount} invoiced (1 invoice)")
            if count == 1
            else self.tr("{amount} invoiced (%n invoices)", None, count)
        )
        parts.append(invoiced.format(amount=money_text(row.invoiced, row.currency)))
        if row.over_order:
            over = QCoreApplication.translate("OrderDetail", "{amount} over the order")
            parts.append(over.format(amount=money_text(-row.remaining, row.currency)))
        else:
            remain = QCoreApplication.translate("OrderDetail", "{amount} remain committed")
            parts.append(remain.format(amount=money_text(row.remaining, row.currency)))
        return " · ".join(parts)


def _section(title: str, actions: Sequence[QAction]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(section_label(title))
    row.addStretch(1)
    for action in actions:
        row.addWidget(action_button(action))
    return row


def _note_column(title: str, label: QLabel) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(4)
    column.addWidget(section_label(title))
    column.addWidget(label)
    column.addStretch(1)
    return column
