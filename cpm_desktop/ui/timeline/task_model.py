"""TaskTreeModel: adapts a project's Timeline rows to an editable QAbstractItemModel tree.

The model never changes its own data: an edit is handed on (`sig_edit_requested`) to be run
as an undoable service call, and the refreshed Timeline then comes back through `set_tasks`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from cpm_desktop.domain import ConstraintType
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.formatting import date_text, duration_text, entry_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_RIGHT, EDITABLE, READ_ONLY
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.workload.marks import over_allocated_tip, over_allocation_icon

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
# The column titles in English (the undo texts' words); headerData shows them translated.
COLUMNS = (
    QT_TRANSLATE_NOOP("TaskTreeModel", "WBS"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Task name"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Duration"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Start"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Finish"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "% Complete"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Predecessors"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Owner"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Total slack"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Finish variance"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Resources"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Work"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Cost"),
)
(
    WBS,
    NAME,
    DURATION,
    START,
    FINISH,
    PERCENT,
    PREDECESSORS,
    OWNER,
    SLACK,
    VARIANCE,
    RESOURCES,
    WORK,
    COST,
) = range(len(COLUMNS))
TeamCells = tuple[str, str, str]  # a task's Resources, Work and Cost: its assignments'
COLUMN_TIPS = {
    DURATION: QT_TRANSLATE_NOOP("TaskTreeModel", "Working days; 0 makes a milestone"),
    START: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Typing a start sets a Start No Earlier Than constraint"
    ),
    FINISH: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Typing a finish changes the duration; the start stays"
    ),
    PREDECESSORS: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "WBS codes with type and lag, e.g. 3FS+2d, 1.2SS-1d"
    ),
    SLACK: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Working days the task can slip without delaying the project"
    ),
    VARIANCE: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Working days later (+) or earlier (−) than baseline 0"
    ),
    RESOURCES: QT_TRANSLATE_NOOP(
        "TaskTreeModel",
        "Who works on the task (units when not full time); assign in Task Details…",
    ),
    WORK: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Planned hours of the task's people; a summary's add up"
    ),
    COST: QT_TRANSLATE_NOOP(
        "TaskTreeModel", "Planned cost: work at the cost rates, materials, costs and the fixed cost"
    ),
}
_NUMERIC = frozenset({DURATION, PERCENT, SLACK, VARIANCE, WORK, COST})
_ROOT = 0  # internalId of the invisible root; tasks use their own id

# Roles and flags as plain ints: a repaint asks data() thousands of times, and comparing
# Python enums costs more than the answer.
_R = Qt.ItemDataRole
_DISPLAY, _EDIT, _FONT, _FOREGROUND, _DECORATION, _ALIGN, _TIP = (
    int(_R.DisplayRole),
    int(_R.EditRole),
    int(_R.FontRole),
    int(_R.ForegroundRole),
    int(_R.DecorationRole),
    int(_R.TextAlignmentRole),
    int(_R.ToolTipRole),
)
_ANSWERED = frozenset(
    {_DISPLAY, _EDIT, _FONT, _FOREGROUND, _DECORATION, _ALIGN, _TIP, TASK_ID_ROLE, PERCENT_ROLE}
)


class TaskTreeModel(QAbstractItemModel):
    """Tasks in outline order; summaries are parents of their tasks."""

    sig_edit_requested = Signal(int, int, str)
    """Emitted with the task id, the column and the text the user entered."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[int, TimelineTask] = {}
        self._order: list[int] = []
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._row_in_parent: dict[int, int] = {}
        self._team: Mapping[int, TeamCells] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._milestone_icon = icon("milestone")
        self._over: frozenset[int] = frozenset()  # tasks whose people are over-allocated
        self._over_icon = over_allocation_icon()

    # -- content -------------------------------------------------------------------------

    def set_tasks(
        self,
        tasks: list[TimelineTask],
        on_screen: Callable[[int], bool] | None = None,
        *,
        same_outline: bool = False,
    ) -> bool:
        """Show `tasks` (in outline order); True if the outline itself changed (a reset).

        When only values changed (`same_outline`: the caller knows, else the outlines are
        compared), rows are updated in place and announced if `on_screen` says they are
        shown (default: all): a move can shift thousands of rows, and a view asks for the
        others when they scroll in.
        """
        if same_outline and len(tasks) == len(self._order):
            self._update_in_place(tasks, on_screen)
            return False
        order = [task.id for task in tasks]
        parents = [task.parent_id for task in tasks]
        if order == self._order and parents == [self._rows[i].parent_id for i in order]:
            self._update_in_place(tasks, on_screen)
            return False
        self.beginResetModel()
        self._rows = {task.id: task for task in tasks}
        self._order = order
        self._children = {_ROOT: []}
        self._row_in_parent = {}
        for task in tasks:
            siblings = self._children.setdefault(task.parent_id or _ROOT, [])
            self._row_in_parent[task.id] = len(siblings)
            siblings.append(task.id)
        self.endResetModel()
        return True

    def _update_in_place(
        self, tasks: list[TimelineTask], on_screen: Callable[[int], bool] | None
    ) -> None:
        rows = self._rows
        for task in tasks:
            # Unchanged rows come back as the same objects after a partial re-read; comparing
            # the others' values costs more than repainting the few of them on screen.
            was = rows[task.id]
            if was is not task:
                rows[task.id] = task
                if on_screen is None or on_screen(task.id):
                    row = self._row_in_parent[task.id]
                    for first, last in _changed_columns(was, task):
                        self.dataChanged.emit(
                            self.createIndex(row, first, task.id),
                            self.createIndex(row, last, task.id),
                        )

    def set_team(self, team: Mapping[int, TeamCells]) -> None:
        """Show each task's Resources, Work and Cost texts (a task not in `team`: blank)."""
        old, self._team = self._team, team
        for task_id in old.keys() | team.keys():
            row = self._row_in_parent.get(task_id)
            if row is not None and old.get(task_id) != team.get(task_id):
                self.dataChanged.emit(
                    self.createIndex(row, RESOURCES, task_id), self.createIndex(row, COST, task_id)
                )

    def set_over_allocated(self, task_ids: frozenset[int]) -> None:
        """Mark the name of each of these tasks with the over-allocation warning."""
        old, self._over = self._over, task_ids
        for task_id in old ^ task_ids:
            row = self._row_in_parent.get(task_id)
            if row is not None:
                index = self.createIndex(row, NAME, task_id)
                self.dataChanged.emit(index, index)

    def task(self, index: AnyIndex) -> TimelineTask | None:
        """Return the task shown at `index`."""
        return self._rows.get(index.internalId()) if index.isValid() else None

    def task_by_id(self, task_id: int) -> TimelineTask | None:
        """Return the task with `task_id`, if shown."""
        return self._rows.get(task_id)

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        """Return the index of a task (invalid if it is not shown)."""
        row = self._row_in_parent.get(task_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, task_id)

    def siblings_of(self, task_id: int) -> list[int]:
        """Return the ids of the task's level, in order (the task included)."""
        return self._children[self._rows[task_id].parent_id or _ROOT]

    def siblings_of_root(self) -> list[int]:
        """Return the ids of the top-level tasks, in order."""
        return self._children[_ROOT]

    def children_of(self, task_id: int) -> list[int]:
        """Return the ids of a summary's tasks, in order (empty for a work task)."""
        return self._children.get(task_id, [])

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # What hasIndex() would check, without its calls back into rowCount and columnCount:
        # the view asks for every cell it paints.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = self._children.get(parent.internalId(), ())
        else:
            siblings = self._children[_ROOT]
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_id = self._rows[child.internalId()].parent_id
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[parent_id], 0, parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else _ROOT
        return len(self._children.get(parent_id, ()))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in _ANSWERED:
            return None
        task = self._rows.get(index.internalId())
        if task is None:
            return None
        column = index.column()
        if column >= RESOURCES:
            return self._team_data(task, column, role)
        if role == _DISPLAY:
            return _display(task, column)
        if role == _EDIT:
            return _entry(task, column)
        if role == _FONT:
            return self._bold if task.is_summary else None
        if role == _FOREGROUND and column == SLACK and task.is_critical:
            return QColor(colors().gantt_critical_bar)
        if role == _DECORATION and column == NAME and task.is_milestone:
            return self._milestone_icon
        if role == _DECORATION and column == NAME and task.id in self._over:
            return self._over_icon
        if role == _ALIGN:
            return ALIGN_RIGHT if column in _NUMERIC else None
        if role == _TIP and column == NAME:
            lines = [f"{task.wbs} {task.name}"]
            if task.owner:
                lines.append(_owner_tip(task.owner))
            if task.id in self._over:
                lines.append(over_allocated_tip())
            return "\n".join(lines)
        if role == _TIP and column == PREDECESSORS and task.predecessors:
            # a long list is elided in the cell
            return QCoreApplication.translate("TaskTreeModel", "Predecessors: {links}").format(
                links=task.predecessors
            )
        if role == _TIP and column == OWNER and task.owner:
            return _owner_tip(task.owner)
        if role == _TIP and column == START and task.constraint != ConstraintType.ASAP:
            return (
                QCoreApplication.translate("TaskTreeModel", "Constraint: {constraint} {date}")
                .format(constraint=task.constraint, date=date_text(task.constraint_date))
                .strip()
            )
        if role == TASK_ID_ROLE:
            return task.id
        if role == PERCENT_ROLE:
            return task.percent_complete
        return None

    def _team_data(self, task: TimelineTask, column: int, role: int) -> object:
        cells = self._team.get(task.id)
        text = cells[column - RESOURCES] if cells else ""
        if role in (_DISPLAY, _EDIT):
            return text
        if role == _FONT:
            return self._bold if task.is_summary else None
        if role == _ALIGN:
            return ALIGN_RIGHT if column in _NUMERIC else None
        if role == _TIP and column == RESOURCES and text:
            return QCoreApplication.translate("TaskTreeModel", "Resources: {names}").format(
                names=text
            )  # elided in the cell
        if role == TASK_ID_ROLE:
            return task.id
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if text != _entry(task, index.column()):
            self.sig_edit_requested.emit(task.id, index.column(), text)
        # The edit comes back through set_tasks once the workspace has taken it.
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = COLUMN_TIPS.get(section)
            return QCoreApplication.translate("TaskTreeModel", tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return ALIGN_RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        task = self._rows.get(index.internalId()) if index.isValid() else None
        if task is None:
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if is_editable(task, index.column()) else READ_ONLY


# The columns whose cells show each of a task's values that an edit elsewhere changes (a move
# shifts dates and slack): a row announces only those, so the view repaints those columns of
# the rows on screen. A value not named here may show anywhere: its row is repainted whole.
_SHOWN_IN = {
    "duration": (DURATION,),
    "start": (START,),
    "finish": (FINISH,),
    "percent_complete": (PERCENT,),
    "total_slack": (SLACK,),
    "is_critical": (SLACK,),
    "finish_variance": (VARIANCE,),
}
_WHOLE_ROW = ((0, len(COLUMNS) - 1),)
_values = attrgetter(*(field.name for field in fields(TimelineTask)))
_NAMES = tuple(field.name for field in fields(TimelineTask))


def _changed_columns(was: TimelineTask, task: TimelineTask) -> tuple[tuple[int, int], ...]:
    """The runs of adjacent columns (first, last) whose cells differ between two versions of a
    row."""
    columns: set[int] = set()
    for name, old, new in zip(_NAMES, _values(was), _values(task), strict=True):
        if old != new:
            shown = _SHOWN_IN.get(name)
            if shown is None:
                return _WHOLE_ROW
            columns.update(shown)
    runs: list[tuple[int, int]] = []
    for column in sorted(columns):
        if runs and runs[-1][1] == column - 1:
            runs[-1] = (runs[-1][0], column)
        else:
            runs.append((column, column))
    return tuple(runs)


def column_title(column: int) -> str:
    """The title of `column` in the UI language."""
    return QCoreApplication.translate("TaskTreeModel", COLUMNS[column])


def _owner_tip(owner: str) -> str:
    return QCoreApplication.translate("TaskTreeModel", "Owner: {owner}").format(owner=owner)


def is_editable(task: TimelineTask, column: int) -> bool:
    """Tell whether a cell takes typing: a summary's duration, finish and progress roll up."""
    if column in (NAME, START, PREDECESSORS, OWNER):
        return True
    if column in (DURATION, PERCENT):
        return not task.is_summary
    if column == FINISH:
        return not task.is_summary and not task.is_milestone
    return False


def _display(task: TimelineTask, column: int) -> str:
    if column == WBS:
        return task.wbs
    if column == NAME:
        return task.name
    if column == DURATION:
        return duration_text(task.duration)
    if column == START:
        return date_text(task.start)
    if column == FINISH:
        return date_text(task.finish)
    if column == PERCENT:
        return f"{task.percent_complete} %"
    if column == PREDECESSORS:
        return task.predecessors
    if column == OWNER:
        return task.owner
    if column == SLACK:
        return duration_text(task.total_slack) if task.total_slack is not None else ""
    if task.finish_variance is None:
        return ""
    return duration_text(task.finish_variance, signed=True)


def _entry(task: TimelineTask, column: int) -> str:
    """The text an editor starts from: dates in the locale's short form, numbers bare."""
    if column in (START, FINISH):
        return entry_date_text(task.start if column == START else task.finish)
    if column == DURATION:
        return str(task.duration)
    if column == PERCENT:
        return str(task.percent_complete)
    return _display(task, column)
