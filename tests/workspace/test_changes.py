"""Change sets: a recorded edit is undone and redone row by row, and refused when stale."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import UndoConflictError, ValidationError
from cpm_desktop.models import Calendar, Holiday
from cpm_desktop.services import history
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.timeline import TimelineTask, timeline
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.changes import written_apart
from cpm_desktop.workspace.row_changes import BulkUpdate
from tests.templates import open_copy_of


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Workspace:
    """The demo workspace (the NHL-WMS plan has links of every type and progress)."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        yield ws


def rows(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the audit trail, straight from the file."""
    connection = sqlite3.connect(f"{ws.path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            n
            for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if n != "audit_entry"
        ]
        return {n: connection.execute(f'SELECT rowid, * FROM "{n}"').fetchall() for n in names}
    finally:
        connection.close()


def test_an_update_records_only_the_columns_it_changed(demo: Workspace) -> None:
    """Renaming a task is one task row with one column before and after."""
    task = demo.run(task_rows, demo.run(find_project_id, DEMO_PROJECT_CODE))[3]
    _, changes = demo.run_recorded(tasks.edit_task, task.id, name="Renamed")
    assert [(c.table, c.op, c.rowid) for c in changes.rows] == [("task", "u", task.id)]
    assert changes.rows[0].before == {"name": task.name}
    assert changes.rows[0].after == {"name": "Renamed"}


def test_a_log_of_thousands_of_rows_comes_back_whole_and_in_order(demo: Workspace) -> None:
    """An edit writing 2,500 rows (the log is read a thousand at a time) is recorded row by
    row in the order written, and undone exactly."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    start = rows(demo)
    days = [dt.date(2040, 1, 1) + dt.timedelta(days=n) for n in range(2_500)]

    def add_holidays(session: Session) -> None:
        calendar_id = session.scalars(select(Calendar.id)).first()
        session.execute(
            insert(Holiday), [{"calendar_id": calendar_id, "day": day, "name": "X"} for day in days]
        )

    _, changes = demo.run_recorded(add_holidays)
    added = [c.after["day"] for c in changes.rows if c.table == "holiday" and c.after]
    assert added == [day.isoformat() for day in days]
    demo.run(history.undo_edit, changes, project_id, "Add holidays")
    assert rows(demo) == start


def leading_work_task(demo: Workspace, project_id: int) -> TimelineTask:
    """The first not-started work task with successors: making it longer moves them."""
    plan = demo.run(timeline, project_id)
    leading = {link.predecessor_id for link in plan.links}
    return next(
        t
        for t in plan.tasks
        if t.id in leading and t.actual_start is None and not (t.is_summary or t.is_milestone)
    )


def test_rows_written_apart_are_recorded_as_the_triggers_record_them(demo: Workspace) -> None:
    """A longer first task moves its successors: the scheduler writes their dates with the
    triggers paused and hands the rows over; the change set holds each as the triggers would
    (changed columns only, dates as stored), after the edit's own row, and undo and redo
    bring the file back exactly."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    first = leading_work_task(demo, project_id)
    start = rows(demo)
    _, changes = demo.run_recorded(tasks.edit_task, first.id, duration=first.duration + 15)
    end = rows(demo)
    assert changes.rows[0].rowid == first.id
    assert changes.rows[0].after == {"duration": first.duration + 15}
    # The edited task's own row is written twice (its duration, then its finish).
    moved = [c for c in changes.rows if c.table == "task" and c.rowid != first.id]
    assert len(moved) > 3
    before = {row[0]: row for row in start["task"]}
    after = {row[0]: row for row in end["task"]}
    with closing(sqlite3.connect(f"{demo.path.as_uri()}?mode=ro", uri=True)) as raw:
        names = ["rowid", *(c[1] for c in raw.execute("PRAGMA table_info(task)"))]
    for change in moved:
        assert change.op == "u"
        changed = {
            name
            for name, old, new in zip(names, before[change.rowid], after[change.rowid], strict=True)
            if old != new
        }
        assert set(change.columns) == changed <= {"start", "finish", "duration"}
        assert change.before == {n: before[change.rowid][names.index(n)] for n in changed}
        assert change.after == {n: after[change.rowid][names.index(n)] for n in changed}
    demo.run(history.undo_edit, changes, project_id, "Longer")
    assert rows(demo) == start
    demo.run(history.redo_edit, changes, project_id, "Longer")
    assert rows(demo) == end


def test_a_bulk_step_with_a_row_changed_since_is_refused_and_changes_nothing(
    demo: Workspace,
) -> None:
    """Undo of the scheduler's bulk write finds one of its rows moved on since: refused,
    naming that row, and not one row of the bulk is put back."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    first = leading_work_task(demo, project_id)
    _, changes = demo.run_recorded(tasks.edit_task, first.id, duration=first.duration + 15)
    bulk = next(part for part in changes.parts if isinstance(part, BulkUpdate))
    start = bulk.names.index("start")
    moved = [
        bulk.rowids[place]
        for changed, places in bulk.changed_rows().items()
        if start in changed
        for place in places
    ]
    assert len(moved) > 3
    victim = moved[len(moved) // 2]

    def move_on(session: Session) -> None:
        session.connection().exec_driver_sql(
            "UPDATE task SET start = '2001-01-01' WHERE id = ?", (victim,)
        )

    demo.run(move_on)
    before = rows(demo)
    with pytest.raises(UndoConflictError, match="has changed since") as refused:
        demo.run(history.undo_edit, changes, project_id, "Longer")
    assert f"task row {victim} differs" in str(refused.value)
    assert rows(demo) == before


def test_a_table_updated_apart_is_logged_again_right_after(demo: Workspace) -> None:
    """The update trigger taken away while the scheduler writes is back for the rest of the
    transaction: a later update of the same table is logged as ever, and undone."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    plan = demo.run(timeline, project_id)
    first, second = [t for t in plan.tasks if not t.is_summary][:2]

    def both(session: Session) -> None:
        connection = session.connection()
        with written_apart(connection, updating="task") as recorded:
            connection.exec_driver_sql("UPDATE task SET owner = 'Apart' WHERE id = ?", (first.id,))
            assert recorded is not None
            apart = BulkUpdate("task", ("owner",), [first.id], [(first.owner,)], [("Apart",)])
            recorded.append(apart)
        connection.exec_driver_sql("UPDATE task SET owner = 'Logged' WHERE id = ?", (second.id,))

    start = rows(demo)
    _, changes = demo.run_recorded(both)
    assert [(c.rowid, c.after) for c in changes.rows] == [
        (first.id, {"owner": "Apart"}),
        (second.id, {"owner": "Logged"}),
    ]
    demo.run(history.undo_edit, changes, project_id, "Owners")
    assert rows(demo) == start


def test_deleting_a_phase_is_undone_and_redone_exactly(demo: Workspace) -> None:
    """A summary deleted with its tasks and links comes back with the same ids and values."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    phase = next(r for r in demo.run(task_rows, project_id) if r.is_summary and r.depth == 0)
    start = rows(demo)
    _, changes = demo.run_recorded(tasks.delete_task, phase.id, tasks.ChildFate.DELETE)
    assert {"task", "dependency"} <= changes.tables()
    end = rows(demo)
    demo.run(history.undo_edit, changes, project_id, "Delete phase")
    assert rows(demo) == start
    demo.run(history.redo_edit, changes, project_id, "Delete phase")
    assert rows(demo) == end


def test_a_stale_step_is_refused_and_changes_nothing(demo: Workspace) -> None:
    """Redoing an edit twice finds its rows gone: a clear error, and the file untouched."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    task = next(r for r in demo.run(task_rows, project_id) if not r.is_summary)
    _, changes = demo.run_recorded(tasks.delete_task, task.id)
    before = rows(demo)
    with pytest.raises(UndoConflictError, match="has changed since"):
        demo.run(history.redo_edit, changes, project_id, "Delete")
    assert rows(demo) == before


def test_a_refused_edit_records_nothing_and_leaves_recording_off(demo: Workspace) -> None:
    """A service error rolls back the log with the edit; the next edit logs only itself."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    task = demo.run(task_rows, project_id)[5]
    with pytest.raises(ValidationError):
        demo.run_recorded(tasks.edit_task, task.id, name="   ")
    demo.run(tasks.edit_task, task.id, name="Not recorded")
    _, changes = demo.run_recorded(tasks.edit_task, task.id, name="Recorded")
    assert [c.after for c in changes.rows] == [{"name": "Recorded"}]
