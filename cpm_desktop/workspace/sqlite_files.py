"""Low-level facts about SQLite files on disk: their sidecars, their health, their stamp."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# What SQLite keeps beside a database while it is open (WAL mode) or mid-transaction.
SIDECARS = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks our files ("CPMD"), so another app's SQLite file is refused.
APPLICATION_ID = 0x43504D44


def application_id(header: bytes) -> int:
    """PRAGMA application_id from a file's first 100 bytes (bytes 68-71); 0 for a shorter file."""
    return int.from_bytes(header[68:72], "big") if len(header) == 100 else 0


def sidecar(path: Path, suffix: str) -> Path:
    """Return the sidecar file `suffix` ('-wal', '-shm', '-journal') of database `path`."""
    return path.with_name(path.name + suffix)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open `path` for reading without writing anything beside it.

    With no WAL file beside it, nothing can be waiting to be read from one, so the file is
    opened immutable: SQLite then creates no -wal or -shm, which also works on read-only media.
    A WAL left by a crash must be read, so then the file is opened read-only the usual way.
    """
    immutable = "" if sidecar(path, "-wal").exists() else "&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """Run SQLite's quick check; return what it finds wrong (empty when the file is sound)."""
    try:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def stamped_revision(connection: sqlite3.Connection) -> str | None:
    """Return the schema revision stamped in the file (alembic_version), or None."""
    stamped = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not stamped:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def set_aside(path: Path, name: str) -> Path:
    """Rename database `path`, with its sidecars, to `name` in the same folder; return it.

    The sidecars keep their names relative to the file, so what is still in its WAL stays
    readable in the renamed copy.
    """
    target = path.with_name(name)
    for suffix in SIDECARS:
        if sidecar(path, suffix).exists():
            os.replace(sidecar(path, suffix), sidecar(target, suffix))
    os.replace(path, target)
    return target
