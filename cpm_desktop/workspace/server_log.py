"""The row log behind undo on a PostgreSQL server: what `changes.py` does on SQLite with
temporary triggers, done with one trigger function on every table.

A trigger on a server is seen by every session, so each logs only for a session that is
recording (a transaction-local setting, `cpm.recording`), into that session's temporary
table: other users' edits and this user's unrecorded reads cost one test per row written.
The triggers are installed by `install`, which `server init` runs after every upgrade (a new
table gets its trigger). A row's id is its table's primary key column (`id`, or the
project's id for a project's one-row tables).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from cpm_desktop.errors import UndoConflictError
from cpm_desktop.workspace.row_changes import (
    BulkUpdate,
    Part,
    RowChange,
    SqlDialect,
    Value,
    change_statement,
    quoted,
)

_LOG = "pg_temp._cpm_change"
_SWITCH = "cpm.recording"
_TRIGGER = "cpm_log"
_APART = "x"  # a log entry standing for rows handed over by written_apart (as on SQLite)
_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cpm_log_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF coalesce(current_setting('{_SWITCH}', true), '') <> 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {_LOG} (tbl, op, new) VALUES (TG_TABLE_NAME, 'i', to_jsonb(NEW));
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO {_LOG} (tbl, op, old) VALUES (TG_TABLE_NAME, 'd', to_jsonb(OLD));
    ELSIF OLD IS DISTINCT FROM NEW THEN
        INSERT INTO {_LOG} (tbl, op, old, new)
        VALUES (TG_TABLE_NAME, 'u', to_jsonb(OLD), to_jsonb(NEW));
    END IF;
    RETURN NULL;
END
$body$
"""

# Per connection (by id), the rows handed over by written_apart in the transaction being
# recorded, by the key their log entry names.
_apart: dict[int, dict[int, list[Part]]] = {}


def install(connection: Connection, tables: Iterable[str]) -> None:
    """Create the log's trigger function and a trigger on each of `tables`; make their
    foreign keys deferrable, so that undo can put rows back in any order (checked at commit,
    as on SQLite)."""
    connection.exec_driver_sql(_FUNCTION)
    inspector = inspect(connection)
    for table in tables:
        name = quoted(table)
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_TRIGGER} ON {name}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION cpm_log_change()"
        )
        for key in inspector.get_foreign_keys(table):
            connection.exec_driver_sql(
                f"ALTER TABLE {name} ALTER CONSTRAINT {quoted(key['name'] or '')} "
                "DEFERRABLE INITIALLY IMMEDIATE"
            )


def start(connection: Connection) -> None:
    """Log the rows the rest of this transaction writes."""
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS _cpm_change (seq bigserial PRIMARY KEY, tbl text, "
        "op text, rid bigint, old jsonb, new jsonb)"
    )
    connection.exec_driver_sql(f"DELETE FROM {_LOG}")
    _apart.pop(id(connection.connection.dbapi_connection), None)
    _switch(connection, on=True)


def recording(connection: Connection) -> bool:
    """True while this transaction's writes are logged."""
    value = connection.exec_driver_sql(f"SELECT current_setting('{_SWITCH}', true)").scalar()
    return value == "on"


@contextmanager
def written_apart(connection: Connection) -> Iterator[list[Part] | None]:
    """As changes.written_apart: the log paused while the caller writes rows it hands over."""
    if not recording(connection):
        yield None
        return
    rows: list[Part] = []
    _switch(connection, on=False)
    yield rows  # not in a try: a failed write aborts the transaction, log and all
    _switch(connection, on=True)
    if rows:
        apart = _apart.setdefault(id(connection.connection.dbapi_connection), {})
        key = len(apart)
        apart[key] = rows
        connection.exec_driver_sql(
            f"INSERT INTO {_LOG} (tbl, op, rid) VALUES ('', %s, %s)", (_APART, key)
        )


def finish(connection: Connection) -> list[Part]:
    """Stop logging; the rows logged since `start`, in the order they were written."""
    keys = primary_keys(connection)
    apart = _apart.pop(id(connection.connection.dbapi_connection), {})
    entries = connection.exec_driver_sql(
        f"SELECT tbl, op, rid, old::text, new::text FROM {_LOG} ORDER BY seq"
    ).all()
    _switch(connection, on=False)
    connection.exec_driver_sql(f"DELETE FROM {_LOG}")
    rows: list[Part] = []
    for table, op, rid, old, new in entries:
        if op == _APART:
            rows.extend(apart.pop(rid))
            continue
        before, after = _values(old), _values(new)
        whole = after if before is None else before
        assert whole is not None
        rowid = whole[keys[table]]
        assert isinstance(rowid, int)
        if before is not None and after is not None:  # an update keeps what it changed
            changed = [name for name in after if before.get(name) != after[name]]
            before = {name: before[name] for name in changed}
            after = {name: after[name] for name in changed}
        rows.append(RowChange(table, op, rowid, before, after))
    return rows


def apply(connection: Connection, parts: Sequence[Part]) -> None:
    """Write `parts` (already in the order to apply, undo's inverted), refusing with
    UndoConflictError, before writing anything, when a row no longer holds the values they
    found (each row locked until the transaction ends).

    The server logs a deleted row before the rows its foreign keys' cascades delete or set
    to NULL with it, so applying a delete may already have done a later step: a step whose
    row is found as the step leaves it is done (the check before proved it was as found).
    """
    keys = primary_keys(connection)
    changes = [
        (quoted(part.table), quoted(keys[part.table]), change)
        for part in parts
        for change in (part.rows() if isinstance(part, BulkUpdate) else (part,))
    ]
    _require_as_found(connection, changes)
    connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    for table, key, change in changes:
        if not _apply_one(connection, table, key, change) and not _done_already(
            connection, table, key, change
        ):
            raise UndoConflictError(f"{change.table} row {change.rowid} differs")


def _require_as_found(connection: Connection, changes: list[tuple[str, str, RowChange]]) -> None:
    """Refuse unless the first step on each row finds it as that step expects (locked)."""
    seen: set[tuple[str, int]] = set()
    for table, key, change in changes:
        if (table, change.rowid) in seen:
            continue
        seen.add((table, change.rowid))
        if change.op == "i":
            found = connection.exec_driver_sql(
                f"SELECT 1 FROM {table} WHERE {key} = %s", (change.rowid,)
            ).first()
            if found is not None:
                raise UndoConflictError(f"{change.table} row {change.rowid} exists")
            continue
        assert change.before is not None
        if not _holds(connection, table, key, change.rowid, change.before, lock=True):
            raise UndoConflictError(f"{change.table} row {change.rowid} differs")


def _done_already(connection: Connection, table: str, key: str, change: RowChange) -> bool:
    """True when the row is as `change` leaves it (gone, or holding its values after)."""
    if change.op == "d":
        gone = connection.exec_driver_sql(
            f"SELECT 1 FROM {table} WHERE {key} = %s", (change.rowid,)
        ).first()
        return gone is None
    return change.after is not None and _holds(connection, table, key, change.rowid, change.after)


def _holds(
    connection: Connection,
    table: str,
    key: str,
    rowid: int,
    values: dict[str, Value],
    *,
    lock: bool = False,
) -> bool:
    match = "".join(f" AND {quoted(name)} IS NOT DISTINCT FROM %s" for name in values)
    found = connection.exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE {key} = %s{match}{' FOR UPDATE' if lock else ''}",
        (rowid, *values.values()),
    ).first()
    return found is not None


def _apply_one(connection: Connection, table: str, key: str, change: RowChange) -> bool:
    statement, values = change_statement(change, table, key, _SQL)
    return connection.exec_driver_sql(statement, tuple(values)).rowcount == 1


_SQL = SqlDialect(mark="%s", same="IS NOT DISTINCT FROM")


def _values(document: str | None) -> dict[str, Value] | None:
    """A row as the trigger logged it (to_jsonb): dates and times as ISO text, which the
    server reads back into their columns; a float's shortest exact text, the same float."""
    if document is None:
        return None
    values: dict[str, Value] = json.loads(document)
    return values


def _switch(connection: Connection, *, on: bool) -> None:
    connection.exec_driver_sql(
        f"SELECT set_config('{_SWITCH}', %s, true)", ("on" if on else "off",)
    )


def primary_keys(connection: Connection) -> dict[str, str]:
    """Each table's primary key column (its first, for a bookkeeping table with two)."""
    cached: dict[str, str] | None = connection.info.get("cpm_primary_keys")
    if cached is None:
        inspector = inspect(connection)
        keys = {table: inspector.get_pk_constraint(table) for table in inspector.get_table_names()}
        cached = {
            table: key["constrained_columns"][0]
            for table, key in keys.items()
            if key["constrained_columns"]
        }
        connection.info["cpm_primary_keys"] = cached
    return cached
