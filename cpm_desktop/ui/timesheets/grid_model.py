"""TimesheetGridModel: a project's week as a grid, tasks down and people across, hours typed in.

The rows are the tasks offered (those a person is assigned to or booked that week), or every
work task, named in the rows' header (WBS and name); then two footer rows: each person's hours
on the project, and their week's load over every project against their capacity (marked when
over). The last column totals each task. A typed value is only announced (`sig_hours_typed`);
the page books it as an undoable edit and the grid is read again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from cpm_desktop.domain.team import Employer
from cpm_desktop.interchange.timesheet_values import CellError, read_hours
from cpm_desktop.services.timesheets.views import TimesheetWeek, WeekPerson, WeekTask
from cpm_desktop.ui.icons import dot
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_RIGHT, EDITABLE, READ_ONLY
from cpm_desktop.ui.records.table_model import AnyIndex
from cpm_desktop.ui.theme import colors

FIRST_PERSON = 0
TOTAL_ROW_TEXT = QT_TRANSLATE_NOOP("TimesheetGridModel", "Hours on the project")
LOAD_ROW_TEXT = QT_TRANSLATE_NOOP("TimesheetGridModel", "Week's load / capacity")
DOT_SIZE = 8
NO_DOT = "#00000000"  # transparent: the names stay aligned
TASK_TEXT_LIMIT = 60  # characters of a task's name in the rows' header (whole in its tooltip)


class RowChoice(enum.Enum):
    """Which tasks the grid offers as rows; each value its title (in the context
    "TimesheetGridModel")."""

    # assigned to one of the week's people, or booked that week
    ASSIGNED = QT_TRANSLATE_NOOP("TimesheetGridModel", "Assigned tasks")
    # of those, the ones running that week or booked
    THIS_WEEK = QT_TRANSLATE_NOOP("TimesheetGridModel", "This week's tasks")
    ALL = QT_TRANSLATE_NOOP("TimesheetGridModel", "All tasks")  # every work task of the plan


@dataclass(frozen=True, slots=True)
class CellKey:
    """The person and task of an hours cell."""

    resource_id: int
    task_id: int


class TimesheetGridModel(QAbstractTableModel):
    """Adapts a TimesheetWeek to a table: task rows, two footer rows, person columns."""

    sig_hours_typed = Signal(int, int, float)
    """Emitted with (resource id, task id, hours) when a cell is given new hours (0: cleared)."""

    sig_refused = Signal(str)
    """Emitted with the reason a typed value was not taken (not a number, more than a week)."""

    def __init__(self) -> None:
        super().__init__()
        self.week: TimesheetWeek | None = None
        self.rows = RowChoice.ASSIGNED
        self._tasks: list[WeekTask] = []
        self._people: list[WeekPerson] = []
        self._hours: dict[tuple[int, int], float] = {}

    # -- contents ------------------------------------------------------------------------

    def set_week(self, week: TimesheetWeek | None) -> None:
        """Show `week` (None: nothing), with the tasks `rows` chooses."""
        self.beginResetModel()
        self.week = week
        self._people = list(week.people) if week else []
        shown = [t for t in week.tasks if _offered(t, self.rows)] if week else []
        self._tasks = shown if self._people else []
        self._hours = {(c.resource_id, c.task_id): c.hours for c in week.cells} if week else {}
        self.endResetModel()

    def set_rows(self, rows: RowChoice) -> None:
        """Offer the tasks `rows` chooses."""
        self.rows = rows
        self.set_week(self.week)

    @property
    def total_row(self) -> int:
        """The row of each person's hours on the project."""
        return len(self._tasks)

    @property
    def load_row(self) -> int:
        """The row of each person's load over every project against their capacity."""
        return len(self._tasks) + 1

    @property
    def total_column(self) -> int:
        """The column of each task's hours."""
        return FIRST_PERSON + len(self._people)

    def person_at(self, column: int) -> WeekPerson | None:
        """The person of a column, if it is one."""
        at = column - FIRST_PERSON
        return self._people[at] if 0 <= at < len(self._people) else None

    def task_at(self, row: int) -> WeekTask | None:
        """The task of a row, if it is one."""
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def key(self, index: AnyIndex) -> CellKey | None:
        """The person and task of an hours cell, if `index` is one."""
        person, task = self.person_at(index.column()), self.task_at(index.row())
        if not index.isValid() or person is None or task is None:
            return None
        return CellKey(person.resource_id, task.task_id)

    def hours(self, key: CellKey) -> float:
        """The hours booked in a cell (0: none)."""
        return self._hours.get((key.resource_id, key.task_id), 0.0)

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() or not self._people else len(self._tasks) + 2

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() or not self._people else len(self._people) + 1

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        person = self.person_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            # First name over the rest: narrow columns, so more people fit on a projector.
            if person is None:
                return QCoreApplication.translate("TimesheetGridModel", "Total")
            return person.name.replace(" ", "\n", 1)
        if role == Qt.ItemDataRole.ToolTipRole and person is not None:
            return _person_tip(person)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        return None

    def _row_header(self, row: int, role: int) -> object:
        task = self.task_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if task is None:
                text = TOTAL_ROW_TEXT if row == self.total_row else LOAD_ROW_TEXT
                return QCoreApplication.translate("TimesheetGridModel", text)
            name = task.name
            if len(name) > TASK_TEXT_LIMIT:
                name = name[: TASK_TEXT_LIMIT - 1] + "…"
            return f"{task.wbs}  {name}"
        if role == Qt.ItemDataRole.ToolTipRole and task is not None:
            when = (
                QCoreApplication.translate("TimesheetGridModel", "runs this week")
                if task.scheduled
                else QCoreApplication.translate("TimesheetGridModel", "not scheduled this week")
            )
            return f"{task.wbs} {task.name}\n{when}"
        if role == Qt.ItemDataRole.DecorationRole and task is not None:
            # A dot where the schedule has the task running: where hours are expected.
            return dot(colors().gantt_bar_progress if task.scheduled else NO_DOT, DOT_SIZE)
        if role == Qt.ItemDataRole.FontRole and task is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = self.key(index) is not None and self.week is not None and not self.week.closed
        return EDITABLE if editable else READ_ONLY

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.week is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        key = self.key(index)
        if key is None or role != Qt.ItemDataRole.EditRole or not self.flags(index) & EDITABLE:
            return False
        text = str(value).strip()
        try:
            hours = read_hours(text) if text else 0.0
        except CellError as exc:
            self.sig_refused.emit(str(exc))
            return False
        if hours == self.hours(key):
            return False
        self.sig_hours_typed.emit(key.resource_id, key.task_id, hours)
        return True

    # -- roles ---------------------------------------------------------------------------

    def _text(self, row: int, column: int, *, edit: bool) -> str:
        task, person = self.task_at(row), self.person_at(column)
        if task is not None:
            if person is not None:
                hours = self._hours.get((person.resource_id, task.task_id), 0.0)
                return hours_text(hours) if hours or edit else ""
            return hours_text(task.hours) if task.hours else ""
        if row == self.total_row:
            if person is not None:
                return hours_text(person.hours)
            return hours_text(self.week.hours) if self.week and column == self.total_column else ""
        if person is not None:
            return f"{hours_text(person.total)} / {hours_text(person.capacity)}"
        return ""

    def _tip(self, row: int, column: int) -> str | None:
        task, person = self.task_at(row), self.person_at(column)
        if task is not None and person is not None and self.week is not None:
            cell = self.week.cell(person.resource_id, task.task_id)
            lines = [
                QCoreApplication.translate("TimesheetGridModel", "{person} on {task}").format(
                    person=person.name, task=f"{task.wbs} {task.name}"
                )
            ]
            if cell is not None and cell.assigned:
                lines.append(
                    QCoreApplication.translate("TimesheetGridModel", "Assigned to this task")
                )
            if cell is not None and cell.billable is not None:
                lines.append(
                    QCoreApplication.translate("TimesheetGridModel", "Billable")
                    if cell.billable
                    else QCoreApplication.translate("TimesheetGridModel", "Not billable")
                )
            if cell is not None and cell.note:
                lines.append(cell.note)
            return "\n".join(lines)
        if row == self.load_row and person is not None:
            return _load_tip(person)
        return None

    def _font(self, row: int, column: int) -> QFont | None:
        task, person = self.task_at(row), self.person_at(column)
        if task is None or column == self.total_column:
            font = QFont()
            font.setBold(True)
            return font
        if person is not None and self.week is not None:
            cell = self.week.cell(person.resource_id, task.task_id)
            if cell is not None and cell.billable is False:
                font = QFont()
                font.setItalic(True)  # hours the client is not billed for
                return font
        return None

    def _foreground(self, row: int, column: int) -> QBrush | None:
        person = self.person_at(column)
        if row == self.load_row and person is not None and person.over:
            return QBrush(QColor(colors().rag_red))
        return None

    def _background(self, row: int, column: int) -> QBrush | None:
        task, person = self.task_at(row), self.person_at(column)
        if task is None:
            return QBrush(QColor(colors().alternate_base))
        if person is not None and self.week is not None:
            cell = self.week.cell(person.resource_id, task.task_id)
            if cell is not None and cell.assigned:
                tint = QColor(colors().highlight)
                tint.setAlpha(34)  # a pale wash: where the person is expected to book
                return QBrush(tint)
        return None


def _offered(task: WeekTask, rows: RowChoice) -> bool:
    if rows is RowChoice.ALL:
        return True
    if rows is RowChoice.THIS_WEEK:
        return task.offered and (task.scheduled or task.hours > 0)
    return task.offered


def hours_text(hours: float) -> str:
    """Hours as the grid shows them, with the locale's decimal mark: 8, 7.5, 12.25 (7,5 in
    German: what the cell's editor reads back as typed)."""
    return f"{hours:g}".replace(".", QLocale().decimalPoint())


def _person_tip(person: WeekPerson) -> str:
    employer = {
        Employer.US: QCoreApplication.translate("TimesheetGridModel", "our team"),
        Employer.CLIENT: QCoreApplication.translate(
            "TimesheetGridModel", "the client's staff (hours not billable)"
        ),
        Employer.VENDOR: QCoreApplication.translate("TimesheetGridModel", "a vendor's staff"),
    }[person.employer]
    role = f"{person.role}, " if person.role else ""
    capacity = QCoreApplication.translate("TimesheetGridModel", "Capacity {hours} h a week")
    return f"{person.name}\n{role}{employer}\n" + capacity.format(hours=hours_text(person.capacity))


def _load_tip(person: WeekPerson) -> str:
    elsewhere = (
        QCoreApplication.translate("TimesheetGridModel", " + {hours} h on other projects").format(
            hours=hours_text(person.other_hours)
        )
        if person.other_hours
        else ""
    )
    verdict = (
        QCoreApplication.translate("TimesheetGridModel", "over capacity")
        if person.over
        else QCoreApplication.translate("TimesheetGridModel", "within capacity")
    )
    return QCoreApplication.translate(
        "TimesheetGridModel",
        "{name}: {hours} h here{elsewhere} = {total} h of {capacity} h ({verdict})",
    ).format(
        name=person.name,
        hours=hours_text(person.hours),
        elsewhere=elsewhere,
        total=hours_text(person.total),
        capacity=hours_text(person.capacity),
        verdict=verdict,
    )
