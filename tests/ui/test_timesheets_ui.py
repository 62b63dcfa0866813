"""The Timesheets page end to end: the week's grid of people and tasks with its totals, hours
typed, cleared and pasted as undoable edits, the week picker, and a file imported after its
preview as one edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QStyleOptionViewItem

from cpm_desktop.interchange.timesheet_values import read_hours
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.lifecycle import close_project
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.timesheets.entries import record_hours
from cpm_desktop.services.timesheets.importing import preview_timesheet
from cpm_desktop.services.timesheets.views import booked_hours, timesheet_week
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timesheets import page as page_module
from cpm_desktop.ui.timesheets.grid_model import RowChoice, TimesheetGridModel, hours_text
from cpm_desktop.ui.timesheets.import_dialog import TimesheetImportDialog
from cpm_desktop.ui.timesheets.page import TimesheetPage
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import Workspace
from tests.services.timesheets.staffing import WEEK, Staff, open_staffed, staffed_template


@pytest.fixture
def staffed(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path, tmp_path: Path
) -> Iterator[tuple[Workspace, Staff]]:
    """A private copy of the staffed demo (tests/services/timesheets/staffing.py), open."""
    template, staff = staffed_template(tmp_path_factory, demo_template)
    workspace = open_staffed(template, tmp_path / "staffed.cpm")
    yield workspace, staff
    workspace.close()


@pytest.fixture
def page(qtbot, staffed: tuple[Workspace, Staff]) -> TimesheetPage:
    """The page on the staffed demo's project, at the week of WEEK."""
    workspace, staff = staffed
    shown = TimesheetPage(Editor(workspace))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()  # edits are read back at once by a page on screen
    shown.show_project(staff.project_id)
    shown.picker.set_week(WEEK)
    return shown


def _cell(page: TimesheetPage, person: str, wbs: str):  # noqa: ANN202 - a QModelIndex
    model = page.model
    column = next(
        c for c in range(model.columnCount()) if (p := model.person_at(c)) and p.name == person
    )
    row = next(r for r in range(model.total_row) if (t := model.task_at(r)) and t.wbs == wbs)
    return model.index(row, column)


def _person_column(model: TimesheetGridModel, name: str) -> int:
    return next(
        c for c in range(model.columnCount()) if (p := model.person_at(c)) and p.name == name
    )


def test_the_grid_shows_people_tasks_and_totals(
    page: TimesheetPage, staffed: tuple[Workspace, Staff], qtmodeltester
) -> None:
    """People across, their assigned tasks down (shaded), the hours and both totals."""
    workspace, staff = staffed
    workspace.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 12)
    workspace.run(record_hours, staff.jurgen, staff.tasks["3.4"], WEEK, 24)
    page.refresh()
    model = page.model
    qtmodeltester.check(model)
    assert page.picker.week == WEEK
    assert page.stack.currentIndex() == 0
    assert {"Åsa\nLindqvist", "Jürgen\nÖzdemir", "Kim\nKeyuser"} <= {
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    }
    cell = _cell(page, "Åsa Lindqvist", "3.4")
    assert cell.data() == "12"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # assigned: shaded
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    row_names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert any(name.startswith("3.4  Integration design") for name in row_names)
    assert row_names[-2:] == ["Hours on the project", "Week's load / capacity"]
    jurgen = _person_column(model, "Jürgen Özdemir")
    load = model.index(model.load_row, jurgen)
    assert load.data() == "24 / 20"  # half time: over capacity, in red
    assert load.data(Qt.ItemDataRole.ForegroundRole).color().name() == colors().rag_red
    assert model.index(model.total_row, jurgen).data() == "24"
    assert "over capacity: Jürgen Özdemir" in page.summary.text()
    assert not page.grid.table.isRowHidden(0)
    assert page.grid.table.isRowHidden(model.load_row)
    assert page.grid.footer.isRowHidden(0)
    assert not page.grid.footer.isRowHidden(model.load_row)


def test_typing_hours_books_them_and_undo_takes_them_back(
    page: TimesheetPage, staffed: tuple[Workspace, Staff], messages: list[str]
) -> None:
    """A typed cell is one undoable edit; a value that is no hours is refused with a message."""
    workspace, staff = staffed
    cell = _cell(page, "Åsa Lindqvist", "3.5")
    assert page.model.setData(cell, "7,5")
    assert workspace.run(booked_hours, staff.project_id)[(staff.asa, staff.tasks["3.5"])] == 7.5
    assert _cell(page, "Åsa Lindqvist", "3.5").data() == "7.5"  # read again after the edit
    stack = page.editor.stack(staff.project_id)
    assert stack.undoText() == "Book 7.5 h: Åsa Lindqvist on 3.5"
    stack.undo()
    assert (staff.asa, staff.tasks["3.5"]) not in workspace.run(booked_hours, staff.project_id)
    assert _cell(page, "Åsa Lindqvist", "3.5").data() == ""
    assert not page.model.setData(_cell(page, "Åsa Lindqvist", "3.5"), "lots")
    assert not page.model.setData(_cell(page, "Åsa Lindqvist", "3.5"), "200")
    assert "not a number of hours" in messages[0]
    assert "more than a week has" in messages[1]


def test_delete_and_paste_are_one_edit_each(
    page: TimesheetPage, staffed: tuple[Workspace, Staff], messages: list[str]
) -> None:
    """A block pasted from a spreadsheet books every cell at once; Delete clears a selection."""
    workspace, staff = staffed
    page.model.set_rows(RowChoice.ALL)
    page.grid.rows_changed()
    start = _cell(page, "Åsa Lindqvist", "3.4")
    page.grid.table.setCurrentIndex(start)
    QGuiApplication.clipboard().setText("8\t4\n6,5\t")
    page.paste()
    stack = page.editor.stack(staff.project_id)
    assert stack.count() == 1
    right = page.model.person_at(start.column() + 1)
    below = page.model.task_at(start.row() + 1)
    assert right is not None
    assert below is not None
    hours = _week_hours(workspace, staff)
    assert hours[(staff.asa, staff.tasks["3.4"])] == 8
    assert hours[(right.resource_id, staff.tasks["3.4"])] == 4
    assert hours[(staff.asa, below.task_id)] == 6.5
    selection = page.grid.table.selectionModel()
    for index in (start, _cell(page, "Åsa Lindqvist", below.wbs)):
        selection.select(index, selection.SelectionFlag.Select)
    page.clear_selected()
    assert stack.count() == 2
    hours = _week_hours(workspace, staff)
    assert (staff.asa, staff.tasks["3.4"]) not in hours
    assert (right.resource_id, staff.tasks["3.4"]) in hours
    QGuiApplication.clipboard().setText("8\tnope")
    page.paste()
    assert stack.count() == 2
    assert "Nothing was pasted" in messages[-1]


def _week_hours(workspace: Workspace, staff: Staff) -> dict[tuple[int, int], float]:
    """The hours booked in WEEK by cell."""
    week = workspace.run(timesheet_week, staff.project_id, WEEK)
    return {(c.resource_id, c.task_id): c.hours for c in week.cells if c.hours}


def test_the_week_picker_moves_by_weeks_and_to_the_status_date(page: TimesheetPage) -> None:
    """Previous and next move a week; any day picked shows its week; the status date's week."""
    page.picker.next.click()
    assert page.week is not None
    assert page.week.week_start == WEEK + dt.timedelta(days=7)
    page.picker.previous.click()
    page.picker.previous.click()
    assert page.week.week_start == WEEK - dt.timedelta(days=7)
    page.picker.set_week(dt.date(2026, 12, 3))  # a Thursday
    assert page.week.week_start == dt.date(2026, 11, 30)
    assert "Week 49" in page.picker.label.text()
    page.picker.status_week.click()
    assert page.week.week_start == dt.date(2026, 11, 16)  # the demo's status date: 20 Nov


def test_import_previews_then_books_as_one_edit(
    page: TimesheetPage,
    staffed: tuple[Workspace, Staff],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Import Timesheet…: the preview lists each line, Book books the valid ones, Undo all."""
    workspace, staff = staffed
    sheet = tmp_path / "hours.csv"
    sheet.write_text(
        "Person,WBS,Date,Hours\n"
        "Åsa Lindqvist,3.4,2026-11-23,8\n"
        "Kim Keyuser,3.6,2026-11-24,3\n"
        "Nobody,3.4,2026-11-24,3\n",
        encoding="utf-8",
    )
    shown: list[TimesheetImportDialog] = []

    def accept(dialog: TimesheetImportDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "ask_for_timesheet", lambda *_: sheet)
    monkeypatch.setattr(TimesheetImportDialog, "exec", accept)
    page.import_action.trigger()
    [dialog] = shown
    assert dialog.model.rowCount() == 3
    assert dialog.apply_button.text() == "Book 11 Hours"
    assert "no person called 'Nobody'" in dialog.model.index(2, 6).data()
    assert "3 lines: 11 hours in 2 weekly entries" in dialog.heading.text()
    booked = workspace.run(booked_hours, staff.project_id)
    assert booked[(staff.asa, staff.tasks["3.4"])] == 8
    assert booked[(staff.kim, staff.tasks["3.6"])] == 3
    assert page.import_folder == tmp_path
    stack = page.editor.stack(staff.project_id)
    assert stack.undoText() == "Import timesheet hours.csv"
    stack.undo()
    booked = workspace.run(booked_hours, staff.project_id)
    assert (staff.asa, staff.tasks["3.4"]) not in booked
    assert (staff.kim, staff.tasks["3.6"]) not in booked


def test_nothing_to_book_disables_the_button(
    qtbot, qtmodeltester, staffed: tuple[Workspace, Staff], tmp_path: Path
) -> None:
    """A preview without a line to book offers only Cancel."""
    workspace, staff = staffed
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Person,Task,Week,Hours\nNobody,3.4,2026-11-23,4\n", encoding="utf-8")
    dialog = TimesheetImportDialog(workspace.run(preview_timesheet, staff.project_id, sheet))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert not dialog.apply_button.isEnabled()


def test_an_hours_cell_takes_only_hours(page: TimesheetPage) -> None:
    """The cell's editor accepts 7.5, 7,5, 7:30 and 8 h, and refuses letters."""
    cell = _cell(page, "Åsa Lindqvist", "3.4")
    editor = page.grid.table.itemDelegate().createEditor(
        page.grid.table.viewport(), QStyleOptionViewItem(), cell
    )
    assert isinstance(editor, QLineEdit)
    validator = editor.validator()
    accepted = QValidator.State.Acceptable
    for text in ("7.5", "7,5", "7:30", "8 h", ""):
        assert validator.validate(text, 0)[0] == accepted, text
    assert validator.validate("abc", 0)[0] == QValidator.State.Invalid
    editor.deleteLater()


def test_a_closed_project_is_read_only(
    page: TimesheetPage, staffed: tuple[Workspace, Staff]
) -> None:
    """Closed: no cell is editable and the import is off."""
    workspace, staff = staffed
    workspace.run(close_project, staff.project_id)
    page.refresh()
    assert not _cell(page, "Åsa Lindqvist", "3.4").flags() & Qt.ItemFlag.ItemIsEditable
    assert not page.import_action.isEnabled()
    assert "closed: read-only" in page.summary.text()


def test_a_project_without_people_says_how_to_fill_it(
    qtbot, staffed: tuple[Workspace, Staff]
) -> None:
    """No one assigned or booked: an explanation instead of an empty grid."""
    workspace, _ = staffed
    with workspace.transaction() as s:
        client = create_client(s, "Nobody GmbH")
        project = create_project(
            s, NewProject(client_id=client.id, code="EMPTY-1", name="Empty", start_date=WEEK)
        )
    shown = TimesheetPage(Editor(workspace))
    qtbot.addWidget(shown)
    shown.show_project(project.id)
    assert shown.stack.currentIndex() == 1
    assert shown.model.rowCount() == 0
    shown.show_project(None)
    assert shown.stack.currentIndex() == 1
    assert not shown.import_action.isEnabled()


def test_hours_read_in_the_windows_locale_and_back() -> None:
    """In a German window a cell shows 7,5 hours, and what it shows reads back as typed."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        shown = hours_text(7.5)
    finally:
        QLocale.setDefault(before)
    assert shown == "7,5"
    assert read_hours(shown) == 7.5
