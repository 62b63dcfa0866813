"""`check` and `plain_read.read_steadily`: a workspace at rest is read as it lies, with the
report the full read-only open gives (the oracle), and anything else takes the full open."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest

from cpm_desktop.errors import NewerWorkspaceError, NotAWorkspaceError
from cpm_desktop.workspace import check
from cpm_desktop.workspace.lock import WorkspaceLock
from cpm_desktop.workspace.plain_read import read_steadily
from cpm_desktop.workspace.revisions import head_revision
from tests.workspace.damage import damage_table


def _sql(*statements: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("PRAGMA foreign_keys = OFF")
            for statement in statements:
                connection.execute(statement)

    return change


# What a file may hold that the report must tell the same way on either path.
STATES: dict[str, Callable[[Path], None]] = {
    "sound": lambda _path: None,
    "a damaged table": partial(damage_table, table="task"),
    "a broken reference": _sql("UPDATE task SET parent_id = 9999 WHERE id = 2"),
    "an older schema": _sql("UPDATE alembic_version SET version_num = '0001'"),
    "no schema stamp": _sql("DELETE FROM alembic_version"),
    "an odd table name": _sql('CREATE TABLE "we""ird x" (a)', 'INSERT INTO "we""ird x" VALUES (1)'),
}


def quick_report(path: Path) -> check.CheckReport | None:
    """The report of the quick path alone (None where it declines)."""
    return read_steadily(path, partial(check._gathered, path), current=False, intact=False)


@pytest.mark.parametrize("state", list(STATES))
def test_the_quick_check_reports_what_the_full_open_reports(saved: Path, state: str) -> None:
    """Each state reads the same through plain sqlite3 as through the full open, and the
    file and its folder are left exactly as they were."""
    STATES[state](saved)
    before = saved.read_bytes()
    expected = check._check_opened(saved)
    report = check.check_workspace(saved)
    assert report == expected
    assert report.lines() == expected.lines()
    if state != "no schema stamp":  # an unstamped file is not known to be ours: full open
        assert quick_report(saved) is not None  # so check_workspace took the quick path
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == ["saved.cpm"]


def test_a_file_in_use_is_checked_by_the_full_open(saved: Path) -> None:
    """A lock held by a running CPM Desktop: the quick path declines, the report is made
    beside the writer as before."""
    lock = WorkspaceLock(saved)
    lock.acquire()
    try:
        assert quick_report(saved) is None
        assert check.check_workspace(saved).ok
    finally:
        lock.release()


def test_what_the_full_open_refuses_it_still_refuses(saved: Path, tmp_path: Path) -> None:
    """Another app's SQLite file and a newer schema raise the full open's errors."""
    other = tmp_path / "other.cpm"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE t (a)")
    with pytest.raises(NotAWorkspaceError):
        check.check_workspace(other)
    _sql("UPDATE alembic_version SET version_num = '9999'")(saved)
    assert quick_report(saved) is None
    with pytest.raises(NewerWorkspaceError):
        check.check_workspace(saved)


@pytest.mark.parametrize("suffix", ["-wal", "-journal", ".lock"])
def test_a_file_left_unclean_takes_the_full_open(saved: Path, suffix: str) -> None:
    """A sidecar or a lock file beside the workspace (a writer, or a crash): declined."""
    saved.with_name(saved.name + suffix).write_bytes(b"")
    assert read_steadily(saved, lambda _connection: "read") is None


def test_a_file_changed_while_read_is_not_vouched_for(saved: Path) -> None:
    """A write to the file during the read (its time changes): the answer is dropped."""

    def touched(_connection: sqlite3.Connection) -> str:
        os.utime(saved, ns=(1, 1))
        return "read"

    assert read_steadily(saved, lambda _connection: "read") == "read"
    assert read_steadily(saved, touched) is None


def test_the_schedule_read_needs_a_current_intact_file(saved: Path, tmp_path: Path) -> None:
    """`current` refuses an older schema; `intact` a damaged file, as the full open does."""
    assert read_steadily(saved, lambda _c: "read") == "read"
    older = tmp_path / "older.cpm"
    shutil.copyfile(saved, older)
    _sql("UPDATE alembic_version SET version_num = '0001'")(older)
    assert read_steadily(older, lambda _c: "read") is None
    assert read_steadily(older, lambda _c: "read", current=False) == "read"
    damage_table(saved, "task")
    assert read_steadily(saved, lambda _c: "read") is None
    assert read_steadily(saved, lambda _c: "read", intact=False) == "read"
    assert head_revision() != "0001"
