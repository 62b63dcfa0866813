"""Restoring a backup: only an intact one takes the workspace's place, and the file it replaces
is kept aside whole, with what was still in its WAL.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cpm_desktop.errors import WorkspaceError, WorkspaceLockedError
from cpm_desktop.services.portfolio import clients, views
from cpm_desktop.workspace import backup_dir_for, check_workspace, open_workspace
from cpm_desktop.workspace.backups import (
    describe_backups,
    restore_backup,
    write_rotating_backup,
)
from cpm_desktop.workspace.sqlite_files import sidecar
from tests.file_safety import demo_master as shared_demo_master
from tests.file_safety import files_below
from tests.services.support import snapshot
from tests.workspace.damage import damage_table, damaged_copy

STAMP = "%Y-%m-%d_%H%M%S_%f"

# A crash right after a commit: the row is in the WAL, not yet in the file itself.
CRASH_AFTER_COMMIT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("INSERT INTO client (name, industry, notes) VALUES ('Only in the WAL', '', '')")
connection.commit()
os._exit(0)
"""


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per session; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo workspace with two good backups (1 and 2 September).

    The client 'Added after the first backup' is in the second backup only.
    """
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_master, path)
    write_rotating_backup(path, now=dt.datetime(2026, 9, 1, 9, 30))
    with open_workspace(path, backup=False) as workspace:
        workspace.run(clients.create_client, "Added after the first backup")
    write_rotating_backup(path, now=dt.datetime(2026, 9, 2, 9, 30))
    return path


def damaged_backup_on(path: Path, day: int) -> Path:
    """Put a damaged copy of `path` among its backups, stamped on that September 2026 day."""
    name = f"{path.stem}_{dt.datetime(2026, 9, day, 9, 30).strftime(STAMP)}.cpm"
    return damaged_copy(path, backup_dir_for(path) / name)


def crash_after_commit(path: Path) -> None:
    """Commit a client row in another process that then dies, leaving the row in the WAL."""
    subprocess.run([sys.executable, "-c", CRASH_AFTER_COMMIT, str(path)], check=True, timeout=60)


def client_names(path: Path) -> list[str]:
    """The client names of a workspace, read through SQLite only (its WAL included)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM client ORDER BY id")]
    finally:
        connection.close()


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of a workspace file, opened read-only."""
    with open_workspace(path, read_only=True) as workspace:
        return snapshot(workspace)


def test_restore_puts_back_the_newest_intact_backup(plan: Path) -> None:
    """By default the newest intact backup is restored, passing over a newer damaged one."""
    damaged_backup_on(plan, 3)
    second = describe_backups(plan)[1]
    assert not describe_backups(plan)[0].intact
    assert second.intact
    expected = rows_of(second.path)
    result = restore_backup(plan)
    assert result.backup.path == second.path
    assert result.backup.number == 2
    assert rows_of(plan) == expected
    assert check_workspace(plan).ok
    with open_workspace(plan) as workspace, workspace.transaction() as s:
        assert "Added after the first backup" in [c.name for c in views.portfolio(s)]


def test_the_damaged_workspace_is_kept_aside_with_its_wal(plan: Path) -> None:
    """The replaced file is renamed aside byte for byte; rows only in its WAL are still there."""
    damage_table(plan, "task")
    crash_after_commit(plan)
    assert sidecar(plan, "-wal").stat().st_size > 0
    damaged = plan.read_bytes()
    result = restore_backup(plan)
    aside = result.set_aside
    assert aside is not None
    assert aside.parent == plan.parent
    assert aside.name.startswith("plan_set-aside_")
    assert aside.suffix == ".cpm"
    assert aside.read_bytes() == damaged
    assert "Only in the WAL" in client_names(aside)
    # The restored workspace stands alone: no WAL of the old file is left beside it.
    assert not sidecar(plan, "-wal").exists()
    assert "Only in the WAL" not in client_names(plan)
    assert check_workspace(plan).ok


@pytest.mark.parametrize(("number", "said"), [(1, "is damaged too"), (9, "no backup 9")])
def test_restore_refuses_a_damaged_backup_or_a_number_out_of_range(
    plan: Path, number: int, said: str
) -> None:
    """Asking for a damaged backup, or one that does not exist, changes no file anywhere."""
    damaged_backup_on(plan, 3)
    before = files_below(plan.parent)
    with pytest.raises(WorkspaceError, match=said):
        restore_backup(plan, number)
    assert files_below(plan.parent) == before


def test_restore_refuses_a_workspace_open_elsewhere(plan: Path) -> None:
    """While a CPM Desktop holds the workspace, restore names the holder and changes nothing."""
    before = files_below(backup_dir_for(plan))
    with open_workspace(plan, backup=False):
        workspace_bytes = plan.read_bytes()
        with pytest.raises(WorkspaceLockedError, match=f"process {os.getpid()}"):
            restore_backup(plan)
        assert plan.read_bytes() == workspace_bytes
    assert files_below(backup_dir_for(plan)) == before
    assert not list(plan.parent.glob("*set-aside*"))


def test_restore_of_a_missing_workspace_puts_the_backup_in_its_place(plan: Path) -> None:
    """When the workspace file is gone, restore writes it from the backup; nothing is set aside."""
    plan.unlink()
    result = restore_backup(plan, 1)
    assert result.set_aside is None
    assert rows_of(plan) == rows_of(result.backup.path)


def test_restore_without_backups_says_where_it_looked(tmp_path: Path, demo_master: Path) -> None:
    """A workspace with no backup folder: a WorkspaceError naming the folder; file unchanged."""
    path = tmp_path / "lonely.cpm"
    shutil.copyfile(demo_master, path)
    with pytest.raises(WorkspaceError, match="no backup of lonely.cpm in .*lonely-backups"):
        restore_backup(path)
    assert path.read_bytes() == demo_master.read_bytes()


def test_the_restored_workspace_keeps_the_permissions_of_the_one_it_replaces(
    plan: Path,
) -> None:
    """A workspace the user made private (0600) is still private after a restore."""
    plan.chmod(0o600)
    restore_backup(plan)
    assert stat.S_IMODE(plan.stat().st_mode) == 0o600
