"""The whole window's text grows and shrinks with Ctrl++ / Ctrl+- (Ctrl+0: the system's size),
the Gantt's timescale and rows with it, remembered; one step larger cuts nothing at 1280 × 800."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cpm_desktop.domain import View
from cpm_desktop.ui.main_window import MainWindow
from tests.ui.app_look import app_look
from tests.ui.clipping import clipped, report
from tests.ui.windows import shown_on


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own look (the text size is part of it), put back after the test."""
    with app_look(qapp):
        yield qapp


@pytest.fixture
def window(themed: QApplication, window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window on the Timeline, shown and active (shortcuts need it)."""
    return shown_on(qtbot, window, "timeline", active=True)


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Press Ctrl+`key` on the window and let the new font reach every widget."""
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def test_ctrl_plus_and_minus_size_the_text_and_ctrl_0_resets_it(
    qtbot, window: MainWindow, themed: QApplication
) -> None:
    """Each Ctrl++ makes the application font larger, Ctrl+- smaller, Ctrl+0 puts it back;
    the step is remembered for the next start."""
    base = themed.font().pointSizeF()
    press(qtbot, window, Qt.Key.Key_Plus)
    assert themed.font().pointSizeF() > base
    assert window.view_commands._settings.text_size_step() == 1
    press(qtbot, window, Qt.Key.Key_0)
    assert themed.font().pointSizeF() == base
    press(qtbot, window, Qt.Key.Key_Minus)
    assert themed.font().pointSizeF() < base
    assert window.view_commands._settings.text_size_step() == -1
    press(qtbot, window, Qt.Key.Key_0)
    assert themed.font().pointSizeF() == base


def test_the_gantt_grows_with_the_text(qtbot, window: MainWindow) -> None:
    """Larger text gives the chart taller rows and a taller timescale, still aligned with the
    table beside it."""
    view = window.timeline.view
    rows, header = view.chart._rows.row_height, view.chart._rows.top
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: view.chart._rows.row_height > rows)
    assert view.chart._rows.top > header
    assert view.chart._rows.top == view.table.header().height()
    assert view.chart._rows.row_height == view.table.row_height()


@pytest.mark.parametrize("view", [View.TIMELINE, View.RISKS, View.CHANGES], ids=str)
def test_one_step_larger_cuts_nothing_at_1280_by_800(qtbot, window: MainWindow, view: View) -> None:
    """After Ctrl++ every label, button and cell of the view still shows its whole text."""
    press(qtbot, window, Qt.Key.Key_Plus)
    window.resize(1280, 800)
    window.show_view(view)
    for _ in range(3):
        QApplication.processEvents()
    found = clipped(window)
    assert not found, f"cut on {view}:\n{report(found)}"
