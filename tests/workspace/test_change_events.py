"""Change events: a committed change set told as projects, kinds of record, ids and outline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.models import Base
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.task_dates import move_task_start
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.change_events import (
    KIND_OF_TABLE,
    ChangeEvent,
    RecordKind,
    change_event,
)
from cpm_desktop.workspace.changes import NOT_RECORDED
from cpm_desktop.workspace.row_changes import BulkUpdate, ChangeSet, RowChange
from tests import templates

OUTLINE = frozenset({"parent_id", "position", "project_id"})


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo workspace of the test's own."""
    with templates.open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        yield ws


def test_every_recorded_table_is_one_kind_of_record() -> None:
    """The map covers the schema's tables (the audit trail aside), one kind per table."""
    recorded = set(Base.metadata.tables) - NOT_RECORDED
    assert set(KIND_OF_TABLE) == recorded
    assert sorted(KIND_OF_TABLE.values(), key=lambda k: k.value) == list(RecordKind)


# -- any change set ---------------------------------------------------------------------------

values = st.one_of(st.none(), st.integers(-3, 50), st.text(max_size=3))
columns = st.sampled_from(["name", "parent_id", "position", "project_id", "notes", "duration"])


@st.composite
def row_changes(draw: st.DrawFn) -> RowChange:
    """One logged row of any table: an insert or delete has every column, an update some."""
    table = draw(st.sampled_from(sorted(KIND_OF_TABLE)))
    op = draw(st.sampled_from("iud"))
    rowid = draw(st.integers(1, 40))
    if op == "u":
        before = draw(st.dictionaries(columns, values, min_size=1))
        after = {name: draw(values) for name in before}
        return RowChange(table, op, rowid, before, after)
    row = draw(st.dictionaries(columns, values))
    return RowChange(table, op, rowid, None if op == "i" else row, row if op == "i" else None)


@given(rows=st.lists(row_changes(), max_size=30), project_id=st.none() | st.integers(1, 9))
def test_an_event_lists_exactly_the_kinds_and_ids_its_change_set_touched(
    rows: list[RowChange], project_id: int | None
) -> None:
    """Kinds, ids and columns per kind, outline, renames and projects all follow from the
    rows."""
    changes = ChangeSet(tuple(rows))
    event = change_event(changes, project_id)
    assert event.kinds == {KIND_OF_TABLE[table] for table in changes.tables()}
    for table, kind in KIND_OF_TABLE.items():
        assert event.ids(kind) == changes.touched(table)
        assert event.touches(kind) == (table in changes.tables())
        assert event.columns(kind) == {
            name
            for c in rows
            if c.table == table
            for side in (c.before, c.after)
            if side is not None
            for name in side
        }
    assert event.outline_changed == changes.structural("task", OUTLINE)
    assert event.tasks_renamed == any(
        c.table == "task" and c.op == "u" and "name" in (c.after or {}) for c in rows
    )
    named = {
        value
        for c in rows
        for side in (c.before, c.after)
        if side is not None and isinstance(value := side.get("project_id"), int)
    }
    named |= {c.rowid for c in rows if c.table == "project"}
    assert event.project_ids == named | ({project_id} if project_id is not None else set())
    assert event.touches_only(*event.kinds)
    assert all(event.concerns(p) for p in event.project_ids)
    assert not event.concerns(None)


@st.composite
def bulk_updates(draw: st.DrawFn) -> BulkUpdate:
    """Updates of distinct rows of one table, handed over by a bulk writer: some rows change
    every column, some a few, some none."""
    table = draw(st.sampled_from(sorted(KIND_OF_TABLE)))
    names = tuple(draw(st.lists(columns, min_size=1, max_size=3, unique=True)))
    rowids = draw(st.lists(st.integers(1, 40), max_size=12, unique=True))
    before = [tuple(draw(values) for _ in names) for _ in rowids]
    after = [tuple(draw(values) if draw(st.booleans()) else old for old in row) for row in before]
    return BulkUpdate(table, names, rowids, before, after)


@given(parts=st.lists(st.one_of(row_changes(), bulk_updates()), max_size=8))
def test_a_bulk_update_tells_what_its_rows_one_by_one_would(
    parts: list[RowChange | BulkUpdate],
) -> None:
    """The event, the ids touched and the outline of a change set holding bulk updates are
    those of the same rows as RowChanges; the rows are the triggers' (changed columns only)."""
    changes = ChangeSet(tuple(parts))
    rows = ChangeSet(changes.rows)
    assert change_event(changes, 3) == change_event(rows, 3)
    for table in KIND_OF_TABLE:
        for wanted in (None, OUTLINE, frozenset({"name", "notes"})):
            assert changes.touched(table, wanted) == rows.touched(table, wanted)
        assert changes.structural(table, OUTLINE) == rows.structural(table, OUTLINE)
    for bulk in (p for p in parts if isinstance(p, BulkUpdate)):
        for row, old, new in zip(bulk.rows(), bulk.before, bulk.after, strict=True):
            changed = {n: (a, b) for n, a, b in zip(bulk.names, old, new, strict=True) if a != b}
            assert row.before == {n: a for n, (a, _) in changed.items()}
            assert row.after == {n: b for n, (_, b) in changed.items()}


def test_an_empty_change_set_touches_nothing() -> None:
    """No rows: no kind, no id, no outline change; only the project it was made in."""
    event = change_event(ChangeSet(), 4)
    assert event == ChangeEvent(project_ids=frozenset({4}))
    assert not event.touches(*RecordKind)
    assert event.ids(RecordKind.TASK) == frozenset()
    assert event.concerns(4)
    assert not event.concerns(5)


# -- real edits -------------------------------------------------------------------------------


def test_adding_a_task_changes_the_outline_and_names_the_new_task(demo: Workspace) -> None:
    """The new task's id is among the task ids; the outline changed; the project is named."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    task, changes = demo.run_recorded(tasks.add_task, project_id, "Extra", duration=2)
    event = change_event(changes, project_id)
    assert task.id in event.ids(RecordKind.TASK)
    assert event.outline_changed
    assert event.concerns(project_id)


def test_moving_a_task_changes_task_values_only(demo: Workspace) -> None:
    """A moved start rewrites task dates: only tasks, no outline change, no rename."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    task = next(
        t
        for t in demo.run(task_rows, project_id)
        if not t.is_summary and t.percent_complete == 0 and t.start is not None
    )
    assert task.start is not None
    _, changes = demo.run_recorded(move_task_start, task.id, task.start + dt.timedelta(days=7))
    event = change_event(changes, project_id)
    assert event.touches_only(RecordKind.TASK)
    assert task.id in event.ids(RecordKind.TASK)
    assert not event.outline_changed
    assert not event.tasks_renamed


def test_renaming_a_task_is_a_rename_not_an_outline_change(demo: Workspace) -> None:
    """A new name: one task id, renamed, outline as it was."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    task = demo.run(task_rows, project_id)[3]
    _, changes = demo.run_recorded(tasks.edit_task, task.id, name="Renamed")
    event = change_event(changes, project_id)
    assert event.ids(RecordKind.TASK) == {task.id}
    assert event.tasks_renamed
    assert not event.outline_changed
