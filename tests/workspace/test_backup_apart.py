"""The backup on open written apart (`open_workspace(backup_apart=True)`, the window's start):
the same checked copy as in place, under the lock, and a damaged file still refused."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from cpm_desktop.errors import DamagedWorkspaceError
from cpm_desktop.workspace import backups, open_workspace
from cpm_desktop.workspace.backups import list_backups, write_rotating_backup
from cpm_desktop.workspace.lock import WorkspaceLock
from tests.file_safety import demo_master as shared_demo_master
from tests.file_safety import files_below
from tests.workspace.damage import damage_table


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per module; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo workspace, with no backups yet."""
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_master, path)
    return path


def test_the_backup_apart_is_written_and_checked(plan: Path) -> None:
    """Once `backup_written` returns, the rotating backup is there, like one written in place."""
    workspace = open_workspace(plan, backup_apart=True)
    try:
        workspace.backup_written()
        assert len(list_backups(plan)) == 1
    finally:
        workspace.close()


def test_the_lock_is_held_until_the_backup_is_written(
    plan: Path, monkeypatch: pytest.MonkeyPatch
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
    open_workspace(plan, backup_apart=True).close()
    assert events == ["backup written", "lock released"]
    assert len(list_backups(plan)) == 1


def test_a_damaged_workspace_is_refused_when_the_backup_is_waited_for(plan: Path) -> None:
    """The damage the copy finds is raised by `backup_written`, naming the newest good backup;
    the backups stay as they were."""
    good = write_rotating_backup(plan, now=dt.datetime(2026, 9, 1, 9, 30))
    damage_table(plan, "task")
    before = files_below(plan.parent)
    workspace = open_workspace(plan, backup_apart=True)
    try:
        with pytest.raises(DamagedWorkspaceError, match=good.name):
            workspace.backup_written()
    finally:
        workspace.close()
    assert files_below(plan.parent) == before
