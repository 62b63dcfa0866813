"""The vendors page's forms: a vendor, a purchase order, an invoice, and what an order covers.

Each gives the service's keywords; the service checks them, and the form shows its refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from cpm_desktop.services.vendors.views import InvoiceRow, OrderRow, VendorRow
from cpm_desktop.ui.formatting import amount_entry_text, parse_money
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

CURRENCIES = ("EUR", "CHF", "USD", "GBP")  # offered; any three-letter code may be typed
NOT_CHARGED = QT_TRANSLATE_NOOP("InvoiceDialog", "— (no task)")
Choice = tuple[object, str]  # what the service takes, and what the list shows


class VendorDialog(RecordDialog):
    """A supplier company: its name, who to call, notes."""

    def __init__(self, row: VendorRow | None, submit: Submit, parent: QWidget | None = None):
        title = (
            QCoreApplication.translate("VendorDialog", "Add vendor")
            if row is None
            else QCoreApplication.translate("VendorDialog", "Edit {name}").format(name=row.name)
        )
        super().__init__(title, submit, parent)
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(
            QCoreApplication.translate("VendorDialog", "The company, as its invoices name it")
        )
        self.contact = QLineEdit(row.contact if row else "")
        self.contact.setPlaceholderText(
            QCoreApplication.translate("VendorDialog", "Account manager, phone, e-mail")
        )
        self.notes = text_box(
            row.notes if row else "",
            QCoreApplication.translate("VendorDialog", "Framework contract, terms, anything"),
            3,
        )
        self.form.addRow(QCoreApplication.translate("VendorDialog", "&Name"), self.name)
        self.form.addRow(QCoreApplication.translate("VendorDialog", "&Contact"), self.contact)
        self.form.addRow(QCoreApplication.translate("VendorDialog", "N&otes"), self.notes)

    def values(self) -> dict[str, Any]:
        """The keywords of add_vendor / edit_vendor."""
        return {
            "name": self.name.text(),
            "contact": self.contact.text(),
            "notes": self.notes.toPlainText(),
        }


class OrderDialog(RecordDialog):
    """A purchase order: vendor, number, value and currency, date, what it delivers and how
    the vendor performs."""

    def __init__(
        self,
        row: OrderRow | None,
        vendors: Sequence[VendorRow],
        currency: str,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("OrderDialog", "Add purchase order")
            if row is None
            else QCoreApplication.translate("OrderDialog", "Edit PO {number}").format(
                number=row.number
            )
        )
        super().__init__(title, submit, parent)
        self.vendor = QComboBox()
        for vendor in vendors:
            self.vendor.addItem(vendor.name, vendor.id)
        if row is not None:
            self.vendor.setCurrentIndex(max(0, self.vendor.findData(row.vendor_id)))
        self.number = QLineEdit(row.number if row else "")
        self.number.setPlaceholderText(
            QCoreApplication.translate("OrderDialog", "The order or contract number")
        )
        self.value = QLineEdit(amount_entry_text(row.value) if row else "")
        self.value.setPlaceholderText(
            QCoreApplication.translate("OrderDialog", "The order's value")
        )
        self.currency = _currency_box(row.currency if row else currency, currency)
        self.placed_on = date_field(row.placed_on if row and row.placed_on else dt.date.today())
        self.description = text_box(
            row.description if row else "",
            QCoreApplication.translate("OrderDialog", "What the vendor delivers under this order"),
            3,
        )
        self.performance = text_box(
            row.performance if row else "",
            QCoreApplication.translate(
                "OrderDialog", "How the vendor performs: quality, dates, contact"
            ),
            3,
        )
        self.form.addRow(QCoreApplication.translate("OrderDialog", "&Vendor"), self.vendor)
        self.form.addRow(QCoreApplication.translate("OrderDialog", "&Number"), self.number)
        self.form.addRow(
            _buddy(QCoreApplication.translate("OrderDialog", "&Value"), self.value),
            _pair(self.value, self.currency),
        )
        self.form.addRow(QCoreApplication.translate("OrderDialog", "&Placed on"), self.placed_on)
        self.form.addRow(QCoreApplication.translate("OrderDialog", "&Delivers"), self.description)
        self.form.addRow(
            QCoreApplication.translate("OrderDialog", "P&erformance"), self.performance
        )

    def values(self) -> dict[str, Any]:
        """The keywords of add_order / edit_order."""
        return {
            "vendor_id": self.vendor.currentData(),
            "number": self.number.text(),
            "value": parse_money(self.value.text()),
            "currency": self.currency.currentText(),
            "placed_on": picked_date(self.placed_on),
            "description": self.description.toPlainText(),
            "performance": self.performance.toPlainText(),
        }


class InvoiceDialog(RecordDialog):
    """An invoice against an order: number, date received, amount, the task it is charged to."""

    def __init__(
        self,
        row: InvoiceRow | None,
        order: OrderRow,
        tasks: Sequence[Choice],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("InvoiceDialog", "Record invoice — PO {order}, {vendor}")
            if row is None
            else QCoreApplication.translate(
                "InvoiceDialog", "Edit invoice {number} — PO {order}, {vendor}"
            )
        ).format(number=row.number if row else "", order=order.number, vendor=order.vendor)
        super().__init__(title, submit, parent)
        self.number = QLineEdit(row.number if row else "")
        self.number.setPlaceholderText(
            QCoreApplication.translate("InvoiceDialog", "The vendor's invoice number")
        )
        self.received_on = date_field(row.received_on if row else dt.date.today())
        self.amount = QLineEdit(amount_entry_text(row.amount) if row else "")
        remaining = amount_entry_text(order.remaining)
        self.amount.setPlaceholderText(
            QCoreApplication.translate(
                "InvoiceDialog", "In {currency}; {remaining} remain on the order"
            ).format(currency=order.currency, remaining=remaining)
        )
        self.task = QComboBox()
        self.task.addItem(QCoreApplication.translate("InvoiceDialog", NOT_CHARGED), None)
        for task_id, text in tasks:
            self.task.addItem(text, task_id)
        self.task.setMaximumWidth(520)  # long names elide rather than widen the dialog
        covered = next((i.target_id for i in order.items if i.kind == "task"), None)
        wanted = row.task_id if row is not None else covered
        self.task.setCurrentIndex(max(0, self.task.findData(wanted)))
        self.note = QLineEdit(row.note if row else "")
        self.note.setPlaceholderText(
            QCoreApplication.translate("InvoiceDialog", "What it bills: a milestone, a delivery")
        )
        amount = QCoreApplication.translate("InvoiceDialog", "&Amount ({currency})").format(
            currency=order.currency
        )
        rows = (
            (QCoreApplication.translate("InvoiceDialog", "&Invoice number"), self.number),
            (QCoreApplication.translate("InvoiceDialog", "&Received on"), self.received_on),
            (amount, self.amount),
            (QCoreApplication.translate("InvoiceDialog", "&Charged to"), self.task),
            (QCoreApplication.translate("InvoiceDialog", "N&ote"), self.note),
        )
        for label, field in rows:
            self.form.addRow(label, field)

    def values(self) -> dict[str, Any]:
        """The keywords of add_invoice / edit_invoice."""
        return {
            "number": self.number.text(),
            "received_on": picked_date(self.received_on),
            "amount": parse_money(self.amount.text()),
            "task_id": self.task.currentData(),
            "note": self.note.text(),
        }


class CoverDialog(RecordDialog):
    """Pick a task or a deliverable the order covers."""

    def __init__(
        self,
        order: OrderRow,
        tasks: Sequence[Choice],
        deliverables: Sequence[Choice],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CoverDialog", "PO {number} covers…").format(
                number=order.number
            ),
            submit,
            parent,
        )
        self.target = QComboBox()
        self.target.setMaximumWidth(560)
        task = QCoreApplication.translate("CoverDialog", "Task {task}")
        for task_id, text in tasks:
            self.target.addItem(task.format(task=text), ("task_id", task_id))
        deliverable = QCoreApplication.translate("CoverDialog", "Deliverable {deliverable}")
        for deliverable_id, text in deliverables:
            self.target.addItem(
                deliverable.format(deliverable=text), ("deliverable_id", deliverable_id)
            )
        hint = QLabel(
            QCoreApplication.translate(
                "CoverDialog",
                "A covered task is late when it finishes after its baseline; a covered "
                "deliverable when it is overdue. Late tasks show in the Risks tab.",
            )
        )
        hint.setWordWrap(True)
        self.form.addRow(QCoreApplication.translate("CoverDialog", "&Covers"), self.target)
        self.form.addRow("", hint)

    def values(self) -> dict[str, Any]:
        """task_id=… or deliverable_id=…, the keyword of cover."""
        chosen = self.target.currentData()
        if chosen is None:
            raise ValueError(
                QCoreApplication.translate(
                    "CoverDialog", "Everything of the plan is covered already."
                )
            )
        key, ident = chosen
        return {key: ident}


def _currency_box(current: str, project_currency: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(sorted({*CURRENCIES, project_currency, current}))
    box.setCurrentText(current)
    return box


def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(first, 1)
    row.addWidget(second)
    return row


def _buddy(text: str, field: QWidget) -> QLabel:
    """A form label for a row of two fields: the label needs a buddy for its shortcut."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
