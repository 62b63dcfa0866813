"""Each project's revision: a count of the writes of the records its standing is computed from.

A stored standing (`services/portfolio/stored_standing.py`) is current while its project's
revision is the one it was computed at. Triggers keep the count, so no writer can forget it:
a write of a project's record counts for that project; a write of a record shared by every
project (a calendar, a resource's rate, a client's name) counts for all of them. What the
engine derives is not counted: it follows from records whose writes were. In a file the
triggers are the schema's own (`install_sqlite`, run by the migrations); on a team server the
versions' trigger counts (`server_versions.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from cpm_desktop.workspace.row_changes import quoted

BOOKKEEPING = frozenset({"project_revision", "stored_standing"})  # kept, not records
# Shared records no standing reads: their writes leave the projects' revisions alone.
UNREAD = frozenset({"exchange_rate", "contact", "opportunity"})
# A task's dates (and a summary's duration) are what the reschedule derives.
_DERIVED = frozenset({"start", "finish"})
_PREFIX = "_rev_"


def bump(project: str, condition: str = "true") -> str:
    """The statement counting a write for the project `project` (an SQL expression, or a
    SELECT of it and 1 with a WHERE) when `condition` holds; no row when it is NULL."""
    chosen = project if project.startswith("SELECT ") else f"SELECT {project}, 1"
    where = (
        f" AND {condition}"
        if project.startswith("SELECT ")
        else (f" WHERE {project} IS NOT NULL AND {condition}")
    )
    return (
        f"INSERT INTO project_revision (project_id, revision) {chosen}{where} "
        "ON CONFLICT (project_id) DO UPDATE SET revision = project_revision.revision + 1"
    )


BUMP_ALL = bump("SELECT id, 1 FROM project WHERE true")  # "WHERE": SQLite's upsert wants one


def project_paths(
    connection: Connection, tables: Iterable[str]
) -> dict[str, str | tuple[str, str] | None]:
    """How each table's rows find their project, from the schema as it is: 'project_id' (or
    'id' for the project), (parent table, key column) through a parent, or None: shared.
    The counting triggers and the server's versions' trigger follow it."""
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


def install_sqlite(connection: Connection, unrecorded: frozenset[str]) -> None:
    """(Re)create the counting triggers of every table of a workspace file but `unrecorded`
    ones; a migration adding a table runs it again."""
    for (name,) in connection.exec_driver_sql(
        f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{_PREFIX}%'"
    ).all():
        connection.exec_driver_sql(f"DROP TRIGGER {quoted(name)}")
    inspector = inspect(connection)
    for table, path in project_paths(connection, inspector.get_table_names()).items():
        if table in unrecorded or table.startswith("sqlite_"):
            continue
        if path is None and table in UNREAD:
            continue
        names = [c["name"] for c in inspector.get_columns(table)]
        for op, row in (("i", "NEW"), ("d", "OLD")):
            when = "INSERT" if op == "i" else "DELETE"
            connection.exec_driver_sql(
                f"CREATE TRIGGER {_PREFIX}{table}_{op} AFTER {when} ON {quoted(table)} "
                f"BEGIN {_counted(table, path, row)}; END"
            )
        watched, condition = names, ""
        if table == "task":
            watched = [n for n in names if n not in _DERIVED | {"id"}]
            inputs = [n for n in watched if n != "duration"]
            changed = " OR ".join(f"OLD.{quoted(n)} IS NOT NEW.{quoted(n)}" for n in inputs)
            # A summary's duration is its tasks' span: the reschedule writes it.
            condition = (
                f" WHEN {changed} OR (OLD.duration IS NOT NEW.duration AND NOT EXISTS "
                "(SELECT 1 FROM task AS child WHERE child.parent_id = NEW.id))"
            )
        counted = _counted(table, path, "NEW")
        if path is not None:  # a row moved to another project counts for both
            column = quoted(path if isinstance(path, str) else path[1])
            counted += f"; {_counted(table, path, 'OLD', f'OLD.{column} IS NOT NEW.{column}')}"
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_PREFIX}{table}_u AFTER UPDATE OF "
            f"{', '.join(quoted(n) for n in watched)} ON {quoted(table)}{condition} "
            f"BEGIN {counted}; END"
        )


def _counted(
    table: str, path: str | tuple[str, str] | None, row: str, condition: str = "true"
) -> str:
    """The trigger's statement counting a write of `row` (NEW or OLD) of `table`."""
    if path is None:
        return BUMP_ALL
    if isinstance(path, str):
        return bump(f"{row}.{quoted(path)}", condition)
    parent, key = path
    return bump(
        f"SELECT project_id, 1 FROM {quoted(parent)} WHERE id = {row}.{quoted(key)}", condition
    )
