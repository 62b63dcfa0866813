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
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cpm_desktop.errors import (
    CpmError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceError,
)
from cpm_desktop.texts import _
from cpm_desktop.workspace import migrate
from cpm_desktop.workspace.backups import (
    BackupApart,
    DamagedCopyError,
    copy_database,
    damaged_workspace_error,
    write_rotating_backup,
    write_upgrade_backup,
)
from cpm_desktop.workspace.changes import finish_recording, start_recording
from cpm_desktop.workspace.closed_projects import guard_closed_projects
from cpm_desktop.workspace.lock import WorkspaceLock
from cpm_desktop.workspace.row_changes import ChangeSet
from cpm_desktop.workspace.sqlite_files import (
    APPLICATION_ID,
    SQLITE_HEADER,
    application_id,
    integrity_problems,
    read_only_connection,
    sidecar,
    stamped_revision,
)
from cpm_desktop.workspace.storage_errors import translated

READ_ONLY = "read_only"  # the session info key that tells services nothing can be stored
SUFFIX = ".cpm"

P = ParamSpec("P")
T = TypeVar("T")


class Workspace:
    """An open workspace file (or, as `server.ServerWorkspace`, a database on a team server):
    hands out sessions, holds the file's lock until `close()`."""

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        lock: WorkspaceLock | None,
        upgraded_from: str | None = None,
        *,
        read_only_reason: str | None = None,
        backup: BackupApart | None = None,
    ) -> None:
        # The file; None for a workspace on a team server (which names itself).
        self.path = path
        self.name = path.name if path is not None else ""
        self.address = str(path) if path is not None else ""
        self.engine = engine
        self._lock = lock
        # The schema revision this file had before it was upgraded on open ("empty" for none).
        self.upgraded_from = upgraded_from
        # Why the file is open read-only ("it is on a read-only drive or folder"), or None.
        self.read_only_reason = read_only_reason
        self._sessions = self._sessionmaker(engine)
        # run_apart's engine and sessions, made on first use.
        self._apart: tuple[Engine, sessionmaker[Session]] | None = None
        self._backup = backup  # the rotating backup still being written (`backup_apart`)

    @property
    def folder(self) -> Path:
        """The folder file dialogs start in: the workspace file's."""
        assert self.path is not None
        return self.path.parent

    @property
    def read_only(self) -> bool:
        """True when the file was opened read-only: edits are refused, reads work."""
        return self.read_only_reason is not None

    def session(self) -> Session:
        """Return a new session; the caller owns it (one per user action)."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session inside one transaction: committed on success, rolled back on error.

        A failure of the file itself (a full disk, a damaged page, read-only media) becomes a
        typed WorkspaceError saying so; the transaction is rolled back, nothing else is lost.
        """
        with self._begun(self._sessions) as session:
            yield session

    def run(
        self, use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run one service call as one transaction: the unit of a user action."""

        def once() -> T:
            with self.transaction() as session:
                return use_case(session, *args, **kwargs)

        return self._again_on_conflict(once)

    def run_apart(
        self, use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run one service call as one transaction on a connection of its own: for a reader in
        a worker thread, which must not take the window's connection meanwhile (what the
        services remember between edits goes with that connection)."""
        if self._apart is None:
            engine = self._apart_engine()
            self._apart = engine, self._sessionmaker(engine)
        sessions = self._apart[1]

        def once() -> T:
            with self._begun(sessions) as session:
                return use_case(session, *args, **kwargs)

        return self._again_on_conflict(once)

    def run_recorded(
        self, use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[T, ChangeSet]:
        """Run one service call as one transaction and return the rows it wrote, for undo."""
        if self.read_only_reason is not None:
            raise ReadOnlyWorkspaceError(
                _(
                    "{name} is open read-only ({reason}), so it cannot take changes. To work on "
                    "it, save a copy to a folder you can write to (File › Save a Copy…) and open "
                    "that."
                ).format(name=self.name, reason=self.read_only_reason)
            )

        def once() -> tuple[T, ChangeSet]:
            with self.transaction() as session:
                start_recording(session.connection())
                result = use_case(session, *args, **kwargs)
                session.flush()
                return result, finish_recording(session.connection())

        return self._again_on_conflict(once)

    def mark_seen(self) -> None:
        """Note that the window now shows the workspace as it is: nothing on a file, which
        only this window writes (a team server's workspace remembers it)."""

    # -- what a team server's workspace does its own way (server.ServerWorkspace) ---------

    def _sessionmaker(self, engine: Engine) -> sessionmaker[Session]:
        sessions = sessionmaker(engine, expire_on_commit=False, info={READ_ONLY: self.read_only})
        guard_closed_projects(sessions)
        return sessions

    @contextmanager
    def _begun(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        """A session of `sessions` in one transaction; a failure of the store said as such."""
        try:
            with sessions() as session, session.begin():
                self._began(session)
                yield session
        except DBAPIError as exc:
            error = self._translated(exc)
            if error is None:
                raise
            raise error from exc

    def _began(self, session: Session) -> None:
        """What a transaction tells its store as it begins (nothing, on a file)."""

    def _translated(self, exc: DBAPIError) -> CpmError | None:
        assert self.path is not None
        return translated(exc, self.path)

    def _again_on_conflict(self, once: Callable[[], T]) -> T:
        """Run `once`, a whole transaction (a file has one writer: once)."""
        return once()

    def _apart_engine(self) -> Engine:
        assert self.path is not None
        return _engine(self.path, read_only=self.read_only)

    def schema_revision(self) -> str | None:
        """Return the schema revision stamped in the file."""
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def save_copy(self, destination: Path) -> None:
        """Write a consistent, checked standalone copy of the workspace file to `destination`
        (a workspace on a server is copied by `cpm-desktop copy`)."""
        assert self.path is not None
        destination = destination.expanduser().resolve()
        if destination == self.path:
            raise WorkspaceError(
                _("Choose a different file for the copy than the workspace itself.")
            )
        _require_writable_folder(destination.parent)
        raw = self.engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            copy_database(dbapi, destination)
        except DamagedCopyError as exc:
            raise damaged_workspace_error(self.path, exc.problems) from None
        finally:
            raw.close()

    def backup_written(self) -> None:
        """Wait for the rotating backup begun on open apart (`backup_apart`), if any; raise
        what writing it raised: DamagedWorkspaceError when the file is damaged."""
        if self._backup is not None:
            self._backup.wait()

    def close(self) -> None:
        """Dispose of connections and release the lock (once a backup apart is written)."""
        if self._backup is not None:
            self._backup.finished()  # a refusal was the opener's to hear: backup_written
        self.engine.dispose()
        if self._apart is not None and self._apart[0] is not self.engine:
            self._apart[0].dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()


def create_workspace(path: Path) -> Workspace:
    """Create a new, empty workspace at `path`; refuse to overwrite an existing file."""
    path = path.expanduser().resolve()
    if path.exists():
        raise WorkspaceError(_("{path} already exists; choose another name.").format(path=path))
    _require_writable_folder(path.parent)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        engine = _engine(path)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade_to_head(engine)
    except BaseException:
        lock.release()
        delete_workspace_files(path)
        raise
    return Workspace(path, engine, lock)


def open_workspace(
    path: Path,
    *,
    read_only: bool = False,
    backup: bool = True,
    upgrade: bool = True,
    check_damage: bool = True,
    backup_apart: bool = False,
) -> Workspace:
    """Open an existing workspace: check it is ours, lock it, back it up and migrate it.

    The backup is checked: a damaged workspace raises DamagedWorkspaceError naming its newest
    good backup. With `read_only`, nothing is written (no backup, no migration) and the file
    may sit on read-only media; without `upgrade`, an older schema is left as it is and a
    damaged file still opens (for `check`, which only reports). Read-only without
    `check_damage` opens a damaged file to salvage what can be read. With `backup_apart`, a
    file that needs no upgrade is backed up on a thread while the caller goes on: it must call
    `backup_written()` before it reads or writes the file (and hears of damage from it, rather
    than from a read of a damaged page).
    """
    path = path.expanduser().resolve()
    _require_workspace_file(path)
    if read_only:
        return _open_read_only(path, current=upgrade, intact=upgrade and check_damage)
    reason = read_only_reason(path)
    if reason is not None:
        raise ReadOnlyWorkspaceError(
            _("{name} cannot be changed: {reason}.").format(name=path.name, reason=reason)
        )
    lock = WorkspaceLock(path)
    lock.acquire()
    engine: Engine | None = None
    upgraded_from: str | None = None
    pending: BackupApart | None = None
    try:
        revision = _identify(path)
        engine = _engine(path)
        # An upgrade waits for the backup: the copy must be of the file as it was.
        needs_upgrade = upgrade and revision != migrate.head_revision()
        if backup and backup_apart and not needs_upgrade:
            pending = BackupApart(path)
        elif backup:
            write_rotating_backup(path)
        if needs_upgrade:
            upgraded_from = revision or "empty"
            write_upgrade_backup(path, upgraded_from)
            migrate.upgrade_to_head(engine)
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise
    return Workspace(path, engine, lock, upgraded_from, backup=pending)


def read_only_reason(path: Path) -> str | None:
    """Say why `path` cannot be written (read-only media or folder, read-only file), or None."""
    if not os.access(path.parent, os.W_OK):
        return _("it is on a read-only drive or in a folder you cannot write to")
    if path.exists() and not os.access(path, os.W_OK):
        return _("the file is read-only")
    return None


def is_read_only(session: Session) -> bool:
    """True when `session` belongs to a workspace opened read-only (nothing can be stored)."""
    return bool(session.info.get(READ_ONLY))


def _open_read_only(path: Path, *, current: bool, intact: bool) -> Workspace:
    """Open without writing a byte: no backup, no migration, no -wal or -shm left behind.

    Where the folder can be written, the lock is taken when free, so that no writer can
    start meanwhile and the file can be read as it lies (immutable); where it is held, the
    file is read beside its writer through the WAL; on read-only media nobody can write.
    """
    lock: WorkspaceLock | None = None
    try:
        lock = WorkspaceLock(path)
        lock.acquire()
    except WorkspaceError:  # a writer holds it, or read-only media take no lock file
        lock = None
    try:
        revision = _identify(path)
        if current and revision != migrate.head_revision():
            raise WorkspaceError(
                _(
                    "{name} was saved by an older CPM Desktop and needs a schema upgrade, which "
                    "a read-only file cannot take; copy it to a folder you can write to and open "
                    "it there."
                ).format(name=path.name)
            )
        steady = lock is not None or not os.access(path.parent, os.W_OK)
        if intact:
            _require_intact(path)
        engine = _engine(path, read_only=True, immutable=steady)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    reason = read_only_reason(path) or _("opened for reading only")
    return Workspace(path, engine, lock, read_only_reason=reason)


def _require_intact(path: Path) -> None:
    connection = read_only_connection(path)
    try:
        problems = integrity_problems(connection)
    finally:
        connection.close()
    if problems:
        raise damaged_workspace_error(path, problems)


def _engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    if read_only:
        # Immutable: SQLite creates no -wal or -shm, which a read-only folder could not take;
        # only safe while nobody can write (our lock, or read-only media) and no WAL is left.
        steady = "&immutable=1" if immutable and not sidecar(path, "-wal").exists() else ""
        url = f"sqlite:///file:{path.as_posix()}?mode=ro{steady}&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # One connection per thread is fine: the app serialises its transactions, and a worker
    # thread (import, export) must be able to return its pooled connection for the GUI.
    # Last in, first out: the window's edits keep getting the connection they used last, whose
    # temporary triggers and the plan memory belong together (services/plan/plan_memory.py).
    engine = create_engine(url, connect_args={"check_same_thread": False}, pool_use_lifo=True)

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

    Reads without writing anything, so a file that is refused is left exactly as it was,
    with no -wal or -shm beside it.
    """
    if _application_id(path) != APPLICATION_ID:
        raise NotAWorkspaceError(
            _(
                "{name} is a SQLite database of another application, not a CPM Desktop workspace."
            ).format(name=path.name)
        )
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as exc:
        raise NotAWorkspaceError(
            _("Cannot read {path}: {reason}.").format(path=path.name, reason=exc)
        ) from exc
    try:
        revision = stamped_revision(connection)
    except sqlite3.DatabaseError as exc:
        # Our own header, yet unreadable: a damaged workspace (truncated, overwritten pages).
        raise damaged_workspace_error(path, [str(exc)]) from exc
    finally:
        connection.close()
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            _(
                "{name} was saved by a newer CPM Desktop (schema {revision}); install the newer "
                "version to open it."
            ).format(name=path.name, revision=revision)
        )
    return revision


def _application_id(path: Path) -> int:
    """Read PRAGMA application_id from the file header (bytes 68-71), without SQLite."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise WorkspaceError(_cannot_read(path, exc)) from exc
    return application_id(header)


def _require_workspace_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.is_dir():
            raise WorkspaceError(_no_folder(path.parent))
        raise WorkspaceError(_("There is no workspace file at {path}.").format(path=path))
    if path.is_dir():
        raise WorkspaceError(_("{path} is a folder, not a workspace file.").format(path=path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(_cannot_read(path, exc)) from exc
    if header != SQLITE_HEADER:
        raise NotAWorkspaceError(_("{name} is not a CPM Desktop workspace.").format(name=path.name))


def _require_writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise WorkspaceError(_no_folder(folder))
    if not os.access(folder, os.W_OK):
        raise WorkspaceError(_("The folder {folder} is not writable.").format(folder=folder))


def _no_folder(folder: Path) -> str:
    return _("The folder {folder} does not exist.").format(folder=folder)


def _cannot_read(path: Path, exc: OSError) -> str:
    return _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror)


def delete_workspace_files(path: Path) -> None:
    """Remove a workspace file with its WAL and journal (used when creating one fails)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
