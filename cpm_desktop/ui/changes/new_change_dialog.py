"""NewChangeDialog: the few fields a new request needs; its impact is assessed later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cpm_desktop.domain import ChangeCategory, ChangePriority
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons


class NewChangeDialog(QDialog):
    """Asks for the title, who requested it, category, priority and a description."""

    def __init__(self, contacts: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NewChangeDialog", "New change request"))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            QCoreApplication.translate(
                "NewChangeDialog", "What the client asks to change, in a few words"
            )
        )
        self.requested_by = QComboBox()
        self.requested_by.addItem(
            QCoreApplication.translate("NewChangeDialog", "— (not recorded)"), None
        )
        for contact_id, name in contacts:
            self.requested_by.addItem(name, contact_id)
        self.category = QComboBox()
        for category in ChangeCategory:
            self.category.addItem(_(category.label), category.value)
        self.priority = QComboBox()
        for priority in ChangePriority:
            self.priority.addItem(_(priority.label), priority.value)
        self.priority.setCurrentIndex(list(ChangePriority).index(ChangePriority.MEDIUM))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            QCoreApplication.translate("NewChangeDialog", "What is asked for (optional)")
        )
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("NewChangeDialog", "&Title"), self.title)
        form.addRow(
            QCoreApplication.translate("NewChangeDialog", "Requested &by"), self.requested_by
        )
        form.addRow(QCoreApplication.translate("NewChangeDialog", "&Category"), self.category)
        form.addRow(QCoreApplication.translate("NewChangeDialog", "&Priority"), self.priority)
        form.addRow(QCoreApplication.translate("NewChangeDialog", "&Description"), self.description)
        buttons = ok_cancel_buttons(self)
        form.addRow(buttons)

    def values(self) -> tuple[str, dict[str, Any]]:
        """The title and the keyword arguments of `add_change_request` (the service checks)."""
        return self.title.text(), {
            "requested_by_id": self.requested_by.currentData(),
            "category": self.category.currentData(),
            "priority": self.priority.currentData(),
            "description": self.description.toPlainText().strip(),
        }
