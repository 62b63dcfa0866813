"""TimelineTab: the task table and the Gantt chart side by side, rows aligned, edits undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.dependencies import add_dependency
from cpm_desktop.services.plan.start_drivers import start_drivers
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.tasks import (
    indent_task,
    outdent_task,
)
from cpm_desktop.services.plan.timeline import Timeline, TimelineTask, timeline, timeline_update
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.gantt import GanttChart
from cpm_desktop.ui.timeline.actions import TimelineActions
from cpm_desktop.ui.timeline.cell_edits import cell_edit
from cpm_desktop.ui.timeline.chain_worker import ChainWorker
from cpm_desktop.ui.timeline.table_view import TaskTableView
from cpm_desktop.ui.timeline.task_commands import TaskCommands
from cpm_desktop.ui.timeline.task_model import NAME, TaskTreeModel
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused, edit
from cpm_desktop.workspace import ChangeEvent, RecordKind

HEADER_HEIGHT = 46  # the table's header and the chart's two-tier timescale, so rows align


class TimelineTab(QWidget):
    """Plan a project: type in the table, drag on the chart; Ctrl+Z undoes either."""

    sig_timeline_changed = Signal(object)
    """Emitted with the Timeline shown (None when no project is) after every load and edit."""

    def __init__(
        self, editor: Editor, actions: TimelineActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.commands = actions
        self._project_id: int | None = None
        self._timeline: Timeline | None = None
        self._drivers: dict[int, str] | None = None
        self._row_ids: list[int] = []  # the tasks on table rows, top to bottom
        # Until the user picks a zoom, a project opens fitted to the chart's width.
        self.auto_fit = True
        self._fitting = False
        # The driving chain runs the scheduler: worked out once the user pauses, not per edit.
        self._chain_timer = QTimer(self)
        self._chain_timer.setSingleShot(True)
        self._chain_timer.setInterval(150)
        self._chain_timer.timeout.connect(self._highlight_chain)
        self._chains = ChainWorker(self)
        self._chains.sig_found.connect(self._on_chain_found)

        self.model = TaskTreeModel()
        self.table = TaskTableView(self.model)
        self.table.header().setFixedHeight(HEADER_HEIGHT)
        self.chart = GanttChart()
        self.chart.setObjectName("ganttChart")
        self.chart.set_header_height(HEADER_HEIGHT)
        self.chart.set_driver_lookup(self._driver_text)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.task_commands = TaskCommands(self)
        self._connect()

    def _connect(self) -> None:
        table, chart, a = self.table, self.chart, self.commands
        self.model.sig_edit_requested.connect(self._on_cell_edit)
        table.expanded.connect(self._sync_rows)
        table.collapsed.connect(self._sync_rows)
        table.verticalScrollBar().valueChanged.connect(chart.set_vertical_offset)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        chart.sig_vertical_scroll.connect(self._scroll_by)
        chart.sig_zoom_changed.connect(self._on_zoom_changed)
        chart.sig_task_clicked.connect(self.select_task)
        chart.sig_task_activated.connect(self.task_commands.open_details_of)
        chart.sig_move_requested.connect(self._on_bar_moved)
        chart.sig_finish_requested.connect(self._on_bar_stretched)
        chart.sig_link_requested.connect(self._on_bars_linked)
        self.editor.sig_changed.connect(self._on_changed)
        tasks = self.task_commands
        a.insert_task.triggered.connect(tasks.insert_task)
        a.delete_task.triggered.connect(tasks.delete_task)
        a.task_details.triggered.connect(tasks.open_details)
        a.indent.triggered.connect(lambda: tasks.run_on_current("Indent", indent_task))
        a.outdent.triggered.connect(lambda: tasks.run_on_current("Outdent", outdent_task))
        a.move_up.triggered.connect(lambda: tasks.move_current(-1))
        a.move_down.triggered.connect(lambda: tasks.move_current(+1))
        a.save_baseline.triggered.connect(tasks.save_baseline)
        a.zoom_in.triggered.connect(chart.zoom_in)
        a.zoom_out.triggered.connect(chart.zoom_out)
        a.fit_project.triggered.connect(chart.fit_project)
        a.go_to_today.triggered.connect(chart.go_to_today)
        a.scroll_to_task.triggered.connect(self.scroll_to_current)
        a.driving_chain.toggled.connect(lambda _: self._chain_timer.start())

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    @property
    def current_timeline(self) -> Timeline | None:
        """The Timeline shown, if any."""
        return self._timeline

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing), expanded, its first task selected."""
        self._project_id = project_id
        self.model.set_tasks([])
        self.refresh()
        self.table.expandAll()
        self._sync_rows()
        first = self.model.index(0, NAME)
        if first.isValid():
            self.table.setCurrentIndex(first)
        if project_id is not None and self.auto_fit:
            # Once laid out: the fit depends on the chart's width.
            QTimer.singleShot(0, self._fit)
        self._update_actions()

    def _fit(self) -> None:
        self._fitting = True
        self.chart.fit_project()
        self._fitting = False

    def _on_zoom_changed(self, _: int) -> None:
        if not self._fitting:
            self.auto_fit = False

    def refresh(self, event: ChangeEvent | None = None) -> None:
        """Re-read the project and update table and chart in place (outline state kept).

        After an edit that changed only task values (`event`), only those rows are re-read.
        """
        if self._project_id is None:
            self._timeline = None
            self.model.set_tasks([])
            self.chart.set_rows([])
            self.sig_timeline_changed.emit(None)
            return
        touched = event.ids(RecordKind.TASK) if event is not None else frozenset()
        # Past a quarter of the rows (a move on the critical path rewrites them all), one full
        # read is quicker than picking them out.
        if (
            event is not None
            and self._timeline is not None
            and _values_only(event)
            and len(touched) * 4 < len(self._timeline.tasks)
        ):
            data = self.editor.workspace.run(timeline_update, self._timeline, touched)
        else:
            data = self.editor.workspace.run(timeline, self._project_id)
        current = self.current_task_id()
        collapsed = self._collapsed_ids()
        self._drivers = None
        self._timeline = data
        with collector_paused():  # ten thousand bars and rows rebuilt, no reference cycles
            self.chart.set_timeline(data)
            outline_changed = self.model.set_tasks(data.tasks, self._on_screen())
        if outline_changed:
            self.table.blockSignals(True)
            self.table.expandAll()
            for task_id in collapsed:
                self.table.collapse(self.model.index_of(task_id))
            self.table.blockSignals(False)
            self._sync_rows()
            if current is not None:
                self.select_task(current)
        self.chart.set_highlight(set(), set())
        self._chain_timer.start()
        self._update_actions()
        self.sig_timeline_changed.emit(data)

    def _on_screen(self) -> Callable[[int], bool]:
        """Tell which tasks' rows are in the table's viewport now."""
        height = max(self.table.row_height(), 1)
        first = self.table.verticalScrollBar().value() // height
        last = first + self.table.viewport().height() // height + 1
        shown = set(self._row_ids[first : last + 1])
        return shown.__contains__

    def _collapsed_ids(self) -> list[int]:
        if self._timeline is None:
            return []
        return [
            task.id
            for task in self._timeline.tasks
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

    def _sync_rows(self, *_: Any) -> None:
        self._row_ids = self.visible_task_ids()
        self.chart.set_rows(self._row_ids)
        self.chart.set_row_height(self.table.row_height())
        self.chart.set_vertical_offset(self.table.verticalScrollBar().value())

    def _scroll_by(self, pixels: int) -> None:
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() + pixels)

    # -- selection -----------------------------------------------------------------------

    def current_task_id(self) -> int | None:
        """The id of the selected task, if any."""
        task = self.model.task(self.table.currentIndex())
        return task.id if task is not None else None

    def current_task(self) -> TimelineTask | None:
        """The selected task, if any."""
        return self.model.task(self.table.currentIndex())

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

    def scroll_to_current(self) -> None:
        """Bring the selected task's bar into view."""
        task_id = self.current_task_id()
        if task_id is not None:
            self.table.scrollTo(self.model.index_of(task_id))
            self.chart.scroll_to_task(task_id)

    def _on_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        task = self.model.task(current)
        self.chart.set_selected_task(task.id if task is not None else None)
        self.chart.set_highlight(set(), set())
        self._chain_timer.start()
        self._update_actions()

    def _highlight_chain(self) -> None:
        task_id = self.current_task_id()
        if not self.commands.driving_chain.isChecked() or task_id is None or not self._project_id:
            self._chains.cancel()
            self.chart.set_highlight(set(), set())
            return
        self._chains.request(self.editor.workspace, self._project_id, task_id)

    def _on_chain_found(self, task_id: int, tasks: set[int], links: set[int]) -> None:
        if task_id == self.current_task_id() and self.commands.driving_chain.isChecked():
            self.chart.set_highlight(tasks, links)

    def stop_background_work(self) -> None:
        """Finish or forget work in progress, before the workspace is closed."""
        self._chain_timer.stop()
        self._chains.cancel()
        self._chains.wait()

    def _driver_text(self, task_id: int) -> str:
        if self._project_id is None:
            return ""
        if self._drivers is None:
            self._drivers = self.editor.workspace.run(start_drivers, self._project_id)
        return self._drivers.get(task_id, "")

    def _update_actions(self) -> None:
        a = self.commands
        task = self.current_task()
        has_project = self._project_id is not None
        a.insert_task.setEnabled(has_project)
        a.save_baseline.setEnabled(has_project and bool(self._timeline and self._timeline.tasks))
        for action in (a.delete_task, a.task_details, a.indent, a.outdent, a.scroll_to_task):
            action.setEnabled(task is not None)
        if task is None:
            a.move_up.setEnabled(False)
            a.move_down.setEnabled(False)
            return
        level = self.model.siblings_of(task.id)
        a.indent.setEnabled(level.index(task.id) > 0)
        a.outdent.setEnabled(task.parent_id is not None)
        a.move_up.setEnabled(level.index(task.id) > 0)
        a.move_down.setEnabled(level.index(task.id) < len(level) - 1)

    # -- editing -------------------------------------------------------------------------

    def run_edit(self, step: Edit[R]) -> R | Refused:
        """Run `step` as one undoable edit on the project shown: the service's answer.

        REFUSED when the service refused it (the user is told) or no project is shown.
        """
        if self._project_id is None:
            return REFUSED
        return self.editor.run(self._project_id, step)

    def _on_changed(self, event: ChangeEvent) -> None:
        # An edit elsewhere (a risk, a change request) leaves the plan as it is.
        if event.concerns(self._project_id) and event.touches(*_PLAN):
            self.refresh(event)

    def _on_cell_edit(self, task_id: int, column: int, text: str) -> None:
        task = self.model.task_by_id(task_id)
        if task is None:
            return
        try:
            step = cell_edit(task, column, text)
        except ValueError as exc:
            message = str(exc)
            # After the editor has closed: a dialog inside commitData would re-enter it.
            QTimer.singleShot(0, lambda: self._refuse("Cannot change the task", message))
            return
        self.run_edit(step)

    def _refuse(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _on_bar_moved(self, task_id: int, start: dt.date) -> None:
        name = self._name(task_id)
        self.run_edit(
            edit(f"Move {name!r} to {short_date_text(start)}", move_task_start, task_id, start)
        )

    def _on_bar_stretched(self, task_id: int, finish: dt.date) -> None:
        name = self._name(task_id)
        self.run_edit(
            edit(
                f"Make {name!r} finish on {short_date_text(finish)}",
                set_task_finish,
                task_id,
                finish,
            )
        )

    def _on_bars_linked(self, predecessor_id: int, successor_id: int) -> None:
        text = f"Link {self._name(predecessor_id)!r} → {self._name(successor_id)!r}"
        self.run_edit(edit(text, add_dependency, predecessor_id, successor_id))

    def _name(self, task_id: int) -> str:
        task = self.model.task_by_id(task_id)
        return task.name if task is not None else str(task_id)

    # -- layout --------------------------------------------------------------------------

    def header_state(self) -> QByteArray:
        """Return the column layout, to remember it."""
        return self.table.header().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Restore a remembered column layout."""
        self.table.header().restoreState(state)


# Every kind of record the Timeline shows something of; an edit touching none of them is not its.
_PLAN = (
    RecordKind.TASK,
    RecordKind.LINK,
    RecordKind.BASELINE,
    RecordKind.BASELINE_TASK,
    RecordKind.CALENDAR,
    RecordKind.HOLIDAY,
    RecordKind.PROJECT,
)


def _values_only(event: ChangeEvent) -> bool:
    """Tell whether an edit changed task values only (no outline, link, baseline, calendar)."""
    return event.touches_only(RecordKind.TASK) and not event.outline_changed
