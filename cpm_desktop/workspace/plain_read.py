"""One read of a workspace through plain sqlite3, for the commands that only read it.

Opening a workspace for use (`file.py`) loads SQLAlchemy, takes the lock, writes a backup and
migrates: most of a read-only command's time. When the file is ours, current, not open
anywhere and left clean (no lock file, no WAL or journal beside it), none of that changes what
a read finds, so `read_steadily` reads it as it lies: read-only and immutable, taking no lock
and leaving nothing beside it. It answers None whenever the full open might answer otherwise
(another app's file, an older or newer schema, damage, a writer, a crash's leftovers), and
when the file changed while it was read; the caller then takes the full path, which says what
is wrong or handles it as it always did.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cpm_desktop.workspace.lock import lock_path_for
from cpm_desktop.workspace.revisions import head_revision, known_revisions
from cpm_desktop.workspace.sqlite_files import (
    APPLICATION_ID,
    SIDECARS,
    SQLITE_HEADER,
    application_id,
    integrity_problems,
    sidecar,
    stamped_revision,
)

T = TypeVar("T")


def read_steadily(
    path: Path,
    read: Callable[[sqlite3.Connection], T | None],
    *,
    current: bool = True,
    intact: bool = True,
) -> T | None:
    """What `read` finds in the workspace at `path`, opened read-only without a lock; None
    when only the full open can answer (see the module), or when `read` answers None.

    `current`: the schema must be this app's (else any revision it knows will do); `intact`:
    SQLite's quick check must find nothing wrong, as the backup written on a full open does.
    `read` runs inside one read transaction; an SQLite error in it also answers None.
    """
    path = path.expanduser().resolve()
    before = _steady_state(path)
    if before is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.isolation_level = None  # transactions as written below, not the module's
        connection.execute("BEGIN")
        revision = stamped_revision(connection)
        if revision not in known_revisions() or (current and revision != head_revision()):
            return None
        if intact and integrity_problems(connection):
            return None
        found = read(connection)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return found if _steady_state(path) == before else None


def _steady_state(path: Path) -> tuple[int, int, int, int] | None:
    """The file's identity, size and modification time when it is ours and lies at rest (no
    lock file, no sidecar); else None."""
    if lock_path_for(path).exists() or any(sidecar(path, s).exists() for s in SIDECARS):
        return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            found = os.fstat(handle.fileno())
    except OSError:
        return None
    if not header.startswith(SQLITE_HEADER) or application_id(header) != APPLICATION_ID:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns
