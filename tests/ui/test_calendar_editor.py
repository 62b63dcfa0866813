"""The calendar editor on the demo: exceptions added, pasted and imported, OK as one undoable
edit the Timeline follows, a shared calendar said so, refusals keep the dialog open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cpm_desktop.services.plan.calendars import project_calendar
from cpm_desktop.ui.calendars import dialog as calendar_dialog
from cpm_desktop.ui.calendars.dialog import CalendarDialog, edit_calendar
from cpm_desktop.ui.calendars.exceptions_model import KIND, NAME, WORKED
from cpm_desktop.ui.calendars.holiday_preview import HolidayPreviewDialog, PasteHolidaysDialog
from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.main_window import MainWindow

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{day}\r\nSUMMARY:Site closed\\, audit\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\nSUMMARY:Steering\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def dates(window: MainWindow) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """Each task's start and finish as the Timeline shows them."""
    shown = window.timeline.current_timeline
    assert shown is not None
    return {t.id: (t.start, t.finish) for t in shown.tasks}


def unstarted_work_day(window: MainWindow) -> dt.date:
    """The start of the first work task not begun by the status date (a holiday there moves it)."""
    shown = window.timeline.current_timeline
    assert shown is not None
    assert shown.status_date is not None
    starts = [
        t.start
        for t in shown.tasks
        if not t.is_summary and t.start is not None and t.start > shown.status_date
    ]
    return min(starts)


def open_dialog(qtbot, window: MainWindow) -> CalendarDialog:
    """The dialog on the project on screen."""
    assert window.project_id is not None
    dialog = CalendarDialog(window.editor, window.project_id, window)
    qtbot.addWidget(dialog)
    return dialog


def test_exceptions_added_and_imported_move_the_timeline_and_undo_restores_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Add a holiday, import one from an .ics (previewed), OK: tasks move; Undo puts them back."""
    before = dates(window)
    first = unstarted_work_day(window)
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Calendar of NHL-WMS"
    assert dialog.used_by.text() == "Used by: NHL-WMS"
    assert not dialog.note.isVisibleTo(dialog)
    listed = dialog.model.rowCount()

    dialog.new_day.setDate(qdate(first))
    dialog.new_name.setText("Warehouse stock-take")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == listed + 1

    second = first + dt.timedelta(days=7)
    path = tmp_path / "site.ics"
    path.write_text(ICS.format(day=second.strftime("%Y%m%d")), encoding="utf-8")
    previews: list[HolidayPreviewDialog] = []

    def accept(preview: HolidayPreviewDialog) -> int:
        previews.append(preview)
        return 1

    monkeypatch.setattr(HolidayPreviewDialog, "exec", accept)
    dialog.import_ics(path)
    [preview] = previews
    assert preview.preview.model.rowCount() == 1
    assert "1 timed event (not all-day)" in preview.preview.summary.text()
    assert dialog.model.rowCount() == listed + 2

    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    after = dates(window)
    assert after != before
    moved = [i for i in before if before[i] != after[i]]
    assert all(after[i][1] >= before[i][1] for i in moved if None not in (*after[i], *before[i]))
    assert window.project_id is not None
    stored = window.editor.workspace.run(project_calendar, window.project_id)
    assert (first, "Warehouse stock-take") in stored.holidays
    assert (second, "Site closed, audit") in stored.holidays

    window.editor.stack(window.project_id).undo()
    assert dates(window) == before
    restored = window.editor.workspace.run(project_calendar, window.project_id)
    assert first not in {d for d, _ in restored.holidays}


def test_a_worked_day_and_kind_change_in_the_table(qtbot, window: MainWindow) -> None:
    """A Saturday typed as worked is stored as a worked day; its kind can be edited back."""
    dialog = open_dialog(qtbot, window)
    saturday = dt.date(2026, 10, 10)
    dialog.new_day.setDate(qdate(saturday))
    dialog.new_kind.setCurrentText(WORKED)
    dialog.add_exception()
    row = dialog.model.row_of_date(saturday)
    assert dialog.model.index(row, KIND).data() == WORKED
    assert dialog.model.index(row, NAME).data() == WORKED  # no name typed: the kind
    assert dialog.model.setData(dialog.model.index(row, NAME), "Go-live cut-over")
    dialog.apply()
    assert window.project_id is not None
    stored = window.editor.workspace.run(project_calendar, window.project_id)
    assert stored.worked_days == ((saturday, "Go-live cut-over"),)


def test_paste_previews_what_it_adds_and_refuses_a_bad_line(qtbot, window: MainWindow) -> None:
    """Pasted lines show as a preview; a line that is no date disables Add and names the line."""
    dialog = open_dialog(qtbot, window)
    paste = PasteHolidaysDialog(dialog.model.dates(), dialog)
    qtbot.addWidget(paste)
    paste.text.setPlainText("2026-12-25 Christmas Day\n27.12.2027\tStaff day\n")
    paste.read()
    assert paste.preview.model.rowCount() == 2
    assert paste.ok.isEnabled()
    assert [e.day for e in paste.additions()] == [dt.date(2027, 12, 27)]  # Christmas is listed
    paste.text.setPlainText("2026-12-25 Christmas Day\nsoon Party\n")
    paste.read()
    assert not paste.ok.isEnabled()
    assert "Line 2" in paste.preview.summary.text()


def test_sharing_a_calendar_says_who_it_changes_and_ok_shares_it(qtbot, window: MainWindow) -> None:
    """Choosing ALP-CC's calendar shows the note; OK puts NHL-WMS on it."""
    dialog = open_dialog(qtbot, window)
    dialog.shared_button.setChecked(True)
    assert dialog.note.isVisibleTo(dialog)
    assert "changes apply to 2 projects (ALP-CC, NHL-WMS)" in dialog.note.text()
    shared_id = dialog.shared.currentData()
    dialog.own_button.setChecked(True)  # and back: the own draft is as it was
    assert dialog.name.text() == "NHL-WMS calendar"
    dialog.shared_button.setChecked(True)
    dialog.apply()
    assert window.project_id is not None
    stored = window.editor.workspace.run(project_calendar, window.project_id)
    assert (stored.id, stored.used_by) == (shared_id, ("ALP-CC", "NHL-WMS"))


def test_a_refused_change_keeps_the_dialog_open(
    qtbot, window: MainWindow, messages: list[str]
) -> None:
    """No working weekday: the Editor's message is shown and the dialog stays open."""
    dialog = open_dialog(qtbot, window)
    for check in dialog.weekday_boxes:
        check.setChecked(False)
    dialog.apply()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert messages == ["Choose at least one working weekday."]


def test_ok_without_changes_writes_nothing(qtbot, window: MainWindow) -> None:
    """OK on an unchanged calendar adds no undo step."""
    assert window.project_id is not None
    stack = window.editor.stack(window.project_id)
    count = stack.count()
    dialog = open_dialog(qtbot, window)
    dialog.apply()
    assert stack.count() == count


def test_edit_calendar_opens_the_dialog_on_the_project(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The public entry opens CalendarDialog on the given project."""
    shown: list[CalendarDialog] = []
    monkeypatch.setattr(CalendarDialog, "exec", lambda d: shown.append(d) or 0)
    assert window.project_id is not None
    edit_calendar(window, window.editor, window.project_id)
    assert [d.code for d in shown] == ["NHL-WMS"]
    assert calendar_dialog.TITLE == "Calendar"
