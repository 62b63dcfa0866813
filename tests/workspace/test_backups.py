"""Rotating backups written on open: one per open, the newest five kept, each a real workspace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cpm_desktop.services.portfolio import clients, views
from cpm_desktop.workspace import backup_dir_for, list_backups, open_workspace
from cpm_desktop.workspace.backups import KEEP_BACKUPS, write_rotating_backup
from tests.services.support import snapshot


def test_backup_folder_sits_beside_the_workspace(tmp_path: Path) -> None:
    """Backups of plan.cpm live in plan-backups/ next to it."""
    assert backup_dir_for(tmp_path / "plan.cpm") == tmp_path / "plan-backups"


def test_each_open_writes_one_backup(saved: Path) -> None:
    """Creating writes no backup; each later open writes exactly one more."""
    assert list_backups(saved) == []
    for expected in (1, 2, 3):
        open_workspace(saved).close()
        assert len(list_backups(saved)) == expected
    assert all(p.parent == backup_dir_for(saved) for p in list_backups(saved))


def test_only_the_newest_five_backups_are_kept(saved: Path) -> None:
    """After seven backups (written in shuffled order) the five newest remain, newest first."""
    days = [3, 1, 7, 5, 2, 6, 4]
    for day in days:
        write_rotating_backup(saved, now=dt.datetime(2026, 9, day, 9, 30))
    kept = [p.name for p in list_backups(saved)]
    assert KEEP_BACKUPS == 5
    assert kept == [f"saved_2026-09-0{day}_093000_000000.cpm" for day in (7, 6, 5, 4, 3)]
    assert sorted(p.name for p in backup_dir_for(saved).iterdir()) == sorted(kept)


def test_repeated_opens_keep_five_backups(saved: Path) -> None:
    """Opening seven times still leaves only five rotating backups."""
    for _ in range(7):
        open_workspace(saved, backup=True).close()
    assert len(list_backups(saved)) == KEEP_BACKUPS


def test_backup_is_a_workspace_holding_the_same_data(saved: Path) -> None:
    """A backup opens as a workspace with exactly the rows of the original at that time."""
    with open_workspace(saved) as ws:
        original = snapshot(ws)
        with ws.transaction() as s:
            names = [c.name for c in views.portfolio(s)]
    [backup] = list_backups(saved)
    with open_workspace(backup, backup=False) as copy:
        assert snapshot(copy) == original
    assert names == ["Acme Logistics"]


def test_backup_is_written_from_the_wal_too(saved: Path) -> None:
    """Rows still only in the WAL of an open workspace are in a backup taken then."""
    with open_workspace(saved, backup=False) as ws:
        with ws.transaction() as s:
            clients.create_client(s, "Only in the WAL")
        target = write_rotating_backup(saved, now=dt.datetime(2026, 9, 8))
        expected = snapshot(ws)
    with open_workspace(target, backup=False) as copy:
        assert snapshot(copy) == expected
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # standalone, no -wal
