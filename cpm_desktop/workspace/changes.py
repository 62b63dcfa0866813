"""Row-level change sets: what one transaction did to every table, so it can be undone exactly.

Temporary triggers log each inserted, updated and deleted row of a recorded transaction (also
rows deleted by a cascade, which the ORM never sees). A writer of thousands of rows whose
before and after it knows (the scheduler's dates) may write them with the triggers paused and
hand the rows over itself (`written_apart`, as a `BulkUpdate`): they take their place in the
log all the same.
Undo applies the log backwards, redo forwards; both refuse, and change nothing, when a row is
no longer as the log left it. The audit trail is not logged: it is append-only, and undo and
redo write their own entries into it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy.engine import Connection

from cpm_desktop.errors import UndoConflictError
from cpm_desktop.models.standings import BOOKKEEPING
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.workspace import server_log
from cpm_desktop.workspace.row_changes import (
    NAMES,
    BulkUpdate,
    ChangeSet,
    Part,
    RowChange,
    SqlDialect,
    Value,
    change_statement,
    quoted,
    value_picker,
)

NOT_RECORDED = frozenset({"audit_entry", "alembic_version", *BOOKKEEPING})
_LOG = "temp._cpm_change"
_SWITCH = "temp._cpm_recording"
_APART = "x"  # the log's op of an entry standing for rows handed over by written_apart
_CHUNK = 1000  # log rows read and parsed at a time


def start_recording(connection: Connection) -> None:
    """Log the rows the rest of this transaction writes (triggers are installed on first use)."""
    if _on_server(connection):
        server_log.start(connection)
        return
    raw = _dbapi(connection)
    if raw.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_cpm_change'").fetchone():
        _refresh_triggers_if_schema_changed(raw)
    else:
        _install(raw)
    raw.execute(f"DELETE FROM {_LOG}")
    _apart.pop(id(raw), None)  # what a transaction rolled back before finishing left
    raw.execute(f"INSERT INTO {_SWITCH} VALUES (1)")


@contextmanager
def written_apart(
    connection: Connection, updating: str | None = None
) -> Iterator[list[Part] | None]:
    """Pause the log's triggers while the caller writes rows it records itself: it appends
    them (updates with only their changed columns, values as stored) to the list yielded,
    which takes their place in the log. None when nothing is recorded (no list to fill).

    A caller updating thousands of rows of one table names it (`updating`): that table's
    update trigger is taken away meanwhile, as even switched off it is evaluated for every
    row (half the time of a move on the critical path's UPDATE), and put back after.
    """
    if _on_server(connection):
        with server_log.written_apart(connection) as handed:
            yield handed
        return
    raw = _sqlite(connection)
    if raw is None or raw.execute(f"SELECT 1 FROM {_SWITCH}").fetchone() is None:
        yield None
        return
    rows: list[Part] = []
    raw.execute(f"DELETE FROM {_SWITCH}")
    try:
        with _update_trigger_away(raw, updating) if updating is not None else nullcontext():
            yield rows
    finally:
        raw.execute(f"INSERT INTO {_SWITCH} VALUES (1)")
        if rows:
            apart = _apart.setdefault(id(raw), {})
            key = len(apart)
            apart[key] = rows
            raw.execute(f"INSERT INTO {_LOG} (tbl, op, rid) VALUES ('', ?, ?)", (_APART, key))


def finish_recording(connection: Connection) -> ChangeSet:
    """Stop logging and return what was logged since `start_recording`."""
    if _on_server(connection):
        return ChangeSet(tuple(server_log.finish(connection)))
    raw = _dbapi(connection)
    columns = _columns_by_table(raw)
    apart = _apart.get(id(raw), {})
    rows: list[Part] = []
    # One object per distinct text (a date, a status): a move on the critical path logs ten
    # thousand rows of a few hundred dates, and the undo stack keeps them.
    seen_values: dict[str, str] = {}
    seen = 0
    with collector_paused():  # thousands of small dicts, no cycles
        while True:
            # A JSON document per thousand rows: a move on the critical path logs every task,
            # and one parse in C beats ten thousand small ones, while the whole log as one
            # document (every column of every row, twice) would briefly take tens of MB.
            document, last, count = raw.execute(
                "SELECT json_group_array(json_array(tbl, op, rid, json(old), json(new))), "
                f"max(seq), count(*) FROM (SELECT * FROM {_LOG} WHERE seq > ? ORDER BY seq "
                "LIMIT ?)",
                (seen, _CHUNK),
            ).fetchone()
            if not count:
                break
            for entry in json.loads(document):
                if entry[1] == _APART:
                    rows.extend(apart.pop(entry[2]))
                else:
                    rows.append(_row_change(entry, columns, seen_values))
            seen = last
    raw.execute(f"DELETE FROM {_SWITCH}")
    raw.execute(f"DELETE FROM {_LOG}")
    _apart.pop(id(raw), None)
    return ChangeSet(tuple(rows))


def _row_change(
    entry: list[Any], columns: dict[str, tuple[str, ...]], seen_values: dict[str, str]
) -> RowChange:
    table, op, rowid, old, new = entry
    names = columns[table]
    same = seen_values.setdefault
    change = RowChange.__new__(RowChange)  # the values packed as RowChange keeps them
    change.table, change.op, change.rowid = table, op, rowid
    if op == "u":
        # An update keeps only the columns it changed.
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        written = tuple(names[i] for i in changed)
        written = NAMES.setdefault(written, written)
        change._before = written, tuple(_shared(old[i], same) for i in changed)
        change._after = written, tuple(_shared(new[i], same) for i in changed)
        return change
    change._before = (names, tuple(old)) if old is not None else None
    change._after = (names, tuple(new)) if new is not None else None
    return change


def _shared(value: Value, same: Callable[[str, str], str]) -> Value:
    # Texts only: 1, 1.0 and True are equal keys, but not the same value to write back.
    return same(value, value) if type(value) is str else value


BulkGuard = Callable[[BulkUpdate], AbstractContextManager[object]]
"""What a caller wraps around the writing of each bulk update (one applied, not recorded)."""


def revert(
    connection: Connection, changes: ChangeSet, around_bulk: BulkGuard | None = None
) -> None:
    """Undo `changes`: put every row back as it was before; refuse if one has moved on since.
    `around_bulk` wraps the writing of each bulk update, given as it is written."""
    _apply(connection, [_inverse(part) for part in reversed(changes.parts)], around_bulk)


def replay(
    connection: Connection, changes: ChangeSet, around_bulk: BulkGuard | None = None
) -> None:
    """Redo `changes` on a workspace that is as they found it; refuse otherwise.
    `around_bulk` as for `revert`."""
    _apply(connection, list(changes.parts), around_bulk)


# -- applying ---------------------------------------------------------------------------------


def _inverse(part: Part) -> Part:
    if isinstance(part, BulkUpdate):
        return part.inverse()
    op = {"i": "d", "d": "i", "u": "u"}[part.op]
    return RowChange(part.table, op, part.rowid, part.after, part.before)


def _apply(connection: Connection, parts: list[Part], around_bulk: BulkGuard | None) -> None:
    if _on_server(connection):
        server_log.apply(connection, parts)
        return
    raw = _dbapi(connection)
    # Rows come back in the reverse order of a cascade; checked at commit, the end state is.
    raw.execute("PRAGMA defer_foreign_keys = ON")
    recording = _sqlite(connection) is not None and (
        raw.execute(f"SELECT 1 FROM {_SWITCH}").fetchone() is not None
    )
    for part in parts:
        if isinstance(part, BulkUpdate):
            # Unrecorded, thousands of rows: the log's update trigger is taken away meanwhile,
            # as in written_apart (switched off, it is still evaluated for every row).
            with (
                nullcontext() if recording else _update_trigger_away(raw, part.table),
                around_bulk(part) if around_bulk is not None else nullcontext(),
            ):
                _apply_bulk(raw, part)
            continue
        try:
            matched = _apply_one(raw, part)
        except sqlite3.IntegrityError as exc:
            raise UndoConflictError(f"{part.table} row {part.rowid}: {exc}") from exc
        if not matched:
            raise UndoConflictError(f"{part.table} row {part.rowid} differs")


def _apply_bulk(raw: sqlite3.Connection, bulk: BulkUpdate) -> None:
    """Apply a bulk update as its rows would be applied one by one (each row set only in the
    columns it changed, and only where it still holds their values before), an executemany
    per pattern of changed columns."""
    table = quoted(bulk.table)
    for changed, places in bulk.changed_rows().items():
        if not changed:
            continue
        names = [quoted(bulk.names[at]) for at in changed]
        statement = (
            f"UPDATE main.{table} SET {', '.join(f'{name} = ?' for name in names)} "
            f"WHERE rowid = ?{''.join(f' AND {name} IS ?' for name in names)}"
        )
        take, rowids, before, after = value_picker(changed), bulk.rowids, bulk.before, bulk.after
        rows = [(*take(after[at]), rowids[at], *take(before[at])) for at in places]
        # Within a savepoint: when a row no longer holds its values before, the rows matched
        # are put back, to find and name the first that differs.
        raw.execute("SAVEPOINT cpm_bulk")
        try:
            if raw.executemany(statement, rows).rowcount != len(rows):
                raw.execute("ROLLBACK TO cpm_bulk")
                missed = _first_differing(raw, table, names, rows)
                raise UndoConflictError(f"{bulk.table} row {missed} differs")
        except sqlite3.IntegrityError as exc:
            raw.execute("ROLLBACK TO cpm_bulk")
            raise UndoConflictError(f"{bulk.table} rows: {exc}") from exc
        finally:
            raw.execute("RELEASE cpm_bulk")


def _first_differing(
    raw: sqlite3.Connection, table: str, names: list[str], rows: list[tuple[Value, ...]]
) -> int | None:
    """The id of the first of `rows` (new values, rowid, old values) whose row no longer
    holds its old values."""
    match = f"SELECT 1 FROM main.{table} WHERE rowid = ?" + "".join(
        f" AND {name} IS ?" for name in names
    )
    count = len(names)
    for row in rows:
        rowid = row[count]
        if raw.execute(match, (rowid, *row[count + 1 :])).fetchone() is None:
            assert isinstance(rowid, int)
            return rowid
    return None


def _apply_one(raw: sqlite3.Connection, change: RowChange) -> bool:
    statement, values = change_statement(change, f"main.{quoted(change.table)}", "rowid", _SQL)
    return raw.execute(statement, values).rowcount == 1


_SQL = SqlDialect(mark="?", same="IS", rowid_column="rowid")


# -- the log ------------------------------------------------------------------------------------


@contextmanager
def _update_trigger_away(raw: sqlite3.Connection, table: str) -> Iterator[None]:
    """Take the log's update trigger on `table` away (if installed) and put it back after."""
    name = f"_cpm_{table}_u"
    installed = raw.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    if installed is None:
        yield
        return
    raw.execute(f"DROP TRIGGER temp.{quoted(name)}")
    try:
        yield
    finally:
        raw.execute(_trigger_statements(table, _columns_of(raw, table))["u"])


def _install(raw: sqlite3.Connection) -> None:
    raw.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_LOG.split('.')[1]} "
        "(seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, rid INTEGER, old TEXT, new TEXT)"
    )
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_SWITCH.split('.')[1]} (on_ INTEGER)")
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS _cpm_schema (version INTEGER)")
    _create_triggers(raw)


def _refresh_triggers_if_schema_changed(raw: sqlite3.Connection) -> None:
    (version,) = raw.execute("PRAGMA main.schema_version").fetchone()
    known = raw.execute("SELECT version FROM temp._cpm_schema").fetchone()
    if known is None or known[0] != version:
        for (name,) in raw.execute(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE '_cpm_%'"
        ).fetchall():
            raw.execute(f"DROP TRIGGER temp.{quoted(name)}")
        _create_triggers(raw)


def _create_triggers(raw: sqlite3.Connection) -> None:
    for table, names in _columns_by_table(raw).items():
        for statement in _trigger_statements(table, names).values():
            # execute(), not executescript(): that would commit the caller's transaction.
            raw.execute(statement)
    (version,) = raw.execute("PRAGMA main.schema_version").fetchone()
    raw.execute("DELETE FROM temp._cpm_schema")
    raw.execute("INSERT INTO temp._cpm_schema VALUES (?)", (version,))


def _trigger_statements(table: str, names: tuple[str, ...]) -> dict[str, str]:
    """The CREATE statements of the log's triggers on `table`, by op ('i', 'u', 'd')."""
    name = quoted(table)
    old = "json_array(" + ", ".join(f"OLD.{quoted(n)}" for n in names) + ")"
    new = "json_array(" + ", ".join(f"NEW.{quoted(n)}" for n in names) + ")"
    changed = " OR ".join(f"OLD.{quoted(n)} IS NOT NEW.{quoted(n)}" for n in names)
    # Trigger bodies may not name a schema; the unqualified log tables are the temp ones.
    on = "EXISTS (SELECT 1 FROM _cpm_recording)"
    log = f"INSERT INTO _cpm_change (tbl, op, rid, old, new) VALUES ('{table}'"
    return {
        "i": f"CREATE TEMP TRIGGER _cpm_{table}_i AFTER INSERT ON main.{name} WHEN {on} "
        f"BEGIN {log}, 'i', NEW.rowid, NULL, {new}); END",
        "u": f"CREATE TEMP TRIGGER _cpm_{table}_u AFTER UPDATE ON main.{name} "
        f"WHEN {on} AND ({changed}) BEGIN {log}, 'u', NEW.rowid, {old}, {new}); END",
        "d": f"CREATE TEMP TRIGGER _cpm_{table}_d AFTER DELETE ON main.{name} WHEN {on} "
        f"BEGIN {log}, 'd', OLD.rowid, {old}, NULL); END",
    }


def _columns_by_table(raw: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    tables = [
        name
        for (name,) in raw.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        if name not in NOT_RECORDED
    ]
    return {table: _columns_of(raw, table) for table in tables}


def _columns_of(raw: sqlite3.Connection, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in raw.execute(f"PRAGMA main.table_info({quoted(table)})"))


# Per connection (by id: a sqlite3 connection is not weakly referable), the rows handed over
# by written_apart in the transaction being recorded, by the key their log entry names.
_apart: dict[int, dict[int, list[Part]]] = {}


def _sqlite(connection: Connection) -> sqlite3.Connection | None:
    """The SQLite connection being recorded on, if the log is installed on it."""
    raw: Any = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        return None
    installed = raw.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_cpm_recording'")
    return raw if installed.fetchone() is not None else None


def _on_server(connection: Connection) -> bool:
    """True on a team server's PostgreSQL, whose log is `server_log`'s."""
    return connection.dialect.name == "postgresql"


def _dbapi(connection: Connection) -> sqlite3.Connection:
    raw: Any = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw
