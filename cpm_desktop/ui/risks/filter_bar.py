"""RiskFilterBar: RAG count chips, the filter dropdowns and the search box above the table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain import Rag
from cpm_desktop.texts import _
from cpm_desktop.ui.records.widgets import filter_icon, search_field
from cpm_desktop.ui.risks.delegates import rag_color
from cpm_desktop.ui.risks.filter_proxy import ACTIVE, status_filters
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.wrap_bar import WrapBar

RAGS = ("red", "amber", "green")


class RagChip(QLabel):
    """A small rounded label: a RAG colour and how many open entries have it."""

    def __init__(self, rag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rag = rag
        self.setObjectName(f"ragChip_{rag}")
        color = rag_color(rag)
        tint = QColor(color)
        tint.setAlpha(46)
        c = colors()
        self.setStyleSheet(
            f"QLabel {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()});"
            f" border: 1px solid {color.name()}; border-radius: 11px; padding: 2px 10px;"
            f" color: {c.text}; }}"
        )
        self.set_count(0)

    def set_count(self, count: int) -> None:
        """Show `count` open entries."""
        self.count = count
        dot = f"<span style='color:{rag_color(self.rag).name()}'>●</span>"
        word = _(Rag(self.rag).label)
        self.setText(f"{dot} <b>{count}</b> {word}")
        self.setToolTip(
            QCoreApplication.translate(
                "RiskFilterBar", "{count} open risk(s) and issue(s) rated {rag}"
            ).format(count=count, rag=word.lower())
        )


class RiskFilterBar(QWidget):
    """Chips on the left, filters on the right; emits the filters whenever one changes."""

    sig_filters_changed = Signal(dict)
    """Emitted with {status, owner, rag, category, text} after the user changed one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips = {rag: RagChip(rag) for rag in RAGS}
        self.emv = QLabel()
        self.emv.setObjectName("riskTotalEmv")
        self.emv.setStyleSheet(f"color: {colors().muted_text};")
        self.status = QComboBox()
        self.status.setObjectName("riskStatusFilter")
        self.status.setAccessibleName(QCoreApplication.translate("RiskFilterBar", "Status filter"))
        for value, text in status_filters():
            self.status.addItem(text, value)
        self.owner = _filter_combo(
            "riskOwnerFilter",
            QCoreApplication.translate("RiskFilterBar", "Owner filter"),
            QCoreApplication.translate("RiskFilterBar", "All owners"),
        )
        self.rag = _filter_combo(
            "riskRagFilter",
            QCoreApplication.translate("RiskFilterBar", "RAG filter"),
            QCoreApplication.translate("RiskFilterBar", "All RAG"),
        )
        for rag in RAGS:
            self.rag.addItem(_(Rag(rag).label), rag)
        self.category = _filter_combo(
            "riskCategoryFilter",
            QCoreApplication.translate("RiskFilterBar", "Category filter"),
            QCoreApplication.translate("RiskFilterBar", "All categories"),
        )
        self.search = search_field(
            "riskSearch", QCoreApplication.translate("RiskFilterBar", "Search risks"), 200
        )
        counts = QWidget()
        count_row = QHBoxLayout(counts)
        count_row.setContentsMargins(0, 0, 0, 0)
        count_row.setSpacing(8)
        for chip in self.chips.values():
            count_row.addWidget(chip)
        count_row.addSpacing(6)
        count_row.addWidget(self.emv)
        choices = QWidget()
        choice_row = QHBoxLayout(choices)
        choice_row.setContentsMargins(0, 0, 0, 0)
        choice_row.setSpacing(8)
        choice_row.addWidget(filter_icon())
        for combo in (self.status, self.owner, self.rag, self.category):
            choice_row.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        choice_row.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # In a narrow window the filters go under the counts instead of being squeezed.
        layout.addWidget(WrapBar(counts, choices))
        self.search.textChanged.connect(self._emit)
        self.status.setCurrentIndex(self.status.findData(ACTIVE))

    def set_counts(self, counts: dict[str, int], emv_text: str) -> None:
        """Show the open entries per RAG and their total EMV."""
        for rag, chip in self.chips.items():
            chip.set_count(counts.get(rag, 0))
        emv = QCoreApplication.translate("RiskFilterBar", "EMV {amount}").format(amount=emv_text)
        self.emv.setText(emv if emv_text else "")
        self.emv.setToolTip(
            QCoreApplication.translate(
                "RiskFilterBar", "Expected monetary value of the open risks and issues"
            )
        )

    def set_choices(self, owners: list[str], categories: list[str]) -> None:
        """Fill the owner and category dropdowns, keeping what is chosen when it still exists."""
        for combo, items in ((self.owner, owners), (self.category, categories)):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(combo.findData(kept), 0))
            combo.blockSignals(False)
        self._emit()

    def filters(self) -> dict[str, str]:
        """The filters chosen now ('' is all)."""
        return {
            "status": self.status.currentData() or "",
            "owner": self.owner.currentData() or "",
            "rag": self.rag.currentData() or "",
            "category": self.category.currentData() or "",
            "text": self.search.text().strip(),
        }

    def _emit(self, *_: object) -> None:
        self.sig_filters_changed.emit(self.filters())


def _filter_combo(object_name: str, name: str, everything: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(name)
    combo.addItem(everything, "")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(8)
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return combo
