"""The app's palettes on the Fusion style: light or dark as the system prefers, or a
high-contrast one (black, white, a yellow focus) chosen by the user."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from cpm_desktop.scheduling.collector import collector_paused

SCHEME_VARIABLE = "CPM_DESKTOP_COLOR_SCHEME"  # a scheme's name here stands in for the system's

SYSTEM = "system"
SCHEMES = ("light", "dark", "high-contrast")
"""The schemes by name, as the settings, `--theme` and SCHEME_VARIABLE spell them."""


@dataclass(frozen=True, slots=True)
class Colors:
    """The named colours of one scheme; widgets take colours from here, never literals."""

    window: str
    base: str
    alternate_base: str
    text: str
    muted_text: str
    button: str
    border: str
    highlight: str
    highlighted_text: str
    icon_stroke: str
    notice: str  # the background of a notice strip (read-only workspace)
    rag_green: str = "#2e9d5b"
    rag_amber: str = "#e0a100"
    rag_red: str = "#d0453a"
    # The Gantt chart (defaults are the light scheme's). Blue for work and vermillion for the
    # critical path stay apart for the common colour-vision deficiencies; a pale bar with a
    # strong progress fill reads on a projector. Shades carry alpha (#AARRGGBB) so the
    # table's alternating rows still show through.
    gantt_bar: str = "#a9c8e8"
    gantt_bar_progress: str = "#2f6fb2"
    gantt_critical_bar: str = "#f3b497"
    gantt_critical_progress: str = "#c4501b"
    gantt_summary: str = "#3b4a5c"
    gantt_milestone: str = "#2b3440"
    gantt_baseline: str = "#9fa9b5"
    gantt_link: str = "#74818f"
    gantt_critical_link: str = "#c4501b"
    gantt_nonworking: str = "#1f5d6b7a"
    gantt_today: str = "#11906a"
    gantt_status_date: str = "#8a55c4"
    gantt_grid: str = "#e4e8ed"
    gantt_selected_row: str = "#2a2f7dd1"


LIGHT = Colors(
    window="#f3f5f8",
    base="#ffffff",
    alternate_base="#f6f8fb",
    text="#1f2a37",
    muted_text="#5d6b7a",
    button="#e9edf2",
    border="#cfd6de",
    highlight="#2f7dd1",
    highlighted_text="#ffffff",
    icon_stroke="#3b4a5c",
    notice="#fdf3d7",
)

DARK = Colors(
    window="#1e2329",
    base="#171b20",
    alternate_base="#1c2127",
    text="#dbe2ea",
    muted_text="#9aa7b4",
    button="#272e36",
    border="#38414b",
    highlight="#3d8fe0",
    highlighted_text="#ffffff",
    icon_stroke="#d5dde6",
    notice="#3b3421",
    gantt_bar="#35597f",
    gantt_bar_progress="#6aa7e6",
    gantt_critical_bar="#7a3f26",
    gantt_critical_progress="#f08c57",
    gantt_summary="#c9d3de",
    gantt_milestone="#dbe2ea",
    gantt_baseline="#66727f",
    gantt_link="#8795a5",
    gantt_critical_link="#f08c57",
    gantt_nonworking="#10ffffff",
    gantt_today="#3cc08f",
    gantt_status_date="#b28be8",
    gantt_grid="#252b32",
    gantt_selected_row="#383d8fe0",
)

# White on black with a yellow focus and selection: every text pair reaches WCAG AAA (7:1)
# and every line and bar at least 3:1 against the black it is drawn on.
HIGH_CONTRAST = Colors(
    window="#000000",
    base="#000000",
    alternate_base="#141414",
    text="#ffffff",
    muted_text="#bfbfbf",
    button="#000000",
    border="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    icon_stroke="#ffffff",
    notice="#000000",
    rag_green="#3dff7a",
    rag_amber="#ffb000",
    rag_red="#ff7070",
    gantt_bar="#1560c0",
    gantt_bar_progress="#a8d8ff",
    gantt_critical_bar="#b03000",
    gantt_critical_progress="#ffb38a",
    gantt_summary="#ffffff",
    gantt_milestone="#ffffff",
    gantt_baseline="#b0b0b0",
    gantt_link="#d0d0d0",
    gantt_critical_link="#ff8c4a",
    gantt_nonworking="#26ffffff",
    gantt_today="#00ff7f",
    gantt_status_date="#d9a6ff",
    gantt_grid="#404040",
    gantt_selected_row="#55ffff00",
)

BY_NAME = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

_current = LIGHT
_base_point_size: float | None = None  # the font size apply_theme set, before any zoom
TEXT_STEPS = range(-2, 9)
"""The text size steps View › Larger/Smaller Text go through; 0 is the system's size."""


def colors() -> Colors:
    """Return the colours of the scheme in use."""
    return _current


def rag_color(rag: str | None) -> QColor | None:
    """The scheme's colour of 'green', 'amber' or 'red'; None for anything else (not rated)."""
    c = colors()
    named = {"green": c.rag_green, "amber": c.rag_amber, "red": c.rag_red}.get(rag or "")
    return QColor(named) if named else None


def scheme_in_use(chosen: str = SYSTEM) -> str:
    """The scheme to paint with: `chosen` (a name of SCHEMES), else the environment's
    override (SCHEME_VARIABLE), else the system's light or dark."""
    if chosen in SCHEMES:
        return chosen
    forced = os.environ.get(SCHEME_VARIABLE, "").lower()
    if forced in SCHEMES:
        return forced
    return "dark" if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, chosen: str = SYSTEM) -> Colors:
    """Set the Fusion style, the palette of the scheme `chosen` (see `scheme_in_use`) and a
    readable base font on `app`."""
    global _current
    _current = BY_NAME[scheme_in_use(chosen)]
    app.setStyle(FocusStyle())
    app.setPalette(_palette(_current))
    font = app.font()
    # Readable on a projector: never below 10 pt.
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    global _base_point_size
    _base_point_size = font.pointSizeF()
    app.setFont(font)
    _set_sheet(app, style_sheet(_current))
    return _current


class FocusStyle(QProxyStyle):
    """Fusion, with a focus frame that is always drawn and drawn solid: Fusion's own is a
    thin line shown only after a Tab, which a keyboard user on a projector cannot find on a
    table cell (a style sheet's `::item:focus` rule made the tree's text vanish)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the focus frame as a solid rectangle in the highlight colour."""
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        # On a selected row (filled in the highlight) the frame takes the text's colour, thin
        # enough to stay clear of the text.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = 2 if _current is HIGH_CONTRAST and not selected else 1
        color = _current.highlighted_text if selected else _current.highlight
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(color), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(width // 2, width // 2, -1, -1))
        painter.restore()


@contextmanager
def style_sheet_set_after(app: QApplication) -> Iterator[None]:
    """Build widgets with the application's style sheet withheld, then set it once.

    Under a sheet Qt polishes a widget anew each time it, or a parent, is put into a layout,
    so a window built bottom-up is polished many times over: half of building the main
    window. Set once at the end, every widget is polished once.
    """
    sheet = app.styleSheet()
    if sheet:
        _set_sheet(app, "")
    try:
        yield
    finally:
        if sheet:
            _set_sheet(app, sheet)


def set_text_size(app: QApplication, step: int) -> float:
    """Scale the application font `step` eighths above (or below) the system's size, for the
    whole window at once; return the point size set."""
    global _base_point_size
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF()
    step = max(TEXT_STEPS.start, min(TEXT_STEPS.stop - 1, step))
    size = round(_base_point_size * (1 + step / 8), 1)
    font = app.font()
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        with collector_paused():  # see _set_sheet
            app.setFont(font)
        # Widgets under the style sheet keep the font they were polished with: setting the
        # sheet again polishes them anew in the application's new font.
        sheet = app.styleSheet()
        if sheet:
            _set_sheet(app, "")
            _set_sheet(app, sheet)
    return size


def set_scheme(app: QApplication, chosen: str) -> Colors:
    """Switch the palette and style sheet to the scheme `chosen`, keeping the font as it is."""
    global _current
    _current = BY_NAME[scheme_in_use(chosen)]
    with collector_paused():  # see _set_sheet
        app.setPalette(_palette(_current))
    _set_sheet(app, style_sheet(_current))
    return _current


def _set_sheet(app: QApplication, sheet: str) -> None:
    """Set the application's style sheet with the cyclic collector paused.

    Restyling every widget runs the window's Python event filters and style-change handlers
    in the middle of Qt's polishing; a collection started there freed the Python side of
    widgets deleted earlier and crashed PySide (seen once in the test suite, in Ctrl++).
    """
    with collector_paused():
        app.setStyleSheet(sheet)


def style_sheet(c: Colors) -> str:
    """The few rules the palette cannot express: row height, focus ring, header strip."""
    # The focus must be seen from across a meeting room: the focused view's frame is outlined
    # in the focus colour (its current cell by FocusStyle), twice as thick in high contrast.
    focus = 2 if c is HIGH_CONTRAST else 1
    return (
        f"""
    QTreeView, QTableView {{ border: 1px solid {c.border}; }}
    QTreeView:focus, QTableView:focus {{ border: {focus}px solid {c.highlight}; }}
    QTreeView::item, QTableView::item {{ padding: 4px 2px; }}

    QHeaderView::section {{
        background: {c.button}; color: {c.text}; padding: 5px 6px;
        border: none; border-right: 1px solid {c.border}; border-bottom: 1px solid {c.border};
    }}
    #projectHeader {{ background: {c.base}; border-bottom: 1px solid {c.border}; }}
    #readOnlyBanner {{ background: {c.notice}; border-bottom: 1px solid {c.border}; }}
    #readOnlyText {{ color: {c.text}; }}
    QTabWidget::pane {{ border: none; }}
    QToolBar {{ spacing: 4px; padding: 3px; border-bottom: 1px solid {c.border}; }}
    QStatusBar QLabel {{ color: {c.muted_text}; padding: 0 8px; }}
    """
        + (_dark_radio_rules(c) if c is not LIGHT else "")
        + (_high_contrast_rules(c) if c is HIGH_CONTRAST else "")
    )


def _high_contrast_rules(c: Colors) -> str:
    # Fusion's own focus rings are thin and its buttons a gradient of the window colour: in
    # high contrast every control is outlined and the focused one ringed in the focus colour.
    return f"""
    QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit,
    QTextEdit {{ border: 1px solid {c.border}; }}
    QPushButton, QToolButton {{ padding: 3px 8px; background: {c.button}; color: {c.text}; }}
    QToolBar QToolButton {{ padding: 2px; border-color: {c.window}; }}
    QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus,
    QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QTabBar::tab:focus,
    QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.highlight}; }}
    QPushButton:pressed, QToolButton:checked {{
        background: {c.highlight}; color: {c.highlighted_text};
    }}
    QTabBar::tab {{ padding: 5px 10px; border: 1px solid {c.border}; color: {c.text}; }}
    QTabBar::tab:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}
    QCheckBox::indicator {{ width: 13px; height: 13px; border: 1px solid {c.border}; }}
    QCheckBox::indicator:checked {{ background: {c.highlight}; }}
    QMenu::item:selected, QMenuBar::item:selected {{
        background: {c.highlight}; color: {c.highlighted_text};
    }}
    QToolTip {{ border: 1px solid {c.border}; }}
    """


def _dark_radio_rules(c: Colors) -> str:
    # Fusion outlines a radio button in a darker shade of the window colour, which all but
    # vanishes on a dark window; an unchecked choice must still read as a choice.
    return f"""
    QRadioButton::indicator {{
        width: 13px; height: 13px; border-radius: 7px;
        border: 1px solid {c.muted_text}; background: {c.base};
    }}
    QRadioButton::indicator:checked {{
        background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
            stop: 0 {c.highlight}, stop: 0.42 {c.highlight}, stop: 0.5 {c.base}, stop: 1 {c.base});
    }}
    QRadioButton::indicator:focus {{ border: 1px solid {c.highlight}; }}
    """


def _palette(c: Colors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, QColor(c.window))
        palette.setColor(group, role.WindowText, QColor(c.text))
        palette.setColor(group, role.Base, QColor(c.base))
        palette.setColor(group, role.AlternateBase, QColor(c.alternate_base))
        palette.setColor(group, role.Text, QColor(c.text))
        palette.setColor(group, role.Button, QColor(c.button))
        palette.setColor(group, role.ButtonText, QColor(c.text))
        palette.setColor(group, role.Highlight, QColor(c.highlight))
        palette.setColor(group, role.HighlightedText, QColor(c.highlighted_text))
        palette.setColor(group, role.ToolTipBase, QColor(c.base))
        palette.setColor(group, role.ToolTipText, QColor(c.text))
        palette.setColor(group, role.PlaceholderText, QColor(c.muted_text))
        palette.setColor(group, role.Mid, QColor(c.border))
        palette.setColor(group, role.Link, QColor(c.highlight))
    disabled = QPalette.ColorGroup.Disabled
    # Without these a disabled field or check box keeps Qt's default white in the dark scheme.
    for background in (role.Window, role.Base, role.AlternateBase, role.Button, role.Mid):
        palette.setColor(
            disabled, background, palette.color(QPalette.ColorGroup.Active, background)
        )
    for muted in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, muted, QColor(c.muted_text))
    return palette
