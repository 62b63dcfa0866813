"""TimelineTab: the Timeline's controller (reads, selection, driving chain, actions, layout).

Its view (`view.py`) holds the table and the chart; its edits are `TaskCommands`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from cpm_desktop.domain import View
from cpm_desktop.services.plan.start_drivers import start_drivers
from cpm_desktop.services.plan.timeline import Timeline, timeline
from cpm_desktop.services.plan.timeline_update import timeline_update
from cpm_desktop.ui.feature_tab import FeatureTab, MenuPart
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.timeline.actions import TimelineActions, build_timeline_actions
from cpm_desktop.ui.timeline.assignments_column import AssignmentsColumn
from cpm_desktop.ui.timeline.chain_worker import ChainWorker
from cpm_desktop.ui.timeline.task_commands import TaskCommands
from cpm_desktop.ui.timeline.view import TimelineView
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.workload.marks import OverAllocationMarks
from cpm_desktop.workspace import ChangeEvent, RecordKind

# The keys of the layout remembered between runs.
COLUMNS_KEY = "task-columns-v2"
SPLITTER_KEY = "timeline-splitter"


class TimelineTab(FeatureTab):
    """Plan a project: type in the table, drag on the chart; Ctrl+Z undoes either."""

    view_name = View.TIMELINE
    title = "Timeline"
    icon_name = "timeline"

    sig_timeline_changed = Signal(object)
    """Emitted with the Timeline shown (None when no project is) after every load and edit."""

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("TimelineTab", "Timeline")
        self.editor = editor
        self._project_id: int | None = None
        self._timeline: Timeline | None = None
        self._drivers: dict[int, str] | None = None
        # Until the user picks a zoom, a project opens fitted to the chart's width.
        self.auto_fit = True
        self._fitting = False
        self._view = TimelineView()
        self.actions: TimelineActions = build_timeline_actions(self)
        self.commands = TaskCommands(self._view, editor, self.actions, lambda: self._project_id)
        # Alt+arrows move a bar only while the table or the chart has the focus: elsewhere they
        # are other pages' keys (the Timesheets' previous and next week).
        for action in (self.actions.bar_earlier, self.actions.bar_later):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._view.addAction(action)
        # The Resources, Work and Cost cells come from the assignments, read beside the plan.
        self.team_cells = AssignmentsColumn(
            self._view.model, editor, lambda: self._project_id, self, self._view.table.header()
        )
        # Tasks whose people are over-allocated: a warning by the name and a red bar.
        self.over_allocation = OverAllocationMarks(
            editor, lambda: self._project_id, (self._view.model, self._view.chart), self
        )
        self._view.model.modelReset.connect(self.over_allocation.schedule)
        # The driving chain runs the scheduler: worked out once the user pauses, not per edit.
        self._chain_timer = QTimer(self)
        self._chain_timer.setSingleShot(True)
        self._chain_timer.setInterval(150)
        self._chain_timer.timeout.connect(self._highlight_chain)
        self._chains = ChainWorker(self)
        self._chains.sig_found.connect(self._on_chain_found)
        self._view.chart.set_driver_lookup(self._driver_text)
        self._connect()

    def _connect(self) -> None:
        view, chart, a = self._view, self._view.chart, self.actions
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        chart.sig_zoom_changed.connect(self._on_zoom_changed)
        self.editor.sig_changed.connect(self._on_changed)
        a.zoom_in.triggered.connect(chart.zoom_in)
        a.zoom_out.triggered.connect(chart.zoom_out)
        a.fit_project.triggered.connect(chart.fit_project)
        a.go_to_today.triggered.connect(chart.go_to_today)
        a.scroll_to_task.triggered.connect(view.scroll_to_current)
        a.driving_chain.toggled.connect(lambda _: self._chain_timer.start())

    # -- the main window's protocol ------------------------------------------------------

    @property
    def view(self) -> TimelineView:
        """The table and the chart."""
        return self._view

    def menus(self) -> tuple[MenuPart, ...]:
        """Editing the plan, finding your way on the chart, the baseline."""
        a = self.actions
        return (
            MenuPart(
                QCoreApplication.translate("Menu", "&Edit"),
                (a.insert_task, a.delete_task, a.task_details, None)
                + (a.indent, a.outdent, a.move_up, a.move_down, None, a.bar_earlier, a.bar_later),
            ),
            MenuPart(
                QCoreApplication.translate("Menu", "&View"),
                (a.zoom_in, a.zoom_out, a.fit_project, None)
                + (a.go_to_today, a.scroll_to_task, a.driving_chain, None)
                + (self._view.table.column_menu(),),
            ),
            MenuPart(QCoreApplication.translate("Menu", "&Project"), (a.save_baseline,)),
        )

    def toolbar_actions(self) -> tuple[QAction | None, ...]:
        """Task editing and zooming."""
        a = self.actions
        return (a.insert_task, a.delete_task, a.indent, a.outdent, None) + (
            a.zoom_in,
            a.zoom_out,
            a.fit_project,
            a.go_to_today,
        )

    def restore_layout(self, settings: AppSettings) -> None:
        """Columns, the table/chart split and the zoom the user left."""
        columns = settings.window_state(COLUMNS_KEY)
        if columns is not None:
            self._view.restore_header_state(columns)
        split = settings.window_state(SPLITTER_KEY)
        if split is not None:
            self._view.restore_split(split)
        zoom = settings.zoom_level()
        if zoom is not None:
            self._view.chart.set_zoom(zoom)
            self.auto_fit = False

    def save_layout(self, settings: AppSettings) -> None:
        """Remember the columns, the split and a zoom the user picked."""
        settings.set_window_state(COLUMNS_KEY, self._view.header_state())
        settings.set_window_state(SPLITTER_KEY, self._view.splitter.saveState())
        if not self.auto_fit:
            settings.set_zoom_level(self._view.chart.zoom_level)

    def stop(self) -> None:
        """Finish or forget the driving chain in progress, before the workspace is closed."""
        self._chain_timer.stop()
        self._chains.cancel()
        self._chains.wait()

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
        self._timeline = None  # another project: none of its summaries was collapsed
        self._view.model.set_tasks([])
        self.refresh()
        self._view.select_first_task()
        if project_id is not None and self.auto_fit:
            # Once laid out: the fit depends on the chart's width.
            QTimer.singleShot(0, self._fit)
        self._update_actions()

    def _fit(self) -> None:
        if not self.auto_fit:
            return  # the user zoomed before the deferred fit came round: their zoom stands
        self._fitting = True
        self._view.chart.fit_project()
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
            self._view.show_tasks(None, None)
            self.sig_timeline_changed.emit(None)
            return
        # An edit of task values only keeps the rows it did not write (and the links) as they
        # are: the table and chart then redo only the changed rows.
        shown = self._timeline
        values_only = event is not None and shown is not None and _values_only(event)
        if event is not None and shown is not None and values_only:
            touched, written = event.ids(RecordKind.TASK), event.columns(RecordKind.TASK)
            data = self.editor.workspace.run(timeline_update, shown, touched, written)
        else:
            data = self.editor.workspace.run(timeline, self._project_id)
        self._timeline = data
        self._drivers = None
        self._view.show_tasks(data, shown, same_outline=values_only)
        self._view.chart.set_highlight(set(), set())
        self._chain_timer.start()
        self._update_actions()
        self.sig_timeline_changed.emit(data)

    def _on_changed(self, event: ChangeEvent) -> None:
        # An edit elsewhere (a risk, a change request) leaves the plan as it is.
        if event.concerns(self._project_id) and event.touches(*_PLAN):
            self.refresh(event)

    # -- selection -----------------------------------------------------------------------

    def select_task(self, task_id: int) -> None:
        """Select a task (its summaries are expanded to show it)."""
        self._view.select_task(task_id)

    def _on_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        task = self._view.model.task(current)
        self._view.chart.set_selected_task(task.id if task is not None else None)
        self._view.chart.set_highlight(set(), set())
        self._chain_timer.start()
        self._update_actions()

    def _highlight_chain(self) -> None:
        task_id = self._view.current_task_id()
        if not self.actions.driving_chain.isChecked() or task_id is None or not self._project_id:
            self._chains.cancel()
            self._view.chart.set_highlight(set(), set())
            return
        self._chains.request(self.editor.workspace, self._project_id, task_id)

    def _on_chain_found(self, task_id: int, tasks: set[int], links: set[int]) -> None:
        if task_id == self._view.current_task_id() and self.actions.driving_chain.isChecked():
            self._view.chart.set_highlight(tasks, links)

    def _driver_text(self, task_id: int) -> str:
        if self._project_id is None:
            return ""
        if self._drivers is None:
            self._drivers = self.editor.workspace.run(start_drivers, self._project_id)
        return self._drivers.get(task_id, "")

    def _update_actions(self) -> None:
        a = self.actions
        task = self._view.current_task()
        has_project = self._project_id is not None
        a.insert_task.setEnabled(has_project)
        a.save_baseline.setEnabled(has_project and bool(self._timeline and self._timeline.tasks))
        for action in (a.delete_task, a.task_details, a.indent, a.outdent, a.scroll_to_task):
            action.setEnabled(task is not None)
        movable = task is not None and task.start is not None and not task.is_summary
        a.bar_earlier.setEnabled(movable)
        a.bar_later.setEnabled(movable)
        if task is None:
            a.move_up.setEnabled(False)
            a.move_down.setEnabled(False)
            return
        level = self._view.model.siblings_of(task.id)
        a.indent.setEnabled(level.index(task.id) > 0)
        a.outdent.setEnabled(task.parent_id is not None)
        a.move_up.setEnabled(level.index(task.id) > 0)
        a.move_down.setEnabled(level.index(task.id) < len(level) - 1)


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


__all__ = ["TimelineTab"]
