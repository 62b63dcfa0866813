"""A damaged workspace, or a clock that went back, never costs a good backup; check reports it.

The damage is real: bytes inside the task table's pages are overwritten (tests/workspace/
damage.py), so SQLite itself finds the file malformed.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cpm_desktop.errors import DamagedWorkspaceError
from cpm_desktop.workspace import backup_dir_for, check_workspace, open_workspace
from cpm_desktop.workspace.backups import (
    KEEP_BACKUPS,
    DamagedCopyError,
    copy_database,
    newest_good_backup,
    write_rotating_backup,
)
from tests.file_safety import demo_master as shared_demo_master
from tests.file_safety import files_below
from tests.workspace.damage import damage_table, damaged_copy, truncate


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per session; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo workspace, with no backups yet."""
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_master, path)
    return path


def backups_on(path: Path, *days: int) -> list[Path]:
    """Write one rotating backup of `path` on each of these September 2026 days, in order."""
    return [write_rotating_backup(path, now=dt.datetime(2026, 9, day, 9, 30)) for day in days]


# ------------------------------------------------------------------------------ opening


def test_opens_of_a_damaged_workspace_leave_every_backup_as_it_was(plan: Path) -> None:
    """Six opens of a damaged workspace each name its newest good backup and change none."""
    taken = backups_on(plan, *range(1, KEEP_BACKUPS + 1))
    damage_table(plan, "task")
    before = files_below(backup_dir_for(plan))
    for _ in range(6):
        with pytest.raises(DamagedWorkspaceError, match="is damaged") as caught:
            open_workspace(plan)
        assert caught.value.good_backup == taken[-1]
        assert taken[-1].name in str(caught.value)
        assert files_below(backup_dir_for(plan)) == before
    # Each refused open let go of its lock and left no WAL behind.
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan-backups", "plan.cpm"]


def test_a_damaged_newest_backup_is_passed_over(plan: Path) -> None:
    """When the newest backup is damaged too, the error names the newest intact one."""
    good = backups_on(plan, 1, 2)
    stamp = dt.datetime(2026, 9, 3, 9, 30).strftime("%Y-%m-%d_%H%M%S_%f")
    damaged_copy(plan, backup_dir_for(plan) / f"plan_{stamp}.cpm", "dependency")
    damage_table(plan, "task")
    with pytest.raises(DamagedWorkspaceError) as caught:
        open_workspace(plan)
    assert caught.value.good_backup == good[-1]
    assert "backup 2," in str(caught.value)
    newest = newest_good_backup(plan)
    assert newest is not None
    assert (newest.number, newest.path) == (2, good[-1])


def test_a_damaged_workspace_without_an_intact_backup_says_so(plan: Path) -> None:
    """With no intact backup, the error says none was found; not even a backup folder is made."""
    damage_table(plan, "risk")
    with pytest.raises(DamagedWorkspaceError, match="No intact backup") as caught:
        open_workspace(plan)
    assert caught.value.good_backup is None
    assert [p.name for p in plan.parent.iterdir()] == ["plan.cpm"]  # no backup folder either


def test_a_damaged_workspace_is_refused_read_only_too(plan: Path) -> None:
    """Opening read-only checks the file first: a damaged one is refused naming its backup."""
    [good] = backups_on(plan, 1)
    damage_table(plan, "task")
    before = plan.read_bytes()
    with pytest.raises(DamagedWorkspaceError) as caught:
        open_workspace(plan, read_only=True)
    assert caught.value.good_backup == good
    assert plan.read_bytes() == before


def test_a_copy_of_a_damaged_file_leaves_nothing(plan: Path, tmp_path: Path) -> None:
    """copy_database of a damaged file raises DamagedCopyError; no copy, no temporary file."""
    damage_table(plan, "task")
    folder = tmp_path / "copies"
    folder.mkdir()
    with pytest.raises(DamagedCopyError, match="is damaged"):
        copy_database(plan, folder / "copy.cpm")
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------------------------ rotation


def test_rotation_keeps_the_copy_just_written_when_the_clock_went_back(plan: Path) -> None:
    """A backup stamped before all the others (clock set back) is kept; the oldest goes."""
    later = backups_on(plan, 10, 11, 12, 13, 14)
    earlier = write_rotating_backup(plan, now=dt.datetime(2026, 9, 1, 9, 30))
    kept = {p.name for p in backup_dir_for(plan).iterdir()}
    assert earlier.exists()
    assert kept == {earlier.name, *(p.name for p in later[1:])}
    assert len(kept) == KEEP_BACKUPS
    # A second backup from the past pushes out the first one, never itself.
    again = write_rotating_backup(plan, now=dt.datetime(2026, 9, 2, 9, 30))
    assert {p.name for p in backup_dir_for(plan).iterdir()} == {
        again.name,
        *(p.name for p in later[1:]),
    }


# ------------------------------------------------------------------------------ check


def test_check_names_the_table_that_cannot_be_read(plan: Path) -> None:
    """check reports a damaged table by name, with the backup to restore, and changes nothing."""
    [good] = backups_on(plan, 1)
    damage_table(plan, "task")
    before = plan.read_bytes()
    report = check_workspace(plan)
    assert not report.ok
    assert list(report.unreadable) == ["task"]
    assert report.counts["client"] == 2  # the other tables are still counted
    assert report.integrity != ["ok"]
    assert report.good_backup is not None
    assert report.good_backup.path == good
    lines = report.lines()
    assert any(line.split()[:4] == ["task", "cannot", "be", "read:"] for line in lines)
    assert lines[-1] == "result:       PROBLEMS FOUND"
    assert plan.read_bytes() == before
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan-backups", "plan.cpm"]


def test_check_of_a_truncated_file_reports_instead_of_raising(plan: Path) -> None:
    """A file cut in half is reported as a schema that cannot be read; it is left as it was."""
    truncate(plan)
    before = plan.read_bytes()
    report = check_workspace(plan)
    assert not report.ok
    assert "(schema)" in report.unreadable
    assert report.revision is None
    assert "schema:       cannot be read" in report.lines()
    assert report.lines()[-1] == "result:       PROBLEMS FOUND"
    assert plan.read_bytes() == before
    assert [p.name for p in plan.parent.iterdir()] == ["plan.cpm"]
