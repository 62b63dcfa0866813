"""Row-level change sets: what one transaction did to every table, so it can be undone exactly.

Temporary triggers log each inserted, updated and deleted row of a recorded transaction (also
rows deleted by a cascade, which the ORM never sees). A writer of thousands of rows whose
before and after it knows (the scheduler's dates) may write them with the triggers paused and
hand the rows over itself (`written_apart`): they take their place in the log all the same.
Undo applies the log backwards, redo forwards; both refuse, and change nothing, when a row is
no longer as the log left it. The audit trail is not logged: it is append-only, and undo and
redo write their own entries into it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter, ne
from typing import Any

from sqlalchemy.engine import Connection

from cpm_desktop.errors import UndoConflictError
from cpm_desktop.scheduling.collector import collector_paused

NOT_RECORDED = frozenset({"audit_entry", "alembic_version"})
_LOG = "temp._cpm_change"
_SWITCH = "temp._cpm_recording"
_APART = "x"  # the log's op of an entry standing for rows handed over by written_apart
_CHUNK = 1000  # log rows read and parsed at a time

Value = str | int | float | None


class RowChange:
    """One row written: `op` is 'i', 'u' or 'd'; `before`/`after` map column → value.

    An update keeps only the columns it changed (and the row's id lives in `rowid`). Built by
    the ten thousand when a move shifts every task, and kept for undo as long as the window
    is open: the columns' names are shared tuples, the values a tuple each, and `before` and
    `after` dicts made only when read (a third of the memory of two dicts per row).
    """

    __slots__ = ("table", "op", "rowid", "_before", "_after")

    def __init__(
        self,
        table: str,
        op: str,
        rowid: int,
        before: Mapping[str, Value] | None,
        after: Mapping[str, Value] | None,
    ) -> None:
        self.table = table
        self.op = op
        self.rowid = rowid
        self._before = _packed(before)
        self._after = _packed(after)

    @property
    def before(self) -> dict[str, Value] | None:
        """The columns' values before the write (None for an insert)."""
        return None if self._before is None else dict(zip(*self._before, strict=True))

    @property
    def after(self) -> dict[str, Value] | None:
        """The columns' values after the write (None for a delete)."""
        return None if self._after is None else dict(zip(*self._after, strict=True))

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns the change holds values of (an update: those it changed), without
        building `before` or `after`."""
        packed = self._after if self._after is not None else self._before
        return packed[0] if packed is not None else ()

    def value(self, column: str, *, after: bool) -> Value:
        """The value of `column` after (or before) the write; None when it holds none."""
        packed = self._after if after else self._before
        if packed is None or column not in packed[0]:
            return None
        return packed[1][packed[0].index(column)]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RowChange):
            return NotImplemented
        return (self.table, self.op, self.rowid, self.before, self.after) == (
            other.table,
            other.op,
            other.rowid,
            other.before,
            other.after,
        )

    __hash__ = None  # type: ignore[assignment]  # equal by value, and not immutable

    def __repr__(self) -> str:
        return (
            f"RowChange({self.table!r}, {self.op!r}, {self.rowid!r}, "
            f"{self.before!r}, {self.after!r})"
        )


# Every distinct tuple of column names once: ten thousand updates of a task's dates share one.
_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _packed(
    values: Mapping[str, Value] | None,
) -> tuple[tuple[str, ...], tuple[Value, ...]] | None:
    if values is None:
        return None
    names = tuple(values)
    return _NAMES.setdefault(names, names), tuple(values.values())


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Every row one transaction wrote, in the order it wrote them."""

    rows: tuple[RowChange, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def tables(self) -> set[str]:
        """Return the names of the tables touched."""
        return {change.table for change in self.rows}

    def touched(self, table: str, columns: frozenset[str] | None = None) -> set[int]:
        """Return the row ids of `table` changed (in one of `columns`, if given)."""
        found: set[int] = set()
        for change in self.rows:
            if change.table != table:
                continue
            if columns is None or change.op != "u" or not columns.isdisjoint(change.columns):
                found.add(change.rowid)
        return found

    def structural(self, table: str, columns: frozenset[str]) -> bool:
        """Tell whether rows of `table` were added, removed, or changed in `columns`."""
        return any(
            change.table == table and (change.op != "u" or not columns.isdisjoint(change.columns))
            for change in self.rows
        )


def start_recording(connection: Connection) -> None:
    """Log the rows the rest of this transaction writes (triggers are installed on first use)."""
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
) -> Iterator[list[RowChange] | None]:
    """Pause the log's triggers while the caller writes rows it records itself: it appends
    them (updates with only their changed columns, values as stored) to the list yielded,
    which takes their place in the log. None when nothing is recorded (no list to fill).

    A caller updating thousands of rows of one table names it (`updating`): that table's
    update trigger is taken away meanwhile, as even switched off it is evaluated for every
    row (half the time of a move on the critical path's UPDATE), and put back after.
    """
    raw = _sqlite(connection)
    if raw is None or raw.execute(f"SELECT 1 FROM {_SWITCH}").fetchone() is None:
        yield None
        return
    rows: list[RowChange] = []
    raw.execute(f"DELETE FROM {_SWITCH}")
    if updating is not None:
        raw.execute(f"DROP TRIGGER temp.{_quote(f'_cpm_{updating}_u')}")
    try:
        yield rows
    finally:
        if updating is not None:
            raw.execute(_trigger_statements(updating, _columns_of(raw, updating))["u"])
        raw.execute(f"INSERT INTO {_SWITCH} VALUES (1)")
        if rows:
            apart = _apart.setdefault(id(raw), {})
            key = len(apart)
            apart[key] = rows
            raw.execute(f"INSERT INTO {_LOG} (tbl, op, rid) VALUES ('', ?, ?)", (_APART, key))


def updated_rows(
    table: str,
    names: tuple[str, ...],
    rowids: Sequence[int],
    before: Sequence[tuple[Value, ...]],
    after: Sequence[tuple[Value, ...]],
) -> list[RowChange]:
    """The RowChanges of updates of `rowids`' columns `names` from the values `before` to
    `after` (one tuple per row; the changed columns kept only, as the log does), for
    `written_apart`. Thousands at a time: a move on the critical path writes every task."""
    # Rows change in a few patterns (start and finish, not the duration): each pattern's
    # names and picker are made once.
    picks: dict[tuple[bool, ...], tuple[tuple[str, ...], Callable[[Sequence[Value]], Any]]] = {}
    made = []
    new_change = RowChange.__new__
    for rowid, old, new in zip(rowids, before, after, strict=True):
        pattern = tuple(map(ne, old, new))
        pick = picks.get(pattern)
        if pick is None:
            pick = picks[pattern] = _picker(names, pattern)
        kept, take = pick
        change = new_change(RowChange)
        change.table, change.op, change.rowid = table, "u", rowid
        change._before, change._after = (kept, take(old)), (kept, take(new))
        made.append(change)
    return made


def _picker(
    names: tuple[str, ...], pattern: tuple[bool, ...]
) -> tuple[tuple[str, ...], Callable[[Sequence[Value]], tuple[Value, ...]]]:
    """The changed columns' names (shared) and what picks their values out of a row."""
    positions = [i for i, changed in enumerate(pattern) if changed]
    kept = tuple(names[i] for i in positions)
    take: Callable[[Sequence[Value]], tuple[Value, ...]] = (
        itemgetter(*positions) if len(positions) > 1 else partial(_values_at, positions)
    )
    return _NAMES.setdefault(kept, kept), take


def _values_at(positions: list[int], row: Sequence[Value]) -> tuple[Value, ...]:
    return tuple(row[i] for i in positions)


def finish_recording(connection: Connection) -> ChangeSet:
    """Stop logging and return what was logged since `start_recording`."""
    raw = _dbapi(connection)
    columns = _columns_by_table(raw)
    apart = _apart.get(id(raw), {})
    rows: list[RowChange] = []
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
        written = _NAMES.setdefault(written, written)
        change._before = written, tuple(_shared(old[i], same) for i in changed)
        change._after = written, tuple(_shared(new[i], same) for i in changed)
        return change
    change._before = (names, tuple(old)) if old is not None else None
    change._after = (names, tuple(new)) if new is not None else None
    return change


def _shared(value: Value, same: Callable[[str, str], str]) -> Value:
    # Texts only: 1, 1.0 and True are equal keys, but not the same value to write back.
    return same(value, value) if type(value) is str else value


def revert(connection: Connection, changes: ChangeSet) -> None:
    """Undo `changes`: put every row back as it was before; refuse if one has moved on since."""
    _apply(connection, [_inverse(change) for change in reversed(changes.rows)])


def replay(connection: Connection, changes: ChangeSet) -> None:
    """Redo `changes` on a workspace that is as they found it; refuse otherwise."""
    _apply(connection, list(changes.rows))


# -- applying ---------------------------------------------------------------------------------


def _inverse(change: RowChange) -> RowChange:
    op = {"i": "d", "d": "i", "u": "u"}[change.op]
    return RowChange(change.table, op, change.rowid, change.after, change.before)


def _apply(connection: Connection, changes: list[RowChange]) -> None:
    raw = _dbapi(connection)
    # Rows come back in the reverse order of a cascade; checked at commit, the end state is.
    raw.execute("PRAGMA defer_foreign_keys = ON")
    for change in changes:
        try:
            matched = _apply_one(raw, change)
        except sqlite3.IntegrityError as exc:
            raise UndoConflictError(f"{change.table} row {change.rowid}: {exc}") from exc
        if not matched:
            raise UndoConflictError(f"{change.table} row {change.rowid} differs")


def _apply_one(raw: sqlite3.Connection, change: RowChange) -> bool:
    table = _quote(change.table)
    if change.op == "i":
        assert change.after is not None
        names = list(change.after)
        placeholders = ", ".join("?" * (len(names) + 1))
        raw.execute(
            f"INSERT INTO main.{table} (rowid, {', '.join(map(_quote, names))}) "
            f"VALUES ({placeholders})",
            [change.rowid, *change.after.values()],
        )
        return True
    assert change.before is not None
    match = "".join(f" AND {_quote(name)} IS ?" for name in change.before)
    if change.op == "d":
        cursor = raw.execute(
            f"DELETE FROM main.{table} WHERE rowid = ?{match}",
            [change.rowid, *change.before.values()],
        )
    else:
        assert change.after is not None
        assignments = ", ".join(f"{_quote(name)} = ?" for name in change.after)
        cursor = raw.execute(
            f"UPDATE main.{table} SET {assignments} WHERE rowid = ?{match}",
            [*change.after.values(), change.rowid, *change.before.values()],
        )
    return cursor.rowcount == 1


# -- the log ------------------------------------------------------------------------------------


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
            raw.execute(f"DROP TRIGGER temp.{_quote(name)}")
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
    quoted = _quote(table)
    old = "json_array(" + ", ".join(f"OLD.{_quote(n)}" for n in names) + ")"
    new = "json_array(" + ", ".join(f"NEW.{_quote(n)}" for n in names) + ")"
    changed = " OR ".join(f"OLD.{_quote(n)} IS NOT NEW.{_quote(n)}" for n in names)
    # Trigger bodies may not name a schema; the unqualified log tables are the temp ones.
    on = "EXISTS (SELECT 1 FROM _cpm_recording)"
    log = f"INSERT INTO _cpm_change (tbl, op, rid, old, new) VALUES ('{table}'"
    return {
        "i": f"CREATE TEMP TRIGGER _cpm_{table}_i AFTER INSERT ON main.{quoted} WHEN {on} "
        f"BEGIN {log}, 'i', NEW.rowid, NULL, {new}); END",
        "u": f"CREATE TEMP TRIGGER _cpm_{table}_u AFTER UPDATE ON main.{quoted} "
        f"WHEN {on} AND ({changed}) BEGIN {log}, 'u', NEW.rowid, {old}, {new}); END",
        "d": f"CREATE TEMP TRIGGER _cpm_{table}_d AFTER DELETE ON main.{quoted} WHEN {on} "
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
    return tuple(row[1] for row in raw.execute(f"PRAGMA main.table_info({_quote(table)})"))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Per connection (by id: a sqlite3 connection is not weakly referable), the rows handed over
# by written_apart in the transaction being recorded, by the key their log entry names.
_apart: dict[int, dict[int, list[RowChange]]] = {}


def _sqlite(connection: Connection) -> sqlite3.Connection | None:
    """The SQLite connection being recorded on, if the log is installed on it."""
    raw: Any = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        return None
    installed = raw.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_cpm_recording'")
    return raw if installed.fetchone() is not None else None


def _dbapi(connection: Connection) -> sqlite3.Connection:
    raw: Any = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw
