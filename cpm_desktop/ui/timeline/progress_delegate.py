"""ProgressDelegate: draws % complete as a slim bar beside the number."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timeline.task_model import PERCENT_ROLE


class ProgressDelegate(QStyledItemDelegate):
    """Paints the standard cell, then a progress bar in its left part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        percent = index.data(PERCENT_ROLE)
        if not isinstance(percent, int):
            return
        rect: QRect = option.rect
        bar_width = max(0, rect.width() - 56)
        if bar_width < 20:
            return
        bar = QRect(rect.left() + 6, rect.center().y() - 3, bar_width - 6, 7)
        palette = colors()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.border))
        painter.drawRoundedRect(bar, 3, 3)
        if percent > 0:
            filled = QRect(bar)
            filled.setWidth(round(bar.width() * percent / 100))
            fill = (
                palette.highlighted_text
                if selected
                else (palette.rag_green if percent == 100 else palette.highlight)
            )
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(filled, 3, 3)
        painter.restore()
