"""TimelineTab: the task table of the selected project (the Gantt chart joins it later)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from cpm_desktop.services.views import TaskRow
from cpm_desktop.ui.timeline.progress_delegate import ProgressDelegate
from cpm_desktop.ui.timeline.task_model import (
    DURATION,
    FINISH,
    NAME,
    PERCENT,
    START,
    WBS,
    TaskTreeModel,
)


class TimelineTab(QWidget):
    """A read-only outline of tasks: WBS, name, duration, dates and progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TaskTreeModel()
        self.view = QTreeView()
        self.view.setObjectName("taskTable")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegateForColumn(PERCENT, ProgressDelegate(self.view))
        self.view.setAllColumnsShowFocus(True)
        # As in MS Project: the WBS column stays flat and task names are indented.
        self.view.setTreePosition(NAME)
        self.view.setIndentation(18)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (WBS, 70),
            (DURATION, 80),
            (START, 140),
            (FINISH, 140),
            (PERCENT, 150),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_tasks(self, rows: list[TaskRow]) -> None:
        """Show `rows` (in outline order), expanded."""
        self.model.set_rows(rows)
        self.view.expandAll()

    def header_state(self) -> QByteArray:
        """Return the column layout, to remember it."""
        return self.view.header().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Restore a remembered column layout."""
        self.view.header().restoreState(state)
