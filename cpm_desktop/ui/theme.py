"""One calm palette, light or dark as the system prefers, on the Fusion style."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEME_VARIABLE = "CPM_DESKTOP_COLOR_SCHEME"  # "light" or "dark" overrides the system


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

_current = LIGHT


def colors() -> Colors:
    """Return the colours of the scheme in use."""
    return _current


def rag_color(rag: str | None) -> QColor | None:
    """The scheme's colour of 'green', 'amber' or 'red'; None for anything else (not rated)."""
    c = colors()
    named = {"green": c.rag_green, "amber": c.rag_amber, "red": c.rag_red}.get(rag or "")
    return QColor(named) if named else None


def prefers_dark() -> bool:
    """Tell whether the dark scheme should be used (environment override, then the system)."""
    forced = os.environ.get(SCHEME_VARIABLE, "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication) -> Colors:
    """Set the Fusion style, the palette and a readable base font on `app`."""
    global _current
    _current = DARK if prefers_dark() else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    font = app.font()
    # Readable on a projector: never below 10 pt.
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    app.setStyleSheet(style_sheet(_current))
    return _current


def style_sheet(c: Colors) -> str:
    """The few rules the palette cannot express: row height, focus ring, header strip."""
    return f"""
    QTreeView, QTableView {{ border: 1px solid {c.border}; }}
    QTreeView:focus, QTableView:focus {{ border: 1px solid {c.highlight}; }}
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
    """ + (_dark_radio_rules(c) if c is DARK else "")


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
