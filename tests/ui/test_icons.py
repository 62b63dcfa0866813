"""The shipped SVG icon set: every icon exists, renders in Qt and follows the colour rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

try:
    from cpm_desktop.resources import resource_path

    ICONS_DIR = resource_path("icons")
except ImportError:  # pragma: no cover - running from a tree without the package mapping
    ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

STROKE_COLOUR = "#3b4a5c"  # the colour the app replaces to recolour icons (dark theme)

APP_ICON = "app"
TOOL_ICONS = (
    "new",
    "open",
    "save-copy",
    "quit",
    "about",
    "client",
    "project",
    "timeline",
    "risks",
    "changes",
    "overview",
    "add-task",
    "delete",
    "indent",
    "outdent",
    "link",
    "unlink",
    "zoom-in",
    "zoom-out",
    "undo",
    "redo",
    "import",
    "export",
    "excel",
    "pdf",
    "baseline",
    "milestone",
    "calendar",
    "critical",
    "settings",
    "search",
    "filter",
    "print",
    "today",
    "expand",
    "collapse",
    "level",
)
ALL_ICONS = (APP_ICON, *TOOL_ICONS)

# Features Qt's SVG Tiny renderer ignores or renders wrongly.
UNSUPPORTED = re.compile(r"<(style|text|filter|mask|foreignObject|image)\b|\bclass=", re.IGNORECASE)


def _svg_text(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


def _render(svg: str, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image


def _painted_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


@pytest.mark.parametrize("name", ALL_ICONS)
def test_icon_file_exists(name: str) -> None:
    """Every icon the app asks for is shipped under resources/icons."""
    assert (ICONS_DIR / f"{name}.svg").is_file()


@pytest.mark.parametrize("name", ALL_ICONS)
def test_icon_is_valid_svg_and_renders_at_24px(qapp, name: str) -> None:
    """Each icon parses in QSvgRenderer and paints visible pixels at 24 px."""
    renderer = QSvgRenderer(str(ICONS_DIR / f"{name}.svg"))
    assert renderer.isValid()
    assert _painted_pixels(_render(_svg_text(name), 24)) > 20


@pytest.mark.parametrize("name", TOOL_ICONS)
def test_tool_icon_uses_replaceable_stroke_colour(name: str) -> None:
    """Non-app icons stroke in #3b4a5c (so the app can recolour them) and never currentColor."""
    svg = _svg_text(name)
    assert f'stroke="{STROKE_COLOUR}"' in svg
    assert "currentcolor" not in svg.lower()
    assert 'viewBox="0 0 24 24"' in svg


@pytest.mark.parametrize("name", TOOL_ICONS)
def test_tool_icon_recolours_by_string_replacement(qapp, name: str) -> None:
    """Replacing #3b4a5c with a dark-theme colour changes the rendered pixels."""
    svg = _svg_text(name)
    light = _render(svg, 24)
    dark = _render(svg.replace(STROKE_COLOUR, "#d5dde6"), 24)
    assert light != dark


@pytest.mark.parametrize("name", ALL_ICONS)
def test_icon_uses_svg_tiny_features_only(name: str) -> None:
    """No CSS, text, filters, masks or images, which Qt's SVG Tiny renderer does not support."""
    assert UNSUPPORTED.search(_svg_text(name)) is None
