"""RoleDialog and RateDialog: a role of the rate card, and one dated rate of a role or of one
person (an override of their role's rate)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.services.team.views import RateRow, RoleRow
from cpm_desktop.ui.formatting import amount_entry_text, parse_money
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

CURRENCY = QRegularExpression("[A-Za-z]{0,3}")


class RoleDialog(RecordDialog):
    """A role's name and what it does."""

    def __init__(self, row: RoleRow | None, submit: Submit, parent: QWidget | None = None) -> None:
        title = (
            QCoreApplication.translate("RoleDialog", "Add role")
            if row is None
            else QCoreApplication.translate("RoleDialog", "Edit role {name}").format(name=row.name)
        )
        super().__init__(title, submit, parent)
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(
            QCoreApplication.translate("RoleDialog", "Solution architect, WMS consultant…")
        )
        self.description = text_box(
            row.description if row else "",
            QCoreApplication.translate("RoleDialog", "What the role does"),
            3,
        )
        self.form.addRow(QCoreApplication.translate("RoleDialog", "&Name"), self.name)
        self.form.addRow(QCoreApplication.translate("RoleDialog", "&Description"), self.description)

    def values(self) -> dict[str, Any]:
        """The keywords of add_role / edit_role."""
        return {"name": self.name.text(), "description": self.description.toPlainText()}


class RateDialog(RecordDialog):
    """Whose rate (a role, or one person overriding their role's), from when, the cost and
    bill rates per hour (per unit of a material), a cost per use and the currency."""

    def __init__(
        self,
        row: RateRow | None,
        roles: list[tuple[int, str]],
        people: list[tuple[int, str]],
        currency: str,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("RateDialog", "Add rate")
            if row is None
            else QCoreApplication.translate("RateDialog", "Edit rate of {owner}").format(
                owner=row.role or row.resource
            )
        )
        super().__init__(title, submit, parent)
        self.owner = QComboBox()
        self.owner.setObjectName("rateOwner")
        role_text = QCoreApplication.translate("RateDialog", "Role: {name}")
        for ident, name in roles:
            self.owner.addItem(role_text.format(name=name), f"role:{ident}")
        if roles and people:
            self.owner.insertSeparator(self.owner.count())
        person_text = QCoreApplication.translate("RateDialog", "Person: {name}")
        for ident, name in people:
            self.owner.addItem(person_text.format(name=name), f"resource:{ident}")
        self.owner.setToolTip(
            QCoreApplication.translate(
                "RateDialog",
                "A role's rate applies to everyone holding the role; a person's own rate "
                "overrides it",
            )
        )
        self.owner.setMaximumWidth(420)
        if row is not None:
            wanted = f"role:{row.role_id}" if row.role_id else f"resource:{row.resource_id}"
            self.owner.setCurrentIndex(max(0, self.owner.findData(wanted)))
        self.effective_from = date_field(row.effective_from if row else dt.date.today())
        self.effective_from.setToolTip(
            QCoreApplication.translate(
                "RateDialog", "The rate applies from this day until a later one"
            )
        )
        self.cost_rate = _amount(
            row.cost_rate if row else None,
            QCoreApplication.translate("RateDialog", "What an hour costs us"),
        )
        self.bill_rate = _amount(
            row.bill_rate if row else None,
            QCoreApplication.translate("RateDialog", "What an hour is billed at"),
        )
        self.cost_per_use = _amount(
            row.cost_per_use if row and row.cost_per_use else None,
            QCoreApplication.translate("RateDialog", "Per task and unit assigned (optional)"),
        )
        self.currency = QLineEdit(row.currency if row else currency)
        self.currency.setValidator(QRegularExpressionValidator(CURRENCY, self.currency))
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.currency.setToolTip(
            QCoreApplication.translate("RateDialog", "The ISO code the rate is in: EUR, CHF, USD…")
        )
        rows = (
            (QCoreApplication.translate("RateDialog", "&Role or person"), self.owner),
            (QCoreApplication.translate("RateDialog", "E&ffective from"), self.effective_from),
            (QCoreApplication.translate("RateDialog", "&Cost rate"), self.cost_rate),
            (QCoreApplication.translate("RateDialog", "&Bill rate"), self.bill_rate),
            (QCoreApplication.translate("RateDialog", "Cost per &use"), self.cost_per_use),
            (QCoreApplication.translate("RateDialog", "Curre&ncy"), self.currency),
        )
        for label, field in rows:
            self.form.addRow(label, field)

    def values(self) -> dict[str, Any]:
        """The keywords of add_rate / change_rate; ValueError when an amount is unreadable."""
        kind, _, number = str(self.owner.currentData() or "").partition(":")
        ident = int(number) if number.isdigit() else None
        if ident is None:
            raise ValueError(
                QCoreApplication.translate(
                    "RateDialog", "Add a role or a resource first: a rate belongs to one of them."
                )
            )
        return {
            "role_id": ident if kind == "role" else None,
            "resource_id": ident if kind == "resource" else None,
            "effective_from": picked_date(self.effective_from),
            "cost_rate": _read(
                self.cost_rate, QCoreApplication.translate("RateDialog", "Type the cost rate")
            ),
            "bill_rate": _read(
                self.bill_rate, QCoreApplication.translate("RateDialog", "Type the bill rate")
            ),
            "cost_per_use": _read(
                self.cost_per_use,
                QCoreApplication.translate("RateDialog", "Type the cost per use"),
                blank=Decimal(0),
            ),
            "currency": self.currency.text(),
        }


def _amount(amount: Decimal | None, placeholder: str) -> QLineEdit:
    box = QLineEdit("" if amount is None else amount_entry_text(amount))
    box.setPlaceholderText(placeholder)
    box.setMaximumWidth(220)
    return box


def _read(box: QLineEdit, ask: str, blank: Decimal | None = None) -> Decimal:
    """The amount typed in `box`; `ask` ("Type the cost rate") when it is empty and needed."""
    text = box.text().strip()
    if not text:
        if blank is not None:
            return blank
        raise ValueError(
            QCoreApplication.translate("RateDialog", "{ask}, e.g. 95 or 87.50.").format(ask=ask)
        )
    return parse_money(text)
