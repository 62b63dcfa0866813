"""Open or create a workspace file: identify it, lock it, back it up, migrate it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from cpm_desktop.errors import NewerWorkspaceError, NotAWorkspaceError, WorkspaceError
from cpm_desktop.workspace import migrate
from cpm_desktop.workspace.backups import copy_database, write_rotating_backup, write_upgrade_backup
from cpm_desktop.workspace.changes import ChangeSet, finish_recording, start_recording
from cpm_desktop.workspace.lock import WorkspaceLock

# PRAGMA application_id marks our files ("CPMD"), so another app's SQLite file is refused.
APPLICATION_ID = 0x43504D44
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".cpm"

P = ParamSpec("P")
T = TypeVar("T")


class Workspace:
    """An open workspace file: hands out sessions, holds the lock until `close()`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: WorkspaceLock | None,
        upgraded_from: str | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        # The schema revision this file had before it was upgraded on open ("empty" for none).
        self.upgraded_from = upgraded_from
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        """True when opened without the lock; writes are refused by SQLite."""
        return self._lock is None

    def session(self) -> Session:
        """Return a new session; the caller owns it (one per user action)."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session inside one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def run(
        self, use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run one service call as one transaction: the unit of a user action."""
        with self.transaction() as session:
            return use_case(session, *args, **kwargs)

    def run_recorded(
        self, use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[T, ChangeSet]:
        """Run one service call as one transaction and return the rows it wrote, for undo."""
        with self.transaction() as session:
            start_recording(session.connection())
            result = use_case(session, *args, **kwargs)
            session.flush()
            return result, finish_recording(session.connection())

    def schema_revision(self) -> str | None:
        """Return the schema revision stamped in the file."""
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def save_copy(self, destination: Path) -> None:
        """Write a consistent standalone copy of the workspace to `destination`."""
        destination = destination.expanduser().resolve()
        if destination == self.path:
            raise WorkspaceError("Choose a different file for the copy than the workspace itself.")
        _require_writable_folder(destination.parent)
        raw = self.engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            copy_database(dbapi, destination)
        finally:
            raw.close()

    def close(self) -> None:
        """Dispose of connections and release the lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def create_workspace(path: Path) -> Workspace:
    """Create a new, empty workspace at `path`; refuse to overwrite an existing file."""
    path = path.expanduser().resolve()
    if path.exists():
        raise WorkspaceError(f"{path} already exists; choose another name.")
    _require_writable_folder(path.parent)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        engine = _engine(path, read_only=False)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade_to_head(engine)
    except BaseException:
        lock.release()
        delete_workspace_files(path)
        raise
    return Workspace(path, engine, lock)


def open_workspace(
    path: Path, *, read_only: bool = False, backup: bool = True, upgrade: bool = True
) -> Workspace:
    """Open an existing workspace: check it is ours, lock it, back it up and migrate it.

    With `read_only`, the lock is not taken and no backup or migration happens; without
    `upgrade`, an older schema is left as it is (for `check`, which only reports).
    """
    path = path.expanduser().resolve()
    _require_workspace_file(path)
    lock = None if read_only else WorkspaceLock(path)
    if lock is not None:
        lock.acquire()
    engine: Engine | None = None
    upgraded_from: str | None = None
    try:
        revision = _identify(path)
        engine = _engine(path, read_only=read_only)
        if not read_only:
            if backup:
                write_rotating_backup(path)
            if upgrade and revision != migrate.head_revision():
                upgraded_from = revision or "empty"
                write_upgrade_backup(path, upgraded_from)
                migrate.upgrade_to_head(engine)
        elif revision != migrate.head_revision():
            raise WorkspaceError(
                f"{path.name} needs a schema upgrade; open it normally (not read-only) first."
            )
    except BaseException:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise
    return Workspace(path, engine, lock, upgraded_from)


def _engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # One connection per thread is fine: the app serialises its transactions, and a worker
    # thread (import, export) must be able to return its pooled connection for the GUI.
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed edit survives a power cut; benchmarks/ shows it costs little.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: otherwise
        # DDL in migrations and SAVEPOINTs escape the transaction (SQLAlchemy's pysqlite notes).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _identify(path: Path) -> str | None:
    """Return the schema revision of a file that is ours, or raise a clear error.

    Reads through a read-only connection, so a file that is refused is left exactly as it was.
    """
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAWorkspaceError(f"Cannot read {path.name}: {exc}.") from exc
    try:
        (app_id,) = connection.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise NotAWorkspaceError(
                f"{path.name} is a SQLite database of another application, "
                "not a CPM Desktop workspace."
            )
        stamped = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if (
            stamped) else None  # fmt: skip
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspaceError(f"{path.name} is damaged or not a CPM Desktop workspace.") from exc
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            f"{path.name} was saved by a newer CPM Desktop (schema {revision}); "
            "install the newer version to open it."
        )
    return revision


def _require_workspace_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.is_dir():
            raise WorkspaceError(f"The folder {path.parent} does not exist.")
        raise WorkspaceError(f"There is no workspace file at {path}.")
    if path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file.")
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise NotAWorkspaceError(f"{path.name} is not a CPM Desktop workspace.")


def _require_writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise WorkspaceError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise WorkspaceError(f"The folder {folder} is not writable.")


def delete_workspace_files(path: Path) -> None:
    """Remove a workspace file with its WAL and journal (used when creating one fails)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
