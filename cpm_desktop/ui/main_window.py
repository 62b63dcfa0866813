"""MainWindow: wires the navigator, the tabs, the actions and the status bar; no feature logic.

The window talks to each tab through `FeatureTab` only, in a loop; the File menu's commands are
`FileCommands`, the menu bar and toolbar are built by `main_menus`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QItemSelection, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop import APP_NAME
from cpm_desktop.domain import View
from cpm_desktop.errors import CpmError, StaleEditError
from cpm_desktop.services.portfolio.views import portfolio, project_code_of
from cpm_desktop.ui.actions import build_actions
from cpm_desktop.ui.built_when_shown import BuiltWhenShown
from cpm_desktop.ui.changes.tab import ChangesTab
from cpm_desktop.ui.checkout.commands import CheckoutCommands
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.feature_tab import FeatureTab
from cpm_desktop.ui.file_commands import FileCommands
from cpm_desktop.ui.governance.tab import GovernanceTab
from cpm_desktop.ui.header_follow import HeaderFollower
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.keyboard_paths import let_tab_leave_tables, tab_in_screen_order
from cpm_desktop.ui.lifecycle.commands import LifecycleCommands
from cpm_desktop.ui.main_menus import build_menu_bar, build_toolbar
from cpm_desktop.ui.navigator.model import (
    PORTFOLIO_ROLE,
    PROJECT_CODE_ROLE,
    PROJECT_ID_ROLE,
    NavigatorModel,
)
from cpm_desktop.ui.overview.tab import OverviewTab
from cpm_desktop.ui.project_header import ProjectHeader
from cpm_desktop.ui.read_only_banner import ReadOnlyBanner
from cpm_desktop.ui.records.column_fit import widen_to_content
from cpm_desktop.ui.risks.tab import RisksTab
from cpm_desktop.ui.server_changes import follow_server
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.setup.commands import SetupCommands
from cpm_desktop.ui.status_cycle.commands import StatusCommands
from cpm_desktop.ui.team.tab import TeamTab
from cpm_desktop.ui.theme import style_sheet_set_after
from cpm_desktop.ui.timeline.tab import TimelineTab
from cpm_desktop.ui.undo import Editor, undo_action
from cpm_desktop.ui.view_menu import ViewCommands
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.change_events import ChangeEvent, RecordKind

if TYPE_CHECKING:
    from cpm_desktop.ui.overview.portfolio_view import PortfolioView

VIEWS = tuple(View)
"""Every name `show_view` takes (`--view`)."""


class MainWindow(QMainWindow):
    """The main window over one open workspace."""

    sig_workspace_opened = Signal(str)
    """Emitted with the path of a workspace after it was opened."""

    sig_project_selected = Signal(int)
    """Emitted with the id of the project the user selected."""

    def __init__(self, workspace: Workspace, settings: AppSettings | None = None) -> None:
        super().__init__()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        with style_sheet_set_after(app):
            self._build(workspace, settings)

    def _build(self, workspace: Workspace, settings: AppSettings | None) -> None:
        self._workspace = workspace
        workspace.mark_seen()  # on a team server: what the window shows from now on
        self._settings = settings or AppSettings()
        self._project_id: int | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 560)
        self.resize(1440, 900)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        let_tab_leave_tables(app)

        self.commands = build_actions(self)
        self.editor = Editor(workspace, self)
        self.editor.sig_failed.connect(self._on_edit_failed)
        self.editor.sig_changed.connect(self._on_edited)
        self._server_changes = follow_server(workspace, self.editor, lambda: self._project_id, self)
        self.undo_action = self._undo_action(redo=False)
        self.redo_action = self._undo_action(redo=True)
        self.navigator_model = NavigatorModel()
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Clients and projects")
        )
        self.navigator.setModel(self.navigator_model)
        self.navigator.selectionModel().selectionChanged.connect(self._on_navigator_selection)

        self.header = ProjectHeader()
        self.timeline = TimelineTab(self.editor, self)
        self.risks = RisksTab(self.editor, self)
        self.changes = ChangesTab(self.editor, self)
        self.governance = GovernanceTab(self.editor, self)
        self.team = TeamTab(self.editor, self)
        self.overview = OverviewTab(self.editor, self)
        self.feature_tabs: tuple[FeatureTab, ...] = (
            self.timeline,
            self.risks,
            self.changes,
            self.governance,
            self.team,
            self.overview,
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in self.feature_tabs:
            tab.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            tab.sig_open_view.connect(self.show_view)
            self.tabs.addTab(tab.page, icon(tab.icon_name), tab.title)

        project_area = QWidget()
        project_layout = QVBoxLayout(project_area)
        project_layout.setContentsMargins(0, 0, 0, 0)
        project_layout.setSpacing(0)
        project_layout.addWidget(self.header)
        project_layout.addWidget(self.tabs, 1)
        self._no_project = EmptyState(
            "project",
            QCoreApplication.translate("MainWindow", "No project selected"),
            QCoreApplication.translate(
                "MainWindow", "Choose a project in the list on the left to see its plan."
            ),
        )
        # The portfolio's roll-up is built when first shown: a window opens on a project.
        self.portfolio_page = BuiltWhenShown(self._build_portfolio)
        self.central = QStackedWidget()
        self.central.addWidget(self._no_project)
        self.central.addWidget(project_area)
        self.central.addWidget(self.portfolio_page)

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

        self.files = FileCommands(self, self._settings)
        self.checkout = CheckoutCommands(self, self._settings)  # before the commands asking it
        self.setup = SetupCommands(self)
        self.status_cycle = StatusCommands(self)
        self.lifecycle = LifecycleCommands(self)
        self.commands.exchange_rates.triggered.connect(self._edit_exchange_rates)
        self.view_commands = ViewCommands(
            self, self._settings, [tab.title for tab in self.feature_tabs], self.go_to_tab
        )
        self.view_commands.sig_look_changed.connect(
            lambda: QTimer.singleShot(0, self, self._widen_columns)
        )
        # A hidden tab's tables measure their new font only once on screen.
        self.tabs.currentChanged.connect(lambda: QTimer.singleShot(0, self, self._widen_columns))
        undo = (self.undo_action, self.redo_action)
        build_menu_bar(
            self,
            self.commands,
            undo,
            self.files.recent_menu,
            self.feature_tabs,
            new_items=self.setup.file_actions(),
            team=self.checkout.file_part(),
            # Project: the weekly Update Status first, then the stage and closure, then its
            # properties, calendar and deletion; then Client.
            window_parts=(
                *self.status_cycle.menus(),
                *self.lifecycle.menus(),
                *self.setup.menus(),
                *self.view_commands.menus(),
            ),
        )
        build_toolbar(self, self.commands, undo, self.feature_tabs)
        self._finish_label = QLabel()
        self._critical_label = QLabel()
        self._path_label = QLabel()
        self.statusBar().addPermanentWidget(self._finish_label)
        self.statusBar().addPermanentWidget(self._critical_label)
        self.statusBar().addPermanentWidget(self._path_label)
        self.header_follow = HeaderFollower(
            self.editor, self.header, self._finish_label, self._critical_label
        )
        self.timeline.sig_timeline_changed.connect(self.header_follow.follow)
        for tab in self.feature_tabs:
            if isinstance(tab.page, BuiltWhenShown):
                # The frame keeps the page's place in the window's order; its new content
                # would otherwise follow the last control of the window.
                tab.page.sig_built.connect(lambda _, page=tab.page: tab_in_screen_order(page))
            else:
                tab_in_screen_order(tab.view)
        self._restore_layout()
        self.reload()

    # -- public --------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The workspace shown."""
        return self._workspace

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    @property
    def portfolio(self) -> PortfolioView:
        """The portfolio's roll-up (built now if it has not been shown yet)."""
        return cast("PortfolioView", self.portfolio_page.content())

    def select_project(self, code: str, *, reveal_closed: bool = True) -> bool:
        """Select the project with `code` in the navigator; False if there is none. A closed
        project asked for by name lists the closed projects (`reveal_closed`), as Project ›
        Show Closed Projects does."""
        if reveal_closed and self.navigator_model.is_hidden(code.upper()):
            self.lifecycle.show_closed.setChecked(True)
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
        """Bring the view named `view` to the front: a tab, a page of one, or the portfolio."""
        wanted = View(view)
        if wanted is View.PORTFOLIO:
            self.select_portfolio(None)
            return
        tab = next(t for t in self.feature_tabs if wanted is t.view_name or wanted in t.pages)
        self.tabs.setCurrentWidget(tab.page)
        if wanted in tab.pages:
            tab.show_page(wanted)

    def go_to_tab(self, number: int) -> None:
        """Bring tab `number` (0: the first) to the front and put the focus in it."""
        self.tabs.setCurrentIndex(number)
        page = self.tabs.currentWidget()
        if self.central.currentIndex() == 1 and page is not None:
            (_first_focusable(page) or self.tabs.tabBar()).setFocus(
                Qt.FocusReason.ShortcutFocusReason
            )

    def _widen_columns(self) -> None:
        """Larger text needs wider columns: every table on screen widens to its content."""
        if self._settings.text_size_step() <= 0:
            return
        for view in self.findChildren(QAbstractItemView):
            if view.isVisible():
                widen_to_content(view)

    def set_workspace(self, workspace: Workspace) -> None:
        """Show another workspace; the previous one is closed (its lock released)."""
        old, self._workspace = self._workspace, workspace
        if old is not workspace:
            self._stop_tabs()
            old.close()
        self.editor.set_workspace(workspace)
        workspace.mark_seen()
        self._server_changes = follow_server(workspace, self.editor, lambda: self._project_id, self)
        if workspace.path is not None:
            self._settings.add_recent_file(workspace.path)
        else:
            self._settings.add_recent_server(workspace.address)
        self.reload()
        self.sig_workspace_opened.emit(workspace.address)

    def start(self, project_code: str | None = None) -> None:
        """Select the first project to show (by code, else the last one used, else the first)."""
        if project_code and self.select_project(project_code):
            return
        # The project of the last session, unless it was closed (hidden) since.
        last = self._settings.last_project()
        if last and self.select_project(last, reveal_closed=False):
            return
        first = self.navigator_model.first_project_index()
        if first.isValid():
            self.navigator.setCurrentIndex(first)

    def reload(self) -> None:
        """Read the workspace's clients and projects again; no project selected."""
        marker = " (read-only)" if self._workspace.read_only else ""
        self.setWindowTitle(f"{self._workspace.name}{marker} — {APP_NAME}")
        self.read_only_banner.show_for(self._workspace)
        self.files.show_workspace(self._workspace.path is not None)
        self._path_label.setText(self._workspace.address)
        self._path_label.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "The workspace file: every change is saved to it at once"
            )
        )
        self._project_id = None
        self.navigator_model.set_portfolio(self._workspace.run(portfolio))
        self.navigator.expandAll()
        self._show_project(None)
        if self.navigator_model.rowCount() == 0:
            self._no_project.set_text(
                QCoreApplication.translate(
                    "MainWindow", "This workspace has no clients or projects yet."
                )
            )
        else:
            self._no_project.set_text(
                QCoreApplication.translate(
                    "MainWindow", "Choose a project in the list on the left to see its plan."
                )
            )
        saved = (
            QCoreApplication.translate("MainWindow", "Read-only: changes cannot be saved")
            if self._workspace.read_only
            else QCoreApplication.translate("MainWindow", "All changes saved")
        )
        self.statusBar().showMessage(saved, 5000)

    def release_workspace(self) -> None:
        """Stop reading the workspace and give its lock back."""
        self._stop_tabs()
        self._workspace.close()

    # -- showing -------------------------------------------------------------------------

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
            self.central.setCurrentWidget(self.portfolio_page)

    def _show_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        a = self.commands
        for action in (a.export_mspdi, a.export_workbook, a.export_pack):
            action.setEnabled(project_id is not None)
        self.editor.set_active_project(project_id)
        for tab in self.feature_tabs:
            tab.show_project(project_id)
        self.central.setCurrentIndex(0 if project_id is None else 1)

    def _on_edit_failed(self, text: str, exc: CpmError) -> None:
        show_error(self, text, exc)
        if isinstance(exc, StaleEditError):
            # Another user changed what the edit touched: show the workspace as it is now,
            # once the edit's caller (a table's editor committing, say) has returned.
            QTimer.singleShot(0, self._show_as_it_is)

    def _show_as_it_is(self) -> None:
        try:
            self._workspace.mark_seen()
        except CpmError:
            return  # the server went away meanwhile: the next edit says so
        self.refresh_navigator()
        self._show_project(self._project_id)

    def _on_edited(self, event: ChangeEvent) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "All changes saved"), 5000
        )
        if event.touches(RecordKind.PROJECT, RecordKind.CLIENT, RecordKind.STAGE_GATE):
            self.refresh_navigator()

    def refresh_navigator(self) -> None:
        """Read the clients and projects again (a project added, renamed, closed, deleted…),
        keeping the project or client selected; when the project shown is gone, show none."""
        shown = self._project_id
        code = self._workspace.run(project_code_of, shown) if shown is not None else None
        if shown is not None and code is None:
            self.reload()  # deleted, or its creation undone
            return
        client = self.navigator.currentIndex().data(PORTFOLIO_ROLE)
        with QSignalBlocker(self.navigator.selectionModel()):  # the same row: nothing to re-show
            self.navigator_model.set_portfolio(self._workspace.run(portfolio))
            self.navigator.expandAll()
            if code is not None:
                self.navigator.setCurrentIndex(self.navigator_model.project_index(code))
            elif isinstance(client, str):
                self.navigator.setCurrentIndex(self.navigator_model.portfolio_index(client or None))
        self.navigator.viewport().update()
        if shown is not None:
            self.header_follow.show_header()

    def _build_portfolio(self) -> PortfolioView:
        from cpm_desktop.ui.overview.portfolio_view import PortfolioView  # built when shown

        view = PortfolioView(self.editor)
        view.sig_open_project.connect(self.select_project)
        return view

    def _edit_exchange_rates(self) -> None:
        from cpm_desktop.ui.exchange_rates.dialog import edit_exchange_rates  # on first use

        edit_exchange_rates(self.editor, self)

    def _undo_action(self, *, redo: bool) -> QAction:
        action = undo_action(self.editor.group, self, redo=redo)
        action.setIcon(icon("redo" if redo else "undo"))
        if redo:
            action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        else:
            action.setShortcut(QKeySequence.StandardKey.Undo)
        return action

    # -- window state --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self._settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for tab in self.feature_tabs:
            tab.restore_layout(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout and release the workspace."""
        self._settings.set_window_state("geometry", self.saveGeometry())
        self._settings.set_window_state("splitter", self.splitter.saveState())
        for tab in self.feature_tabs:
            tab.save_layout(self._settings)
        self.release_workspace()
        super().closeEvent(event)

    def _stop_tabs(self) -> None:
        if self._server_changes is not None:
            self._server_changes.stop()
        self.header_follow.stop()
        for tab in self.feature_tabs:
            tab.stop()


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first widget on `page` that Tab would reach, in the focus chain's order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


__all__ = ["VIEWS", "MainWindow"]
