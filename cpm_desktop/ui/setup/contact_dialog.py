"""ContactDialog: one person at a client (name, role, e-mail, phone)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from cpm_desktop.services.portfolio.setup import ContactEntry
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons


class ContactDialog(QDialog):
    """Edit one contact; OK refuses a blank name (the service checks the rest on save)."""

    def __init__(self, contact: ContactEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact = contact or ContactEntry(None, "")
        self.setWindowTitle(
            QCoreApplication.translate("ContactDialog", "Contact")
            if contact is None
            else QCoreApplication.translate("ContactDialog", "Contact — {name}").format(
                name=contact.name
            )
        )
        self.setMinimumWidth(420)
        self.name = QLineEdit(self._contact.name)
        self.name.setObjectName("contactName")
        self.role = QLineEdit(self._contact.role)
        self.role.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "e.g. Sponsor, Key user, Approver")
        )
        self.email = QLineEdit(self._contact.email)
        self.phone = QLineEdit(self._contact.phone)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ContactDialog", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("ContactDialog", "&Role"), self.role)
        form.addRow(QCoreApplication.translate("ContactDialog", "&E-mail"), self.email)
        form.addRow(QCoreApplication.translate("ContactDialog", "&Phone"), self.phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self, self._on_ok))

    def contact(self) -> ContactEntry:
        """The contact as the form holds it (same id as the one edited)."""
        return replace(
            self._contact,
            name=" ".join(self.name.text().split()),
            role=self.role.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
        )

    def _on_ok(self) -> None:
        if not self.contact().name:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ContactDialog", "Contact"),
                QCoreApplication.translate("ContactDialog", "The contact's name cannot be empty."),
            )
            return
        self.accept()
