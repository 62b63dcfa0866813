"""MainWindow: wires the navigator, the tabs, the actions and the status bar; no feature logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop import APP_NAME
from cpm_desktop.domain import View
from cpm_desktop.errors import CpmError
from cpm_desktop.interchange.formats import IMPORT_FILTER
from cpm_desktop.services.plan.timeline import Timeline
from cpm_desktop.services.portfolio.views import portfolio, project_summary
from cpm_desktop.ui.actions import build_actions
from cpm_desktop.ui.backups.dialog import restore_from_backup
from cpm_desktop.ui.changes.tab import ChangesTab
from cpm_desktop.ui.client_workbook.edit_items import applied_message
from cpm_desktop.ui.client_workbook.export import ask_and_export_workbook
from cpm_desktop.ui.client_workbook.import_edits import ask_for_workbook, import_client_edits
from cpm_desktop.ui.dialogs.about import show_about
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.interchange.actions import ask_and_export_mspdi, import_file
from cpm_desktop.ui.navigator.model import (
    PORTFOLIO_ROLE,
    PROJECT_CODE_ROLE,
    PROJECT_ID_ROLE,
    NavigatorModel,
)
from cpm_desktop.ui.overview.portfolio_view import PortfolioView
from cpm_desktop.ui.overview.tab import OverviewTab
from cpm_desktop.ui.project_header import ProjectHeader
from cpm_desktop.ui.read_only_banner import ReadOnlyBanner
from cpm_desktop.ui.risks.tab import RisksTab
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.steering_pack.export import ask_and_export_pack
from cpm_desktop.ui.timeline.actions import build_timeline_actions
from cpm_desktop.ui.timeline.tab import TimelineTab
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.workspace_files import (
    ask_and_save_copy,
    ask_new_workspace,
    ask_workspace_to_open,
    fill_recent_menu,
)
from cpm_desktop.ui.workspace_recovery import open_or_recover
from cpm_desktop.workspace import Workspace

VIEWS = tuple(View)


class MainWindow(QMainWindow):
    """The main window over one open workspace."""

    sig_workspace_opened = Signal(str)
    """Emitted with the path of a workspace after it was opened."""

    sig_project_selected = Signal(int)
    """Emitted with the id of the project the user selected."""

    def __init__(self, workspace: Workspace, settings: AppSettings | None = None) -> None:
        super().__init__()
        self._workspace = workspace
        self._settings = settings or AppSettings()
        self._project_id: int | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 560)
        self.resize(1440, 900)

        self.commands = build_actions(self)
        self.editor = Editor(workspace, self)
        self.editor.sig_failed.connect(lambda text, exc: show_error(self, text, exc))
        self.editor.sig_changed.connect(self._on_edited)
        self.undo_action = self._undo_action(redo=False)
        self.redo_action = self._undo_action(redo=True)
        self.timeline_actions = build_timeline_actions(self)
        self.navigator_model = NavigatorModel()
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.selectionModel().selectionChanged.connect(self._on_navigator_selection)

        self.header = ProjectHeader()
        self.timeline = TimelineTab(self.editor, self.timeline_actions)
        self.timeline.sig_timeline_changed.connect(self._on_timeline_changed)
        self.risks = RisksTab(self.editor)
        self.changes = ChangesTab(self.editor)
        self.changes.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # The shortcut works from every tab: show the request where it was added.
        self.changes.change_actions.new.triggered.connect(lambda: self.show_view("changes"))
        self.overview = OverviewTab(self.editor)
        self.overview.sig_open_view.connect(self.show_view)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, icon("timeline"), "Timeline")
        self.tabs.addTab(self.risks, icon("risks"), "Risks")
        self.tabs.addTab(self.changes, icon("changes"), "Changes")
        self.tabs.addTab(self.overview, icon("overview"), "Overview")

        project_area = QWidget()
        project_layout = QVBoxLayout(project_area)
        project_layout.setContentsMargins(0, 0, 0, 0)
        project_layout.setSpacing(0)
        project_layout.addWidget(self.header)
        project_layout.addWidget(self.tabs, 1)
        self._no_project = EmptyState(
            "project",
            "No project selected",
            "Choose a project in the list on the left to see its plan.",
        )
        self.portfolio = PortfolioView(self.editor)
        self.portfolio.sig_open_project.connect(self.select_project)
        self.central = QStackedWidget()
        self.central.addWidget(self._no_project)
        self.central.addWidget(project_area)
        self.central.addWidget(self.portfolio)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.central)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1160])
        self.splitter.setChildrenCollapsible(False)
        self.read_only_banner = ReadOnlyBanner()
        window_area = QWidget()
        window_layout = QVBoxLayout(window_area)
        window_layout.setContentsMargins(0, 0, 0, 0)
        window_layout.setSpacing(0)
        window_layout.addWidget(self.read_only_banner)
        window_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(window_area)

        self._build_menus()
        self._build_toolbar()
        self._finish_label = QLabel()
        self._critical_label = QLabel()
        self._path_label = QLabel()
        self.statusBar().addPermanentWidget(self._finish_label)
        self.statusBar().addPermanentWidget(self._critical_label)
        self.statusBar().addPermanentWidget(self._path_label)
        self._restore_layout()
        self._load_workspace()

    # -- public --------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The workspace shown."""
        return self._workspace

    def select_project(self, code: str) -> bool:
        """Select the project with `code` in the navigator; False if there is none."""
        index = self.navigator_model.project_index(code.upper())
        if not index.isValid():
            return False
        self.navigator.setCurrentIndex(index)
        return True

    def select_portfolio(self, client: str | None = None) -> bool:
        """Show one client's portfolio (by name) or, for None, every client's; False if unknown."""
        index = self.navigator_model.portfolio_index(client)
        if not index.isValid():
            return False
        self.navigator.setCurrentIndex(index)
        return True

    def show_view(self, view: str) -> None:
        """Bring the tab named `view` (timeline, risks, changes, overview) to the front."""
        self.tabs.setCurrentIndex(VIEWS.index(View(view)))

    def set_workspace(self, workspace: Workspace) -> None:
        """Show another workspace; the previous one is closed (its lock released)."""
        old, self._workspace = self._workspace, workspace
        if old is not workspace:
            self.timeline.stop_background_work()
            old.close()
        self.editor.set_workspace(workspace)
        self._settings.add_recent_file(workspace.path)
        self._load_workspace()
        self.sig_workspace_opened.emit(str(workspace.path))

    # -- loading -------------------------------------------------------------------------

    def _load_workspace(self) -> None:
        marker = " (read-only)" if self._workspace.read_only else ""
        self.setWindowTitle(f"{self._workspace.path.name}{marker} — {APP_NAME}")
        self.read_only_banner.show_for(self._workspace)
        self._path_label.setText(str(self._workspace.path))
        self._path_label.setToolTip("The workspace file: every change is saved to it at once")
        self._project_id = None
        self.navigator_model.set_portfolio(self._workspace.run(portfolio))
        self.navigator.expandAll()
        self._show_project(None)
        if self.navigator_model.rowCount() == 0:
            self._no_project.set_text("This workspace has no clients or projects yet.")
        else:
            self._no_project.set_text("Choose a project in the list on the left to see its plan.")
        saved = "Read-only: changes cannot be saved" if self._workspace.read_only else None
        self.statusBar().showMessage(saved or "All changes saved", 5000)

    def _select_initial_project(self, code: str | None) -> None:
        wanted = code or self._settings.last_project()
        if wanted and self.select_project(wanted):
            return
        first = self.navigator_model.first_project_index()
        if first.isValid():
            self.navigator.setCurrentIndex(first)

    def _on_navigator_selection(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        project_id = indexes[0].data(PROJECT_ID_ROLE)
        if isinstance(project_id, int):
            self._settings.set_last_project(str(indexes[0].data(PROJECT_CODE_ROLE)))
            self._show_project(project_id)
            self.sig_project_selected.emit(project_id)
            return
        client = indexes[0].data(PORTFOLIO_ROLE)
        if isinstance(client, str):
            self._show_project(None)
            self.portfolio.show_portfolio(client or None)
            self.central.setCurrentWidget(self.portfolio)

    def _show_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        self.commands.export_mspdi.setEnabled(project_id is not None)
        self.commands.export_workbook.setEnabled(project_id is not None)
        self.commands.export_pack.setEnabled(project_id is not None)
        self.editor.set_active_project(project_id)
        self.timeline.show_project(project_id)
        self.risks.show_project(project_id)
        self.changes.show_project(project_id)
        self.overview.show_project(project_id)
        self.central.setCurrentIndex(0 if project_id is None else 1)

    def _on_timeline_changed(self, data: Timeline | None) -> None:
        """Header, overview and status bar follow every load and edit of the Timeline."""
        if data is None:
            self.header.show_project(None)
            self._finish_label.clear()
            self._critical_label.clear()
            return
        summary = self._workspace.run(project_summary, data.project_id)
        self.header.show_project(summary)
        self._finish_label.setText(f"Finish: {date_text(data.finish_date) or '—'}")
        self._critical_label.setText(f"Critical tasks: {data.critical_count}")

    def _on_edited(self, *_: object) -> None:
        self.statusBar().showMessage("All changes saved", 5000)

    # -- menus and actions ---------------------------------------------------------------

    def _undo_action(self, *, redo: bool) -> QAction:
        group = self.editor.group
        action = (
            group.createRedoAction(self, "&Redo") if redo else group.createUndoAction(self, "&Undo")
        )
        action.setIcon(icon("redo" if redo else "undo"))
        if redo:
            action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        else:
            action.setShortcut(QKeySequence.StandardKey.Undo)
        return action

    def _build_menus(self) -> None:
        a = self.commands
        t = self.timeline_actions
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(a.new)
        file_menu.addAction(a.open)
        self._recent_menu = QMenu("Open &Recent", self)
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self._recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a.import_plan)
        file_menu.addAction(a.import_edits)
        export_menu = file_menu.addMenu(icon("export"), "&Export")
        export_menu.addAction(a.export_workbook)
        export_menu.addAction(a.export_pack)
        export_menu.addAction(a.export_mspdi)
        export_menu.addSeparator()
        export_menu.addAction(a.open_workbook_when_done)
        file_menu.addSeparator()
        file_menu.addAction(a.save_copy)
        file_menu.addAction(a.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (t.insert_task, t.delete_task, t.task_details):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (t.indent, t.outdent, t.move_up, t.move_down):
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        for action in (t.zoom_in, t.zoom_out, t.fit_project):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (t.go_to_today, t.scroll_to_task, t.driving_chain):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addMenu(self.timeline.table.column_menu())
        project_menu = self.menuBar().addMenu("&Project")
        project_menu.addAction(t.save_baseline)
        risks_menu = self.menuBar().addMenu("Ris&ks")
        for action in self.risks.actions_for_menu:
            risks_menu.addAction(action)
        changes_menu = self.menuBar().addMenu("&Changes")
        changes_menu.aboutToShow.connect(self.changes.ensure_current)  # enabled as the log is now
        for item in self.changes.change_actions.for_menu():
            if item is None:
                changes_menu.addSeparator()
            else:
                changes_menu.addAction(item)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a.about)
        a.new.triggered.connect(self._new_workspace)
        a.open.triggered.connect(self._open_workspace_dialog)
        a.save_copy.triggered.connect(self._save_copy)
        a.restore_backup.triggered.connect(self._restore_backup)
        a.import_plan.triggered.connect(self._import_plan)
        a.export_mspdi.triggered.connect(self._export_mspdi)
        a.export_workbook.triggered.connect(self._export_workbook)
        a.export_pack.triggered.connect(self._export_pack)
        a.import_edits.triggered.connect(self._import_client_edits)
        a.open_workbook_when_done.setChecked(self._settings.open_workbook_when_done())
        a.open_workbook_when_done.toggled.connect(self._settings.set_open_workbook_when_done)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: show_about(self, str(self._workspace.path)))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.commands.open, self.commands.save_copy):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        t = self.timeline_actions
        for action in (t.insert_task, t.delete_task, t.indent, t.outdent):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (t.zoom_in, t.zoom_out, t.fit_project, t.go_to_today):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _fill_recent_menu(self) -> None:
        recent = [p for p in self._settings.recent_files() if p != self._workspace.path]
        fill_recent_menu(self._recent_menu, recent, self.open_path)

    def _new_workspace(self) -> None:
        workspace = ask_new_workspace(self, self._workspace.path.parent)
        if workspace is not None:
            self.set_workspace(workspace)
            self._select_initial_project(None)

    def _open_workspace_dialog(self) -> None:
        path = ask_workspace_to_open(self, self._workspace.path.parent)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the workspace at `path` in this window; tell the user if it cannot be."""
        if path.resolve() == self._workspace.path:
            return True
        try:
            workspace = open_or_recover(self, path)
        except CpmError as exc:
            show_error(self, "Open workspace", exc)
            return False
        if workspace is None:
            return False
        self.set_workspace(workspace)
        self._select_initial_project(None)
        return True

    def _import_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import a plan", str(self._workspace.path.parent), IMPORT_FILTER
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Import `path` as a new project (progress, then the report) and show it."""
        result = import_file(self, self._workspace, path)
        if result is None:
            return False
        self._load_workspace()
        self.select_project(result.code)
        return True

    def _export_mspdi(self) -> None:
        if self._project_id is None:
            return
        code = self.header.project_code()
        path = ask_and_export_mspdi(self, self._workspace, self._project_id, code)
        if path is not None:
            self.statusBar().showMessage(f"Exported {code} to {path}", 8000)

    def _export_workbook(self) -> None:
        if self._project_id is None:
            return
        path = ask_and_export_workbook(self, self._workspace, self._project_id, self._settings)
        if path is not None:
            self.statusBar().showMessage(f"Exported the client workbook to {path}", 10000)

    def _export_pack(self) -> None:
        if self._project_id is None:
            return
        path = ask_and_export_pack(self, self.editor, self._project_id, self._settings)
        if path is not None:
            self.statusBar().showMessage(f"Exported the steering committee pack to {path}", 10000)

    def _import_client_edits(self) -> None:
        path = ask_for_workbook(self, self._settings)
        if path is not None:
            self.import_client_edits_from(path)

    def import_client_edits_from(self, path: Path) -> bool:
        """Preview the client's edits in `path`, apply those the PM accepts; True if applied."""
        result = import_client_edits(self, self.editor, path, self.select_project)
        if result is None:
            return False
        self.statusBar().showMessage(applied_message(result), 15000)
        return True

    def _save_copy(self) -> None:
        path = ask_and_save_copy(self, self._workspace)
        if path is not None:
            self.statusBar().showMessage(f"Copy saved to {path}", 8000)

    def _restore_backup(self) -> None:
        try:
            workspace = restore_from_backup(self, self._workspace.path, self._release_workspace)
        except CpmError as exc:  # closed, and cannot be opened again: nothing left to show
            show_error(self, "Restore from Backup", exc)
            self.close()
            return
        if workspace is not None:
            self.set_workspace(workspace)
            self._select_initial_project(None)

    # -- window state --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self._settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = self._settings.window_state("task-columns-v2")
        if columns is not None:
            self.timeline.restore_header_state(columns)
        timeline_split = self._settings.window_state("timeline-splitter")
        if timeline_split is not None:
            self.timeline.splitter.restoreState(timeline_split)
        zoom = self._settings.zoom_level()
        if zoom is not None:
            self.timeline.chart.set_zoom(zoom)
            self.timeline.auto_fit = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout and release the workspace."""
        self._settings.set_window_state("geometry", self.saveGeometry())
        self._settings.set_window_state("splitter", self.splitter.saveState())
        self._settings.set_window_state("task-columns-v2", self.timeline.header_state())
        self._settings.set_window_state("timeline-splitter", self.timeline.splitter.saveState())
        if not self.timeline.auto_fit:
            self._settings.set_zoom_level(self.timeline.chart.zoom_level)
        self._release_workspace()
        super().closeEvent(event)

    def _release_workspace(self) -> None:
        """Stop reading the workspace and give its lock back."""
        self.timeline.stop_background_work()
        self._workspace.close()

    def start(self, project_code: str | None = None) -> None:
        """Select the first project to show (by code, else the last one used)."""
        self._select_initial_project(project_code)


__all__ = ["VIEWS", "MainWindow"]
