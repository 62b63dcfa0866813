"""How the app's small QPainter charts (the Overview's, the SLA's) start: their frame."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.theme import colors


def framed_painter(widget: QWidget) -> QPainter:
    """A painter on `widget` (antialiased) that has filled it with the theme's base colour
    and drawn its one-pixel border; the caller paints on and ends it."""
    c = colors()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(widget.rect(), QColor(c.base))
    painter.setPen(QColor(c.border))
    painter.drawRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
    return painter
