"""File › Check Out for Offline Work…: the project shown taken from the team server to a
file on this computer, on a worker thread behind a progress dialog, then offered to open.

A workspace-level operation, like Save a Copy: it goes onto no undo stack (the server
audits it; Check In or the PMO's Release ends it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cpm_desktop.services.checkout import CheckoutRecord, check_out_to_file
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.workspace_files import WORKSPACE_FILTER, with_suffix

if TYPE_CHECKING:  # the window runs this command: only its type is needed here
    from cpm_desktop.ui.main_window import MainWindow


def suggested_file(code: str, folder: Path) -> Path:
    """A new file's name for the project's laptop copy in `folder`: 'ALP-CC offline.cpm',
    numbered when that is taken."""
    stem = QCoreApplication.translate("CheckOut", "{code} offline").format(code=code)
    path, number = folder / f"{stem}.cpm", 1
    while path.exists():
        number += 1
        path = folder / f"{stem} {number}.cpm"
    return path


def ask_laptop_file(parent: QWidget, code: str) -> Path | None:
    """Ask where the laptop copy goes (the documents folder first); an existing file is
    refused and asked again, since a check-out only writes a new file. None: cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggestion = suggested_file(code, Path(documents or Path.home()))
    title = QCoreApplication.translate("CheckOut", "Check out {code} for offline work").format(
        code=code
    )
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(suggestion),
            QCoreApplication.translate("WorkspaceFiles", WORKSPACE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = with_suffix(name)
        if not path.exists():
            return path
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "CheckOut",
                "{name} already exists. A check-out writes a new file: choose another name.",
            ).format(name=path.name),
        )
        suggestion = suggested_file(code, path.parent)


def check_out_for_offline(window: MainWindow, settings: AppSettings) -> CheckoutRecord | None:
    """Check the project shown out of the window's team server into a file the user picks,
    then offer to open that file; on failure nothing stays checked out and the user is told.
    The check-out, or None."""
    server, code = window.workspace, window.header.project_code()
    if server.path is not None or not code:
        return None
    path = ask_laptop_file(window, code)
    if path is None:
        return None

    def job(report: Report) -> CheckoutRecord:
        report(
            QCoreApplication.translate("CheckOut", "Copying {code} to {name}…").format(
                code=code, name=path.name
            )
        )
        return check_out_to_file(server, code, path)

    title = QCoreApplication.translate("CheckOut", "Check Out for Offline Work")
    try:
        record = run_with_progress(window, title, job)
    except Exception as exc:  # a refusal as a message, anything else with its crash log
        show_error(window, title, exc)
        return None
    settings.add_recent_server(server.address)  # where Check In offers to go back to
    answer = QMessageBox.question(
        window,
        title,
        QCoreApplication.translate(
            "CheckOut",
            "{code} is checked out to {path}.\n\nIt is read-only on the team server until you "
            "check it in (File › Check In to Team Server… in the copy). Open the copy now?",
        ).format(code=record.code, path=path),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open:
        window.files.open_path(path)
    return record
