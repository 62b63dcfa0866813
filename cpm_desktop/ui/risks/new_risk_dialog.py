"""NewRiskDialog: the few fields a new register entry needs; the rest is added later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from cpm_desktop.domain import RiskKind
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.records.internal import internal_check

KINDS = (RiskKind.RISK, RiskKind.OPPORTUNITY)  # an issue is a risk that happened


class NewRiskDialog(QDialog):
    """Asks for title, kind, owner, probability, impact, category and whether it is internal."""

    def __init__(
        self, owners: list[str], categories: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NewRiskDialog", "New risk"))
        self.setMinimumWidth(420)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            QCoreApplication.translate("NewRiskDialog", "What could happen, in a few words")
        )
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(_(kind.label), kind)
        self.owner = _editable_combo(owners)
        self.category = _editable_combo(categories)
        self.probability = _level_combo()
        self.impact = _level_combo()
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Title"), self.title)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Kind"), self.kind)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Owner"), self.owner)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Probability"), self.probability)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Impact"), self.impact)
        form.addRow(QCoreApplication.translate("NewRiskDialog", "&Category"), self.category)
        self.internal = internal_check(False)
        form.addRow("", self.internal)
        buttons = ok_cancel_buttons(self)
        form.addRow(buttons)

    def values(self) -> tuple[str, dict[str, Any]]:
        """The title and the keyword arguments of `add_risk` (the service checks them)."""
        return self.title.text(), {
            "kind": RiskKind(self.kind.currentData()),  # Qt hands the enum back as its text
            "owner": self.owner.currentText().strip(),
            "category": self.category.currentText().strip(),
            "probability": self.probability.currentData(),
            "impact": self.impact.currentData(),
            "internal": self.internal.isChecked(),
        }


def _level_combo() -> QComboBox:
    combo = QComboBox()
    for level, label in LEVEL_LABELS.items():
        combo.addItem(f"{level} {_(label)}", level)
    combo.setCurrentIndex(2)  # Medium: the honest default before anyone has judged it
    return combo


def _editable_combo(items: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(items)
    combo.setEditText("")
    return combo
