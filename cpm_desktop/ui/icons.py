"""Icons from resources/icons, recoloured for the dark scheme, drawn when first asked for."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cpm_desktop.resources import resource_path
from cpm_desktop.ui.theme import colors

# The stroke colour every icon is drawn in (see resources/icons/README.md).
ICON_STROKE = "#3b4a5c"
ICON_ACCENT = "#2f7dd1"
_SIZES = (16, 20, 24, 32, 48)
_MODES_DRAWN = (QIcon.Mode.Normal, QIcon.Mode.Disabled)


def icon(name: str) -> QIcon:
    """Return the icon `name` (a file stem in resources/icons) in the current scheme."""
    c = colors()
    return _icon(name, c.icon_stroke, c.border)


@cache
def _icon(name: str, stroke: str, disabled: str) -> QIcon:
    if not resource_path("icons", f"{name}.svg").is_file():
        return QIcon()
    return QIcon(_DrawnWhenAsked(_Drawing(name, stroke, disabled)))


class _Drawing:
    """One icon's pixmaps at the sizes it is drawn in, each rendered when first needed, the
    disabled ones apart (a pixmap icon picks those for the disabled mode only).

    The window opens with some forty icons, most of them in menus not yet opened: rendering
    all ten pixmaps of each up front took longer than anything else in building the window.
    """

    def __init__(self, name: str, stroke: str, disabled: str) -> None:
        self._name = name
        self._stroke = stroke
        self._disabled = disabled
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._at: dict[tuple[int, bool], QIcon] = {}
        self.copies: list[QIconEngine] = []

    def at(self, size: int, mode: QIcon.Mode) -> QIcon:
        """The icon holding this size's pixmap for `mode` (disabled, or normal for every other
        mode, as a pixmap icon of every size falls back), rendered once."""
        disabled = mode is QIcon.Mode.Disabled
        drawn = self._at.get((size, disabled))
        if drawn is None:
            drawn = QIcon()
            drawn.addPixmap(
                _pixmap(self._svg(disabled), size),
                QIcon.Mode.Disabled if disabled else QIcon.Mode.Normal,
            )
            self._at[size, disabled] = drawn
        return drawn

    def _svg(self, disabled: bool) -> QSvgRenderer:
        renderer = self._renderers.get(disabled)
        if renderer is None:
            svg = resource_path("icons", f"{self._name}.svg").read_text(encoding="utf-8")
            if disabled:
                # Qt's own greying only lightens: on a dark window a disabled icon would look
                # enabled.
                svg = svg.replace(ICON_STROKE, self._disabled).replace(ICON_ACCENT, self._disabled)
            else:
                svg = svg.replace(ICON_STROKE, self._stroke)
            renderer = self._renderers[disabled] = _renderer(svg)
        return renderer


def _drawn_size(wanted: QSize, scale: float) -> int:
    """The size whose pixmap Qt's pixmap icon would pick for `wanted` at `scale`: the
    smallest at least as large (by area, in device pixels), else the largest."""
    area = _rounded(wanted.width() * scale) * _rounded(wanted.height() * scale)
    return next((size for size in _SIZES if size * size >= area), _SIZES[-1])


def _rounded(length: float) -> int:
    # Qt's qRound: halves away from zero (Python's round() halves to even).
    return math.floor(length + 0.5)


class _DrawnWhenAsked(QIconEngine):
    """An icon that renders a size's pixmaps when Qt first asks for that size.

    Each answer comes from a plain pixmap icon holding only the pixmap a pixmap icon of every
    size would have picked, so scaling, greying and tinting are Qt's own, pixel for pixel.
    """

    def __init__(self, drawing: _Drawing) -> None:
        super().__init__()
        self._drawing = drawing

    def _for(self, wanted: QSize, mode: QIcon.Mode, scale: float = 1.0) -> QIcon:
        return self._drawing.at(_drawn_size(wanted, scale), mode)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._for(size, mode).pixmap(size, mode, state)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._for(size, mode, scale).pixmap(size, scale, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatio() if device is not None else 1.0
        self._for(rect.size(), mode, scale).paint(
            painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state
        )

    def actualSize(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State
    ) -> QSize:
        return self._for(size, mode).actualSize(size, mode, state)

    def availableSizes(  # noqa: N802 - Qt's name
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        if mode not in _MODES_DRAWN or state is not QIcon.State.Off:
            return []
        return [QSize(size, size) for size in _SIZES]

    def clone(self) -> QIconEngine:
        copy = _DrawnWhenAsked(self._drawing)
        # Qt takes the copy, but PySide lets go of a returned engine: without a reference
        # kept here, the icon Qt detached would call into a freed object.
        self._drawing.copies.append(copy)
        return copy

    def isNull(self) -> bool:  # noqa: N802 - Qt's name
        return False


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
