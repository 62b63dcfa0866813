"""Readable on a projector: every view of the demo at 1280 × 800 and 1366 × 768 cuts nothing.

One window on the demo serves the whole module (built once: the views are only looked at),
themed as the app is (Fusion, the style sheet's paddings, the 10 pt floor), so what the check
measures is what a client in the meeting room sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import View
from cpm_desktop.services.opening import open_for_reading
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.gantt import ZOOM_LEVELS
from cpm_desktop.ui.gantt.fit import fitted_zoom
from cpm_desktop.ui.gantt.frame import label_in_view, label_text, label_x
from cpm_desktop.ui.gantt.geometry import bar_extent
from cpm_desktop.ui.gantt.layout import Kind
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.timeline.table_view import NAME_WIDTH
from cpm_desktop.ui.timeline.task_model import FINISH, NAME, START
from cpm_desktop.ui.timeline.view import NAME_SMALLEST
from tests.templates import copy_of
from tests.ui.app_look import app_look
from tests.ui.clipping import clipped, report, shown_rows

SIZES = ((1280, 800), (1366, 768))
RISK_ROWS = 6  # the issue: more than five risks in view


@pytest.fixture(scope="module")
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's theme for this module; the previous look is put back after it."""
    with app_look(qapp):
        yield qapp


@pytest.fixture(scope="module")
def demo_window(
    themed: QApplication, demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MainWindow]:
    """The main window on a copy of the demo, shown, its demo project selected."""
    folder = tmp_path_factory.mktemp("projector")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_for_reading(copy_of(demo_template, folder / "demo.cpm")), settings)
    window.start(DEMO_PROJECT_CODE)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _showing(window: MainWindow, view: View, size: tuple[int, int]) -> MainWindow:
    """The window at `size` with `view` in front, laid out and painted."""
    if view is not View.PORTFOLIO and window.project_id is None:
        window.select_project(DEMO_PROJECT_CODE)
    window.resize(*size)
    window.show_view(view)
    if view is View.OVERVIEW:
        window.overview.view.pages.setCurrentIndex(0)  # the summary
    for _ in range(3):
        QApplication.processEvents()
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("view", list(View), ids=str)
def test_nothing_is_cut(demo_window: MainWindow, view: View, size: tuple[int, int]) -> None:
    """No label, button, dropdown, table cell or heading of the view shows its text cut."""
    window = _showing(demo_window, view, size)
    found = clipped(window)
    assert not found, f"cut on {view} at {size[0]}x{size[1]}:\n{report(found)}"


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
def test_the_risk_register_shows_six_rows(demo_window: MainWindow, size: tuple[int, int]) -> None:
    """However low the screen, the register shows more than five entries at once."""
    window = _showing(demo_window, View.RISKS, size)
    assert shown_rows(window.risks.view.table) >= RISK_ROWS


def test_the_navigator_keeps_its_width_beside_every_tab(demo_window: MainWindow) -> None:
    """No tab is so wide at 1280 pixels that it pushes the project list aside."""
    for view in (View.RISKS, View.CHANGES, View.OVERVIEW, View.TIMELINE):
        window = _showing(demo_window, view, (1280, 800))
        assert window.navigator.width() >= 240, view


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
def test_fit_project_shows_every_gantt_label(demo_window: MainWindow, size: tuple[int, int]):
    """After Fit Project every bar is in view and every name beside one is drawn within the
    chart: whole where any zoom leaves room (1366 pixels), else shortened with "…"."""
    chart = _showing(demo_window, View.TIMELINE, size).timeline.view.chart
    chart.fit_project()
    frame = chart._frame()
    bold = QFont(frame.font)
    bold.setBold(True)
    shortened = []
    for row, task_id in enumerate(frame.row_ids):
        bar = frame.layout.bars[task_id]
        left, _ = bar_extent(bar, frame.axis, frame.metrics)
        x = label_x(bar, frame.axis, frame.metrics)
        metrics = QFontMetricsF(bold if bar.kind is Kind.SUMMARY else frame.font)
        drawn = label_in_view(label_text(bar), x, frame.width, metrics)
        assert left >= 0, row
        assert drawn, row
        assert x + metrics.horizontalAdvance(drawn) <= frame.width, (row, drawn)
        if drawn != label_text(bar):
            assert drawn.endswith("…")
            shortened.append(drawn)
    fits_whole = (
        fitted_zoom(frame.layout, frame.label_widths, frame.metrics, ZOOM_LEVELS, frame.width)[0]
        > 0
    )
    assert not shortened or not fits_whole, shortened
    if size == (1366, 768):
        assert shortened == []


def test_task_names_give_way_on_a_small_screen_and_come_back_on_a_large_one(
    demo_window: MainWindow,
) -> None:
    """At 1280 pixels the names narrow so the Gantt keeps its room; at 1600 they get their
    width back (a fit never leaves them at the smallest for good)."""
    header = _showing(demo_window, View.TIMELINE, (1280, 800)).timeline.view.table.header()
    assert header.sectionSize(NAME) == NAME_SMALLEST
    _showing(demo_window, View.TIMELINE, (1600, 1000))
    assert header.sectionSize(NAME) == NAME_WIDTH


def test_date_columns_follow_the_font(demo_window: MainWindow) -> None:
    """Start and Finish widen with the font: the widest date in bold still fits."""
    table = _showing(demo_window, View.TIMELINE, (1280, 800)).timeline.view.table
    font = QFont(table.font())
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    try:
        table.setFont(bigger)
        bold = QFont(bigger)
        bold.setBold(True)
        widest = QFontMetrics(bold).horizontalAdvance(date_text(dt.date(2026, 9, 30)))
        for column in (START, FINISH):
            assert table.columnWidth(column) > widest
    finally:
        table.setFont(font)


def test_dates_are_measured_in_the_users_language(demo_window: MainWindow) -> None:
    """The date columns are sized for the locale's day and month names, not for English."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        table = demo_window.timeline.view.table
        german = date_text(dt.date(2026, 12, 30))
        assert german != "Wed 30 Dec 2026"
        bold = QFont(table.font())
        bold.setBold(True)
        assert table.date_width() > QFontMetrics(bold).horizontalAdvance(german)
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
def test_the_timeline_shows_whole_start_and_finish_columns(
    demo_window: MainWindow, size: tuple[int, int]
) -> None:
    """Beside the Gantt, the table shows every column up to Finish whole, unscrolled."""
    view = _showing(demo_window, View.TIMELINE, size).timeline.view
    table = view.table
    for column in (START, FINISH):  # as the theme's font sizes them (another test enlarges it)
        table.header().resizeSection(column, table.date_width())
    QApplication.processEvents()
    room = table.viewport().width()
    for column in (START, FINISH):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0, column
        assert right <= room, (column, right, room)
