"""RiskDialog: every field of one register entry in a form; OK applies the changed ones at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import ResponseStrategy, RiskKind
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.domain.risks import has_probability
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import amount_entry_text, entry_date_text, parse_date, parse_money
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.internal import internal_check

_S = ResponseStrategy
_THREAT_RESPONSES = (_S.AVOID, _S.REDUCE, _S.TRANSFER, _S.SHARE, _S.ACCEPT)
STRATEGIES: dict[RiskKind, tuple[ResponseStrategy, ...]] = {
    RiskKind.RISK: _THREAT_RESPONSES,
    RiskKind.ISSUE: _THREAT_RESPONSES,
    RiskKind.OPPORTUNITY: (_S.EXPLOIT, _S.ENHANCE, _S.SHARE, _S.ACCEPT),
}
# The long texts: field name, English label (shown through QCoreApplication.translate).
_TEXTS = {
    "description": QT_TRANSLATE_NOOP("RiskDialog", "Description"),
    "cause": QT_TRANSLATE_NOOP("RiskDialog", "Cause"),
    "effect": QT_TRANSLATE_NOOP("RiskDialog", "Effect"),
    "trigger": QT_TRANSLATE_NOOP("RiskDialog", "Trigger"),
    "mitigation": QT_TRANSLATE_NOOP("RiskDialog", "Mitigation"),
    "contingency": QT_TRANSLATE_NOOP("RiskDialog", "Contingency"),
}


class RiskDialog(QDialog):
    """Edit the description, response, impacts, residual levels, dates and linked tasks."""

    def __init__(
        self, row: RiskRow, owners: list[str], categories: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._row = row
        self.setWindowTitle(f"{row.reference} — {row.title}")
        self.setMinimumWidth(720)
        self.title = QLineEdit(row.title)
        self.owner = _editable_combo(owners, row.owner)
        self.category = _editable_combo(categories, row.category)
        self.texts = {name: QPlainTextEdit(getattr(row, name)) for name in _TEXTS}
        for text in self.texts.values():
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
        self.strategy = QComboBox()
        self.strategy.addItem("—", None)
        for strategy in STRATEGIES[RiskKind(row.kind)]:
            self.strategy.addItem(_(strategy.label), strategy)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(row.strategy)))
        self.cost = QLineEdit(amount_entry_text(row.cost_impact))
        self.schedule = QSpinBox()
        self.schedule.setRange(0, 10_000)
        self.schedule.setSuffix(QCoreApplication.translate("RiskDialog", " working days"))
        self.schedule.setValue(row.schedule_impact)
        self.residual_p = _level_combo(row.residual_probability if row.score else None)
        self.residual_i = _level_combo(row.residual_impact if row.score else None)
        self.proximity = QLineEdit(entry_date_text(row.proximity))
        self.review = QLineEdit(entry_date_text(row.review_on))
        self.linked = QLineEdit(", ".join(row.task_wbs))
        self.linked.setPlaceholderText(
            QCoreApplication.translate("RiskDialog", "WBS codes, e.g. 3.6, 5.1")
        )
        for date_box in (self.proximity, self.review):
            date_box.setPlaceholderText(entry_date_text(dt.date.today()))

        top = QFormLayout()
        top.addRow(QCoreApplication.translate("RiskDialog", "&Title"), self.title)
        top.addRow(QCoreApplication.translate("RiskDialog", "&Owner"), self.owner)
        top.addRow(QCoreApplication.translate("RiskDialog", "Cate&gory"), self.category)
        self.internal = internal_check(row.internal)
        top.addRow("", self.internal)
        grid = QGridLayout()
        for position, (name, label) in enumerate(_TEXTS.items()):
            row_at, column = divmod(position, 2)
            grid.addWidget(
                QLabel(QCoreApplication.translate("RiskDialog", label)), 2 * row_at, column
            )
            grid.addWidget(self.texts[name], 2 * row_at + 1, column)
        facts = QFormLayout()
        facts.addRow(QCoreApplication.translate("RiskDialog", "&Response"), self.strategy)
        facts.addRow(QCoreApplication.translate("RiskDialog", "Cost &impact"), self.cost)
        facts.addRow(QCoreApplication.translate("RiskDialog", "&Schedule impact"), self.schedule)
        if has_probability(row.kind):
            facts.addRow(
                QCoreApplication.translate("RiskDialog", "Residual &probability"), self.residual_p
            )
            facts.addRow(
                QCoreApplication.translate("RiskDialog", "Residual i&mpact"), self.residual_i
            )
        facts.addRow(QCoreApplication.translate("RiskDialog", "Pro&ximity"), self.proximity)
        facts.addRow(QCoreApplication.translate("RiskDialog", "Re&view on"), self.review)
        facts.addRow(QCoreApplication.translate("RiskDialog", "&Linked tasks"), self.linked)
        buttons = ok_cancel_buttons(self, self._accept_if_valid)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(facts)
        layout.addWidget(buttons)

    def _accept_if_valid(self) -> None:
        try:
            self.changes()
        except ValueError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

    def changes(self) -> dict[str, Any]:
        """The changed fields, as keywords of `edit_risk_details`; ValueError if unreadable."""
        r = self._row
        wanted: dict[str, Any] = {
            "title": self.title.text().strip(),
            "owner": self.owner.currentText().strip(),
            "category": self.category.currentText().strip(),
            **{name: text.toPlainText().strip() for name, text in self.texts.items()},
            "strategy": _strategy(self.strategy.currentData()),
            "cost_impact": parse_money(self.cost.text()),
            "schedule_impact": self.schedule.value(),
            "proximity": _optional_date(self.proximity.text()),
            "review_on": _optional_date(self.review.text()),
            "internal": self.internal.isChecked(),
        }
        if has_probability(r.kind):
            wanted["residual_probability"] = self.residual_p.currentData()
            wanted["residual_impact"] = self.residual_i.currentData()
        current = {name: getattr(r, name) for name in wanted}
        if has_probability(r.kind) and r.score:
            current["residual_probability"] = r.residual_probability
            current["residual_impact"] = r.residual_impact
        found = {name: value for name, value in wanted.items() if value != current[name]}
        linked = ", ".join(
            code for code in self.linked.text().replace(";", ",").split(",") if code.strip()
        )
        if [c.strip() for c in linked.split(",") if c.strip()] != list(r.task_wbs):
            found["linked_wbs"] = linked
        return found


def _editable_combo(choices: list[str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted({*choices, current} - {""}))
    combo.setCurrentText(current)
    return combo


def _level_combo(level: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RiskDialog", "— (as inherent)"), None)
    for value, label in LEVEL_LABELS.items():
        combo.addItem(f"{value} {_(label)}", value)
    combo.setCurrentIndex(max(0, combo.findData(level)))
    return combo


def _optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


def _strategy(data: object) -> ResponseStrategy | None:
    """The response a combo item holds (Qt hands the enum back as its text); None for '—'."""
    return ResponseStrategy(str(data)) if data else None
