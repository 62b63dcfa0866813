"""File › Check In to Team Server…: a laptop's checked-out copy written back to its team
server — connect, preview what changed, then write it in one transaction on a worker thread.

A workspace-level operation, like Save a Copy: it goes onto no undo stack. A check-in the
server refuses (the PMO released the check-out) changes nothing on either side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from cpm_desktop.services.checkout import CheckIn, check_in_between, laptop_checkout
from cpm_desktop.ui.checkout.preview_dialog import CheckInPreviewDialog
from cpm_desktop.ui.checkout.preview_model import preview_rows
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.server_connect import ask_server_workspace
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.workspace import Workspace

if TYPE_CHECKING:  # the window runs this command: only its type is needed here
    from cpm_desktop.ui.main_window import MainWindow


def check_in_to_server(window: MainWindow, settings: AppSettings) -> CheckIn | None:
    """Connect to the team server (the one the copy came from, else the last one used, filled
    in), preview the copy's changes and, on the user's yes, write them back; then offer to
    open the server's workspace. What was written, or None (cancelled or refused: the copy
    is kept as it was)."""
    laptop = window.workspace
    held = laptop.run(laptop_checkout) if laptop.path is not None else None
    if held is None:
        return None
    recent = settings.recent_servers()
    server = ask_server_workspace(window, held.server or (recent[0] if recent else ""))
    if server is None:
        return None
    done = _preview_and_write(window, laptop, server)
    if done is None:
        server.close()
        return None
    window.read_only_banner.show_for(laptop)  # no longer a checked-out copy
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("CheckIn", "Checked In"),
        QCoreApplication.translate(
            "CheckIn",
            "{code} is checked in: the team server has your changes, and the project is "
            "writable there again.\n\nOpen the team server's workspace in this window?",
        ).format(code=done.code),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open:
        window.set_workspace(server)
        window.start(done.code)
    else:
        server.close()
    return done


def _preview_and_write(window: MainWindow, laptop: Workspace, server: Workspace) -> CheckIn | None:
    """The preview, the user's yes, then the write; None when cancelled or refused (said)."""
    title = QCoreApplication.translate("CheckIn", "Check In to Team Server")

    def job(apply: bool) -> CheckIn:
        def run(report: Report) -> CheckIn:
            doing = (
                QCoreApplication.translate("CheckIn", "Writing your changes to {server}…")
                if apply
                else QCoreApplication.translate("CheckIn", "Comparing your copy with {server}…")
            )
            report(doing.format(server=server.name))
            return check_in_between(laptop, server, apply=apply)

        return run_with_progress(window, title, run)

    try:
        found = job(apply=False)
        preview = CheckInPreviewDialog(found.code, server.name, preview_rows(found.found), window)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return None
        return job(apply=True)
    except Exception as exc:  # a refusal as a message, anything else with its crash log
        show_error(window, title, exc)
        return None
