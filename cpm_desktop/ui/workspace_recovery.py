"""Opening a workspace that turns out damaged: say so plainly and offer the newest good backup.

The damaged file is never deleted: restoring renames it beside the workspace, and opening it
read-only lets the user look at (and export) what can still be read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from cpm_desktop.errors import CpmError, DamagedWorkspaceError
from cpm_desktop.services.opening import open_for_reading
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.backups import newest_good_backup, restore_backup

TITLE = QT_TRANSLATE_NOOP("WorkspaceRecovery", "Damaged workspace")


def open_or_recover(parent: QWidget | None, path: Path) -> Workspace | None:
    """Open `path` for use; when it is damaged, offer to restore its newest good backup.

    Returns None when the user cancels or the recovery fails (after telling why); any other
    refusal (locked, not a workspace) is raised as the CpmError it is.
    """
    try:
        return open_for_reading(path)
    except DamagedWorkspaceError as exc:
        return offer_recovery(parent, exc)


def offer_recovery(parent: QWidget | None, damaged: DamagedWorkspaceError) -> Workspace | None:
    """Ask what to do with a damaged workspace: restore, look at it read-only, or cancel."""
    path = damaged.path
    backup = newest_good_backup(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("WorkspaceRecovery", TITLE))
    box.setText(
        QCoreApplication.translate(
            "WorkspaceRecovery", "{name} is damaged and cannot be opened safely."
        ).format(name=path.name)
    )
    box.setDetailedText(str(damaged))
    restore = None
    if backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "WorkspaceRecovery",
                "Its newest good backup was taken on {taken}.\n\n"
                "Restore it? Changes made after that time are not in the backup; the damaged "
                "file is kept beside the workspace, renamed, and is never deleted.",
            ).format(taken=_when(backup.taken))
        )
        restore = box.addButton(
            QCoreApplication.translate("WorkspaceRecovery", "Restore Backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "WorkspaceRecovery",
                "No intact backup of it was found. You can open it read-only to see, and "
                "export, what can still be read.",
            )
        )
    look = box.addButton(
        QCoreApplication.translate("WorkspaceRecovery", "Open Read-Only"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    try:
        if restore is not None and box.clickedButton() is restore:
            restore_backup(path, backup.number if backup else None)
            return open_for_reading(path)
        if box.clickedButton() is look:
            return open_workspace(path, read_only=True, check_damage=False)
    except CpmError as exc:
        show_error(parent, TITLE, exc)
    return None


def _when(taken: dt.datetime) -> str:
    """When a backup was taken, as the window's language writes a date and time."""
    moment = QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat)
