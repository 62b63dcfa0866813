"""Moving a whole workspace between a file and a team server: every table's rows, ids kept,
in one transaction on the receiving side (`cpm-desktop publish` and `cpm-desktop copy`).

Both sides hold this version's schema, so each table is read and written through the same
column types (money as exact cents, dates as dates). The receiving workspace must be empty:
a laptop's workspace is published onto a server set up for it, and a copy is a new file.
Foreign keys are checked at the commit, so the tables' rows may come in any order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection

from cpm_desktop.errors import WorkspaceError
from cpm_desktop.files import atomic_target
from cpm_desktop.models import Base, Client
from cpm_desktop.models.standings import BOOKKEEPING
from cpm_desktop.texts import _
from cpm_desktop.workspace.file import Workspace, create_workspace
from cpm_desktop.workspace.lock import lock_path_for
from cpm_desktop.workspace.sqlite_files import sidecar

_BATCH = 2_000  # rows written per executemany: a 10,000-task plan's tasks in five


@dataclass(frozen=True, slots=True)
class Transfer:
    """What a move wrote: the rows of each table, in the schema's order."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        """Every row written."""
        return sum(self.rows.values())


def publish(source: Workspace, target: Workspace) -> Transfer:
    """Copy every record of `source` into the empty workspace `target`, in one transaction;
    refuse, writing nothing, when `target` already holds clients."""
    with source.engine.connect() as reading, target.engine.begin() as writing:
        if writing.execute(select(func.count()).select_from(Client.__table__)).scalar():
            raise WorkspaceError(
                _(
                    "{name} already holds clients; publish onto a workspace set up empty "
                    "(`cpm-desktop server init` on a new database)."
                ).format(name=target.name)
            )
        return _copy(reading, writing)


def copy_to_file(source: Workspace, path: Path) -> Transfer:
    """Write every record of `source` into a new workspace file at `path` (built under a
    temporary name beside it and renamed into place once whole); refuse an existing file."""
    path = path.expanduser().resolve()
    if path.exists():
        raise WorkspaceError(_("{path} already exists; choose another name.").format(path=path))
    with atomic_target(path, error=WorkspaceError) as partial:
        partial.unlink()  # create_workspace makes the file itself
        try:
            with create_workspace(partial) as target:
                moved = publish(source, target)
                with target.engine.connect() as connection:  # the WAL into the file itself
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            for beside in (
                sidecar(partial, "-wal"),
                sidecar(partial, "-shm"),
                lock_path_for(partial),
            ):
                beside.unlink(missing_ok=True)
    return moved


def _copy(reading: Connection, writing: Connection) -> Transfer:
    if writing.dialect.name == "sqlite":
        writing.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        writing.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in BOOKKEEPING:  # counted and stored anew where they are needed
            continue
        # The empty workspace's own first rows (its default calendar, its settings) give way
        # to the source's.
        writing.execute(table.delete())
        rows = [dict(row) for row in reading.execute(select(table)).mappings()]
        for start in range(0, len(rows), _BATCH):
            writing.execute(insert(table), rows[start : start + _BATCH])
        counts[table.name] = len(rows)
        if writing.dialect.name == "postgresql" and "id" in table.c and rows:
            # The next id a server hands out follows the copied ones.
            writing.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :last)"),
                {"last": max(row["id"] for row in rows)},
            )
    return Transfer(counts)
