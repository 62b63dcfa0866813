"""Icons drawn when first asked for: the same pixels as every size rendered up front."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from cpm_desktop.resources import resource_path
from cpm_desktop.ui import icons
from cpm_desktop.ui.theme import colors

MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
STATES = (QIcon.State.Off, QIcon.State.On)
# 11 px at 1.5 is 16.5 device pixels: Qt rounds that up (Python's round() would not).
WANTED = tuple(
    QSize(w, h) for w, h in ((8, 8), (11, 11), (16, 16), (17, 17), (22, 22), (24, 30), (64, 64))
)


def _every_size_up_front(name: str) -> QIcon:
    """The icon as it was built before: each size's pixmaps rendered and added at once."""
    c = colors()
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    normal = icons._renderer(svg.replace(icons.ICON_STROKE, c.icon_stroke))
    greyed = icons._renderer(
        svg.replace(icons.ICON_STROKE, c.border).replace(icons.ICON_ACCENT, c.border)
    )
    result = QIcon()
    for size in icons._SIZES:
        result.addPixmap(icons._pixmap(normal, size), QIcon.Mode.Normal)
        result.addPixmap(icons._pixmap(greyed, size), QIcon.Mode.Disabled)
    return result


def _painted(icon: QIcon, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> QImage:
    image = QImage(80, 80, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#c86432"))
    painter = QPainter(image)
    icon.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
    painter.end()
    return image


@pytest.mark.parametrize("name", ["open", "critical", "app"])
def test_drawn_when_asked_matches_every_size_up_front(qapp, name: str) -> None:
    """Pixmaps at any size, scale, mode and state, painted pictures, actual and available
    sizes are those of the icon whose sizes were all rendered up front."""
    lazy, eager = icons.icon(name), _every_size_up_front(name)
    for mode in MODES:
        for state in STATES:
            assert lazy.availableSizes(mode, state) == eager.availableSizes(mode, state)
            for wanted in WANTED:
                assert lazy.actualSize(wanted, mode, state) == eager.actualSize(wanted, mode, state)
                for scale in (1.0, 1.5, 2.0):
                    got = lazy.pixmap(wanted, scale, mode, state)
                    expected = eager.pixmap(wanted, scale, mode, state)
                    assert got.toImage() == expected.toImage()
                    assert got.devicePixelRatio() == expected.devicePixelRatio()
                rect = QRect(3, 4, wanted.width(), wanted.height())
                assert _painted(lazy, rect, mode, state) == _painted(eager, rect, mode, state)


def test_a_size_is_rendered_when_first_asked_for(qapp) -> None:
    """Making the icon renders nothing; asking for 18 px renders the normal 20 px pixmap only."""
    icons._icon.cache_clear()
    drawing = icons._Drawing("open", "#000000", "#999999")
    icon = QIcon(icons._DrawnWhenAsked(drawing))
    assert not icon.isNull()
    assert drawing._at == {}
    icon.pixmap(QSize(18, 18))
    assert list(drawing._at) == [(20, False)]


def test_a_detached_copy_keeps_drawing(qapp) -> None:
    """A copy Qt detaches (adding a pixmap to it) still draws the icon, and the original too."""
    original = icons.icon("open")
    copy = QIcon(original)
    copy.addPixmap(QPixmap(10, 10))
    assert copy.pixmap(QSize(24, 24)).toImage() == original.pixmap(QSize(24, 24)).toImage()


def test_an_unknown_name_is_a_null_icon(qapp) -> None:
    """A name without an SVG file gives the null icon, as before."""
    assert icons.icon("no-such-icon").isNull()
