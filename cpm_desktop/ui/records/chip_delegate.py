"""ChipDelegate: paints a cell's text as a calm, tinted pill in a colour the cell names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpm_desktop.ui.records.chips import centred_chip, draw_cell_without_text
from cpm_desktop.ui.theme import colors

AnyIndex = QModelIndex | QPersistentModelIndex
CHIP_PADDING = 22  # horizontal room around the text inside the chip


def chip_fill(color: QColor) -> QColor:
    """The translucent tint of a chip: the colour shows, the text on it stays readable."""
    tint = QColor(color)
    tint.setAlpha(52)
    return tint


class ChipDelegate(QStyledItemDelegate):
    """Draws the cell's background as the style does, then its text in a tinted pill.

    `color_of` gives the pill's colour from the cell's index; None draws the text plainly.
    """

    def __init__(
        self, color_of: Callable[[AnyIndex], QColor | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._color_of = color_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        color = self._color_of(index) if text else None
        if color is None:
            super().paint(painter, option, index)
            return
        draw_cell_without_text(self, painter, option, index)
        metrics = option.fontMetrics
        rect = QRectF(option.rect)
        width = min(rect.width() - 8, metrics.horizontalAdvance(text) + CHIP_PADDING)
        height = min(rect.height() - 8, metrics.height() + 6)
        chip = centred_chip(rect, width, height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        c = colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color if not selected else QColor(c.highlighted_text), 1.2))
        painter.setBrush(chip_fill(color) if not selected else QColor(0, 0, 0, 0))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(c.highlighted_text if selected else c.text))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Room for the chip's text and its padding."""
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(
            max(hint.width(), option.fontMetrics.horizontalAdvance(text) + 40), hint.height()
        )
