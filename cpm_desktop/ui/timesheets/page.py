"""TimesheetPage: the project's week of actual hours, people across and tasks down, typed in
place or imported from a file; every change one undoable edit.

A typed cell books that person's hours on that task for the week (record_hours); Delete clears
the selected cells and a paste from a spreadsheet fills a block, each as one edit (set_week);
Import Timesheet… books a whole file after its preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.interchange.timesheet_values import CellError, read_hours
from cpm_desktop.services.timesheets.entries import (
    CellHours,
    clear_hours,
    record_hours,
    set_week,
)
from cpm_desktop.services.timesheets.views import TimesheetWeek, timesheet_week
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import action_button, panel_action
from cpm_desktop.ui.refresh_on_show import RefreshOnShow
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timesheets.grid_model import (
    CellKey,
    RowChoice,
    TimesheetGridModel,
    hours_text,
)
from cpm_desktop.ui.timesheets.grid_view import TimesheetGrid
from cpm_desktop.ui.timesheets.import_flow import ask_for_timesheet, import_timesheet
from cpm_desktop.ui.timesheets.week_picker import WeekPicker
from cpm_desktop.ui.undo import Edit, EditName, Editor, edit, named
from cpm_desktop.ui.wrap_bar import WrapBar
from cpm_desktop.workspace import ChangeEvent, RecordKind

SHOWN = (
    RecordKind.TIMESHEET,
    RecordKind.ASSIGNMENT,
    RecordKind.RESOURCE,
    RecordKind.ROLE,
    RecordKind.TASK,
    RecordKind.PROJECT,
)
HINT = QT_TRANSLATE_NOOP(
    "TimesheetPage",
    "Type a person's hours on a task for the week (or F2; empty clears them); Delete clears the "
    "selected cells, Ctrl+V pastes a block from a spreadsheet. Dot: the task runs this week; "
    "shaded: the person's assigned tasks; italic: not billable; red: more than their capacity.",
)


class TimesheetPage(QWidget):
    """The week picker, the grid of hours with its totals, and Import Timesheet…."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timesheetPage")
        self.editor = editor
        self.project_id: int | None = None
        self.week: TimesheetWeek | None = None
        self.import_folder: Path | None = None
        self._catch_up = RefreshOnShow(self, self.refresh)
        self.picker = WeekPicker()
        self.rows = QComboBox()
        self.rows.setObjectName("timesheetRows")
        self.rows.setAccessibleName(QCoreApplication.translate("TimesheetPage", "Rows shown"))
        for choice in RowChoice:
            self.rows.addItem(
                QCoreApplication.translate("TimesheetGridModel", choice.value), choice
            )
        self.rows.setToolTip(
            QCoreApplication.translate(
                "TimesheetPage",
                "The tasks offered as rows: those someone is assigned to (or booked), only those "
                "running this week, or every task of the plan",
            )
        )
        self.import_action = panel_action(
            self,
            "import",
            QCoreApplication.translate("TimesheetPage", "&Import Timesheet…"),
            QCoreApplication.translate(
                "TimesheetPage", "Book the hours of a CSV or Excel timesheet"
            ),
        )
        self.model = TimesheetGridModel()
        self.grid = TimesheetGrid(self.model)
        self.table = self.grid.table
        self.summary = QLabel()
        self.summary.setObjectName("timesheetSummary")
        hint = QLabel(QCoreApplication.translate("TimesheetPage", HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colors().muted_text};")
        self.empty = EmptyState(
            "team",
            QCoreApplication.translate("TimesheetPage", "No one to book hours yet"),
            QCoreApplication.translate("TimesheetPage", "Choose a project."),
        )
        self.stack = QStackedWidget()
        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.summary)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(hint)
        self.stack.addWidget(grid)
        self.stack.addWidget(self.empty)
        # On a narrow window the rows choice and the import go under the week, not beside it.
        choices = QWidget()
        choice_row = QHBoxLayout(choices)
        choice_row.setContentsMargins(0, 0, 0, 0)
        choice_row.setSpacing(8)
        choice_row.addWidget(QLabel(QCoreApplication.translate("TimesheetPage", "Rows:")))
        choice_row.addWidget(self.rows)
        choice_row.addWidget(action_button(self.import_action))
        bar = WrapBar(self.picker, choices)
        body = QVBoxLayout()
        body.setContentsMargins(10, 0, 10, 8)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addLayout(body, 1)

        self.picker.sig_week_changed.connect(lambda _: self.refresh())
        self.rows.currentIndexChanged.connect(self._choose_rows)
        self.import_action.triggered.connect(self.import_file)
        self.model.sig_hours_typed.connect(self.book)
        self.model.sig_refused.connect(
            lambda why: QMessageBox.warning(
                self, QCoreApplication.translate("TimesheetPage", "Hours"), why
            )
        )
        keys = {
            QKeySequence.StandardKey.Delete: self.clear_selected,
            QKeySequence.StandardKey.Paste: self.paste,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        editor.sig_changed.connect(self._on_changed)
        self.show_project(None)

    # -- showing -------------------------------------------------------------------------

    def show_project(self, project_id: int | None) -> None:
        """Show a project's timesheet (None: nothing), at the week of its status date when the
        project changes."""
        changed = project_id != self.project_id
        self.project_id = project_id
        if changed and project_id is not None:
            week = self.editor.workspace.run(timesheet_week, project_id, self.picker.week)
            self.picker.set_status_date(week.status_date)
            with QSignalBlocker(self.picker):
                self.picker.set_week(week.status_date or self.picker.today())
        self.refresh()

    def refresh(self) -> None:
        """Read the week shown again, keeping the current cell."""
        self._catch_up.done()
        current = self.model.key(self.table.currentIndex())
        if self.project_id is None:
            self.week = None
        else:
            self.week = self.editor.workspace.run(timesheet_week, self.project_id, self.picker.week)
        self.model.set_week(self.week)
        self._show_state()
        self.grid.rows_changed()
        if current is not None:
            self._select(current)

    def _show_state(self) -> None:
        week = self.week
        self.import_action.setEnabled(week is not None and not week.closed)
        self.rows.setEnabled(week is not None and bool(week.people))
        if week is None:
            self.empty.set_text(
                QCoreApplication.translate(
                    "TimesheetPage", "Choose a project to see the hours its team booked."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            return
        if not week.people:
            self.empty.set_text(
                QCoreApplication.translate(
                    "TimesheetPage",
                    "Nobody is assigned to a task of {code} yet. Assign people to "
                    "tasks (Timeline, Assignments) and their weeks appear here, or import a "
                    "timesheet.",
                ).format(code=week.project_code)
            )
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        over = [p.name for p in week.people if p.over]
        booked = sum(1 for p in week.people if p.hours)
        people = len(week.people)
        # %n through self.tr: pyside6-lupdate sees a variable count only there.
        booked_by = self.tr("{hours} h booked in the week by {booked} of %n people", None, people)
        parts = [
            f"<b>{week.project_code}</b>",
            booked_by.format(hours=hours_text(week.hours), booked=booked),
        ]
        if over:
            red = colors().rag_red
            over_text = QCoreApplication.translate("TimesheetPage", "over capacity: {names}")
            parts.append(
                f"<span style='color:{red}'>{over_text.format(names=', '.join(over))}</span>"
            )
        if week.closed:
            parts.append(QCoreApplication.translate("TimesheetPage", "closed: read-only"))
        self.summary.setText(" · ".join(parts))

    def _select(self, key: CellKey) -> None:
        for row in range(self.model.total_row):
            for column in range(self.model.columnCount()):
                if self.model.key(index := self.model.index(row, column)) == key:
                    self.table.setCurrentIndex(index)
                    return

    def _choose_rows(self, *_: object) -> None:
        self.model.set_rows(self.rows.currentData())
        self.grid.rows_changed()

    def _on_changed(self, event: ChangeEvent) -> None:
        if self.project_id is None or not event.touches(*SHOWN):
            return
        # Hours booked on another project change a person's load here too.
        if event.concerns(self.project_id) or event.touches(RecordKind.TIMESHEET):
            self._catch_up.request()

    # -- editing -------------------------------------------------------------------------

    def book(self, resource_id: int, task_id: int, hours: float) -> None:
        """Book a typed cell: one undoable edit (the Editor reports a refusal)."""
        if self.project_id is None or self.week is None:
            return
        (person, task), week = self._names(resource_id, task_id), self.week.week_start
        if hours:
            label = named(
                QT_TRANSLATE_NOOP("Edits", "Book {hours} h: {person} on {task}"),
                hours=hours_text(hours),
                person=person,
                task=task,
            )
            self._run(edit(label, record_hours, resource_id, task_id, week, hours))
        else:
            label = named(
                QT_TRANSLATE_NOOP("Edits", "Clear hours: {person} on {task}"),
                person=person,
                task=task,
            )
            self._run(edit(label, clear_hours, resource_id, task_id, week))

    def clear_selected(self) -> None:
        """Clear the hours of every selected cell, as one edit."""
        keys = [self.model.key(i) for i in self.table.selectionModel().selectedIndexes()]
        cells = [CellHours(k.resource_id, k.task_id, 0) for k in keys if k and self.model.hours(k)]
        if cells and self._editable():
            label = (
                named(QT_TRANSLATE_NOOP("Edits", "Clear {count} hours cells"), count=len(cells))
                if len(cells) > 1
                else QT_TRANSLATE_NOOP("Edits", "Clear hours")
            )
            self._set_cells(label, cells)

    def paste(self) -> None:
        """Book a block of hours copied from a spreadsheet, from the current cell on."""
        start = self.table.currentIndex()
        text = QGuiApplication.clipboard().text()
        if not self._editable() or not start.isValid() or not text.strip():
            return
        cells: list[CellHours] = []
        for down, line in enumerate(text.rstrip("\r\n").splitlines()):
            for across, value in enumerate(line.split("\t")):
                key = self.model.key(self.model.index(start.row() + down, start.column() + across))
                if key is None:
                    continue  # beyond the grid's hours cells: left out
                try:
                    hours = read_hours(value) if value.strip() else 0.0
                except CellError as exc:
                    QMessageBox.warning(
                        self,
                        QCoreApplication.translate("TimesheetPage", "Paste hours"),
                        QCoreApplication.translate(
                            "TimesheetPage", "Nothing was pasted: {reason}"
                        ).format(reason=exc),
                    )
                    return
                cells.append(CellHours(key.resource_id, key.task_id, hours))
        if cells:
            label = named(QT_TRANSLATE_NOOP("Edits", "Paste {count} hours cells"), count=len(cells))
            self._set_cells(label, cells)

    def import_file(self) -> None:
        """Ask for a timesheet file, preview it, book it as one edit."""
        if self.project_id is None:
            return
        path = ask_for_timesheet(self, self.import_folder)
        if path is None:
            return
        self.import_folder = path.parent
        import_timesheet(self, self.editor, self.project_id, path)

    def _set_cells(self, label: str | EditName, cells: list[CellHours]) -> None:
        if self.project_id is not None and self.week is not None:
            self._run(edit(label, set_week, self.project_id, self.week.week_start, cells))

    def _run(self, change: Edit[object]) -> None:
        if self.project_id is not None:
            self.editor.run(self.project_id, change)

    def _editable(self) -> bool:
        return self.week is not None and not self.week.closed

    def _names(self, resource_id: int, task_id: int) -> tuple[str, str]:
        people = self.week.people if self.week else ()
        tasks = self.week.tasks if self.week else ()
        person = next((p.name for p in people if p.resource_id == resource_id), "?")
        task = next((t.wbs for t in tasks if t.task_id == task_id), "?")
        return person, task
