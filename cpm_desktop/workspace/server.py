"""A workspace on a PostgreSQL server (team mode): its address, setting it up, opening it.

The address is a PostgreSQL URL, `postgresql://user@host/dbname`. The password is never part
of what the app keeps: libpq reads it from the user's ~/.pgpass or PGPASSWORD (or the caller
passes one the user typed); TLS is negotiated as the server asks (libpq's sslmode=prefer).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cpm_desktop.errors import (
    CpmError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    PasswordNeededError,
    WorkspaceError,
)
from cpm_desktop.models import Base
from cpm_desktop.paths import documents_dir
from cpm_desktop.texts import _
from cpm_desktop.workspace import migrate, server_access, server_log, server_versions
from cpm_desktop.workspace.addresses import is_server_address
from cpm_desktop.workspace.changes import NOT_RECORDED
from cpm_desktop.workspace.file import Workspace
from cpm_desktop.workspace.storage_errors import server_error

T = TypeVar("T")


def server_url(address: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL of a server address (the psycopg driver), with `password` if given."""
    if not is_server_address(address):
        raise _not_a_server(address)
    try:
        url = make_url(address.replace("postgres:", "postgresql:", 1))
    except ArgumentError as exc:
        raise WorkspaceError(
            _("{address} is not a server address: {reason}.").format(address=address, reason=exc)
        ) from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise _not_a_server(address)
    url = url.set(drivername="postgresql+psycopg")
    return url.set(password=password) if password is not None else url


def _not_a_server(address: str) -> WorkspaceError:
    return WorkspaceError(
        _(
            "{address} is not a team server address; write it as postgresql://user@host/database."
        ).format(address=address)
    )


def server_name(url: URL) -> str:
    """How the user reads a server workspace: its database and host, as in a window title."""
    return _("{database} on {host}").format(database=url.database, host=url.host or "localhost")


def open_server_workspace(address: str, *, password: str | None = None) -> ServerWorkspace:
    """Open the workspace on a team server: it must be set up (`init_server`) at this version's
    schema; refuse clearly otherwise (nothing is written on open)."""
    url = server_url(address, password)
    engine = _engine(url)
    try:
        revision = _revision(engine, url)
        if revision is None:
            raise NotAWorkspaceError(
                _(
                    "{name} holds no CPM Desktop workspace; an administrator sets one up with "
                    "`cpm-desktop server init`."
                ).format(name=server_name(url))
            )
        if revision not in migrate.known_revisions():
            raise NewerWorkspaceError(
                _(
                    "{name} was set up by a newer CPM Desktop (schema {revision}); install the "
                    "newer version to open it."
                ).format(name=server_name(url), revision=revision)
            )
        if revision != migrate.head_revision():
            raise WorkspaceError(
                _(
                    "{name} has an older schema ({revision}); an administrator upgrades it with "
                    "`cpm-desktop server init` once every user has this version."
                ).format(name=server_name(url), revision=revision)
            )
    except BaseException:
        engine.dispose()
        raise
    return _workspace(url, engine)


def init_server(address: str, *, password: str | None = None) -> ServerWorkspace:
    """Set up the workspace schema on an empty database, or upgrade an older one to this
    version's, in one transaction; return the workspace open."""
    url = server_url(address, password)
    engine = _engine(url)
    try:
        revision = _revision(engine, url)
        if revision is not None and revision not in migrate.known_revisions():
            raise NewerWorkspaceError(
                _("{name} was set up by a newer CPM Desktop (schema {revision}).").format(
                    name=server_name(url), revision=revision
                )
            )
        if revision != migrate.head_revision():
            migrate.upgrade_to_head(engine)
        with engine.begin() as connection:  # a table new in this version gets its triggers
            # The workspace's own tables (not the server's bookkeeping: versions, members).
            keys = server_log.primary_keys(connection)
            tables = {
                table: keys[table] for table in Base.metadata.tables if table not in NOT_RECORDED
            }
            server_log.install(connection, tables)
            server_versions.install(connection, tables)
            # A stored standing is read, like its project, by those who see the project.
            server_access.install(connection, [*tables, "stored_standing"])
    except BaseException:
        engine.dispose()
        raise
    return _workspace(url, engine)


class ServerWorkspace(Workspace):
    """A workspace on a team server: no file (`path` None), no lock or backup; each
    transaction tells the server which window it is and what that window last read
    (`server_versions`), and one that lost to a concurrent one is run again."""

    def __init__(self, url: URL, engine: Engine) -> None:
        super().__init__(None, engine, None)
        self.name = server_name(url)
        # The address as the user writes it: no driver name, no password.
        self.address = URL.create(
            "postgresql", url.username, None, url.host, url.port, url.database, url.query
        ).render_as_string()
        self.window_id = uuid.uuid4().hex  # its own writes are neither stale nor news to it
        self._seen: str | None = None  # what the window last read (`mark_seen`)

    @property
    def folder(self) -> Path:
        """The user's documents folder: a server has no folder of its own."""
        return documents_dir()

    def mark_seen(self) -> None:
        """This window now shows the workspace as it is: from here on an edit of a record
        another window changes is refused until the next `mark_seen`."""
        try:
            with self.engine.connect() as connection:
                self._seen = server_versions.seen_now(connection)
        except DBAPIError as exc:  # a server gone: said as the edits say it
            error = self._translated(exc)
            if error is None:
                raise
            raise error from exc

    def save_copy(self, destination: Path) -> None:
        """Refused: a server's workspace is copied by `cpm-desktop copy`."""
        raise WorkspaceError(_("A workspace on a team server is not a file to copy."))

    def _sessionmaker(self, engine: Engine) -> sessionmaker[Session]:
        sessions = super()._sessionmaker(engine)
        event.listen(sessions, "before_flush", server_versions.lock_plans)
        return sessions

    def _began(self, session: Session) -> None:
        server_versions.begin(session.connection(), self._seen, self.window_id)

    def _translated(self, exc: DBAPIError) -> CpmError | None:
        return server_error(exc, self.name)

    def _again_on_conflict(self, once: Callable[[], T]) -> T:
        """Run `once` again when the server rolled it back for a concurrent transaction (a
        deadlock, a serialization failure), a few times at most."""
        for attempt in range(_ATTEMPTS):
            try:
                return once()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) not in _CONFLICTS:
                    raise
                if attempt == _ATTEMPTS - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    def _apart_engine(self) -> Engine:
        return self.engine  # a server's pool hands each thread a connection of its own


# A team server's transactions that lost to a concurrent one: serialization failure, deadlock.
_CONFLICTS = frozenset({"40001", "40P01"})
_ATTEMPTS = 8


def _workspace(url: URL, engine: Engine) -> ServerWorkspace:
    return ServerWorkspace(url, engine)


def _engine(url: URL) -> Engine:
    # Pre-ping: a connection the server or the network dropped while the laptop slept is
    # replaced before an edit uses it, rather than failing the edit.
    return create_engine(url, pool_pre_ping=True, pool_use_lifo=True)


def _revision(engine: Engine, url: URL) -> str | None:
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection)
    except DBAPIError as exc:
        said = str(exc.orig)
        if "no password supplied" in said or "password authentication failed" in said:
            raise PasswordNeededError(
                _("{name} asks for {user}'s password.").format(
                    name=server_name(url), user=url.username or ""
                )
            ) from None
        error = server_error(exc, server_name(url))
        if error is None:
            raise
        raise error from exc
