"""CheckoutCommands: the File menu's check-out commands, enabled by the workspace and the
project shown, and the header's notice of a project checked out on the team server.

On a server: Check Out for Offline Work… (a project not checked out) and Release Check-Out…
(one that is); in a laptop's checked-out copy: Check In to Team Server…. Other users'
check-outs arrive as change events (`ui/server_changes.py`) and are shown at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from cpm_desktop.errors import CpmError, ReadOnlyWorkspaceError
from cpm_desktop.services.checkout import (
    CheckoutRecord,
    checkout_of,
    laptop_checkout,
    release,
)
from cpm_desktop.ui.checkout.words import read_only_notice, since_text
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.workspace.change_events import ChangeEvent, RecordKind

if TYPE_CHECKING:  # the window creates these commands: only its type is needed here
    from cpm_desktop.ui.main_window import MainWindow

CHECK_OUT_TIP = QT_TRANSLATE_NOOP(
    "CheckoutCommands",
    "Take the project shown to a file on this computer to work on it offline; it is "
    "read-only on the team server until you check it in",
)
CHECK_IN_TIP = QT_TRANSLATE_NOOP(
    "CheckoutCommands",
    "Write what you changed in this checked-out copy back to the team server, and make the "
    "project writable there again",
)
RELEASE_TIP = QT_TRANSLATE_NOOP(
    "CheckoutCommands",
    "End a check-out left behind: the project is writable on the team server again, and the "
    "laptop's copy can no longer be checked in (audited)",
)


class CheckoutCommands(QObject):
    """Check Out for Offline Work…, Check In to Team Server… and Release Check-Out… on the
    workspace `window` shows."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._held: CheckoutRecord | None = None  # the shown project's, on a server
        self.check_out = self._action(
            QT_TRANSLATE_NOOP("CheckoutCommands", "Check &Out for Offline Work…"),
            "lock",
            CHECK_OUT_TIP,
            self._check_out,
        )
        self.check_in = self._action(
            QT_TRANSLATE_NOOP("CheckoutCommands", "Check &In to Team Server…"),
            "import",
            CHECK_IN_TIP,
            self._check_in,
        )
        self.release = self._action(
            QT_TRANSLATE_NOOP("CheckoutCommands", "Re&lease Check-Out…"),
            "restore",
            RELEASE_TIP,
            self._release,
        )
        window.sig_project_selected.connect(lambda _: self.refresh())
        window.sig_workspace_opened.connect(lambda _: self.refresh())
        window.editor.sig_changed.connect(self._on_changed)
        window.editor.sig_failed.connect(self._on_refused)
        self.refresh()

    def _action(self, text: str, icon_name: str, tip: str, run: Callable[[], object]) -> QAction:
        action = QAction(
            icon(icon_name), QCoreApplication.translate("CheckoutCommands", text), self
        )
        action.setToolTip(QCoreApplication.translate("CheckoutCommands", tip))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda: run())
        return action

    def file_part(self) -> MenuPart:
        """The File menu's check-out commands; the menu enables them as it opens."""
        items = (self.check_out, self.check_in, self.release)
        return MenuPart(QCoreApplication.translate("Menu", "&File"), items, self.refresh)

    def shown_checked_out(self) -> bool:
        """True when the project shown is checked out to a laptop: read-only here."""
        return self._held is not None

    def refresh(self) -> None:
        """Read the shown project's check-out again: the header's notice and what the
        commands may do follow it."""
        window = self._window
        workspace, project_id = window.workspace, window.project_id
        on_server = workspace.path is None
        copy = None
        try:
            if on_server and project_id is not None:
                self._held = workspace.run(checkout_of, project_id)
            else:
                self._held = None
                copy = workspace.run(laptop_checkout) if not on_server else None
        except CpmError:
            self._held = None  # the server went away: the next edit says so
        window.header.show_checkout(read_only_notice(self._held) if self._held else "")
        writable = not workspace.read_only
        self.check_out.setEnabled(
            on_server and writable and project_id is not None and self._held is None
        )
        self.release.setEnabled(on_server and self._held is not None)
        self.check_in.setEnabled(writable and copy is not None)

    def _on_changed(self, event: ChangeEvent) -> None:
        # Another user's check-out, check-in or release of a project (server_changes.py).
        if event.touches(RecordKind.CHECKOUT):
            self.refresh()

    def _on_refused(self, _: str, exc: CpmError) -> None:
        # Refused as checked out though this window had not heard of it yet: say it now.
        if isinstance(exc, ReadOnlyWorkspaceError) and self._window.workspace.path is None:
            self.refresh()

    # -- the commands (their dialogs load when first asked for) ---------------------------

    def _check_out(self) -> None:
        from cpm_desktop.ui.checkout.check_out import check_out_for_offline

        self.refresh()
        if self.check_out.isEnabled():
            check_out_for_offline(self._window, self._settings)
            self.refresh()

    def _check_in(self) -> None:
        from cpm_desktop.ui.checkout.check_in import check_in_to_server

        self.refresh()
        if self.check_in.isEnabled():
            check_in_to_server(self._window, self._settings)
            self.refresh()

    def _release(self) -> None:
        self.refresh()
        held, window = self._held, self._window
        if held is None:
            return
        title = QCoreApplication.translate("CheckoutCommands", "Release Check-Out")
        asked = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "CheckoutCommands",
                "{code} is checked out by {who} since {since}.\n\nRelease it? The project "
                "becomes writable here again, and {who}'s copy can no longer be checked in: "
                "what they changed offline stays in their file only.",
            ).format(code=held.code, who=held.holder, since=since_text(held.since)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        # A workspace-level operation, not an undoable edit (like Save a Copy): it is audited
        # by the service and goes onto no undo stack.
        try:
            window.workspace.run(release, held.code)
        except CpmError as exc:
            show_error(window, title, exc)
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "CheckoutCommands", "Released {code}: writable on the team server again."
                ).format(code=held.code),
                10000,
            )
        self.refresh()
