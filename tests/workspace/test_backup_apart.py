"""The backup on open written apart (`open_workspace(backup_apart=True)`, the window's start):
the same checked copy as in place, under the lock, and a damaged file still refused."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from cpm_desktop.errors import DamagedWorkspaceError
from cpm_desktop.workspace import backups, file, open_workspace
from cpm_desktop.workspace.backups import list_backups, write_rotating_backup
from cpm_desktop.workspace.lock import WorkspaceLock
from cpm_desktop.workspace.sqlite_files import stamped_revision
from tests.file_safety import files_below
from tests.workspace.damage import damage_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # workspace-0001.cpm: revision 0001


def test_the_backup_apart_is_written_and_checked(saved: Path) -> None:
    """Once `backup_written` returns, the rotating backup is there, like one written in place."""
    workspace = open_workspace(saved, backup_apart=True)
    try:
        workspace.backup_written()
        assert len(list_backups(saved)) == 1
    finally:
        workspace.close()


def test_the_lock_is_held_until_the_backup_is_written(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing waits for the copy before it gives the lock back."""
    events: list[str] = []
    write = backups.write_rotating_backup

    def slow_write(path: Path) -> Path:
        time.sleep(0.3)
        events.append("backup written")
        return write(path)

    release = WorkspaceLock.release
    monkeypatch.setattr(backups, "write_rotating_backup", slow_write)
    monkeypatch.setattr(
        WorkspaceLock, "release", lambda lock: (events.append("lock released"), release(lock))
    )
    open_workspace(saved, backup_apart=True).close()
    assert events == ["backup written", "lock released"]
    assert len(list_backups(saved)) == 1


def test_a_damaged_workspace_is_refused_when_the_backup_is_waited_for(saved: Path) -> None:
    """The damage the copy finds is raised by `backup_written`, naming the newest good backup;
    the backups stay as they were."""
    good = write_rotating_backup(saved, now=dt.datetime(2026, 9, 1, 9, 30))
    damage_table(saved, "task")
    before = files_below(saved.parent)
    workspace = open_workspace(saved, backup_apart=True)
    try:
        with pytest.raises(DamagedWorkspaceError, match=good.name):
            workspace.backup_written()
    finally:
        workspace.close()
    assert files_below(saved.parent) == before


def test_a_file_to_upgrade_is_backed_up_before_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older file is backed up in place, as it was, before it is migrated; nothing is left
    to wait for."""
    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURES / "workspace-0001.cpm", path)
    revision = _revision(path)
    taken: list[str | None] = []
    write = backups.write_rotating_backup

    def write_noting_revision(workspace: Path) -> Path:
        taken.append(_revision(workspace))
        return write(workspace)

    monkeypatch.setattr(file, "write_rotating_backup", write_noting_revision)
    monkeypatch.setattr(backups, "BackupApart", None)  # called, it would fail
    with open_workspace(path, backup_apart=True) as workspace:
        assert workspace.upgraded_from == revision
        workspace.backup_written()
    assert taken == [revision]
    assert revision != _revision(path)


def _revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        return stamped_revision(connection)
