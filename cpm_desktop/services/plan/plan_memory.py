"""A project's plan as the file stores it, for the engine: read, or recalled from memory.

An edit of a 10,000-task plan changes a handful of tasks, yet reading every task and link again
to reschedule costs more than the engine's run. So each reschedule leaves the engine's inputs
and the scheduled values it stored in memory, and the next one re-reads only the tasks written
since, when it can know exactly which those are. The schedule the engine made is kept with
the plan: total slack and the critical flag are not stored, and the reads that show them
right after an edit (the Timeline) take them from it rather than run the engine again.

What the memory vouches for:

- temporary triggers on the connection log every write to what a reschedule reads: a task's
  values (by task; its scheduled values too, unless the reschedule itself writes them, with
  that trigger taken away meanwhile: `unlogged`, or undo and redo write a reschedule's back
  and hand them over: `replaying`), and anything that changes the outline or the links (a
  task added, removed or moved, a link added, changed or removed: the whole project);
- SQLite's data_version moves when another connection commits, which the triggers cannot see;
- what a transaction remembers is kept only when it commits (a rolled-back one leaves the
  file as it was, and its log with it).

The project's dates and calendar are read from the ORM on every run, so they need no watching
(a remembered schedule serves only the same ones).
SQLite only; on other databases every reschedule reads everything.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import weakref
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import starmap
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from cpm_desktop.models import Dependency, Task
from cpm_desktop.scheduling import LinkSpec, Schedule, TaskSpec
from cpm_desktop.services.plan.plan_columns import TASK_COLUMNS, parse_dates, task_columns
from cpm_desktop.services.plan.plan_rows import as_text
from cpm_desktop.workspace.changes import BulkGuard
from cpm_desktop.workspace.row_changes import BulkUpdate


@dataclass(frozen=True, slots=True)
class StoredPlan:
    """A project's tasks as the engine takes them, in the engine's order, the scheduled dates
    stored for each, and its links."""

    specs: list[TaskSpec]
    start: list[dt.date | None]
    finish: list[dt.date | None]
    duration: list[int]
    links: list[LinkSpec]
    # Task id → index in the lists above: built once per read, shared by the copies (the
    # tasks' order never changes in a copy).
    index: dict[int, int] = field(compare=False, repr=False, default_factory=dict)
    # Recalled with rows written since read again: the remembered plan it was copied from,
    # and those rows' ids (a reschedule compares them beside what the engine changed).
    base: StoredPlan | None = field(compare=False, repr=False, default=None)
    reread: frozenset[int] = field(compare=False, repr=False, default=frozenset())

    def __post_init__(self) -> None:
        if not self.index and self.specs:
            self.index.update((spec.id, i) for i, spec in enumerate(self.specs))

    def copy(self) -> StoredPlan:
        """A plan whose task lists can be changed without changing this one's."""
        return StoredPlan(
            list(self.specs),
            list(self.start),
            list(self.finish),
            list(self.duration),
            self.links,
            self.index,
        )

    def store(self, rows: Iterable[tuple[int, dt.date | None, dt.date | None, int]]) -> None:
        """Set the scheduled values the file holds, from (task id, start, finish, duration)
        rows: thousands after a move on the critical path, so without a call each."""
        index, starts, finishes, durations = self.index, self.start, self.finish, self.duration
        for task_id, start, finish, duration in rows:
            at = index[task_id]
            starts[at], finishes[at], durations[at] = start, finish, duration


def stored_plan(
    session: Session, project_id: int, read: Callable[[], StoredPlan] | None = None
) -> StoredPlan:
    """The project's plan as the file holds it with the session's changes written; from
    memory where it can vouch for it, else read (by `read`, when the caller has the rows)."""
    recalled = recalled_plan(session, project_id)
    if recalled is not None:
        return recalled
    return read() if read is not None else read_plan(session, project_id)


def recalled_plan(session: Session, project_id: int) -> StoredPlan | None:
    """The project's plan from memory with the session's changes written, when the memory
    can vouch for it (the rows logged since re-read); else None, and nothing read."""
    session.flush()  # what session.execute's autoflush would do
    return _recalled(session, project_id)


def plan_of(tasks: Sequence[Sequence[Any]], links: Iterable[Sequence[Any]]) -> StoredPlan:
    """The plan of rows a caller read anyway: `tasks` in plan_columns.TASK_COLUMNS order and
    in read_plan's (by parent, a NULL one first, then position), `links` as (predecessor,
    successor, type, lag) in id order."""
    specs, stored = task_columns(tasks)
    return StoredPlan(specs, *stored, list(starmap(LinkSpec, links)))


def read_plan(session: Session, project_id: int) -> StoredPlan:
    """Read the project's tasks, in the order the engine has always been given them, and its
    links (no memory)."""
    # Through the connection, not session.execute: the ORM's row loading would cost a third
    # more for rows that hold no ORM objects.
    rows = (
        session.connection()
        .execute(
            select(*_READ)
            .where(Task.project_id == project_id)
            .order_by(Task.parent_id, Task.position)
        )
        .all()
    )
    specs, stored = task_columns(rows)
    links = session.connection().execute(
        select(
            Dependency.predecessor_id,
            Dependency.successor_id,
            as_text(Dependency.type),
            Dependency.lag,
        ).where(Dependency.project_id == project_id)
    )
    # All rows at once: iterating the result fetches one row per call.
    return StoredPlan(specs, *stored, list(starmap(LinkSpec, links.all())))


@contextmanager
def unlogged(session: Session) -> Iterator[None]:
    """Write scheduled values without logging them: for the reschedule, which hands what it
    wrote to `remember` at once. The triggers that log them (the dates', and the inputs' for
    the summaries' durations) are taken away meanwhile rather than told to stay quiet: a move
    on the critical path writes thousands of rows, and a trigger costs for every row it fires
    on."""
    raw = _sqlite(session)
    if raw is not None:
        for name in _UNLOGGED:
            raw.execute(f"DROP TRIGGER temp.{name}")
    try:
        yield
    finally:
        if raw is not None:
            for name in _UNLOGGED:
                raw.execute(f"CREATE TEMP TRIGGER {name} {_TRIGGERS[name]}")


def replaying(session: Session, project_id: int | None) -> BulkGuard:
    """What undo and redo of a project's edit wrap around each bulk update they write: for
    the scheduled values of tasks the memory holds, the triggers are taken away meanwhile and
    the memory takes the rows itself, as after a reschedule (thousands after a move on the
    critical path: logged, each would be read again); any other bulk is logged."""

    @contextmanager
    def around(bulk: BulkUpdate) -> Iterator[None]:
        memory = _memory(session, project_id) if project_id is not None else None
        if (
            project_id is None
            or memory is None
            or memory.connection is not _sqlite(session)
            or bulk.table != "task"
            or not set(bulk.names) <= _REPLAYED
            or any(task_id not in memory.plan.index for task_id in bulk.rowids)
        ):
            yield
            return
        with unlogged(session):
            yield
        plan = memory.plan.copy()
        _store_bulk(plan, bulk)
        # The plan no longer stores the schedule's dates, nor is the schedule its engine's
        # run: neither is served again (inputs that equal no project's).
        pending: dict[int, _Memory] = session.info.setdefault(_PENDING, {})
        pending[project_id] = replace(memory, plan=plan, inputs=object(), settled=False)

    return around


def _store_bulk(plan: StoredPlan, bulk: BulkUpdate) -> None:
    """Set in `plan` the values `bulk` wrote (its rows' values after, as stored)."""
    places = [plan.index[task_id] for task_id in bulk.rowids]
    for column, name in enumerate(bulk.names):
        values = [row[column] for row in bulk.after]
        if name == "duration":
            durations, specs = plan.duration, plan.specs
            for at, value in zip(places, values, strict=True):
                assert isinstance(value, int)  # the column's type: SQLite keeps an integer
                durations[at] = value
                if specs[at].duration != value:
                    # The engine takes a task's duration from its spec: as a read gives it.
                    specs[at] = replace(specs[at], duration=value)
            continue
        day = parse_dates(values)  # a few hundred distinct days for thousands of rows
        dates = plan.start if name == "start" else plan.finish
        for at, value in zip(places, values, strict=True):
            dates[at] = day[value]


def remember(
    session: Session,
    project_id: int,
    plan: StoredPlan,
    written: Sequence[tuple[Any, ...]],
    schedule: Schedule,
    inputs: Hashable,
    *,
    settled: bool = False,
) -> None:
    """Keep `plan` with the scheduled values `written` ((id, start, finish, duration) rows,
    already in the file), and the `schedule` the engine made of it with the project's
    `inputs` (calendar and dates), for the next run, once the transaction commits.
    `settled`: the plan now stores the schedule's dates for every task (all it changed was
    written)."""
    raw = _sqlite(session)
    if raw is None:
        return
    if written:
        plan = plan.copy()
        plan.store(written)
    seen, data_version = _watch(raw)
    pending: dict[int, _Memory] = session.info.setdefault(_PENDING, {})
    pending[project_id] = _Memory(plan, raw, seen, data_version, schedule, inputs, settled)


def recalled_schedule(
    session: Session, project_id: int, plan: StoredPlan, inputs: Hashable
) -> Schedule | None:
    """The schedule remembered with `plan` when `plan` is the one remembered, unchanged since,
    and the project's `inputs` are the same; else None (the engine must run)."""
    memory = _memory(session, project_id)
    if memory is None or memory.plan is not plan or memory.inputs != inputs:
        return None
    return memory.schedule


def settled_schedule(
    session: Session, project_id: int, plan: StoredPlan, inputs: Hashable
) -> tuple[Schedule, StoredPlan] | None:
    """The remembered schedule whose dates `plan` (as recalled) stores for every task but its
    re-read ones, with the remembered plan that stored them; None when the memory cannot
    vouch for it (the dates were not all written, or `plan` is not the one remembered) or
    the schedule was made with other `inputs` (its days counted on another calendar)."""
    memory = _memory(session, project_id)
    if memory is None or not memory.settled or memory.inputs != inputs:
        return None
    if plan is memory.plan or plan.base is memory.plan:
        return memory.schedule, memory.plan
    return None


@dataclass(slots=True)
class _Memory:
    plan: StoredPlan
    connection: sqlite3.Connection  # not weakly referable; the engine's memory dies with it
    seen: int  # the last entry of the connection's log when remembered
    data_version: int
    # What the engine made of the plan, and of which calendar and dates: a read that needs
    # the slack (never stored) right after an edit then costs no second run.
    schedule: Schedule
    inputs: Hashable
    settled: bool  # the plan stores the schedule's dates for every task


# Per workspace (its engine), per project: the memory of its last committed reschedule.
_memories: weakref.WeakKeyDictionary[Engine, dict[int, _Memory]] = weakref.WeakKeyDictionary()
_PENDING = "plan_memory.pending"
_LOG = "_plan_writes"  # (project, task): a task's values changed; task NULL: the project's shape
# The scheduled dates a reschedule stores; the outline: a task's place in the plan; what else
# a task's row gives the engine (TaskSpec's fields but its id and parent).
_SCHEDULED = ("start", "finish")
_OUTLINE = ("project_id", "parent_id", "position")
_INPUTS = tuple(name for name in TASK_COLUMNS if name not in {"id", *_OUTLINE, *_SCHEDULED})


def _changed(columns: Sequence[str]) -> str:
    return " OR ".join(f"OLD.{name} IS NOT NEW.{name}" for name in columns)


def _log(who: str, task: str = "NULL") -> str:
    return f"INSERT INTO {_LOG} VALUES ({who}.project_id, {task});"


_SCHEDULED_TRIGGER = "_plan_task_s"
_INPUTS_TRIGGER = "_plan_task_u"
_UNLOGGED = (_SCHEDULED_TRIGGER, _INPUTS_TRIGGER)  # what the reschedule's own write would fire
_REPLAYED = {"start", "finish", "duration"}  # what a reschedule's bulk update writes
# Each update trigger names its columns (UPDATE OF): SQLite leaves a trigger out of an UPDATE
# that sets none of them, so the scheduler's write of start and finish fires only the one
# `unlogged` takes away.
_TRIGGERS = {
    "_plan_task_i": f"AFTER INSERT ON main.task BEGIN {_log('NEW')} END",
    "_plan_task_d": f"AFTER DELETE ON main.task BEGIN {_log('OLD')} END",
    "_plan_task_o": (
        f"AFTER UPDATE OF {', '.join(_OUTLINE)} ON main.task WHEN {_changed(_OUTLINE)} "
        f"BEGIN {_log('OLD')} {_log('NEW')} END"
    ),
    _INPUTS_TRIGGER: (
        f"AFTER UPDATE OF {', '.join(_INPUTS)} ON main.task WHEN {_changed(_INPUTS)} "
        f"BEGIN {_log('NEW', 'NEW.id')} END"
    ),
    _SCHEDULED_TRIGGER: (
        f"AFTER UPDATE OF {', '.join(_SCHEDULED)} ON main.task WHEN {_changed(_SCHEDULED)} "
        f"BEGIN {_log('NEW', 'NEW.id')} END"
    ),
    "_plan_link_i": f"AFTER INSERT ON main.dependency BEGIN {_log('NEW')} END",
    "_plan_link_d": f"AFTER DELETE ON main.dependency BEGIN {_log('OLD')} END",
    "_plan_link_u": f"AFTER UPDATE ON main.dependency BEGIN {_log('OLD')} {_log('NEW')} END",
}


@event.listens_for(Session, "after_commit")
def _keep_on_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    engine = session.get_bind() if pending else None
    if pending and isinstance(engine, Engine):
        _memories.setdefault(engine, {}).update(pending)


@event.listens_for(Session, "after_soft_rollback")
def _drop_on_rollback(session: Session, _previous: object) -> None:
    session.info.pop(_PENDING, None)


def _memory(session: Session, project_id: int) -> _Memory | None:
    """The memory of the project's last reschedule: this transaction's own earlier one
    first (the file already holds what it wrote), else the last committed one."""
    memory: _Memory | None = session.info.get(_PENDING, {}).get(project_id)
    engine = session.get_bind()
    if memory is None and isinstance(engine, Engine):
        memory = _memories.get(engine, {}).get(project_id)
    return memory


def _recalled(session: Session, project_id: int) -> StoredPlan | None:
    """The plan from memory and the rows logged since; None when the memory cannot vouch."""
    memory = _memory(session, project_id)
    raw = _sqlite(session) if memory is not None else None
    if raw is None or memory is None or memory.connection is not raw:
        return None
    if raw.execute("PRAGMA data_version").fetchone()[0] != memory.data_version:
        return None
    logged = raw.execute(
        f"SELECT DISTINCT task FROM temp.{_LOG} WHERE rowid > ? AND project = ?",
        (memory.seen, project_id),
    ).fetchall()
    plan: StoredPlan = memory.plan
    if not logged:
        return plan
    ids = [task_id for (task_id,) in logged]
    if None in ids or any(task_id not in plan.index for task_id in ids):
        return None
    rows = session.connection().execute(select(*_READ).where(Task.id.in_(ids))).all()
    if len(rows) != len(ids):
        return None
    plan = plan.copy()
    specs, stored = task_columns(rows)
    for spec in specs:
        index = plan.index[spec.id]
        if spec.parent_id != plan.specs[index].parent_id:
            return None  # cannot be without an outline entry in the log; never trust it
        plan.specs[index] = spec
    plan.store(zip([spec.id for spec in specs], *stored, strict=True))
    return replace(plan, base=memory.plan, reread=frozenset(ids))


def _sqlite(session: Session) -> sqlite3.Connection | None:
    """The session's SQLite connection with the logging triggers; None on other databases."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        return None
    (count,) = raw.execute(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(_TRIGGERS))})",
        tuple(_TRIGGERS),
    ).fetchone()
    if count != len(_TRIGGERS):
        # A trigger goes with its table (a migration rebuilding it): start the log afresh, so
        # no memory of this connection can be trusted past the gap.
        raw.execute(f"DROP TABLE IF EXISTS temp.{_LOG}")
        raw.execute(f"CREATE TEMP TABLE {_LOG} (project INTEGER, task INTEGER)")
        for name, body in _TRIGGERS.items():
            raw.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {name} {body}")
        for memories in _memories.values():
            for project_id in [p for p, m in memories.items() if m.connection is raw]:
                del memories[project_id]
    return raw


def _watch(raw: sqlite3.Connection) -> tuple[int, int]:
    """(the last entry of the connection's log, SQLite's data_version)."""
    (seen,) = raw.execute(f"SELECT coalesce(max(rowid), 0) FROM temp.{_LOG}").fetchone()
    (version,) = raw.execute("PRAGMA data_version").fetchone()
    return seen, version


# The columns a reschedule reads (plan_columns.TASK_COLUMNS: TaskSpec's fields, then the stored
# dates), dates and enums as their stored text.
_AS_TEXT = {
    "constraint_type",
    "constraint_date",
    "actual_start",
    "actual_finish",
    "start",
    "finish",
}
_READ = tuple(
    as_text(getattr(Task, name)) if name in _AS_TEXT else getattr(Task, name)
    for name in TASK_COLUMNS
)
