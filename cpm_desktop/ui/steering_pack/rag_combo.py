"""RagCombo: Not set / Green / Amber / Red, each with its colour dot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

NOT_SET_TIP = QT_TRANSLATE_NOOP(
    "RagCombo", "Not set: the pack derives it from the project's figures"
)


class RagCombo(QComboBox):
    """Chooses one section's RAG; the value is "green", "amber", "red" or "" (not set)."""

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = colors()
        self.addItem(_dot(None), QCoreApplication.translate("RagCombo", "Not set"), "")
        self.setItemData(
            0, QCoreApplication.translate("RagCombo", NOT_SET_TIP), Qt.ItemDataRole.ToolTipRole
        )
        for text, rag, colour in (
            (QCoreApplication.translate("RagCombo", "Green"), "green", c.rag_green),
            (QCoreApplication.translate("RagCombo", "Amber"), "amber", c.rag_amber),
            (QCoreApplication.translate("RagCombo", "Red"), "red", c.rag_red),
        ):
            self.addItem(_dot(colour), text, rag)
        self.set_value(value)

    def value(self) -> str:
        """The chosen RAG, "" when not set."""
        return str(self.currentData() or "")

    def set_value(self, value: str) -> None:
        """Show `value` (anything unknown shows as not set)."""
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


def _dot(colour: str | None) -> QIcon:
    """A filled circle in the RAG colour; an empty ring for 'not set'."""
    size = 14
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on HiDPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(4, 4, size * 2 - 8, size * 2 - 8)
    if colour is None:
        pen = painter.pen()
        pen.setColor(QColor(colors().muted_text))
        pen.setWidthF(2.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
    painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)
