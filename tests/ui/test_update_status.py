"""Project › Update Status… on the demo: the cadence's date suggested, the progress sheet typed
and marked as planned, the report written, all as one edit Undo takes back; Cancel writes
nothing; the header reminds of a status report past due and opens the dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.portfolio.lifecycle import Closing, close_project
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.services.status_cycle.progress import ProgressRow, progress_sheet
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.status_cycle import update_dialog
from cpm_desktop.ui.status_cycle.progress_draft import ProgressDraft
from cpm_desktop.ui.status_cycle.progress_model import (
    AS_PLANNED,
    NAME,
    PERCENT,
    REMAINING,
    ProgressModel,
)
from cpm_desktop.ui.status_cycle.update_dialog import DONE, REPORT, UpdateStatusDialog
from cpm_desktop.ui.undo import edit
from tests.ui.clipping import clipped

DEMO_STATUS_DATE = dt.date(2026, 11, 20)
NEXT_WEEK = dt.date(2026, 11, 27)  # the demo reports weekly


def summary_of(window: MainWindow) -> ProjectSummary:
    """The project shown, as the workspace has it now."""
    assert window.project_id is not None
    return window.workspace.run(project_summary, window.project_id)


def open_dialog(window: MainWindow, qtbot) -> UpdateStatusDialog:
    """The Update Status dialog of the demo project, shown at its own size (not exec'd)."""
    assert window.project_id is not None
    dialog = UpdateStatusDialog(window.editor, window.project_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_cell(qtbot, dialog: UpdateStatusDialog, row: int, column: int, text: str) -> None:
    """Type into a sheet cell as a user would: the first key opens the editor, Return commits."""
    table = dialog.progress.table
    table.setFocus()
    table.setCurrentIndex(dialog.progress.model.index(row, column))
    qtbot.keyClicks(table, text[0])
    editor = table.findChild(QLineEdit)
    assert editor is not None, "typing did not open an editor"
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def sheet_row(rows: tuple[ProgressRow, ...], task_id: int) -> ProgressRow:
    return next(r for r in rows if r.task_id == task_id)


def test_the_whole_cycle_is_one_edit_and_undo_takes_it_back(window: MainWindow, qtbot) -> None:
    """Suggested date, all marked as planned, one % typed, a commentary: Finish moves the status
    date, saves progress and report; Edit › Undo restores the previous status date."""
    project_id = window.project_id
    assert project_id is not None
    assert summary_of(window).status_date == DEMO_STATUS_DATE
    dialog = open_dialog(window, qtbot)
    assert dialog.progress.picked_date() == NEXT_WEEK == summary_of(window).next_status_date
    model = dialog.progress.model
    assert model.rowCount() > 2
    qtbot.mouseClick(dialog.progress.mark_all, Qt.MouseButton.LeftButton)
    assert all(
        model.index(n, AS_PLANNED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for n in range(model.rowCount())
    )
    typed = model.row_at(1)
    type_cell(qtbot, dialog, 1, PERCENT, "35")
    assert model.index(1, PERCENT).data() == "35%"
    marked = [model.row_at(n) for n in range(model.rowCount()) if n != 1]

    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == REPORT
    assert dialog.report.commentary.toPlainText().startswith("Overall amber")  # prefilled
    dialog.report.commentary.setPlainText("Week 48: design sign-offs on track.")
    dialog.report.rags["schedule_rag"].set_value("red")
    undo_count = window.editor.stack(project_id).count()
    qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == DONE
    assert dialog.since_last is not None
    assert "Edit › Undo" in dialog.since.note.text()
    assert summary_of(window).status_date == NEXT_WEEK
    report = window.workspace.run(status_report, project_id, NEXT_WEEK)
    assert report.commentary == "Week 48: design sign-offs on track."
    assert report.schedule_rag == "red"
    assert report.budget_rag == "green"
    # Read on the old date: the rows as the sheet showed them, now with the progress saved.
    after = window.workspace.run(progress_sheet, project_id, NEXT_WEEK)
    percents = {r.task_id: r.percent_complete for r in after}
    assert percents.get(typed.task_id) == 35
    for row in marked:
        assert percents.get(row.task_id, 100) >= row.planned_percent
    assert window.editor.stack(project_id).count() == undo_count + 1
    assert window.editor.stack(project_id).undoText() == "Update status to 27 Nov 2026"

    window.undo_action.trigger()
    assert summary_of(window).status_date == DEMO_STATUS_DATE
    assert window.workspace.run(status_report, project_id, NEXT_WEEK).commentary == ""
    before = window.workspace.run(progress_sheet, project_id, NEXT_WEEK)
    assert sheet_row(before, typed.task_id).percent_complete == typed.percent_complete


def test_cancel_writes_nothing(window: MainWindow, qtbot) -> None:
    """Marks and typed progress are a draft: Cancel leaves the workspace and undo stack as they
    were."""
    project_id = window.project_id
    assert project_id is not None
    count = window.editor.stack(project_id).count()
    dialog = open_dialog(window, qtbot)
    dialog.progress.mark_all.click()
    type_cell(qtbot, dialog, 0, PERCENT, "90")
    dialog.next.click()
    dialog.cancel.click()
    assert dialog.since_last is None
    assert window.editor.stack(project_id).count() == count
    assert summary_of(window).status_date == DEMO_STATUS_DATE


def test_a_bad_value_is_a_message_and_types_nothing(window: MainWindow, qtbot, messages) -> None:
    """Typed text that is no % or no date is refused with a message; the cell keeps its value."""
    dialog = open_dialog(window, qtbot)
    model = dialog.progress.model
    shown = model.index(0, PERCENT).data()
    type_cell(qtbot, dialog, 0, PERCENT, "lots")
    assert model.index(0, PERCENT).data() == shown
    assert any("not a % complete" in text for text in messages)
    assert dialog.progress.model.draft.is_empty()


def test_the_sheet_follows_the_date_and_the_date_moves_forward(
    window: MainWindow, qtbot, messages
) -> None:
    """A later status date lists more tasks due; a date before the current one is refused at
    Next, with a message."""
    dialog = open_dialog(window, qtbot)
    listed = dialog.progress.model.rowCount()
    dialog.progress.status_date.setDate(QDate(2027, 1, 29))
    assert dialog.progress.model.rowCount() > listed
    assert "29 Jan 2027" in dialog.step.text()
    dialog.progress.status_date.setDate(QDate(2026, 11, 13))
    dialog.next.click()
    assert dialog.pages.currentIndex() != REPORT
    assert any("cannot be before the current one" in text for text in messages)


def test_a_remaining_duration_previews_the_service_rule(window: MainWindow, qtbot) -> None:
    """Remaining days keep the work done: the % shown is done ÷ (done + remaining), as saved."""
    dialog = open_dialog(window, qtbot)
    model = dialog.progress.model
    number = next(
        n
        for n in range(model.rowCount())
        if not model.row_at(n).is_milestone and model.row_at(n).percent_complete > 0
    )
    row = model.row_at(number)
    done = round(row.duration * row.percent_complete / 100)
    type_cell(qtbot, dialog, number, REMAINING, "10")
    expected = round(100 * done / (done + 10))
    assert model.index(number, PERCENT).data() == f"{expected}%"
    dialog.next.click()
    dialog.finish.click()
    project_id = window.project_id
    assert project_id is not None
    after = window.workspace.run(progress_sheet, project_id, NEXT_WEEK)
    saved = sheet_row(after, row.task_id)
    assert (saved.percent_complete, saved.remaining) == (expected, 10)


def test_the_dialog_fits_1280_by_800_unclipped(window: MainWindow, qtbot) -> None:
    """Every page at the dialog's size: nothing cut; long task names elide with a tooltip."""
    dialog = open_dialog(window, qtbot)
    assert dialog.width() <= 1280
    assert dialog.height() <= 800
    dialog.progress.mark_all.click()
    assert [str(clip) for clip in clipped(dialog)] == []
    model = dialog.progress.model
    assert model.row_at(0).name in model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    dialog.next.click()
    assert [str(clip) for clip in clipped(dialog)] == []
    dialog.finish.click()
    assert [str(clip) for clip in clipped(dialog)] == []


def test_the_header_reminds_of_a_status_report_past_due(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The weekly report after 20 Nov is due 27 Nov: on 2 Dec the header says so, and its link
    opens Update Status…; on 25 Nov it says nothing."""
    header = window.header
    header.today = lambda: dt.date(2026, 12, 2)
    header.show_project(summary_of(window))
    assert header.notice() == "Status report due since 27 Nov 2026 — Update Status…"
    opened: list[int] = []
    monkeypatch.setattr(update_dialog, "update_status", lambda _w, _e, pid: opened.append(pid))
    notice = header.findChild(QLabel, "statusNotice")
    assert notice is not None
    assert notice.isVisibleTo(header)
    notice.linkActivated.emit("update-status")
    assert opened == [window.project_id]
    header.today = lambda: dt.date(2026, 11, 25)
    header.show_project(summary_of(window))
    assert header.notice() == ""


def test_the_header_follows_the_status_date(window: MainWindow, qtbot) -> None:
    """Moving the status date (an edit) re-reads the header: the reminder goes once reported."""
    project_id = window.project_id
    assert project_id is not None
    window.header.today = lambda: dt.date(2026, 12, 2)
    window.editor.run(project_id, edit("Status", set_status_date, project_id, NEXT_WEEK))
    assert window.header.notice() == ""
    window.undo_action.trigger()
    assert "due since 27 Nov 2026" in window.header.notice()


def test_update_status_is_in_the_project_menu_with_its_shortcut(window: MainWindow) -> None:
    """Project › Update Status… (Ctrl+Shift+U) is enabled for an open project."""
    action = window.status_cycle.update_status
    assert action.shortcut().toString() == "Ctrl+Shift+U"
    menu = next(m for m in window.menuBar().actions() if m.text() == "&Project").menu()
    assert action in menu.actions()
    assert action.isEnabled()
    assert window.header.project_code() == DEMO_PROJECT_CODE


def test_the_sheet_works_from_the_keyboard(window: MainWindow, qtbot) -> None:
    """The dialog opens on the first task's % complete; Space marks a task as planned."""
    dialog = open_dialog(window, qtbot)
    table, model = dialog.progress.table, dialog.progress.model
    assert table.currentIndex().column() == PERCENT
    table.setFocus()
    table.setCurrentIndex(model.index(0, AS_PLANNED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert model.draft.as_planned() == (model.row_at(0).task_id,)


def test_a_closed_project_cannot_update_its_status(window: MainWindow) -> None:
    """Closed: Update Status… is disabled and the header says the project is read-only."""
    project_id = window.project_id
    assert project_id is not None
    day = dt.date(2026, 11, 30)
    window.editor.run(project_id, edit("Close", close_project, project_id, Closing(day)))
    assert not window.status_cycle.update_status.isEnabled()
    assert window.header.notice() == "Closed on 30 Nov 2026, read-only"
    window.undo_action.trigger()
    assert window.status_cycle.update_status.isEnabled()


def test_the_model_passes_qt_s_checks(window: MainWindow, qtmodeltester) -> None:
    """The sheet's model is a well-behaved table model."""
    project_id = window.project_id
    assert project_id is not None
    model = ProgressModel()
    model.set_sheet(window.workspace.run(progress_sheet, project_id, NEXT_WEEK), NEXT_WEEK)
    qtmodeltester.check(model)


def row(**fields: object) -> ProgressRow:
    """A sheet row: 10 days from 2 Nov, 20 % done, 60 % planned."""
    base: dict[str, object] = {
        "task_id": 1,
        "wbs": "1",
        "name": "Build",
        "start": dt.date(2026, 11, 2),
        "finish": dt.date(2026, 11, 13),
        "duration": 10,
        "percent_complete": 20,
        "actual_start": dt.date(2026, 11, 2),
        "actual_finish": None,
        "remaining": 8,
        "planned_percent": 60,
        "is_milestone": False,
    }
    return ProgressRow(**{**base, **fields})  # type: ignore[arg-type]


def test_the_draft_previews_as_planned_and_typed_values() -> None:
    """As planned: the plan's % (never less done), its start, its finish at 100 %; typed
    values win; typing what is shown types nothing."""
    draft = ProgressDraft()
    task = row(actual_start=None)
    draft.set_as_planned([1])
    shown = draft.shown(task)
    assert (shown.percent_complete, shown.actual_start, shown.remaining) == (
        60,
        dt.date(2026, 11, 2),
        4,
    )
    assert not shown.behind(task)
    done = row(planned_percent=100)
    assert draft.shown(done).actual_finish == dt.date(2026, 11, 13)
    draft.set_field(task, "percent_complete", 60)
    assert draft.progress() == {}
    draft.set_field(task, "percent_complete", 40)
    assert draft.progress() == {1: {"percent_complete": 40}}
    assert draft.shown(task).behind(task)
    draft.keep_only([2])
    assert draft.is_empty()


@given(
    percent=st.integers(0, 100),
    planned=st.integers(0, 100),
    duration=st.integers(0, 40),
    marked=st.booleans(),
)
def test_typing_what_is_shown_types_nothing(
    percent: int, planned: int, duration: int, marked: bool
) -> None:
    """Whatever a task's state, typing each field as the sheet shows it leaves the draft with
    no progress to save."""
    task = row(percent_complete=percent, planned_percent=planned, duration=duration)
    draft = ProgressDraft()
    draft.set_as_planned([1], marked)
    shown = draft.shown(task)
    draft.set_field(task, "percent_complete", shown.percent_complete)
    draft.set_field(task, "actual_start", shown.actual_start)
    draft.set_field(task, "actual_finish", shown.actual_finish)
    draft.set_field(task, "remaining", shown.remaining)
    assert draft.progress() == {}
    assert draft.shown(task) == shown
