"""SetupCommands: the menu entries that create clients and projects and edit their frame.

File › New Client…, New Project…; Project › Properties…, Calendar…, Delete Project…;
Client › Properties…, Delete Client…. The window keeps the navigator in step with every
edit of a client or project (a new code, a new name, an undone creation).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from cpm_desktop.errors import CpmError
from cpm_desktop.services.portfolio.clients import find_client
from cpm_desktop.services.portfolio.views import portfolio, project_summary
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.navigator.model import PORTFOLIO_ROLE
from cpm_desktop.ui.undo import REFUSED, WORKSPACE_WIDE, edit, named
from cpm_desktop.workspace.backups import write_rotating_backup

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow
    from cpm_desktop.workspace import ChangeEvent

CALENDAR_EDITOR = "cpm_desktop.ui.calendars.dialog"  # imported when first used (see _calendar)

# The dialogs and the lifecycle's writers are imported where they run, when first asked for:
# loading them with the window delayed its first picture.


class SetupCommands(QObject):
    """New Client, New Project, Project › Properties, Client › Properties, deletions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

        self.new_client = _action(
            window,
            QCoreApplication.translate("SetupCommands", "New &Client…"),
            "client",
            self._new_client,
        )
        self.new_client.setToolTip(
            QCoreApplication.translate(
                "SetupCommands", "Add a client: name, industry, address, currency, contacts"
            )
        )
        self.new_project = _action(
            window,
            QCoreApplication.translate("SetupCommands", "New &Project…"),
            "project",
            self._new_project,
        )
        self.new_project.setToolTip(
            QCoreApplication.translate(
                "SetupCommands", "Start a project: blank, from a template or from a plan file"
            )
        )
        self.project_properties = _action(
            window,
            QCoreApplication.translate("SetupCommands", "&Properties…"),
            "settings",
            self._properties,
        )
        self.project_properties.setObjectName("projectProperties")
        self.calendar = _action(
            window,
            QCoreApplication.translate("SetupCommands", "&Calendar…"),
            "calendar",
            self._calendar,
        )
        self.delete_project = _action(
            window,
            QCoreApplication.translate("SetupCommands", "&Delete Project…"),
            "delete",
            self._delete_project,
        )
        self.client_properties = _action(
            window,
            QCoreApplication.translate("SetupCommands", "P&roperties…"),
            "settings",
            self._client_properties,
        )
        self.client_properties.setObjectName("clientProperties")
        self.delete_client = _action(
            window,
            QCoreApplication.translate("SetupCommands", "&Delete Client…"),
            "delete",
            self._delete_client,
        )

        window.editor.sig_changed.connect(self._on_edited)
        window.navigator.selectionModel().selectionChanged.connect(self.update_actions)
        window.sig_workspace_opened.connect(lambda _path: self.update_actions())
        self._invite_to_start()
        self.update_actions()

    def file_actions(self) -> tuple[QAction, ...]:
        """The File menu's entries after New Workspace."""
        return (self.new_client, self.new_project)

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        project = (self.project_properties, self.calendar, None, self.delete_project)
        client = (self.client_properties, None, self.delete_client)
        return (
            MenuPart(QCoreApplication.translate("Menu", "&Project"), project, self.update_actions),
            MenuPart(QCoreApplication.translate("Menu", "&Client"), client, self.update_actions),
        )

    def update_actions(self) -> None:
        """Enable the project's commands while one is shown, the client's while one is."""
        has_project = self._window.project_id is not None
        for action in (self.project_properties, self.calendar, self.delete_project):
            action.setEnabled(has_project)
        has_client = has_project or bool(self._selected_client_name())
        for action in (self.client_properties, self.delete_client):
            action.setEnabled(has_client)
        writable = not self._window.workspace.read_only
        for action in (self.new_client, self.new_project, self.delete_project, self.delete_client):
            action.setEnabled(action.isEnabled() and writable)

    # -- creating --------------------------------------------------------------------------

    def _new_client(self) -> None:
        from cpm_desktop.ui.setup.client_dialog import ask_new_client

        window = self._window
        created = ask_new_client(window, window.editor, window.project_id)
        if created is not None and window.project_id is None:
            window.select_portfolio(created.name)

    def _new_project(self) -> None:
        from cpm_desktop.ui.setup.project_dialog import ask_new_project

        window = self._window
        code = ask_new_project(window, window.editor)
        if code is None:
            return
        if not window.select_project(code):  # imported from a file: not an edit
            window.reload()
            window.select_project(code)

    # -- properties ------------------------------------------------------------------------

    def _properties(self) -> None:
        from cpm_desktop.ui.setup.properties import edit_project_properties

        project_id = self._window.project_id
        if project_id is not None:
            edit_project_properties(self._window, self._window.editor, project_id, self._calendar)

    def _client_properties(self) -> None:
        from cpm_desktop.ui.setup.client_dialog import edit_client

        window = self._window
        client_id = self._client_id()
        if client_id is None:
            return
        saved = edit_client(window, window.editor, client_id, window.project_id)
        if saved is not None and window.project_id is None:
            window.select_portfolio(saved.name)  # the row of a renamed client

    def _calendar(self) -> None:
        window, project_id = self._window, self._window.project_id
        if project_id is None:
            return
        # Imported here: the calendar editor is its own feature, loaded when first asked for.
        try:
            module = importlib.import_module(CALENDAR_EDITOR)
        except ImportError:
            QMessageBox.information(
                window,
                QCoreApplication.translate("SetupCommands", "Calendar"),
                QCoreApplication.translate(
                    "SetupCommands", "The calendar editor is not installed."
                ),
            )
            return
        edit_calendar: Callable[..., object] = module.edit_calendar
        edit_calendar(window, window.editor, project_id)

    # -- deleting --------------------------------------------------------------------------

    def _delete_project(self) -> None:
        from cpm_desktop.services.portfolio.lifecycle import delete_project

        window, project_id = self._window, self._window.project_id
        if project_id is None:
            return
        summary = window.workspace.run(project_summary, project_id)
        question = QCoreApplication.translate(
            "SetupCommands",
            "Delete project {code} ({name}) with its plan, risks, changes, reports and "
            "billing?\n\nA backup of the workspace is written first: File › Restore from "
            "Backup… brings the project back. Edit › Undo also does, from the portfolio.",
        ).format(code=summary.code, name=summary.name)
        if not _confirmed(
            window, QCoreApplication.translate("SetupCommands", "Delete Project"), question
        ):
            return
        if not self._backed_up():
            return
        # Off the project first: no tab may read it again once it is gone.
        window.select_portfolio(summary.client)
        text = named(QT_TRANSLATE_NOOP("Edits", "Delete project {code}"), code=summary.code)
        if window.editor.run(WORKSPACE_WIDE, edit(text, delete_project, project_id)) is REFUSED:
            window.select_project(summary.code)
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("SetupCommands", "Project {code} deleted").format(
                code=summary.code
            ),
            10000,
        )

    def _delete_client(self) -> None:
        from cpm_desktop.services.portfolio.lifecycle import delete_client

        window = self._window
        client_id = self._client_id()
        if client_id is None:
            return
        name = self._client_name(client_id)
        question = QCoreApplication.translate(
            "SetupCommands",
            "Delete client {name} with its contacts?\n\nA backup of the workspace is written "
            "first: File › Restore from Backup… brings the client back.",
        ).format(name=name)
        if not _confirmed(
            window, QCoreApplication.translate("SetupCommands", "Delete Client"), question
        ):
            return
        if not self._backed_up():
            return
        text = named(QT_TRANSLATE_NOOP("Edits", "Delete client {name}"), name=name)
        if window.editor.run(WORKSPACE_WIDE, edit(text, delete_client, client_id)) is REFUSED:
            return
        window.reload()
        window.select_portfolio(None)
        window.statusBar().showMessage(
            QCoreApplication.translate("SetupCommands", "Client {name} deleted").format(name=name),
            10000,
        )

    def _backed_up(self) -> bool:
        """Write a backup before a deletion; False (and said why) if it cannot be written."""
        window = self._window
        if window.workspace.path is None:
            return True  # a team server's backups are its administrator's, not the app's
        try:
            write_rotating_backup(window.workspace.path)
        except CpmError as exc:
            show_error(
                window, QCoreApplication.translate("SetupCommands", "Backup before deleting"), exc
            )
            return False
        return True

    # -- the selection and the navigator ---------------------------------------------------

    def _selected_client_name(self) -> str:
        """The client whose row is selected in the navigator ('' for none, or all clients)."""
        name = self._window.navigator.currentIndex().data(PORTFOLIO_ROLE)
        return name if isinstance(name, str) else ""

    def _client_id(self) -> int | None:
        """The client of the project shown, else the client selected in the navigator."""
        window = self._window
        if window.project_id is not None:
            return window.workspace.run(project_summary, window.project_id).client_id
        name = self._selected_client_name()
        found = window.workspace.run(find_client, name) if name else None
        return None if found is None else found.id

    def _client_name(self, client_id: int) -> str:
        clients = self._window.workspace.run(portfolio)
        return next((c.name for c in clients if c.id == client_id), "")

    def _on_edited(self, _event: ChangeEvent) -> None:
        # The window refreshes the navigator; here only what the commands may do now.
        self.update_actions()

    def _invite_to_start(self) -> None:
        """The empty area where no project is shown offers New Project… (an empty workspace)."""
        central = self._window.central
        pages = (central.widget(n) for n in range(central.count()))
        for page in pages:
            if not isinstance(page, EmptyState):
                continue
            page.add_action(self.new_project).setObjectName("emptyNewProject")


def _action(window: MainWindow, text: str, icon_name: str, slot: Callable[[], None]) -> QAction:
    action = QAction(icon(icon_name), text, window)
    action.triggered.connect(slot)
    return action


def _confirmed(window: MainWindow, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        window,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
