"""The billing dialogs: what a task bills, and the invoice or payment of a billing milestone."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.services.records.billing import BillingRow
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import (
    amount_entry_text,
    entry_date_format,
    money_text,
    parse_money,
    py_date,
    qdate,
)
from cpm_desktop.ui.theme import colors


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colors().rag_red};")
    label.hide()
    return label


def _date_edit(day: dt.date, earliest: dt.date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(entry_date_format())
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    edit.setDate(qdate(max(day, earliest) if earliest else day))
    return edit


class BillingAmountDialog(QDialog):
    """Choose the task that bills (when adding) and the amount it bills."""

    def __init__(
        self,
        tasks: Sequence[tuple[int, str]],
        currency: str,
        *,
        amount: Decimal | None = None,
        deliverables: Sequence[tuple[int, str]] = (),
        waits_for: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        adding = amount is None
        self.setWindowTitle(
            QCoreApplication.translate("BillingAmountDialog", "Bill a task")
            if adding
            else QCoreApplication.translate("BillingAmountDialog", "Change the billing amount")
        )
        self.setMinimumWidth(460)
        self.task = QComboBox()
        self.task.setObjectName("billingTask")
        for task_id, label in tasks:
            self.task.addItem(label, task_id)
        self.task.setEnabled(adding and len(tasks) > 1)
        self.amount = QLineEdit(amount_entry_text(amount) if amount is not None else "")
        self.amount.setObjectName("billingAmount")
        self.amount.setPlaceholderText(
            QCoreApplication.translate("BillingAmountDialog", "e.g. 56000")
        )
        # Becomes due when the client accepts a deliverable (id, "D-009  Final acceptance …").
        self.deliverable = QComboBox()
        self.deliverable.setObjectName("billingWaitsFor")
        self.deliverable.addItem(
            QCoreApplication.translate("BillingAmountDialog", "— (when the milestone is reached)"),
            None,
        )
        for deliverable_id, label in deliverables:
            self.deliverable.addItem(label, deliverable_id)
            if waits_for and label.startswith(f"{waits_for} "):
                self.deliverable.setCurrentIndex(self.deliverable.count() - 1)
        self.deliverable.setMaximumWidth(520)  # long names elide rather than widen the dialog
        self.error = _error_label("billingError")
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("BillingAmountDialog", "&Task or milestone"), self.task
        )
        form.addRow(
            QCoreApplication.translate("BillingAmountDialog", "&Amount ({currency})").format(
                currency=currency
            ),
            self.amount,
        )
        if deliverables:
            form.addRow(
                QCoreApplication.translate(
                    "BillingAmountDialog", "Becomes &due when the client accepts"
                ),
                self.deliverable,
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self, self.accept_if_valid))
        self.amount.setFocus()

    def task_id(self) -> int:
        """The id of the task chosen."""
        return int(self.task.currentData())

    def waits_for(self) -> int | None:
        """The deliverable whose acceptance makes the milestone due; None: none."""
        data = self.deliverable.currentData()
        return None if data is None else int(data)

    def value(self) -> Decimal:
        """The amount typed; ValueError when it is not one."""
        amount = parse_money(self.amount.text())
        if amount <= 0:
            raise ValueError(
                QCoreApplication.translate(
                    "BillingAmountDialog", "The billing amount must be more than 0."
                )
            )
        return amount

    def accept_if_valid(self) -> None:
        """Close with OK only for a task and an amount above 0; else say what is wrong."""
        if self.task.count() == 0:
            self._refuse(
                QCoreApplication.translate(
                    "BillingAmountDialog", "Every task that can bill already does."
                )
            )
            return
        try:
            self.value()
        except ValueError as exc:
            self._refuse(str(exc))
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class InvoiceStepDialog(QDialog):
    """Date an invoice (with its number) or a payment of one billing milestone."""

    def __init__(
        self, row: BillingRow, step: InvoiceStatus, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._step = step
        paying = step is InvoiceStatus.PAID
        self.setWindowTitle(
            QCoreApplication.translate("InvoiceStepDialog", "Record the payment")
            if paying
            else QCoreApplication.translate("InvoiceStepDialog", "Record the invoice")
        )
        self.setMinimumWidth(440)
        intro = QLabel(
            f"<b>{html.escape(row.name)}</b><br>{money_text(row.amount, currency)}"
            + (
                QCoreApplication.translate("InvoiceStepDialog", " · invoice {number}").format(
                    number=html.escape(row.invoice_number)
                )
                if row.invoice_number
                else ""
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        earliest = row.invoiced_on if paying else None
        self.day = _date_edit(dt.date.today(), earliest)
        self.day.setObjectName("invoiceDate")
        self.number = QLineEdit()
        self.number.setObjectName("invoiceNumber")
        self.number.setMaxLength(50)
        self.number.setPlaceholderText(
            QCoreApplication.translate("InvoiceStepDialog", "e.g. INV-2026-041")
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("InvoiceStepDialog", "Paid &on")
            if paying
            else QCoreApplication.translate("InvoiceStepDialog", "Invoiced &on"),
            self.day,
        )
        if not paying:
            form.addRow(
                QCoreApplication.translate("InvoiceStepDialog", "Invoice &number"), self.number
            )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def on(self) -> dt.date:
        """The date entered."""
        return py_date(self.day.date())

    def invoice_number(self) -> str | None:
        """The invoice number typed when invoicing; None when recording a payment."""
        return None if self._step is InvoiceStatus.PAID else self.number.text().strip()
