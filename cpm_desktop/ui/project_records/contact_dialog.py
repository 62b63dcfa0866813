"""ContactDialog: a person at the client: name, role, influence, e-mail and phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.services.portfolio.views import StakeholderRow
from cpm_desktop.texts import _
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit

INFLUENCES = ("low", "medium", "high")


class ContactDialog(RecordDialog):
    """The contact's details as the client's people list keeps them."""

    def __init__(
        self, row: StakeholderRow | None, client: str, submit: Submit, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("ContactDialog", "Add a contact at {client}").format(
                client=client
            )
            if row is None
            else f"{row.name} ({client})"
        )
        super().__init__(title, submit, parent)
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "First and last name")
        )
        self.role = QLineEdit(row.role if row else "")
        self.role.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "e.g. Sponsor, key user, IT lead")
        )
        self.influence = QComboBox()
        for value in INFLUENCES:
            self.influence.addItem(_(value.capitalize()), value)
        self.influence.setCurrentIndex(self.influence.findData(row.influence if row else "medium"))
        self.influence.setToolTip(
            QCoreApplication.translate(
                "ContactDialog", "How much this person sways the project's decisions"
            )
        )
        self.email = QLineEdit(row.email if row else "")
        self.email.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "name@company.com")
        )
        self.phone = QLineEdit(row.phone if row else "")
        self.form.addRow(QCoreApplication.translate("ContactDialog", "&Name"), self.name)
        self.form.addRow(QCoreApplication.translate("ContactDialog", "&Role"), self.role)
        self.form.addRow(QCoreApplication.translate("ContactDialog", "&Influence"), self.influence)
        self.form.addRow(QCoreApplication.translate("ContactDialog", "&E-mail"), self.email)
        self.form.addRow(QCoreApplication.translate("ContactDialog", "&Phone"), self.phone)

    def values(self) -> dict[str, Any]:
        """The keywords of add_contact / update_contact (the service checks them)."""
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "influence": self.influence.currentData(),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }
