"""TaskChoiceModel: adapts the plan's TaskRows to a checkable list, in outline order."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cpm_desktop.services.portfolio.views import TaskRow
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
INDENT = "    "
NO_DAYS_TIP = QT_TRANSLATE_NOOP(
    "TaskChoiceModel", "A summary or milestone takes no days: the impact goes to a work task"
)


class TaskChoiceModel(QAbstractListModel):
    """One row per task ('4.3.1  Name', indented); the user ticks the affected ones."""

    def __init__(self, tasks: list[TaskRow], checked: set[int]) -> None:
        super().__init__()
        self._tasks = tasks
        self._checked = set(checked)
        self._bold = QFont()
        self._bold.setBold(True)

    def checked_ids(self) -> list[int]:
        """The ticked tasks, in outline order."""
        return [task.id for task in self._tasks if task.id in self._checked]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._tasks):
            return None
        task = self._tasks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{INDENT * task.depth}{task.wbs}  {task.name}"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = task.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if task.is_summary else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if task.is_summary or task.is_milestone:
                return QCoreApplication.translate("TaskChoiceModel", NO_DAYS_TIP)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return f"{task.wbs} {task.name}"  # what the search box matches
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        task = self._tasks[index.row()]
        # Views hand over the state as the enum or as its int, depending on the binding.
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self._checked.add(task.id)
        else:
            self._checked.discard(task.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
