"""Icons from resources/icons, recoloured for the dark scheme, cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cpm_desktop.resources import resource_path
from cpm_desktop.ui.theme import colors

# The stroke colour every icon is drawn in (see resources/icons/README.md).
ICON_STROKE = "#3b4a5c"
ICON_ACCENT = "#2f7dd1"
_SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """Return the icon `name` (a file stem in resources/icons) in the current scheme."""
    c = colors()
    return _icon(name, c.icon_stroke, c.border)


@cache
def _icon(name: str, stroke: str, disabled: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    normal = _renderer(svg.replace(ICON_STROKE, stroke))
    # Qt's own greying only lightens: on a dark window a disabled icon would look enabled.
    greyed = _renderer(svg.replace(ICON_STROKE, disabled).replace(ICON_ACCENT, disabled))
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_pixmap(normal, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(greyed, size), QIcon.Mode.Disabled)
    return result


def _renderer(svg: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def _pixmap(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def dot(color: str, size: int = 12) -> QIcon:
    """Return a filled circle, e.g. the RAG status of a project."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(125))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
