"""Delegates of the risk table: dropdowns for levels, status and owner, and the score chip."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpm_desktop.domain import Rag, RiskStatus
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.texts import _
from cpm_desktop.ui.records.chips import centred_chip, draw_cell_without_text
from cpm_desktop.ui.risks.risk_model import (
    IMPACT,
    OWNER,
    PROBABILITY,
    RAG_ROLE,
    STATUS,
    RiskTableModel,
)
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.theme import rag_color as theme_rag_color

AnyIndex = QModelIndex | QPersistentModelIndex


def rag_color(rag: str) -> QColor:
    """The scheme's colour for 'green', 'amber' or 'red'; the border's for anything else."""
    return theme_rag_color(rag) or QColor(colors().border)


def chip_text_color(rag: str) -> QColor:
    """Text that reads on a RAG chip: dark on amber, white on green and red."""
    return QColor("#1f2a37") if rag == Rag.AMBER else QColor("#ffffff")


class RiskEditDelegate(QStyledItemDelegate):
    """Opens a dropdown for probability, impact, status and owner; a line edit elsewhere."""

    def __init__(self, model: RiskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = index.column()
        if column not in (PROBABILITY, IMPACT, STATUS, OWNER):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName(f"riskEditor{column}")
        if column in (PROBABILITY, IMPACT):
            for level, label in LEVEL_LABELS.items():
                combo.addItem(f"{level} {_(label)}", level)
        elif column == STATUS:
            for status in RiskStatus:
                combo.addItem(_(status.label), status)
        else:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for owner in self._model.owners():
                combo.addItem(owner, owner)
        if column != OWNER:
            # One click on a choice is the whole edit, as in any dropdown.
            combo.activated.connect(lambda _=0: self._commit(combo))
        return combo

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if editor.isEditable():
            editor.setEditText(str(value or ""))
            return
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        value = editor.currentText() if editor.isEditable() else editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ScoreChipDelegate(QStyledItemDelegate):
    """Paints the score as a small rounded chip in its RAG colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rag = str(index.data(RAG_ROLE) or "")
        draw_cell_without_text(self, painter, option, index)
        if not text:
            return
        rect = QRectF(option.rect)
        width = min(rect.width() - 8, max(40.0, option.fontMetrics.horizontalAdvance(text) + 20))
        height = min(rect.height() - 6, option.fontMetrics.height() + 6)
        chip = centred_chip(rect, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(rag_color(rag))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(chip_text_color(rag))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
