"""File › Restore from Backup…: choose one of the workspace's checked backups and put it back.

The current file is never deleted: it is renamed beside the workspace, as `restore` does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import CpmError
from cpm_desktop.services.opening import open_for_reading
from cpm_desktop.ui.backups.model import BackupTableModel
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import style_record_table
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.backups import BackupInfo, describe_backups, restore_backup

TITLE = QT_TRANSLATE_NOOP("RestoreBackupDialog", "Restore from Backup")


def _title() -> str:
    """The dialog's title in the UI language."""
    return QCoreApplication.translate("RestoreBackupDialog", TITLE)


class RestoreBackupDialog(QDialog):
    """Lists the backups of a workspace, newest first; the newest intact one is preselected."""

    def __init__(self, workspace: Path, backups: list[BackupInfo], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_title())
        self.resize(620, 360)
        intro = QLabel(
            QCoreApplication.translate(
                "RestoreBackupDialog",
                "Choose the backup to put in place of <b>{name}</b>. Changes made after "
                "it was taken are not in it; the current file is kept beside the workspace, "
                "renamed, and is never deleted. Damaged backups are listed but cannot be chosen.",
            ).format(name=workspace.name)
        )
        intro.setWordWrap(True)
        self.model = BackupTableModel(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_record_table(self.table, sortable=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._accept_if_chosen())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(
            QCoreApplication.translate("RestoreBackupDialog", "Restore")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self._select_newest_intact()
        self._update_button()

    def chosen(self) -> BackupInfo | None:
        """The backup selected (always an intact one), or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _select_newest_intact(self) -> None:
        for row, backup in enumerate(self.model.backups):
            if backup.intact:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()


def restore_from_backup(
    parent: QWidget, workspace: Path, close_current: Callable[[], None]
) -> Workspace | None:
    """Ask which backup, then close the workspace, restore it and open it again.

    Returns the workspace opened afterwards (the restored one; the old one if the restore was
    refused), or None when the user cancelled and nothing was closed. Raises the CpmError of
    a workspace that cannot be opened again after it was closed.
    """
    backups = describe_backups(workspace)
    if not backups:
        QMessageBox.information(
            parent,
            _title(),
            QCoreApplication.translate(
                "RestoreBackupDialog",
                "There is no backup of {name} yet: one is written each "
                "time the workspace is opened.",
            ).format(name=workspace.name),
        )
        return None
    dialog = RestoreBackupDialog(workspace, backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return None
    close_current()  # releases the lock, which the restore takes
    try:
        restore_backup(workspace, chosen.number)
    except CpmError as exc:
        show_error(parent, _title(), exc)
    return open_for_reading(workspace)
