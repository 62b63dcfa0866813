"""The plan kept in memory between reschedules never shows: after any run of edits, undos and
redos, the stored dates are what a fresh reader of the file computes from it."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import CpmError
from cpm_desktop.models import Project, Task
from cpm_desktop.services import history
from cpm_desktop.services.plan import calendars, dependencies, tasks
from cpm_desktop.services.plan.plan_memory import read_plan, stored_plan
from cpm_desktop.services.plan.schedule import compute_schedule, reschedule
from cpm_desktop.services.plan.task_dates import move_task_start
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.row_changes import BulkUpdate, ChangeSet, RowChange
from tests.stores import open_store
from tests.templates import copy_of, open_copy_of

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

pytestmark = pytest.mark.file_only("the plan memory is checked through the file itself (sqlite3)")


def stored_dates(session: Session, project_id: int) -> dict[int, tuple[Any, ...]]:
    """Each task's stored (start, finish, duration)."""
    rows = session.execute(
        select(Task.id, Task.start, Task.finish, Task.duration).where(Task.project_id == project_id)
    )
    return {task_id: tuple(values) for task_id, *values in rows}


def shown_slack(session: Session, project_id: int) -> dict[int, tuple[int | None, bool]]:
    """Each task's (total slack, critical) as the Timeline shows them (never stored)."""
    return {t.id: (t.total_slack, t.is_critical) for t in timeline(session, project_id).tasks}


def fresh_dates(path: Path, project_id: int) -> dict[int, tuple[Any, ...]]:
    """What a reader with no memory computes from the file, in the same shape plus the slack
    and critical flag (a work task's duration is the user's, so it is the stored one)."""
    # A reader of its own (no memory), without the integrity check: the file is the test's.
    with (
        open_workspace(path, read_only=True, check_damage=False) as reader,
        reader.transaction() as session,
    ):
        schedule = compute_schedule(session, session.get_one(Project, project_id))
        stored = stored_dates(session, project_id)
        summaries = set(session.scalars(select(Task.parent_id).where(Task.parent_id.is_not(None))))
        return {
            task_id: (
                start,
                finish,
                duration if task_id in summaries else stored[task_id][2],
                slack,
                critical,
            )
            for task_id, start, finish, duration, slack, critical in schedule.tasks.dates()
        }


def agrees_with_a_fresh_read(ws: Workspace, project_id: int) -> None:
    """Assert that the file's stored dates, and the slack the Timeline shows from the
    remembered schedule, equal a fresh computation from the file; each date stored as
    SQLAlchemy writes it (ISO text)."""
    stored = ws.run(stored_dates, project_id)
    slack = ws.run(shown_slack, project_id)
    shown = {task_id: (*values, *slack[task_id]) for task_id, values in stored.items()}
    assert shown == fresh_dates(ws.path, project_id)
    with closing(sqlite3.connect(ws.path)) as raw:
        rows = raw.execute(
            "SELECT start, finish FROM task WHERE project_id = ?", (project_id,)
        ).fetchall()
    assert all(ISO_DATE.fullmatch(day) for row in rows for day in row if day is not None)


# Each step picks its tasks by number among the project's work tasks / all its tasks.
Step = Callable[[Session, int, list[int], list[int], int], object]


def _move(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    task = s.get_one(Task, work[n % len(work)])
    return move_task_start(s, task.id, (task.start or dt.date(2026, 9, 1)) + dt.timedelta(n % 9))


def _duration(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    return tasks.edit_task(s, work[n % len(work)], duration=1 + n % 12)


def _progress(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    return tasks.edit_task(s, work[n % len(work)], percent_complete=(n * 17) % 101)


def _add(s: Session, p: int, _work: list[int], every: list[int], n: int) -> object:
    parent = s.get_one(Task, every[n % len(every)]).parent_id
    return tasks.add_task(s, p, f"Added {n}", parent_id=parent, duration=1 + n % 5)


def _delete(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    return tasks.delete_task(s, work[n % len(work)])


def _link(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    return dependencies.add_dependency(
        s, work[n % len(work)], work[(n * 7 + 3) % len(work)], "FS", n % 3
    )


def _indent(s: Session, _p: int, work: list[int], _all: list[int], n: int) -> object:
    return tasks.indent_task(s, work[n % len(work)])


def _status(s: Session, p: int, _work: list[int], _all: list[int], n: int) -> object:
    return set_status_date(s, p, dt.date(2026, 10, 1) + dt.timedelta(days=7 * (n % 20)))


def _holiday(s: Session, p: int, _work: list[int], _all: list[int], n: int) -> object:
    calendar = s.get_one(Project, p).calendar_id
    day = dt.date(2026, 10, 5) + dt.timedelta(days=n % 60)
    return calendars.set_holidays(s, calendar, [(day, "Closed")], project_id=p)


STEPS: dict[str, Step] = {
    "move": _move,
    "duration": _duration,
    "progress": _progress,
    "add": _add,
    "delete": _delete,
    "link": _link,
    "indent": _indent,
    "status date": _status,
    "holiday": _holiday,
}
ACTIONS = st.lists(
    st.tuples(st.sampled_from([*STEPS, "undo", "redo"]), st.integers(0, 10_000)),
    min_size=1,
    max_size=8,
)


@pytest.mark.parametrize("step", list(STEPS))
def test_each_kind_of_edit_leaves_the_dates_a_fresh_read_computes(
    demo_template: Path, tmp_path: Path, step: str
) -> None:
    """Two edits of a kind (the second starts from memory), both undone, the first made
    again (the memory holds its dates, the file the dates from before it), undone and redone."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        done: list[tuple[int, ChangeSet]] = []
        for n in range(5, 60):  # some tasks refuse some edits (indenting the first, say)
            if (changes := edit(ws, project_id, step, n)) is not None:
                done.append((n, changes))
            if len(done) == 2:
                break
        assert len(done) == 2
        agrees_with_a_fresh_read(ws, project_id)
        for _, changes in reversed(done):
            ws.run(history.undo_edit, changes, project_id, step)
            agrees_with_a_fresh_read(ws, project_id)
        again = edit(ws, project_id, step, done[0][0])
        assert again is not None
        agrees_with_a_fresh_read(ws, project_id)
        ws.run(history.undo_edit, again, project_id, step)
        ws.run(history.redo_edit, again, project_id, step)
        ws.run(lambda s: reschedule(s, s.get_one(Project, project_id)))
        agrees_with_a_fresh_read(ws, project_id)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=ACTIONS)
def test_any_run_of_edits_undos_and_redos_leaves_the_dates_a_fresh_read_computes(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory, actions: list[tuple[str, int]]
) -> None:
    """Edits of every kind, undone and redone in any order, each followed by a check."""
    path = copy_of(demo_template, tmp_path_factory.mktemp("memory") / "demo.cpm")
    with open_store(path) as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        undone: list[ChangeSet] = []
        done: list[ChangeSet] = []
        for action, n in actions:
            if action == "undo" and done:
                undone.append(done.pop())
                ws.run(history.undo_edit, undone[-1], project_id, action)
            elif action == "redo" and undone:
                done.append(undone.pop())
                ws.run(history.redo_edit, done[-1], project_id, action)
            elif action in STEPS:
                changes = edit(ws, project_id, action, n)
                if changes is not None:
                    done.append(changes)
                    undone.clear()
            # Undo and redo put rows back as they were, dates included, without a reschedule;
            # the next edit's reschedule starts from memory plus what they wrote.
            agrees_with_a_fresh_read(ws, project_id)
        ws.run(lambda s: reschedule(s, s.get_one(Project, project_id)))
        agrees_with_a_fresh_read(ws, project_id)


def test_another_connections_commit_is_not_missed(demo_template: Path, tmp_path: Path) -> None:
    """An edit committed through another connection (as another program would write the
    file) is seen by the next reschedule, which remembered the plan before it."""
    path = copy_of(demo_template, tmp_path / "demo.cpm")
    with open_store(path) as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        edit(ws, project_id, "move", 3)  # remembered
        work = ws.run(work_task_ids, project_id)
        with closing(sqlite3.connect(path)) as other, other:
            other.execute("UPDATE task SET duration = 9 WHERE id = ?", (work[0],))
        edit(ws, project_id, "progress", 4)
        agrees_with_a_fresh_read(ws, project_id)


def edit(ws: Workspace, project_id: int, step: str, n: int) -> ChangeSet | None:
    """Run one step as a recorded edit; None when the services refused it."""
    work = ws.run(work_task_ids, project_id)
    every = ws.run(lambda s: list(s.scalars(select(Task.id).where(Task.project_id == project_id))))
    try:
        return ws.run_recorded(STEPS[step], project_id, work, every, n)[1]
    except CpmError:
        return None


def work_task_ids(session: Session, project_id: int) -> list[int]:
    """The project's tasks that have no children and have not started, by id."""
    parents = select(Task.parent_id).where(Task.parent_id.is_not(None))
    return list(
        session.scalars(
            select(Task.id)
            .where(
                Task.project_id == project_id,
                Task.id.not_in(parents),
                Task.actual_start.is_(None),
            )
            .order_by(Task.id)
        )
    )


def test_the_timelines_own_rows_make_the_plan_a_fresh_read_makes(
    demo_template: Path, tmp_path: Path
) -> None:
    """A first Timeline builds the engine's plan from the rows it read (no second read): the
    plan it leaves in memory is the one read_plan reads from the file, in the same order."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        ws.run(timeline, project_id)
        with ws.transaction() as session:
            remembered = stored_plan(session, project_id)
            assert remembered is not None
            assert remembered == read_plan(session, project_id)
            assert len(remembered.specs) > 50


def test_a_date_written_behind_the_engines_back_is_put_right_by_the_next_reschedule(
    demo_template: Path, tmp_path: Path
) -> None:
    """A stored date changed on the workspace's own connection by something other than the
    scheduler (its inputs untouched) is rewritten by the next reschedule, which otherwise
    compares only the tasks whose dates the engine moved."""
    path = copy_of(demo_template, tmp_path / "demo.cpm")
    with open_store(path) as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        edit(ws, project_id, "move", 3)  # remembered, every date written
        work = ws.run(work_task_ids, project_id)

        def shift_a_start(session: Session) -> None:
            task = session.get_one(Task, work[-1])
            assert task.start is not None
            task.start -= dt.timedelta(days=3)

        ws.run(shift_a_start)
        edit(ws, project_id, "progress", 4)
        agrees_with_a_fresh_read(ws, project_id)


def test_the_reschedules_own_write_leaves_its_memory_trusted(
    demo_template: Path, tmp_path: Path
) -> None:
    """The reschedule writes with the plan memory's triggers taken away and puts them back:
    the next transaction recalls the schedule it made rather than running the engine again
    (a trigger missing would make the memory start afresh)."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        work = ws.run(work_task_ids, project_id)

        def lengthen_and_reschedule(session: Session) -> object:
            session.get_one(Task, work[0]).duration += 2  # summaries' durations change too
            session.flush()
            return reschedule(session, session.get_one(Project, project_id))

        made = ws.run(lengthen_and_reschedule)
        with ws.transaction() as session:
            assert compute_schedule(session, session.get_one(Project, project_id)) is made


def test_undo_and_redo_hand_the_rescheduled_dates_to_the_memory(
    demo_template: Path, tmp_path: Path
) -> None:
    """Undo and redo of a move write the reschedule's dates back with the plan memory's
    triggers taken away and hand them to the memory: the next read of the plan re-reads only
    the rows put back one by one (the moved task's), and is what the file holds."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        changes = edit(ws, project_id, "move", 3)
        assert changes is not None
        (bulk,) = [part for part in changes.parts if isinstance(part, BulkUpdate)]
        one_by_one = {part.rowid for part in changes.parts if isinstance(part, RowChange)}
        assert len(bulk.rowids) > len(one_by_one)
        for step in (history.undo_edit, history.redo_edit, history.undo_edit):
            ws.run(step, changes, project_id, "move")
            with ws.transaction() as session:
                plan = stored_plan(session, project_id)
                assert plan.reread <= one_by_one
                assert plan == read_plan(session, project_id)
        agrees_with_a_fresh_read(ws, project_id)
