"""Creating, opening, copying and checking workspace files; bad files are refused untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from cpm_desktop.errors import (
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceError,
)
from cpm_desktop.services.portfolio import clients, views
from cpm_desktop.workspace import (
    check_workspace,
    create_workspace,
    list_backups,
    open_workspace,
)
from cpm_desktop.workspace.file import APPLICATION_ID
from cpm_desktop.workspace.migrate import head_revision
from tests.read_only_media import read_only_folder
from tests.services.support import snapshot


def portfolio_of(path: Path) -> list:
    """The clients and projects of a workspace file, opened read-only."""
    with open_workspace(path, read_only=True) as ws, ws.transaction() as s:
        return views.portfolio(s)


# ------------------------------------------------------------------------------ create


def test_create_makes_an_empty_current_workspace(tmp_path: Path) -> None:
    """A new workspace is stamped with our application id and the head schema revision."""
    with create_workspace(tmp_path / "new.cpm") as ws:
        assert ws.schema_revision() == head_revision()
        assert not ws.read_only
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        with ws.transaction() as s:
            assert views.portfolio(s) == []


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    """An existing file is never overwritten, even a non-workspace one."""
    path = tmp_path / "notes.cpm"
    path.write_text("my notes")
    with pytest.raises(WorkspaceError, match="already exists"):
        create_workspace(path)
    assert path.read_text() == "my notes"


def test_create_refuses_a_missing_folder(tmp_path: Path) -> None:
    """Creating inside a folder that does not exist is a WorkspaceError, and creates nothing."""
    with pytest.raises(WorkspaceError, match="does not exist"):
        create_workspace(tmp_path / "nowhere" / "new.cpm")
    assert not (tmp_path / "nowhere").exists()


def test_create_refuses_an_unwritable_folder(tmp_path: Path) -> None:
    """A folder that cannot be written (read-only media) is refused with a WorkspaceError."""
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder), pytest.raises(WorkspaceError, match="not writable"):
        create_workspace(folder / "new.cpm")
    assert list(folder.iterdir()) == []


def test_create_refuses_a_folder_the_os_reports_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When os.access says the folder is not writable, create refuses it (works as root too)."""
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if Path(p) == tmp_path else real_access(p, mode)
    )
    with pytest.raises(WorkspaceError, match="not writable"):
        create_workspace(tmp_path / "new.cpm")
    assert not (tmp_path / "new.cpm").exists()


def test_open_keeps_the_data(saved: Path) -> None:
    """A reopened workspace holds what was committed before it was closed."""
    [client] = portfolio_of(saved)
    assert (client.name, [p.code for p in client.projects]) == ("Acme Logistics", ["ACME-01"])


def test_open_refuses_a_missing_file(tmp_path: Path) -> None:
    """Opening a path with no file is a WorkspaceError and creates nothing."""
    with pytest.raises(WorkspaceError, match="no workspace file"):
        open_workspace(tmp_path / "missing.cpm")
    assert list(tmp_path.iterdir()) == []


def test_open_refuses_a_missing_folder(tmp_path: Path) -> None:
    """Opening inside a missing folder says the folder does not exist."""
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(tmp_path / "gone" / "w.cpm")


def test_open_refuses_a_folder(tmp_path: Path) -> None:
    """A folder named like a workspace is not opened."""
    (tmp_path / "folder.cpm").mkdir()
    with pytest.raises(WorkspaceError, match="is a folder"):
        open_workspace(tmp_path / "folder.cpm")


def _other_apps_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.commit()
    connection.close()


BAD_FILES = [
    pytest.param(lambda p: p.write_text("Dear client,\n" * 50), id="text-file"),
    pytest.param(lambda p: p.write_bytes(bytes(range(256)) * 16), id="random-bytes"),
    pytest.param(lambda p: p.write_bytes(b""), id="zero-bytes"),
    pytest.param(
        lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080), id="damaged-sqlite"
    ),
]


@pytest.mark.parametrize("make", BAD_FILES)
def test_open_refuses_a_file_that_is_not_a_workspace(tmp_path: Path, make) -> None:
    """Text, random bytes, empty and damaged files are NotAWorkspaceError and left identical."""
    path = tmp_path / "bad.cpm"
    make(path)
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError):
        open_workspace(path)
    assert path.read_bytes() == before
    assert list_backups(path) == []


def test_open_refuses_another_apps_sqlite_database(tmp_path: Path) -> None:
    """A plain SQLite file of another application is NotAWorkspaceError naming that."""
    path = tmp_path / "other.cpm"
    _other_apps_database(path)
    with pytest.raises(NotAWorkspaceError, match="another application"):
        open_workspace(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    finally:
        connection.close()


def test_refused_open_leaves_another_apps_database_byte_identical(tmp_path: Path) -> None:
    """Refusing another app's SQLite file does not change a single byte of it."""
    path = tmp_path / "other.cpm"
    _other_apps_database(path)
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError):
        open_workspace(path)
    assert path.read_bytes() == before


def _stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_open_refuses_a_workspace_from_a_newer_version(saved: Path) -> None:
    """An unknown schema revision is NewerWorkspaceError; the file is left byte-identical."""
    _stamp(saved, "ffff9999")
    before = saved.read_bytes()
    with pytest.raises(NewerWorkspaceError, match="ffff9999"):
        open_workspace(saved)
    assert saved.read_bytes() == before
    assert list_backups(saved) == []
    # The refused open released its lock: trying again gives the same answer, not "locked".
    with pytest.raises(NewerWorkspaceError):
        open_workspace(saved)


def test_read_only_open_of_a_newer_workspace_is_refused_too(saved: Path) -> None:
    """Even read-only, a file from a newer version is not opened."""
    _stamp(saved, "ffff9999")
    with pytest.raises(NewerWorkspaceError):
        open_workspace(saved, read_only=True)


def test_connections_enforce_foreign_keys_and_use_wal(workspace) -> None:
    """Each session's connection has foreign_keys on, WAL journal and a safe sync level."""
    with workspace.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() in (1, 2)  # NORMAL or FULL


def test_a_call_run_apart_reads_on_a_connection_of_its_own(saved: Path) -> None:
    """run_apart (a worker thread's reads) sees what was committed, on another connection
    than the window's, with the same settings; a read-only workspace's stays read-only."""
    with open_workspace(saved, backup=False) as ws:
        ws.run(clients.create_client, "Globex")

        def connection_facts(s) -> tuple[int, int, object]:
            raw = s.connection().connection.driver_connection
            return id(raw), s.execute(text("PRAGMA foreign_keys")).scalar(), views.portfolio(s)

        window_connection, _, portfolio = ws.run(connection_facts)
        apart_connection, foreign_keys, apart_portfolio = ws.run_apart(connection_facts)
        assert apart_connection != window_connection
        assert foreign_keys == 1
        assert apart_portfolio == portfolio
    with open_workspace(saved, read_only=True) as ws:
        with pytest.raises(ReadOnlyWorkspaceError):
            ws.run_apart(clients.create_client, "Initech")
        assert [c.name for c in ws.run_apart(views.portfolio)] == ["Acme Logistics", "Globex"]


def test_read_only_open_refuses_writes(saved: Path) -> None:
    """A read-only workspace raises on any write and the data stays as it was."""
    with open_workspace(saved, read_only=True) as ws:
        assert ws.read_only
        before = snapshot(ws)
        with pytest.raises(ReadOnlyWorkspaceError, match="read-only"), ws.transaction() as s:
            clients.create_client(s, "Globex")
        assert snapshot(ws) == before
    assert [c.name for c in portfolio_of(saved)] == ["Acme Logistics"]


def test_read_only_open_writes_no_backup(saved: Path) -> None:
    """Opening read-only backs up nothing and leaves nothing beside the file."""
    before = sorted(p.name for p in saved.parent.iterdir())
    with open_workspace(saved, read_only=True) as ws, ws.transaction() as s:
        assert [c.name for c in views.portfolio(s)] == ["Acme Logistics"]
    assert list_backups(saved) == []
    assert sorted(p.name for p in saved.parent.iterdir()) == before


# ------------------------------------------------------------------------------ save a copy


def test_save_copy_writes_a_standalone_workspace_with_the_same_rows(
    saved: Path, tmp_path: Path
) -> None:
    """A copy taken while the workspace is open (WAL not yet merged) holds every committed row."""
    copy = tmp_path / "copies" / "copy.cpm"
    copy.parent.mkdir()
    with open_workspace(saved, backup=False) as ws:
        with ws.transaction() as s:
            clients.create_client(s, "Added just now")
        ws.save_copy(copy)
        expected = snapshot(ws)
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.cpm"]  # no -wal beside it
    with open_workspace(copy, backup=False) as ws:
        assert snapshot(ws) == expected
        assert ws.schema_revision() == head_revision()


def test_save_copy_refuses_the_workspace_itself_and_missing_folders(
    workspace, tmp_path: Path
) -> None:
    """Copying onto the open file or into a missing folder is a WorkspaceError."""
    with pytest.raises(WorkspaceError, match="different file"):
        workspace.save_copy(workspace.path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        workspace.save_copy(tmp_path / "missing" / "copy.cpm")


# ------------------------------------------------------------------------------ check


def test_check_reports_a_healthy_workspace(saved: Path) -> None:
    """check: integrity ok, no broken keys, revision is head, row counts per table."""
    report = check_workspace(saved)
    assert report.ok
    assert (report.integrity, report.foreign_key_problems) == (["ok"], [])
    assert report.revision == report.head_revision == head_revision()
    assert report.counts["client"] == 1
    assert report.counts["project"] == 1
    assert report.counts["task"] == 2
    assert report.counts["dependency"] == 1
    assert report.counts["calendar"] == 2  # the template and the project's copy
    assert report.counts["audit_entry"] > 0
    assert "alembic_version" not in report.counts
    assert report.lines()[-1].endswith("OK")


def test_check_finds_broken_foreign_keys_without_changing_the_file(saved: Path) -> None:
    """A task pointing at a missing project is reported; check makes no backup."""
    connection = sqlite3.connect(saved)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE task SET project_id = 999 WHERE name = 'Install'")
    connection.commit()
    connection.close()
    report = check_workspace(saved)
    assert not report.ok
    assert len(report.foreign_key_problems) == 1
    assert report.foreign_key_problems[0].startswith("task row")
    assert report.lines()[-1].endswith("PROBLEMS FOUND")
    assert list_backups(saved) == []
