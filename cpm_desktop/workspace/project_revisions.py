"""Each project's revision on a team server: a count of the writes of the records its
standing is computed from.

A stored standing (`services/portfolio/stored_standing.py`) is current while its project's
revision is the one it was computed at. The server's versions' trigger keeps the count
(`server_versions.py`), so no writer can forget it: a write of a project's record counts for
that project; a write of a record shared by every project (a calendar, a resource's rate, a
client's name) counts for all of them. What the engine derives is not counted: it follows
from records whose writes were. A file keeps no count: its standings are computed each time.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

BOOKKEEPING = frozenset({"project_revision", "stored_standing"})  # kept, not records
# Shared records no standing reads: their writes leave the projects' revisions alone.
UNREAD = frozenset({"exchange_rate", "contact", "opportunity"})


def project_paths(
    connection: Connection, tables: Iterable[str]
) -> dict[str, str | tuple[str, str] | None]:
    """How each table's rows find their project, from the schema as it is: 'project_id' (or
    'id' for the project), (parent table, key column) through a parent, or None: shared.
    The server's versions' trigger follows it."""
    inspector = inspect(connection)
    tables = [t for t in tables if t not in BOOKKEEPING]
    columns = {table: {c["name"]: c for c in inspector.get_columns(table)} for table in tables}
    paths: dict[str, str | tuple[str, str] | None] = {}
    for table in tables:
        if table == "project":
            paths[table] = "id"
        elif "project_id" in columns[table]:
            paths[table] = "project_id"
        else:
            order = list(columns[table])
            keys = sorted(  # in column order: the first key to a project's table decides
                inspector.get_foreign_keys(table),
                key=lambda k: order.index(k["constrained_columns"][0]),
            )
            paths[table] = next(
                (
                    (key["referred_table"], key["constrained_columns"][0])
                    for key in keys
                    if len(key["constrained_columns"]) == 1
                    and not columns[table][key["constrained_columns"][0]]["nullable"]
                    and "project_id" in columns.get(key["referred_table"], {})
                ),
                None,
            )
    return paths
