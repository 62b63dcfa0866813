"""The Timeline tab end to end: typing in the table and dragging on the chart change the
workspace file, and Undo/Redo take each change back and bring it again."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from cpm_desktop.services.plan.timeline import TimelineTask, timeline
from cpm_desktop.services.portfolio.views import task_detail
from cpm_desktop.ui import header_follow
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.gantt.timescale import DEFAULT_ZOOM
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.timeline.task_model import DURATION, NAME, PREDECESSORS, START
from tests.templates import open_copy_of
from tests.ui.windows import shown_on


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window, shown and active (editing needs focus), the plan open at the
    default zoom: fitted to the window, a week may be narrower than a drag must go."""
    shown_on(qtbot, window, "timeline", active=True)
    window.timeline.auto_fit = False  # as if the user had zoomed: a pending fit stays away
    window.timeline.view.chart.set_zoom(DEFAULT_ZOOM)
    return window


def stored(win: MainWindow) -> dict[str, TimelineTask]:
    """The tasks as the workspace file has them now, by name."""
    project_id = win.timeline.project_id
    assert project_id is not None
    return {t.name: t for t in win.workspace.run(timeline, project_id).tasks}


def work_task(win: MainWindow, name: str) -> TimelineTask:
    """A task of the demo plan, by name."""
    return stored(win)[name]


def type_into(qtbot, win: MainWindow, task_id: int, column: int, text: str) -> None:
    """Select a cell, type `text` as a user would (the first key opens the editor), press Enter."""
    table = win.timeline.view.table
    index = win.timeline.view.model.index_of(task_id, column)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClicks(table, text[0])
    editor = table.findChild(QLineEdit)
    assert editor is not None, "typing did not open an editor"
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits on Return in a queued call, once the editor has seen the key.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def undo(win: MainWindow) -> None:
    """Ctrl+Z through the menu action."""
    win.undo_action.trigger()


def redo(win: MainWindow) -> None:
    """Ctrl+Y through the menu action."""
    win.redo_action.trigger()


def mouse(viewport, kind: QMouseEvent.Type, at: QPointF, held: bool) -> None:
    """Send one mouse event to the chart, the left button held (or not)."""
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    button = (
        Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind, at, viewport.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def drag(win: MainWindow, start: QPointF, end: QPointF) -> None:
    """Press at `start`, move to `end` in steps, release there."""
    viewport = win.timeline.view.chart.viewport()
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, held=True)
    for step in range(1, 6):
        mouse(viewport, QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, held=True)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, end, held=False)


def visible_bar(win: MainWindow, task: TimelineTask):
    """The task's bar, scrolled into view, once the chart has settled (its fit to the window
    runs after the first layout, later on a loaded machine): a press on its middle hits it."""
    chart = win.timeline.view.chart
    win.timeline.select_task(task.id)
    last: list[object] = [None]

    def settled() -> bool:
        win.timeline.view.scroll_to_current()
        QApplication.processEvents()
        rect = chart.bar_rect(task.id)
        steady = rect is not None and rect == last[0]
        last[0] = rect
        if not steady or rect is None:
            return False
        on_screen = chart.viewport().rect().contains(rect.center().toPoint())
        return on_screen and chart.task_at(rect.center()) == task.id

    deadline = time.monotonic() + 5
    while not settled():
        assert time.monotonic() < deadline, f"the bar of {task.name!r} never came to rest"
    rect = chart.bar_rect(task.id)
    assert rect is not None
    return rect


# -- the table -------------------------------------------------------------------------------


def test_typing_a_name_renames_the_task_and_undo_redo_take_it_back(qtbot, window) -> None:
    """Rename in the table, then Ctrl+Z and Ctrl+Y, each checked in the file."""
    task = work_task(window, "Detailed project and resource plan")
    type_into(qtbot, window, task.id, NAME, "Project plan v2")
    assert window.workspace.run(task_detail, task.id).name == "Project plan v2"
    assert window.timeline.view.model.index_of(task.id, NAME).data() == "Project plan v2"
    undo(window)
    assert window.workspace.run(task_detail, task.id).name == task.name
    assert window.timeline.view.model.index_of(task.id, NAME).data() == task.name
    redo(window)
    assert window.workspace.run(task_detail, task.id).name == "Project plan v2"


def test_enter_commits_and_moves_down_like_a_spreadsheet(qtbot, window) -> None:
    """After Enter the next row's cell of the same column is current."""
    task = work_task(window, "Wave planning, picking and packing")
    type_into(qtbot, window, task.id, DURATION, "9")
    current = window.timeline.view.table.currentIndex()
    assert current.column() == DURATION
    assert window.timeline.view.model.task(current).name == "Shipping, loading and carrier labels"


def test_typing_a_duration_reschedules_and_undo_restores(qtbot, window) -> None:
    """A longer duration moves the finish; undo brings back duration and dates."""
    task = work_task(window, "Wave planning, picking and packing")
    type_into(qtbot, window, task.id, DURATION, f"{task.duration + 5}d")
    after = work_task(window, task.name)
    assert after.duration == task.duration + 5
    assert after.finish is not None
    assert task.finish is not None
    assert after.finish > task.finish
    undo(window)
    assert work_task(window, task.name) == task
    redo(window)
    assert work_task(window, task.name) == after


def test_typing_predecessors_links_the_task(qtbot, window) -> None:
    """'4.1FS+2d' adds a link from 4.1 with two days' lag; undo removes it again."""
    before = stored(window)
    task = before["RF scanner workflows: inbound"]
    assert task.predecessors == "4.2.2"
    type_into(qtbot, window, task.id, PREDECESSORS, "4.1FS+2d, 4.2.2")
    after = stored(window)[task.name]
    assert after.predecessors == "4.1FS+2d, 4.2.2"
    undo(window)
    assert stored(window) == before
    redo(window)
    assert stored(window)[task.name] == after


def test_an_invalid_date_is_refused_with_a_message_and_the_old_value_kept(
    qtbot, window, messages: list[str]
) -> None:
    """A start of '31/31/2026' shows a warning; file and table keep the old start."""
    before = stored(window)
    task = before["RAID log and risk workshop"]
    shown = window.timeline.view.model.index_of(task.id, START).data()
    type_into(qtbot, window, task.id, START, "31/31/2026")
    qtbot.waitUntil(lambda: bool(messages))
    assert "is not a date" in messages[0]
    assert stored(window) == before
    assert window.timeline.view.model.index_of(task.id, START).data() == shown
    assert not window.undo_action.isEnabled()


def test_a_refused_edit_shows_the_services_reason(qtbot, window, messages: list[str]) -> None:
    """A link to an unknown WBS code is refused by the service, with its message."""
    before = stored(window)
    task = before["RAID log and risk workshop"]
    type_into(qtbot, window, task.id, PREDECESSORS, "99.9")
    qtbot.waitUntil(lambda: bool(messages))
    assert "99.9" in messages[0]
    assert stored(window) == before


# -- the chart -------------------------------------------------------------------------------


def test_dragging_a_bar_sets_a_start_no_earlier_than(qtbot, window) -> None:
    """A bar dragged 7 days right starts a week later with an SNET; undo/redo in the file."""
    before = stored(window)
    task = before["Shipping, loading and carrier labels"]
    chart = window.timeline.view.chart
    rect = visible_bar(window, task)
    start = rect.center()
    drag(window, start, start + QPointF(7 * chart.pixels_per_day, 0))
    assert task.start is not None
    moved = stored(window)[task.name]
    assert moved.constraint == "SNET"
    assert moved.constraint_date == task.start + dt.timedelta(days=7)
    undo(window)
    assert stored(window) == before
    redo(window)
    assert stored(window)[task.name] == moved


def test_dragging_a_bar_end_changes_its_duration(qtbot, window) -> None:
    """The right end dragged a week later: same start, the finish a week later."""
    before = stored(window)
    task = before["Management reports and KPI dashboards"]
    chart = window.timeline.view.chart
    rect = visible_bar(window, task)
    end = QPointF(rect.right() - 2, rect.center().y())
    drag(window, end, end + QPointF(7 * chart.pixels_per_day, 0))
    stretched = stored(window)[task.name]
    assert task.finish is not None
    assert stretched.finish == task.finish + dt.timedelta(days=7)
    assert stretched.start == task.start
    assert stretched.duration > task.duration
    undo(window)
    assert stored(window) == before
    redo(window)
    assert stored(window)[task.name] == stretched


def test_dragging_from_one_bar_to_another_links_them(qtbot, window) -> None:
    """Drag from a bar down onto another task's bar: a finish-to-start link; undo removes it."""
    before = stored(window)
    first = before["Management reports and KPI dashboards"]
    second = before["Carrier interfaces (DHL, DB Schenker)"]
    chart = window.timeline.view.chart
    visible_bar(window, first)
    source = chart.bar_rect(first.id)
    target = chart.bar_rect(second.id)
    assert source is not None
    assert target is not None
    drag(window, source.center(), target.center())
    linked = stored(window)[second.name]
    assert first.wbs in linked.predecessors.split(", ")
    undo(window)
    assert stored(window) == before
    redo(window)
    assert stored(window)[second.name] == linked


def test_zoom_changes_the_scale(qtbot, window) -> None:
    """Zoom In/Out actions and Ctrl+wheel change the pixels per day."""
    chart = window.timeline.view.chart
    chart.set_zoom(2)
    scale = chart.pixels_per_day
    window.timeline.actions.zoom_in.trigger()
    assert chart.pixels_per_day > scale
    window.timeline.actions.zoom_out.trigger()
    window.timeline.actions.zoom_out.trigger()
    assert chart.pixels_per_day < scale
    viewport = chart.viewport()
    at = QPointF(viewport.width() / 2, viewport.height() / 2)
    before = chart.pixels_per_day
    wheel = QWheelEvent(
        at,
        viewport.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert chart.pixels_per_day > before


# -- outline commands --------------------------------------------------------------------------


def test_insert_indent_outdent_delete_each_undo(qtbot, window, messages: list[str]) -> None:
    """Each outline command changes the file; undoing all of them restores it exactly."""
    before = stored(window)
    task = before["Shipping, loading and carrier labels"]
    window.timeline.select_task(task.id)
    a = window.timeline.actions
    a.insert_task.trigger()
    window.timeline.view.table.closePersistentEditor(window.timeline.view.table.currentIndex())
    inserted = stored(window)["New task"]
    assert inserted.wbs == task.wbs
    a.indent.trigger()
    assert stored(window)["New task"].parent_id is not None
    assert stored(window)["New task"].depth == inserted.depth + 1
    a.outdent.trigger()
    assert stored(window)["New task"].depth == inserted.depth
    a.move_down.trigger()
    assert stored(window)["New task"].wbs != inserted.wbs
    a.delete_task.trigger()
    assert "New task" not in stored(window)
    assert messages == []
    for _ in range(5):
        undo(window)
    assert stored(window) == before


def test_status_bar_shows_finish_and_critical_count(window) -> None:
    """The status bar names the finish date and how many tasks are critical."""
    data = window.timeline.current_timeline
    assert data is not None
    assert window._critical_label.text() == f"Critical tasks: {data.critical_count}"
    assert "Finish:" in window._finish_label.text()


def test_the_header_follows_a_run_of_edits_once_after_a_pause(qtbot, window, monkeypatch) -> None:
    """Three nudges: the status bar's finish follows each at once, the header's standing
    (slow on a large plan) is read once, after the PM pauses."""
    reads: list[int] = []
    real = header_follow.project_standing

    def counted(session, project_id, **kwargs):
        reads.append(project_id)
        return real(session, project_id, **kwargs)

    monkeypatch.setattr(header_follow, "project_standing", counted)
    window.timeline.select_task(stored(window)["Shipping, loading and carrier labels"].id)
    for _ in range(3):
        window.timeline.actions.bar_later.trigger()
    assert window.timeline.current_timeline is not None
    finish = date_text(window.timeline.current_timeline.finish_date)
    assert window._finish_label.text() == f"Finish: {finish}"
    assert reads == []
    qtbot.waitUntil(lambda: reads == [window._project_id], timeout=2000)
    qtbot.wait(2 * header_follow.PAUSE_MS)
    assert reads == [window._project_id]


def test_double_clicking_a_bar_opens_the_task_dialog_and_applies_it_as_one_edit(
    qtbot, window, monkeypatch
) -> None:
    """The dialog's changes (owner and % complete here) are one undoable edit."""
    from cpm_desktop.ui.timeline import task_dialog

    before = stored(window)
    task = before["Shipping, loading and carrier labels"]

    def fill_in(dialog: task_dialog.TaskDialog) -> int:
        dialog.owner.setText("Jonas Weber")
        dialog.percent.setValue(25)
        return 1

    monkeypatch.setattr(task_dialog.TaskDialog, "exec", fill_in)
    rect = visible_bar(window, task)
    viewport = window.timeline.view.chart.viewport()
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, rect.center(), held=True)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, rect.center(), held=False)
    mouse(viewport, QMouseEvent.Type.MouseButtonDblClick, rect.center(), held=True)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, rect.center(), held=False)
    edited = stored(window)[task.name]
    assert (edited.owner, edited.percent_complete) == ("Jonas Weber", 25)
    undo(window)
    assert stored(window) == before


def test_save_baseline_asks_before_replacing_and_shows_variance(qtbot, window, monkeypatch) -> None:
    """The demo's baseline 0 replaced (after asking, each time), a task moved, then the table
    shows its finish variance."""
    answers: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: answers.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    window.timeline.actions.save_baseline.trigger()
    window.timeline.actions.save_baseline.trigger()
    assert len(answers) == 2
    assert all("Replace it" in answer for answer in answers)
    task = stored(window)["Shipping, loading and carrier labels"]
    assert task.finish_variance == 0
    type_into(qtbot, window, task.id, DURATION, str(task.duration + 3))
    assert stored(window)[task.name].finish_variance == 3


def test_hidden_columns_are_remembered(
    qtbot, tmp_path: Path, settings, demo_template: Path
) -> None:
    """Columns shown or hidden from the header menu come back the same in a new window."""
    from cpm_desktop.ui.timeline.task_model import OWNER

    first = MainWindow(open_copy_of(demo_template, tmp_path / "a.cpm"), settings)
    qtbot.addWidget(first)
    header = first.timeline.view.table.header()
    assert header.isSectionHidden(OWNER)
    owner = next(
        a for a in first.timeline.view.table.column_menu().actions() if a.text() == "Owner"
    )
    owner.trigger()
    assert not header.isSectionHidden(OWNER)
    first.close()
    second = MainWindow(open_copy_of(demo_template, tmp_path / "b.cpm"), settings)
    qtbot.addWidget(second)
    assert not second.timeline.view.table.header().isSectionHidden(OWNER)


def test_collapsing_and_scrolling_the_table_move_the_chart_with_it(qtbot, window) -> None:
    """A collapsed phase hides its bars; the chart follows the table's vertical scroll."""
    tab = window.timeline
    build = stored(window)["Build"]
    child = stored(window)["Provision environments and install WMS platform"]
    assert tab.view.chart.bar_rect(child.id) is not None
    tab.view.table.collapse(tab.view.model.index_of(build.id))
    assert tab.view.chart.bar_rect(child.id) is None
    assert child.id not in tab.view.visible_task_ids()
    tab.view.table.expand(tab.view.model.index_of(build.id))
    row_top = tab.view.chart.bar_rect(child.id).top()
    tab.view.table.verticalScrollBar().setValue(3 * tab.view.table.row_height())
    assert tab.view.chart.bar_rect(child.id).top() == row_top - 3 * tab.view.table.row_height()


def test_selecting_a_task_highlights_what_drives_it(qtbot, window) -> None:
    """After a short pause the chart emphasises the selected task's driving chain."""
    task = stored(window)["Shipping, loading and carrier labels"]
    window.timeline.select_task(task.id)
    chart = window.timeline.view.chart
    qtbot.waitUntil(lambda: task.id in chart._chain_tasks)
    assert len(chart._chain_tasks) > 1
    window.timeline.actions.driving_chain.setChecked(False)
    qtbot.waitUntil(lambda: not chart._chain_tasks)


def test_undo_and_redo_have_the_usual_shortcuts(window) -> None:
    """Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y both redo."""

    def keys(action) -> set[str]:
        return {k.toString() for k in action.shortcuts()}

    assert "Ctrl+Z" in keys(window.undo_action)
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= keys(window.redo_action)


def test_the_task_table_model_keeps_qts_model_rules(window, qtmodeltester) -> None:
    """Indexes, parents and row counts of the plan's outline agree, as Qt's tester checks."""
    qtmodeltester.check(window.timeline.view.model)
