"""What one recorded transaction wrote, row by row: the records undo and redo replay.

A `RowChange` is one row inserted, updated or deleted, as the log's triggers saw it. A
`BulkUpdate` is the updates of thousands of rows that a bulk writer (the scheduler) made with
the triggers paused and handed over itself: kept as the writer made them, a value tuple per
row, and turned into RowChanges only when someone reads them one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, compress
from operator import itemgetter, ne
from typing import Any

Value = str | int | float | None


class RowChange:
    """One row written: `op` is 'i', 'u' or 'd'; `before`/`after` map column → value.

    An update keeps only the columns it changed (and the row's id lives in `rowid`). Kept
    for undo as long as the window is open: the columns' names are shared tuples, the values
    a tuple each, and `before` and `after` dicts made only when read (a third of the memory
    of two dicts per row).
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


class BulkUpdate:
    """Updates of the rows `rowids` of `table`, columns `names`, from the values `before` to
    `after` (a tuple per row, as stored; each row once).

    A move on the critical path writes the dates of thousands of tasks: one BulkUpdate holds
    them for a fraction of a RowChange per row, the edit's event reads its ids and columns
    without building any, and undo and redo apply them a few executemany calls at a time.
    """

    __slots__ = ("table", "names", "rowids", "before", "after")

    def __init__(
        self,
        table: str,
        names: tuple[str, ...],
        rowids: Sequence[int],
        before: Sequence[tuple[Value, ...]],
        after: Sequence[tuple[Value, ...]],
    ) -> None:
        if not len(rowids) == len(before) == len(after):
            raise ValueError("a bulk update needs one before and one after per row")
        self.table = table
        self.names = names
        self.rowids = tuple(rowids)
        self.before = tuple(before)
        self.after = tuple(after)

    def columns(self) -> tuple[str, ...]:
        """The columns some row changed (every row's are in `changed_rows`)."""
        return tuple(
            name
            for at, name in enumerate(self.names)
            if any(map(ne, map(itemgetter(at), self.before), map(itemgetter(at), self.after)))
        )

    def changed_rows(self) -> dict[tuple[int, ...], list[int]]:
        """The rows (their places in `rowids`) by the positions of the columns they changed:
        a move writes a few such patterns (start and finish; with the duration)."""
        by_flags: dict[tuple[bool, ...], list[int]] = {}
        for place, (old, new) in enumerate(zip(self.before, self.after, strict=True)):
            by_flags.setdefault(tuple(map(ne, old, new)), []).append(place)
        columns = range(len(self.names))
        return {tuple(compress(columns, flags)): places for flags, places in by_flags.items()}

    def rows(self) -> list[RowChange]:
        """The RowChanges the log's triggers would have made (changed columns only)."""
        # Each pattern's names and picker are made once.
        picks: dict[tuple[bool, ...], tuple[tuple[str, ...], Callable[[Any], Any]]] = {}
        made = []
        new_change = RowChange.__new__
        for rowid, old, new in zip(self.rowids, self.before, self.after, strict=True):
            pattern = tuple(map(ne, old, new))
            pick = picks.get(pattern)
            if pick is None:
                pick = picks[pattern] = _picker(self.names, pattern)
            kept, take = pick
            change = new_change(RowChange)
            change.table, change.op, change.rowid = self.table, "u", rowid
            change._before, change._after = (kept, take(old)), (kept, take(new))
            made.append(change)
        return made

    def __bool__(self) -> bool:
        return bool(self.rowids)

    def inverse(self) -> BulkUpdate:
        """The updates that put every row back (undo)."""
        return BulkUpdate(self.table, self.names, self.rowids, self.after, self.before)

    def __repr__(self) -> str:
        return f"BulkUpdate({self.table!r}, {self.names!r}, {len(self.rowids)} rows)"


Part = RowChange | BulkUpdate


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Every row one transaction wrote, in the order it wrote them."""

    parts: tuple[Part, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return any(self.parts)

    @property
    def rows(self) -> tuple[RowChange, ...]:
        """Every row written, one RowChange each (a BulkUpdate's built now)."""
        return tuple(
            chain.from_iterable(
                part.rows() if isinstance(part, BulkUpdate) else (part,) for part in self.parts
            )
        )

    def tables(self) -> set[str]:
        """Return the names of the tables touched."""
        return {part.table for part in self.parts if not isinstance(part, BulkUpdate) or part}

    def touched(self, table: str, columns: frozenset[str] | None = None) -> set[int]:
        """Return the row ids of `table` changed (in one of `columns`, if given)."""
        found: set[int] = set()
        for part in self.parts:
            if part.table != table:
                continue
            if isinstance(part, BulkUpdate):
                found.update(_bulk_touched(part, columns))
            elif columns is None or part.op != "u" or not columns.isdisjoint(part.columns):
                found.add(part.rowid)
        return found

    def structural(self, table: str, columns: frozenset[str]) -> bool:
        """Tell whether rows of `table` were added, removed, or changed in `columns`."""
        return any(
            part.table == table
            and (
                not columns.isdisjoint(part.columns())
                if isinstance(part, BulkUpdate)
                else part.op != "u" or not columns.isdisjoint(part.columns)
            )
            for part in self.parts
        )


def _bulk_touched(bulk: BulkUpdate, columns: frozenset[str] | None) -> Sequence[int]:
    """The ids of the bulk's rows that changed one of `columns` (None: every row)."""
    if columns is None:
        return bulk.rowids
    return [
        bulk.rowids[place]
        for changed, places in bulk.changed_rows().items()
        if any(bulk.names[at] in columns for at in changed)
        for place in places
    ]


@dataclass(frozen=True, slots=True)
class SqlDialect:
    """How a database's SQL names a row and compares values: SQLite's rowid, `?` and `IS`;
    PostgreSQL's primary key column, `%s` and `IS NOT DISTINCT FROM`."""

    mark: str
    same: str
    rowid_column: str | None = None  # a column named in an insert beside the row's own


def change_statement(
    change: RowChange, table: str, key: str, dialect: SqlDialect
) -> tuple[str, list[Value]]:
    """The SQL that makes `change` on `table` (quoted; its rows named by `key`) and its
    parameters: an update or a delete only where the row still holds the values before."""
    mark = dialect.mark
    if change.op == "i":
        assert change.after is not None
        names = [quoted(name) for name in change.after]
        values = list(change.after.values())
        if dialect.rowid_column is not None:
            names, values = [dialect.rowid_column, *names], [change.rowid, *values]
        return (
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})",
            values,
        )
    assert change.before is not None
    match = "".join(f" AND {quoted(name)} {dialect.same} {mark}" for name in change.before)
    if change.op == "d":
        return (
            f"DELETE FROM {table} WHERE {key} = {mark}{match}",
            [change.rowid, *change.before.values()],
        )
    assert change.after is not None
    assignments = ", ".join(f"{quoted(name)} = {mark}" for name in change.after)
    return (
        f"UPDATE {table} SET {assignments} WHERE {key} = {mark}{match}",
        [*change.after.values(), change.rowid, *change.before.values()],
    )


def quoted(name: str) -> str:
    """`name` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


# Every distinct tuple of column names once: ten thousand updates of a task's dates share one.
NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _packed(
    values: Mapping[str, Value] | None,
) -> tuple[tuple[str, ...], tuple[Value, ...]] | None:
    if values is None:
        return None
    names = tuple(values)
    return NAMES.setdefault(names, names), tuple(values.values())


def _picker(
    names: tuple[str, ...], pattern: tuple[bool, ...]
) -> tuple[tuple[str, ...], Callable[[Sequence[Value]], tuple[Value, ...]]]:
    """The changed columns' names (shared) and what picks their values out of a row."""
    positions = tuple(i for i, changed in enumerate(pattern) if changed)
    kept = tuple(names[i] for i in positions)
    return NAMES.setdefault(kept, kept), value_picker(positions)


def value_picker(positions: Sequence[int]) -> Callable[[Sequence[Value]], tuple[Value, ...]]:
    """What picks the values at `positions` out of a row, as a tuple (itemgetter's speed)."""
    if len(positions) > 1:
        return itemgetter(*positions)
    return partial(_values_at, positions)


def _values_at(positions: Sequence[int], row: Sequence[Value]) -> tuple[Value, ...]:
    return tuple(row[i] for i in positions)
