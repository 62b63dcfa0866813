"""The high-contrast scheme: white on black with a yellow focus, every text pair at WCAG AAA,
chosen in View › Theme and remembered, and painted by the Gantt as by the widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cpm_desktop.ui import theme
from cpm_desktop.ui.main_window import MainWindow
from tests.ui.app_look import app_look
from tests.ui.windows import shown_on

HC = theme.HIGH_CONTRAST


def luminance(color: str) -> float:
    """WCAG 2's relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(color)
    r, g, b = (channel(v) for v in (c.redF(), c.greenF(), c.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("fore", "back"),
    [
        (HC.text, HC.base),
        (HC.text, HC.window),
        (HC.text, HC.alternate_base),
        (HC.text, HC.button),
        (HC.muted_text, HC.base),
        (HC.muted_text, HC.alternate_base),
        (HC.highlighted_text, HC.highlight),
    ],
)
def test_every_text_pair_reaches_aaa(fore: str, back: str) -> None:
    """Text, muted text and selected text are at least 7:1 against what they sit on."""
    assert contrast(fore, back) >= 7


@pytest.mark.parametrize(
    "mark",
    [HC.border, HC.highlight, HC.rag_green, HC.rag_amber, HC.rag_red, HC.gantt_bar]
    + [HC.gantt_critical_bar, HC.gantt_summary, HC.gantt_milestone, HC.gantt_link]
    + [HC.gantt_critical_link, HC.gantt_today, HC.gantt_status_date, HC.gantt_baseline],
)
def test_every_mark_stands_out_from_the_black(mark: str) -> None:
    """Borders, the focus, RAG dots, bars and lines are at least 3:1 against the base."""
    assert contrast(mark, HC.base) >= 3


def test_progress_reads_on_its_bar() -> None:
    """A bar's progress fill stands apart from the bar it fills."""
    assert contrast(HC.gantt_bar_progress, HC.gantt_bar) >= 3
    assert contrast(HC.gantt_critical_progress, HC.gantt_critical_bar) >= 3


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own look, put back after the test."""
    with app_look(qapp):
        yield qapp


def test_the_view_menu_switches_to_high_contrast_and_remembers_it(
    qtbot, themed: QApplication, window: MainWindow
) -> None:
    """View › Theme › High Contrast repaints the window black and white and the Gantt with
    it, and is the scheme the next start uses."""
    shown_on(qtbot, window, "timeline")
    chosen = next(a for a in window.view_commands.themes.actions() if a.data() == "high-contrast")
    chosen.trigger()
    assert theme.colors() is HC
    assert themed.palette().color(QPalette.ColorRole.Window).name() == HC.window
    assert themed.palette().color(QPalette.ColorRole.Highlight).name() == HC.highlight
    assert window.view_commands._settings.theme() == "high-contrast"
    chart = window.timeline.view.chart
    assert chart._frame().palette is HC
    image = chart.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() - 5)
    assert corner.lightness() < 40  # the chart's rows are black, not the light scheme's white


def test_the_focused_chart_is_framed_in_yellow(qtbot, themed: QApplication) -> None:
    """With the focus on the Gantt its frame is drawn in the focus yellow."""
    with app_look(themed, "high-contrast"):
        from cpm_desktop.ui.gantt.chart import GanttChart

        chart = GanttChart()
        qtbot.addWidget(chart)
        chart.resize(300, 200)
        chart.show()
        qtbot.waitExposed(chart)
        chart.setFocus()
        qtbot.waitUntil(chart.hasFocus)
        image = chart.viewport().grab().toImage()
        assert image.pixelColor(0, 100).name() == HC.highlight
