"""TimelineView: the task table and the Gantt chart side by side, rows aligned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.timeline import Timeline, TimelineTask
from cpm_desktop.ui.gantt import GanttChart
from cpm_desktop.ui.timeline.table_view import TaskTableView
from cpm_desktop.ui.timeline.task_model import FINISH, NAME, TaskTreeModel

HEADER_HEIGHT = 46  # the table's header and the chart's two-tier timescale, so rows align


TABLE_SHARE = 0.6  # the most of the Timeline's width the table takes by itself
NAME_SMALLEST = 130  # pixels: the task names give way down to this, then the table scrolls
GANTT_ROOM = 520  # pixels the chart keeps before the task names widen past their smallest


class TimelineView(QWidget):
    """The Timeline's widgets: the table and the chart scroll, expand and select together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row_ids: list[int] = []  # the tasks on table rows, top to bottom
        self.model = TaskTreeModel()
        self.table = TaskTableView(self.model)
        self.chart = GanttChart()
        self.chart.setObjectName("ganttChart")
        self.chart.setAccessibleName(QCoreApplication.translate("TimelineView", "Gantt chart"))
        self._fit_header()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 900])
        self.splitter.setChildrenCollapsible(False)
        # Until the user moves the split, the table shows whole columns up to Finish.
        self.split_by_user = False
        self._fitting = False
        # The task names' width the user chose (else the default): a fit to a narrow window
        # takes from it, a wider window gives it back.
        self._name_width = self.table.header().sectionSize(NAME)
        self.splitter.splitterMoved.connect(self._moved_by_user)
        # Columns widen with the font (fit_date_columns): the split follows them.
        self.table.header().sectionResized.connect(self._columns_resized)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.expanded.connect(self.sync_rows)
        self.table.collapsed.connect(self.sync_rows)
        self.table.verticalScrollBar().valueChanged.connect(self.chart.set_vertical_offset)
        self.chart.sig_vertical_scroll.connect(self._scroll_by)
        self.chart.sig_task_clicked.connect(self.select_task)

    # -- the split --------------------------------------------------------------------

    def restore_split(self, state: QByteArray) -> None:
        """Put back a split the user left; it is kept from then on."""
        if self.splitter.restoreState(state):
            self.split_by_user = True

    def changeEvent(self, event: QEvent) -> None:
        """Grow the timescale and the rows with the text (View › Larger Text)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_header()
            # The table's rows take the new font after this view (children follow parents).
            QTimer.singleShot(0, self, self.sync_rows)

    def _fit_header(self) -> None:
        # One height for the table's header and the chart's two tiers, so the rows align.
        height = max(HEADER_HEIGHT, self.chart.preferred_header_height())
        self.table.header().setFixedHeight(height)
        self.chart.set_header_height(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the table to its columns up to Finish, unless the user set the split."""
        super().resizeEvent(event)
        if not self.split_by_user:
            self.fit_table_to_dates()

    def fit_table_to_dates(self) -> None:
        """Give the table the width of WBS … Finish (never more than TABLE_SHARE of the
        Timeline); where that is too little, the task names give way, not the dates."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            self._fit_table(total)
        finally:
            self._fitting = False

    def _fit_table(self, total: int) -> None:
        header = self.table.header()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        shown = [c for c in range(FINISH + 1) if not header.isSectionHidden(c) and c != NAME]
        others = sum(header.sectionSize(c) for c in shown) + frame
        room = int(total * TABLE_SHARE)
        spare = min(room, total - GANTT_ROOM) - others
        name = min(self._name_width, max(NAME_SMALLEST, spare))
        header.resizeSection(NAME, name)
        table = min(others + name, room)
        self.splitter.setSizes([table, total - table])

    def _moved_by_user(self, _position: int, _index: int) -> None:
        self.split_by_user = True

    def _columns_resized(self, column: int, _old: int, new: int) -> None:
        if column == NAME and not self._fitting:
            self._name_width = new  # the user's (or a restored layout's) choice
        if not self.split_by_user:
            self.fit_table_to_dates()

    # -- rows ----------------------------------------------------------------------------

    def show_tasks(
        self, data: Timeline | None, shown: Timeline | None, *, same_outline: bool = False
    ) -> None:
        """Show a Timeline (None: nothing) in table and chart, in place of the one `shown`
        (`same_outline`: the caller knows its outline is `shown`'s: nothing compared).

        Which summaries are collapsed and which task is selected stay as they were.
        """
        if data is None:
            self.model.set_tasks([])
            self.chart.set_rows([])
            return
        current = self.current_task_id()
        collapsed = [] if same_outline else self._collapsed_ids(shown, data)
        with collector_paused():  # ten thousand bars and rows rebuilt, no reference cycles
            self.chart.set_timeline(data)
            outline_changed = self.model.set_tasks(
                data.tasks, self._on_screen(), same_outline=same_outline
            )
        if outline_changed:
            self.table.blockSignals(True)
            self.table.expandAll()
            for task_id in collapsed:
                self.table.collapse(self.model.index_of(task_id))
            self.table.blockSignals(False)
            self.sync_rows()
            if current is not None:
                self.select_task(current)

    def select_first_task(self) -> None:
        """Select the first task (a project just shown is already expanded: show_tasks)."""
        first = self.model.index(0, NAME)
        if first.isValid():
            self.table.setCurrentIndex(first)

    def _on_screen(self) -> Callable[[int], bool]:
        """Tell which tasks' rows are in the table's viewport now."""
        height = max(self.table.row_height(), 1)
        first = self.table.verticalScrollBar().value() // height
        last = first + self.table.viewport().height() // height + 1
        shown = set(self._row_ids[first : last + 1])
        return shown.__contains__

    def _collapsed_ids(self, shown: Timeline | None, data: Timeline) -> list[int]:
        # Asked only when the outline may change: on 10,000 rows asking each summary's row
        # costs more than comparing the outlines (an edit of values keeps them).
        if shown is None or _same_outline(shown, data):
            return []
        return [
            task.id
            for task in shown.tasks
            if task.is_summary and not self.table.isExpanded(self.model.index_of(task.id))
        ]

    def visible_task_ids(self) -> list[int]:
        """The tasks on screen rows, top to bottom (children of collapsed summaries left out)."""
        ids: list[int] = []
        stack = list(reversed(self.model.siblings_of_root()))
        while stack:
            task_id = stack.pop()
            ids.append(task_id)
            kids = self.model.children_of(task_id)
            if kids and self.table.isExpanded(self.model.index_of(task_id)):
                stack.extend(reversed(kids))
        return ids

    def sync_rows(self, *_: Any) -> None:
        """Give the chart the table's rows, their height and its scroll position."""
        self._row_ids = self.visible_task_ids()
        self.chart.set_rows(self._row_ids)
        self.chart.set_row_height(self.table.row_height())
        self.chart.set_vertical_offset(self.table.verticalScrollBar().value())

    def _scroll_by(self, pixels: int) -> None:
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() + pixels)

    # -- selection -----------------------------------------------------------------------

    def current_task(self) -> TimelineTask | None:
        """The selected task, if any."""
        return self.model.task(self.table.currentIndex())

    def current_task_id(self) -> int | None:
        """The id of the selected task, if any."""
        task = self.current_task()
        return task.id if task is not None else None

    def task_below(self, task_id: int) -> TimelineTask | None:
        """The task on the row below `task_id`'s, if any."""
        return self.model.task(self.table.indexBelow(self.model.index_of(task_id)))

    def select_task(self, task_id: int) -> None:
        """Select a task (its summaries are expanded to show it)."""
        index = self.model.index_of(task_id, max(self.table.currentIndex().column(), 0))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.table.expand(parent)
            parent = parent.parent()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def edit_name(self, task_id: int) -> None:
        """Open the name cell of `task_id` for typing."""
        self.table.edit(self.model.index_of(task_id, NAME))

    def scroll_to_current(self) -> None:
        """Bring the selected task's bar into view."""
        task_id = self.current_task_id()
        if task_id is not None:
            self.table.scrollTo(self.model.index_of(task_id))
            self.chart.scroll_to_task(task_id)

    # -- layout --------------------------------------------------------------------------

    def header_state(self) -> QByteArray:
        """Return the column layout, to remember it."""
        return self.table.header().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Restore a remembered column layout (dates kept wide enough to read)."""
        self.table.header().restoreState(state)
        self.table.fit_date_columns()


def _same_outline(old: Timeline, new: Timeline) -> bool:
    """Tell whether two Timelines have the same tasks under the same parents, in order."""
    return len(old.tasks) == len(new.tasks) and all(
        a is b or (a.id == b.id and a.parent_id == b.parent_id)
        for a, b in zip(old.tasks, new.tasks, strict=True)
    )
