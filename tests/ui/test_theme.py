"""One palette, light or dark: the scheme follows the override, icons follow the scheme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QRadioButton

from cpm_desktop.ui import theme
from cpm_desktop.ui.icons import icon
from tests.ui.app_look import app_look


@pytest.mark.parametrize(("scheme", "expected"), [("dark", theme.DARK), ("light", theme.LIGHT)])
def test_override_selects_the_scheme(qapp, scheme: str, expected) -> None:
    """CPM_DESKTOP_COLOR_SCHEME picks the palette the whole app paints with."""
    with app_look(qapp, scheme) as applied:
        assert applied is expected
        window = qapp.palette().color(QPalette.ColorRole.Window).name()
        assert window == expected.window
        assert qapp.font().pointSizeF() >= 10


def test_dark_icons_are_drawn_in_the_light_stroke(qapp) -> None:
    """In the dark scheme the slate stroke is swapped for a light one, so icons stay visible."""
    with app_look(qapp, "light"):
        light = icon("open").pixmap(24, 24).toImage()
    with app_look(qapp, "dark"):
        dark = icon("open").pixmap(24, 24).toImage()
    assert light != dark


def test_unknown_icon_is_empty_not_an_error(qapp) -> None:
    """A missing icon name gives an empty icon instead of crashing the window."""
    assert icon("no-such-icon").isNull()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_an_unchecked_radio_button_stands_out_from_its_window(qtbot, qapp, scheme: str) -> None:
    """A choice not taken must still be seen: its ring contrasts with the window behind it."""
    with app_look(qapp, scheme) as colors:
        button = QRadioButton("Add a task")
        qtbot.addWidget(button)
        button.resize(button.sizeHint())
        image = button.grab().toImage()
        window = QColor(colors.window).lightness()
        ring = max(
            abs(image.pixelColor(x, y).lightness() - window)
            for x in range(min(18, image.width()))
            for y in range(image.height())
        )
        assert ring >= 60  # Fusion's own dark ring differs by about 11
