"""StatusCommands: Project › Update Status…, and the header's reminder that opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import RecordKind

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow
    from cpm_desktop.workspace import ChangeEvent

SHORTCUT = "Ctrl+Shift+U"
TIP = QT_TRANSLATE_NOOP(
    "StatusCommands", "Enter progress as of the next status date and write its status report"
)
MESSAGE_MS = 10000


class StatusCommands(QObject):
    """Update Status…: enabled while an open project of a writable workspace is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.update_status = QAction(
            icon("calendar"),
            QCoreApplication.translate("StatusCommands", "&Update Status…"),
            window,
        )
        self.update_status.setObjectName("updateStatus")
        self.update_status.setShortcut(QKeySequence(SHORTCUT))
        native = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        tip = QCoreApplication.translate("StatusCommands", TIP)
        self.update_status.setToolTip(
            QCoreApplication.translate("StatusCommands", "{tip} ({shortcut})").format(
                tip=tip, shortcut=native
            )
        )
        self.update_status.setStatusTip(tip)
        self.update_status.triggered.connect(self.run)
        window.header.sig_update_status.connect(self.run)
        window.editor.sig_changed.connect(self._on_edited)
        window.sig_project_selected.connect(lambda _: self.update_actions())
        window.sig_workspace_opened.connect(lambda _: self.update_actions())
        self.update_actions()

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        project = QCoreApplication.translate("Menu", "&Project")
        return (MenuPart(project, (self.update_status,), self.update_actions),)

    def update_actions(self) -> None:
        """Enable Update Status… for an open project of a writable workspace."""
        window = self._window
        project_id = window.project_id
        # A project checked out to a laptop is read-only on the server until its check-in.
        writable = not (window.workspace.read_only or window.checkout.shown_checked_out())
        is_open = project_id is not None and not (
            window.workspace.run(project_summary, project_id).is_closed
        )
        self.update_status.setEnabled(writable and is_open)

    def run(self) -> None:
        """Open the Update Status dialog for the project shown; say what changed afterwards."""
        self.update_actions()
        window, project_id = self._window, self._window.project_id
        if project_id is None or not self.update_status.isEnabled():
            return
        # The dialog and the status cycle's services load when first asked for, not with the
        # window.
        from cpm_desktop.ui.status_cycle.since_last_view import since_last_lines
        from cpm_desktop.ui.status_cycle.update_dialog import update_status

        since = update_status(window, window.editor, project_id)
        if since is None:
            return
        first = since_last_lines(since)[0] if since_last_lines(since) else ""
        day = short_date_text(since.status_date)
        updated = QCoreApplication.translate("StatusCommands", "Status updated to {date}.").format(
            date=day
        )
        window.statusBar().showMessage(f"{updated} {first}".strip(), MESSAGE_MS)

    def _on_edited(self, event: ChangeEvent) -> None:
        project_id = self._window.project_id
        # Only the project's own record and its gates decide these actions: a plan edit of a
        # 10,000-task project need not read its summary again.
        if (
            project_id is not None
            and event.concerns(project_id)
            and event.touches(RecordKind.PROJECT, RecordKind.STAGE_GATE)
        ):
            self.update_actions()
