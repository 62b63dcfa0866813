"""Keep stored task dates equal to the scheduled ones: run the engine after every edit.

An edit of a 10,000-task plan must stay fast, so tasks and links are read as plain columns
(no ORM objects, no per-value type conversion), the engine's results are compared without
building a result object per task, and the calendar's working-day index is built once per
calendar content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from typing import Any

from sqlalchemy import bindparam, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.errors import DependencyCycleError, ValidationError
from cpm_desktop.models import Calendar, Project, Task
from cpm_desktop.scheduling import (
    CycleError,
    LinkSpec,
    Schedule,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.plan_columns import scheduled_changes
from cpm_desktop.services.plan.plan_memory import (
    StoredPlan,
    recalled_schedule,
    remember,
    settled_schedule,
    stored_plan,
    unlogged,
)
from cpm_desktop.texts import _
from cpm_desktop.workspace.changes import written_apart
from cpm_desktop.workspace.file import is_read_only
from cpm_desktop.workspace.row_changes import BulkUpdate
from cpm_desktop.workspace.server_versions import derived


def reschedule(session: Session, project: Project) -> Schedule:
    """Schedule `project` and write what moved; a loop raises DependencyCycleError.

    Reads plain rows (or the plan as the last reschedule left it in memory: plan_memory.py)
    and writes one bulk UPDATE of the changed tasks, so a plan of thousands of tasks costs
    milliseconds, not an ORM object per row; tasks already loaded in the session are brought
    up to date without being marked dirty. A task whose scheduled values did not change is not
    written (undo records every row written).
    """
    with collector_paused():
        plan = stored_plan(session, project.id)
        inputs = _inputs(project)
        schedule = recalled_schedule(session, project.id, plan, inputs) or _schedule(
            project, plan, inputs
        )
        changes = _scheduled_changes(session, project.id, plan, schedule, inputs)
    # A workspace open read-only (read-only media) still gets the dates right in memory;
    # a closed project's dates stay as they were when it closed.
    written = changes and not is_read_only(session) and project.status is not ProjectStatus.CLOSED
    if written:
        # One executemany, not the ORM's bulk UPDATE (several times as long per row in
        # Python): a move near the plan's start changes the dates of thousands of tasks.
        connection = session.connection()
        with unlogged(session):
            if connection.dialect.name == "sqlite":
                _write_on_sqlite(connection, plan, changes)
            else:
                # On a team server, what the engine derives is nobody's edit: a stale window
                # whose own edit moves the same tasks is not refused for it.
                with derived(connection):
                    connection.execute(
                        _UPDATE,
                        [dict(zip(_PARAMETERS, change, strict=True)) for change in changes],
                    )
    remember(
        session,
        project.id,
        plan,
        changes if written else (),
        schedule,
        inputs,
        settled=bool(written) or not changes,
    )
    # The session's few task objects brought up to date (a change on the critical path has
    # thousands of rows: those are looked through only when the session holds a task).
    loaded = {
        identity[0]: task
        for task in session.identity_map.values()
        if isinstance(task, Task) and (identity := inspect(task).identity)
    }
    if changes and loaded:
        for task_id, *values in changes:
            task = loaded.get(task_id)
            if task is not None:
                for name, value in zip(_WRITTEN, values, strict=True):
                    set_committed_value(task, name, value)
    return schedule


def _scheduled_changes(
    session: Session,
    project_id: int,
    plan: StoredPlan,
    schedule: Schedule,
    inputs: tuple[WorkCalendar, dt.date, dt.date | None],
) -> list[tuple[int, dt.date, dt.date, int]]:
    """What the reschedule writes: the tasks whose stored values differ from `schedule`'s.

    When the plan stores the dates of the last run for every task (plan_memory vouches), only
    the tasks whose dates the engine changed since, and the rows read again, can differ: a
    move within its slack compares a handful of tasks rather than building 10,000 results.
    """
    settled = settled_schedule(session, project_id, plan, inputs)
    moved = None
    if settled is not None:
        try:
            moved = schedule.tasks.changed_dates(settled[0].tasks)
        except ValueError:  # not the same tasks in the same order
            moved = None
    if settled is None or moved is None:
        stored = (plan.start, plan.finish, plan.duration)
        return scheduled_changes(stored, schedule.tasks.dates(), {s.parent_id for s in plan.specs})
    base = settled[1]
    # In the plan's order already (the engine's input order); the rows read again that the
    # engine did not move are compared too, as the remembered plan stores their dates.
    ids = {dates[0] for dates in moved} if plan.reread else set()
    kept: list[Any] = []  # the stored dates of a task with none are None
    for task_id in plan.reread - ids:
        at = base.index[task_id]
        kept.append((task_id, base.start[at], base.finish[at], base.duration[at], 0, False))
    if kept:
        moved = sorted([*moved, *kept], key=lambda dates: plan.index[dates[0]])
    places = [plan.index[dates[0]] for dates in moved]
    return scheduled_changes(
        (
            map(plan.start.__getitem__, places),
            map(plan.finish.__getitem__, places),
            map(plan.duration.__getitem__, places),
        ),
        moved,
        {spec.parent_id for spec in plan.specs},
    )


def compute_schedule(
    session: Session, project: Project, read: Callable[[], StoredPlan] | None = None
) -> Schedule:
    """Schedule `project` from its stored tasks and links, writing nothing.

    For read models that need what the engine knows beyond the stored dates (slack, critical
    flags, drivers): the schedule of the last reschedule when nothing changed since, else a
    run of the engine on the plan (`read` builds it when the caller read the rows anyway).
    A loop raises DependencyCycleError.
    """
    with collector_paused():
        plan = stored_plan(session, project.id, read)
        inputs = _inputs(project)
        found = recalled_schedule(session, project.id, plan, inputs)
        if found is None:
            found = _schedule(project, plan, inputs)
            remember(session, project.id, plan, (), found, inputs)
        return found


def engine_inputs(session: Session, project: Project) -> tuple[list[TaskSpec], list[LinkSpec]]:
    """The project's stored tasks and links as the engine takes them (for what-if runs such
    as levelling's, on the project's calendar, start and status date)."""
    plan = stored_plan(session, project.id)
    return plan.specs, plan.links


def reschedule_all(session: Session) -> int:
    """Reschedule every project (after a schema upgrade added scheduled fields); return count."""
    projects = session.scalars(select(Project)).all()
    for project in projects:
        reschedule(session, project)
    return len(projects)


def work_calendar(calendar: Calendar) -> WorkCalendar:
    """Adapt a stored calendar to the scheduler's WorkCalendar.

    Calendars with the same weekdays and holidays share one WorkCalendar: building its
    working-day index costs more than a whole edit's other work, and a WorkCalendar never
    changes once built (its index only grows, keeping every answer).
    """
    return _shared_calendar(
        frozenset(d for d in range(7) if calendar.works_on_weekday(d)),
        frozenset(h.day for h in calendar.holidays if not h.is_working),
        frozenset(h.day for h in calendar.holidays if h.is_working),
    )


def _inputs(project: Project) -> tuple[WorkCalendar, dt.date, dt.date | None]:
    """What the engine takes from the project beside its plan: a remembered schedule serves
    only the same (calendars with the same days are one shared object)."""
    return work_calendar(project.calendar), project.start_date, project.status_date


def _schedule(
    project: Project, plan: StoredPlan, inputs: tuple[WorkCalendar, dt.date, dt.date | None]
) -> Schedule:
    """Run the engine on the plan's tasks and links and the project's calendar and dates."""
    try:
        return schedule_project(plan.specs, plan.links, *inputs)
    except CycleError as exc:
        raise DependencyCycleError(exc.names) from None
    except OverflowError:  # the calendar ends with the year 9999
        raise ValidationError(
            _(
                "The schedule of {project} would run past the year 9999; shorten the "
                "longest chain of durations and lags."
            ).format(project=project.code)
        ) from None


@lru_cache(maxsize=16)
def _shared_calendar(
    weekdays: frozenset[int], holidays: frozenset[dt.date], worked: frozenset[dt.date]
) -> WorkCalendar:
    return WorkCalendar(weekdays, holidays, worked)


_WRITTEN = ("start", "finish", "duration")
# The UPDATE of one task's scheduled values, by primary key (bound names must differ from
# the column names they set).
_PARAMETERS = ("task_id", *(f"new_{name}" for name in _WRITTEN))
_UPDATE = (
    update(Task)
    .where(Task.id == bindparam("task_id"))
    .values({name: bindparam(f"new_{name}") for name in _WRITTEN})
)
_UPDATE_ON_SQLITE = "UPDATE task SET start = ?, finish = ?, duration = ? WHERE id = ?"
_UPDATE_DATES = "UPDATE task SET start = ?, finish = ? WHERE id = ?"


def _write_on_sqlite(
    connection: Connection, plan: StoredPlan, changes: list[tuple[Any, ...]]
) -> None:
    """Write the changes in one executemany on the driver's connection, dates as the ISO text
    SQLite keeps (no per-value type processing), and hand them to the undo log as one bulk
    update (its triggers would log every column of each row, twice): a move near the start of
    a 10,000-task plan writes thousands."""
    iso = _ISO
    if len(iso) > _ISO_KEPT:
        iso.clear()
    rows = [
        (iso[start], iso[finish], duration, task_id) for task_id, start, finish, duration in changes
    ]
    position, durations = plan.index, plan.duration
    ids = [change[0] for change in changes]
    places = [position[task_id] for task_id in ids]
    # A work task keeps its duration: its dates alone are set, which fires none of the
    # plan memory's triggers (they name the columns they watch).
    kept = [durations[at] == row[2] for at, row in zip(places, rows, strict=True)]
    raw = connection.connection.driver_connection
    assert raw is not None
    # Thousands of small objects for the undo record, no cycles among them.
    with collector_paused(), written_apart(connection, updating="task") as recorded:
        raw.executemany(_UPDATE_DATES, [row[:2] + row[3:] for row in compress(rows, kept)])
        resized = [row for row, same in zip(rows, kept, strict=True) if not same]
        raw.executemany(_UPDATE_ON_SQLITE, resized)
        if recorded is not None:
            starts, finishes = plan.start, plan.finish
            before = [(iso[starts[i]], iso[finishes[i]], durations[i]) for i in places]
            after = [row[:3] for row in rows]
            recorded.append(BulkUpdate("task", _WRITTEN, ids, before, after))


class _IsoDates(dict[dt.date | None, str | None]):
    """Dates as ISO text, each converted once: thousands of rows share a few hundred days, and
    the next move writes most of the same days again."""

    def __missing__(self, day: dt.date | None) -> str | None:
        text = self[day] = day.isoformat() if day is not None else None
        return text


_ISO = _IsoDates()
_ISO_KEPT = 50_000  # days: a century of plans; then the texts are made afresh
