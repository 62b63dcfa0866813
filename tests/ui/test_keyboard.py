"""The Timeline without a mouse: Alt+Left/Alt+Right move the selected bar a day as a drag
does (one undoable edit, the same rules and refusal); Ctrl+1…Ctrl+6 bring each tab forward."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cpm_desktop.services.plan.timeline import TimelineTask, timeline
from cpm_desktop.ui.main_window import MainWindow
from tests.ui.windows import shown_on

MOVABLE = "Shipping, loading and carrier labels"


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window on the Timeline, shown and active (shortcuts need it)."""
    return shown_on(qtbot, window, "timeline", active=True)


def stored(win: MainWindow) -> dict[str, TimelineTask]:
    """The tasks as the workspace file has them now, by name."""
    project_id = win.timeline.project_id
    assert project_id is not None
    return {t.name: t for t in win.workspace.run(timeline, project_id).tasks}


def select(win: MainWindow, name: str) -> TimelineTask:
    """Select the task `name` in the table and give the chart the focus."""
    task = stored(win)[name]
    win.timeline.select_task(task.id)
    win.timeline.view.chart.setFocus()
    return task


@pytest.mark.parametrize(("key", "days"), [(Qt.Key.Key_Right, 1), (Qt.Key.Key_Left, -1)])
def test_alt_arrows_move_the_selected_bar_and_undo_puts_it_back(
    qtbot, window: MainWindow, key: Qt.Key, days: int
) -> None:
    """Alt+Right (Alt+Left) starts the selected task a day later (earlier), with the Start No
    Earlier Than a drag sets; one Ctrl+Z leaves the plan as it was."""
    before = stored(window)
    task = select(window, MOVABLE)
    assert task.start is not None
    qtbot.keyClick(window.timeline.view.chart, key, Qt.KeyboardModifier.AltModifier)
    moved = stored(window)[MOVABLE]
    assert moved.constraint == "SNET"
    assert moved.constraint_date == task.start + dt.timedelta(days=days)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == before


def test_alt_arrows_work_from_the_table_too(qtbot, window: MainWindow) -> None:
    """With the focus on the task's row in the table, Alt+Right moves its bar just the same."""
    task = select(window, MOVABLE)
    assert task.start is not None
    table = window.timeline.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stored(window)[MOVABLE].constraint_date == task.start + dt.timedelta(days=1)


def test_a_started_task_is_refused_with_the_drags_message(
    qtbot, window: MainWindow, messages: list[str]
) -> None:
    """A task that has started cannot be moved by key any more than by mouse: the same
    sentence, and the plan is left as it was."""
    started = next(
        t for t in stored(window).values() if t.actual_start is not None and not t.is_summary
    )
    assert started.start is not None
    window.timeline.view.chart.sig_move_requested.emit(
        started.id, started.start - dt.timedelta(days=1)
    )
    by_mouse = list(messages)
    messages.clear()
    before = stored(window)
    select(window, started.name)
    qtbot.keyClick(window.timeline.view.chart, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert by_mouse
    assert messages == by_mouse
    assert stored(window) == before


def test_a_summary_bar_does_not_move(qtbot, window: MainWindow) -> None:
    """A summary's dates follow its tasks: Alt+arrows are off on it, as dragging is."""
    summary = next(t for t in stored(window).values() if t.is_summary)
    select(window, summary.name)
    assert not window.timeline.actions.bar_later.isEnabled()
    before = stored(window)
    qtbot.keyClick(window.timeline.view.chart, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stored(window) == before


def test_ctrl_digits_bring_each_tab_forward_with_the_focus_in_it(qtbot, window: MainWindow) -> None:
    """Ctrl+1 … Ctrl+6 show the tabs in order and put the focus on the tab's first control."""
    for number in range(window.tabs.count()):
        key = Qt.Key(Qt.Key.Key_1.value + number)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number
        focus = QApplication.focusWidget()
        assert focus is not None
        assert window.tabs.currentWidget().isAncestorOf(focus) or focus is window.tabs.tabBar()
