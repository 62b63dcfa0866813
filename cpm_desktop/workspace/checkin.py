"""What a laptop's copy of a checked-out project changed in it, and writing that back to the
team server in the caller's transaction (`services/checkout.py`).

A project's records are found from its keys, as the server's policies find them: the project
row, the rows with its project key, and the rows whose first key leads to one of those (a
task's assignments). While the project was checked out the server's copy could not change,
so it is the state the laptop started from: rows only on the laptop were added there (they
get the server's next ids, and the rows that point at them follow), rows on both that differ
were changed, rows only on the server were removed. The audit trail only grows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import Connection

from cpm_desktop.models import Base
from cpm_desktop.models.standings import BOOKKEEPING

Row = dict[str, Any]
_SKIPPED = {"checkout", "client", "contact"}  # the check-out's own row; the client's records
_APPEND_ONLY = {"audit_entry"}


@dataclass
class Differences:
    """Rows added, changed and removed, by table."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any((self.added, self.changed, self.removed))


def project_rows(connection: Connection, project_id: int) -> dict[str, dict[Any, Row]]:
    """Every record of the project, by table and by key."""
    found: dict[str, dict[Any, Row]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in BOOKKEEPING:  # each side keeps its own
            continue
        query = _query(table, project_id, found)
        if query is None:
            continue
        key = _key(table)
        found[table.name] = {row[key]: dict(row) for row in connection.execute(query).mappings()}
    return found


def differences(
    laptop: dict[str, dict[Any, Row]], server: dict[str, dict[Any, Row]]
) -> Differences:
    """What the laptop's rows changed from the server's, counted by table."""
    seen = Differences()
    for table, rows in laptop.items():
        there = server.get(table, {})
        added = sum(1 for key in rows if key not in there)
        changed = sum(1 for key, row in rows.items() if key in there and there[key] != row)
        removed = 0 if table in _APPEND_ONLY else sum(1 for key in there if key not in rows)
        for counts, number in (
            (seen.added, added),
            (seen.changed, changed),
            (seen.removed, removed),
        ):
            if number:
                counts[table] = number
    return seen


def write_back(
    connection: Connection, laptop: dict[str, dict[Any, Row]], server: dict[str, dict[Any, Row]]
) -> None:
    """Make the server's rows of the project the laptop's (foreign keys checked at commit)."""
    connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    moved: dict[str, dict[Any, Any]] = {}  # table → the laptop's id → the server's new one
    tables = [t for t in Base.metadata.sorted_tables if t.name in laptop]
    for table in tables:
        rows, there, key = laptop[table.name], server.get(table.name, {}), _key(table)
        moved[table.name] = {}
        for old in _parents_first(table, [k for k in rows if k not in there], rows):
            row = _moved(table, rows[old], moved)
            if key == "id":
                del row["id"]
                new = connection.execute(insert(table).values(row).returning(table.c.id))
                moved[table.name][old] = new.scalar_one()
            else:
                connection.execute(insert(table).values(row))
        for current, row in rows.items():
            if current in there and there[current] != row:
                values = _moved(table, row, moved)
                values.pop(key)
                connection.execute(update(table).where(table.c[key] == current).values(values))
    for table in reversed(tables):
        if table.name in _APPEND_ONLY:
            continue
        key = _key(table)
        for gone in [k for k in server.get(table.name, {}) if k not in laptop[table.name]]:
            connection.execute(delete(table).where(table.c[key] == gone))


def _query(table: Table, project_id: int, found: dict[str, dict[Any, Row]]) -> Any:
    if table.name in _SKIPPED:
        return None
    if table.name == "project":
        return select(table).where(table.c.id == project_id)
    if "project_id" in table.c:
        return select(table).where(table.c.project_id == project_id)
    for key in table.foreign_keys:
        parent = key.column.table.name
        if parent in found and parent != table.name and not key.parent.nullable:
            return select(table).where(key.parent.in_(list(found[parent])))
    return None


def _key(table: Table) -> str:
    key: str = next(iter(table.primary_key.columns)).name
    return key


def _moved(table: Table, row: Row, moved: dict[str, dict[Any, Any]]) -> Row:
    """The row with its keys to rows added on the laptop pointing at their new ids."""
    out = dict(row)
    for key in table.foreign_keys:
        column, parent = key.parent.name, key.column.table.name
        value = out.get(column)
        if value is not None and value in moved.get(parent, {}):
            out[column] = moved[parent][value]
    return out


def _parents_first(table: Table, keys: Iterable[Any], rows: dict[Any, Row]) -> list[Any]:
    """The added rows in an order where a row pointing at another added row of the same
    table (a task's summary) comes after it."""
    own = [k.parent.name for k in table.foreign_keys if k.column.table is table]
    pending: list[Any] = list(keys)
    ordered: list[Any] = []
    placed: set[Any] = set()
    waiting = set(pending)
    while pending:
        later = []
        for key in pending:
            parents = {rows[key].get(column) for column in own} & waiting - placed
            if parents - {key}:
                later.append(key)
            else:
                ordered.append(key)
                placed.add(key)
        if len(later) == len(pending):  # a loop: cannot happen in a valid outline
            ordered.extend(later)
            break
        pending = later
    return ordered
