"""File › Restore from Backup…: the backups listed, a damaged one not choosable, the restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from cpm_desktop.services.portfolio import clients
from cpm_desktop.services.portfolio.views import portfolio
from cpm_desktop.ui.backups.dialog import RestoreBackupDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import REFUSED, edit
from cpm_desktop.workspace import backup_dir_for
from cpm_desktop.workspace.backups import describe_backups, write_rotating_backup
from tests.workspace.damage import damaged_copy


@pytest.fixture
def backed_up(window: MainWindow) -> Path:
    """The window's workspace with one good backup and, newer, one damaged backup."""
    path = window.workspace.path
    good = write_rotating_backup(path)
    folder = backup_dir_for(path)
    damaged_copy(good, folder / f"{path.stem}_2099-01-01_000000_000000.cpm", "task")
    return path


def test_the_dialog_lists_every_backup_and_preselects_the_newest_intact(
    backed_up: Path, qtbot, qtmodeltester
) -> None:
    """The damaged newest backup is listed but disabled; the good one is chosen."""
    dialog = RestoreBackupDialog(backed_up, describe_backups(backed_up), None)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 4).data() == "no, damaged"
    assert not dialog.model.flags(dialog.model.index(0, 0))
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.number == 2
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_window_puts_the_backup_back(
    window: MainWindow, backed_up: Path, monkeypatch
) -> None:
    """An edit made after the backup is gone after the restore; the old file is kept aside."""
    window.editor.run(1, edit("Add a client", clients.create_client, "Made after the backup"))
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    window.commands.restore_backup.trigger()
    names = [c.name for c in window.workspace.run(portfolio)]
    assert "Made after the backup" not in names
    assert not window.workspace.read_only
    [aside] = backed_up.parent.glob(f"{backed_up.stem}_set-aside_*.cpm")
    assert aside.is_file()


def test_cancel_keeps_the_workspace_open(window: MainWindow, backed_up: Path, monkeypatch) -> None:
    """Cancelling the dialog closes nothing and restores nothing."""
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    shown = window.workspace
    window.commands.restore_backup.trigger()
    assert window.workspace is shown
    assert (
        window.editor.run(1, edit("Add a client", clients.create_client, "Still editable"))
        is not REFUSED
    )
    assert not list(backed_up.parent.glob("*_set-aside_*"))


def test_no_backup_yet_says_so(window: MainWindow, messages: list[str]) -> None:
    """With no backup there is nothing to choose, and the user is told why."""
    shutil.rmtree(backup_dir_for(window.workspace.path), ignore_errors=True)
    window.commands.restore_backup.trigger()
    assert "no backup" in messages[-1]
