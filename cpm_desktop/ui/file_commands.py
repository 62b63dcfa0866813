"""FileCommands: the File menu's work on workspaces and files (open, copy, import, export).

The main window wires these to its actions; each command asks what it must, does it through
the window's workspace and Editor, and tells the user in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from cpm_desktop.errors import CpmError, PasswordNeededError
from cpm_desktop.ui.dialogs.about import show_about
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.workspace_files import (
    ask_and_save_copy,
    ask_new_workspace,
    ask_workspace_to_open,
    fill_recent_menu,
)
from cpm_desktop.ui.workspace_recovery import open_or_recover

if TYPE_CHECKING:  # the window creates its file commands: only its type is needed here
    from cpm_desktop.ui.main_window import MainWindow


class FileCommands:
    """The commands of the File (and Help) menu, on the workspace `window` shows."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        self._window = window
        self._settings = settings
        self.recent_menu = QMenu(QCoreApplication.translate("FileCommands", "Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a = window.commands
        a.new.triggered.connect(self._new_workspace)
        a.open.triggered.connect(self._open_workspace_dialog)
        a.connect_server.triggered.connect(lambda: self._connect_server())
        a.save_copy.triggered.connect(self._save_copy)
        a.restore_backup.triggered.connect(self._restore_backup)
        a.import_plan.triggered.connect(self._import_plan)
        a.export_mspdi.triggered.connect(self._export_mspdi)
        a.export_workbook.triggered.connect(self._export_workbook)
        a.export_pack.triggered.connect(self._export_pack)
        a.import_edits.triggered.connect(self._import_client_edits)
        a.open_workbook_when_done.setChecked(settings.open_workbook_when_done())
        a.open_workbook_when_done.toggled.connect(settings.set_open_workbook_when_done)
        a.quit.triggered.connect(window.close)
        a.about.triggered.connect(lambda: show_about(window, str(window.workspace.path)))

    def _say(self, text: str, milliseconds: int) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    # -- workspaces ----------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        current = self._window.workspace
        recent = [p for p in self._settings.recent_files() if p != current.path]
        servers = [a for a in self._settings.recent_servers() if a != current.address]
        fill_recent_menu(self.recent_menu, recent, self.open_path, servers, self._open_server)

    def _new_workspace(self) -> None:
        window = self._window
        workspace = ask_new_workspace(window, window.workspace.folder)
        if workspace is not None:
            window.set_workspace(workspace)
            window.start()

    def _open_workspace_dialog(self) -> None:
        path = ask_workspace_to_open(self._window, self._window.workspace.folder)
        if path is not None:
            self.open_path(path)

    def _connect_server(self, address: str = "") -> None:
        # The dialog (and the keyring) load when asked for, not at start.
        from cpm_desktop.ui.server_connect import ask_server_workspace

        workspace = ask_server_workspace(self._window, address)
        if workspace is not None:
            self._window.set_workspace(workspace)
            self._window.start()

    def _open_server(self, address: str) -> None:
        """Open a recent team server's workspace; its dialog when it wants a password."""
        from cpm_desktop.ui.server_connect import open_with_kept_password

        try:
            workspace = open_with_kept_password(address)
        except PasswordNeededError:
            self._connect_server(address)
            return
        except CpmError as exc:
            show_error(
                self._window, QCoreApplication.translate("FileCommands", "Open workspace"), exc
            )
            return
        self._window.set_workspace(workspace)
        self._window.start()

    def show_workspace(self, on_file: bool) -> None:
        """Offer a file's own commands (its copy, its backups) only on a workspace file."""
        a = self._window.commands
        for action in (a.save_copy, a.restore_backup):
            action.setEnabled(on_file)

    def open_path(self, path: Path) -> bool:
        """Open the workspace at `path` in the window; tell the user if it cannot be."""
        window = self._window
        if path.resolve() == window.workspace.path:
            return True
        try:
            workspace = open_or_recover(window, path)
        except CpmError as exc:
            show_error(window, QCoreApplication.translate("FileCommands", "Open workspace"), exc)
            return False
        if workspace is None:
            return False
        window.set_workspace(workspace)
        window.start()
        return True

    def _save_copy(self) -> None:
        path = ask_and_save_copy(self._window, self._window.workspace)
        if path is not None:
            self._say(
                QCoreApplication.translate("FileCommands", "Copy saved to {path}").format(
                    path=path
                ),
                8000,
            )

    def _restore_backup(self) -> None:
        from cpm_desktop.ui.backups.dialog import restore_from_backup  # the dialog: on first use

        window = self._window
        if window.workspace.path is None:
            return  # a team server's backups are its administrator's (the action is off)
        try:
            workspace = restore_from_backup(window, window.workspace.path, window.release_workspace)
        except CpmError as exc:  # closed, and cannot be opened again: nothing left to show
            show_error(
                window, QCoreApplication.translate("FileCommands", "Restore from Backup"), exc
            )
            window.close()
            return
        if workspace is not None:
            window.set_workspace(workspace)
            window.start()

    # -- plans in and out ----------------------------------------------------------------

    def _import_plan(self) -> None:
        # The formats' readers (defusedxml and its XML parser) load with the first import.
        from cpm_desktop.interchange.formats import IMPORT_FILTER

        window = self._window
        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("FileCommands", "Import a plan"),
            str(window.workspace.folder),
            IMPORT_FILTER,
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Import `path` as a new project (progress, then the report) and show it."""
        # The import and export commands load their services when first used: the window
        # opens without them (about a tenth of its start).
        from cpm_desktop.ui.interchange.actions import import_file  # noqa: PLC0415

        window = self._window
        result = import_file(window, window.workspace, path)
        if result is None:
            return False
        window.reload()
        window.select_project(result.code)
        return True

    def _export_mspdi(self) -> None:
        window, project_id = self._window, self._window.project_id
        if project_id is None:
            return
        code = window.header.project_code()
        from cpm_desktop.ui.interchange.actions import ask_and_export_mspdi  # noqa: PLC0415

        path = ask_and_export_mspdi(window, window.workspace, project_id, code)
        if path is not None:
            self._say(
                QCoreApplication.translate("FileCommands", "Exported {code} to {path}").format(
                    code=code, path=path
                ),
                8000,
            )

    def _export_workbook(self) -> None:
        window, project_id = self._window, self._window.project_id
        if project_id is None:
            return
        from cpm_desktop.ui.client_workbook.export import ask_and_export_workbook  # noqa: PLC0415

        path = ask_and_export_workbook(window, window.workspace, project_id, self._settings)
        if path is not None:
            self._say(
                QCoreApplication.translate(
                    "FileCommands", "Exported the client workbook to {path}"
                ).format(path=path),
                10000,
            )

    def _export_pack(self) -> None:
        window, project_id = self._window, self._window.project_id
        if project_id is None:
            return
        from cpm_desktop.ui.steering_pack.export import ask_and_export_pack  # noqa: PLC0415

        path = ask_and_export_pack(window, window.editor, project_id, self._settings)
        if path is not None:
            self._say(
                QCoreApplication.translate(
                    "FileCommands", "Exported the steering committee pack to {path}"
                ).format(path=path),
                10000,
            )

    def _import_client_edits(self) -> None:
        from cpm_desktop.ui.client_workbook.import_edits import ask_for_workbook  # noqa: PLC0415

        path = ask_for_workbook(self._window, self._settings)
        if path is not None:
            self.import_client_edits_from(path)

    def import_client_edits_from(self, path: Path) -> bool:
        """Preview the client's edits in `path`, apply those the PM accepts; True if applied."""
        from cpm_desktop.ui.client_workbook.edit_items import applied_message  # noqa: PLC0415
        from cpm_desktop.ui.client_workbook.import_edits import (  # noqa: PLC0415
            import_client_edits,
        )

        window = self._window
        result = import_client_edits(window, window.editor, path, window.select_project)
        if result is None:
            return False
        self._say(applied_message(result), 15000)
        return True
