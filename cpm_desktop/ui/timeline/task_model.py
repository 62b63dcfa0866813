"""TaskTreeModel: adapts a project's TaskRow list to a read-only QAbstractItemModel tree."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cpm_desktop.services.views import TaskRow
from cpm_desktop.ui.formatting import date_text, duration_text
from cpm_desktop.ui.icons import icon

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("WBS", "Task name", "Duration", "Start", "Finish", "% Complete")
WBS, NAME, DURATION, START, FINISH, PERCENT = range(len(COLUMNS))
_ROOT = 0  # internalId of the invisible root; tasks use their own id


class TaskTreeModel(QAbstractItemModel):
    """Tasks in outline order; summaries are parents of their tasks."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[int, TaskRow] = {}
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._row_in_parent: dict[int, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[TaskRow]) -> None:
        """Replace the tasks shown (rows must be in outline order)."""
        self.beginResetModel()
        self._rows = {row.id: row for row in rows}
        self._children = {_ROOT: []}
        self._row_in_parent = {}
        for row in rows:
            siblings = self._children.setdefault(row.parent_id or _ROOT, [])
            self._row_in_parent[row.id] = len(siblings)
            siblings.append(row.id)
        self.endResetModel()

    def task(self, index: AnyIndex) -> TaskRow | None:
        """Return the task shown at `index`."""
        return self._rows.get(index.internalId()) if index.isValid() else None

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else _ROOT
        return self.createIndex(row, column, self._children[parent_id][row])

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
        task = self.task(index)
        if task is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(task, column)
        if role == Qt.ItemDataRole.FontRole and task.is_summary:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and task.is_milestone:
            return icon("milestone")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DURATION, PERCENT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return f"{task.wbs} {task.name}" + (f"\nOwner: {task.owner}" if task.owner else "")
        if role == TASK_ID_ROLE:
            return task.id
        if role == PERCENT_ROLE:
            return task.percent_complete
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (DURATION, PERCENT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _display(task: TaskRow, column: int) -> str:
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
    return f"{task.percent_complete} %"
