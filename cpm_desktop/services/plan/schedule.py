"""Keep stored task dates equal to the scheduled ones: run the engine after every edit.

An edit of a 10,000-task plan must stay fast, so tasks and links are read as plain columns
(no ORM objects, no per-value type conversion), the engine's results are compared without
building a result object per task, and the calendar's working-day index is built once per
calendar content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import starmap
from typing import Any

from sqlalchemy import ColumnElement, String, bindparam, inspect, select, type_coerce, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.attributes import set_committed_value

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.errors import DependencyCycleError, ValidationError
from cpm_desktop.models import Calendar, Dependency, Project, Task
from cpm_desktop.scheduling import (
    CycleError,
    LinkSpec,
    Schedule,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.texts import _
from cpm_desktop.workspace.file import is_read_only


def reschedule(session: Session, project: Project) -> Schedule:
    """Schedule `project` and write what moved; a loop raises DependencyCycleError.

    Reads plain rows and writes one bulk UPDATE of the changed tasks, so a plan of thousands
    of tasks costs milliseconds, not an ORM object per row; tasks already loaded in the
    session are brought up to date without being marked dirty. A task whose scheduled values
    did not change is not written (undo records every row written).
    """
    with collector_paused():
        stored = _read_tasks(session, project.id)
        schedule = _schedule(session, project, stored.specs)
        changes = _changes(stored, schedule)
        # Let the rows go while the collector still sleeps: on waking it would scan them.
        del stored
    if changes:
        # A workspace open read-only (read-only media) still gets the dates right in memory;
        # a closed project's dates stay as they were when it closed.
        if not is_read_only(session) and project.status is not ProjectStatus.CLOSED:
            # One executemany through Core: the ORM's bulk UPDATE spends several times as long
            # per row in Python; a move on the critical path changes the slack of every task.
            session.connection().execute(
                _UPDATE, [dict(zip(_PARAMETERS, change, strict=True)) for change in changes]
            )
        # Walk the session's objects rather than look every change up: a session holds a few
        # objects, a change on the critical path thousands of rows.
        changed = {change[0]: change[1:] for change in changes}
        for loaded in session.identity_map.values():
            if not isinstance(loaded, Task):
                continue
            identity = inspect(loaded).identity  # the primary key, read without SQL
            values = changed.get(identity[0]) if identity else None
            if values is not None:
                for name, value in zip(_WRITTEN, values, strict=True):
                    set_committed_value(loaded, name, value)
    return schedule


def compute_schedule(session: Session, project: Project) -> Schedule:
    """Schedule `project` from its stored tasks and links, writing nothing.

    For read models that need what the engine knows beyond the stored dates (drivers);
    a loop raises DependencyCycleError.
    """
    with collector_paused():
        return _schedule(session, project, _read_tasks(session, project.id).specs)


def engine_inputs(session: Session, project: Project) -> tuple[list[TaskSpec], list[LinkSpec]]:
    """The project's stored tasks and links as the engine takes them (for what-if runs such
    as levelling's, on the project's calendar, start and status date)."""
    return _read_tasks(session, project.id).specs, _links(session, project.id)


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


def as_text(column: InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """Select `column` as the driver returns it: an enum as its text, a date as ISO text on
    SQLite or a date elsewhere (read dates with `dates_of` or `parse_dates`).

    Converting every value through SQLAlchemy's types is a good part of reading 10,000 rows;
    the SQL stays the same on every database.
    """
    return type_coerce(column, String)


def dates_of(values: Sequence[object]) -> list[dt.date | None]:
    """The dates of a column selected with `as_text`, one per value (None stays None)."""
    parsed = parse_dates(values)
    return [parsed[value] for value in values]


def parse_dates(values: Iterable[object]) -> dict[object, dt.date | None]:
    """Each distinct value of columns selected with `as_text`, mapped to its date.

    A value is ISO text (SQLite), already a date (drivers that convert), or None. A plan holds
    far fewer distinct dates than tasks, so each is parsed once.
    """
    return {value: _date(value) for value in set(values)}


class _StoredTasks:
    """A project's tasks as the engine takes them, and their stored scheduled columns."""

    __slots__ = ("specs", "start", "finish", "total_slack", "is_critical", "duration")

    def __init__(self, rows: Sequence[Sequence[Any]]) -> None:
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) or [()] * len(_READ)
        (
            ids,
            names,
            parents,
            durations,
            milestones,
            constraints,
            constraint_dates,
            percents,
            actual_starts,
            actual_finishes,
            delays,
            starts,
            finishes,
            slacks,
            criticals,
        ) = columns
        self.specs = list(
            map(
                TaskSpec,
                ids,
                names,
                parents,
                durations,
                milestones,
                constraints,
                dates_of(constraint_dates),
                percents,
                dates_of(actual_starts),
                dates_of(actual_finishes),
                delays,
            )
        )
        self.start = dates_of(starts)
        self.finish = dates_of(finishes)
        self.total_slack = slacks
        self.is_critical = criticals
        self.duration = durations


def _read_tasks(session: Session, project_id: int) -> _StoredTasks:
    """Read the project's tasks in the order the engine has always been given them."""
    session.flush()  # what session.execute's autoflush would do
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
    return _StoredTasks(rows)


def _changes(stored: _StoredTasks, schedule: Schedule) -> list[tuple[Any, ...]]:
    """(id, *_WRITTEN values) of the tasks whose scheduled values changed, in reading order."""
    changes = []
    summaries = {spec.parent_id for spec in stored.specs}
    for new, old_start, old_finish, old_slack, old_critical, old_duration in zip(
        schedule.tasks.dates(),
        stored.start,
        stored.finish,
        stored.total_slack,
        stored.is_critical,
        stored.duration,
        strict=True,
    ):
        task_id, start, finish, duration, slack, critical = new
        if task_id not in summaries:
            duration = old_duration  # a work task's duration is the user's, never rewritten
        values = (start, finish, slack, critical, duration)
        if values != (old_start, old_finish, old_slack, old_critical, old_duration):
            changes.append((task_id, *values))
    return changes


def _schedule(session: Session, project: Project, specs: list[TaskSpec]) -> Schedule:
    """Run the engine on `specs` and the project's links, calendar and dates."""
    try:
        return schedule_project(
            specs,
            _links(session, project.id),
            work_calendar(project.calendar),
            project.start_date,
            project.status_date,
        )
    except CycleError as exc:
        raise DependencyCycleError(exc.names) from None
    except OverflowError:  # the calendar ends with the year 9999
        raise ValidationError(
            _(
                "The schedule of {project} would run past the year 9999; shorten the "
                "longest chain of durations and lags."
            ).format(project=project.code)
        ) from None


def _links(session: Session, project_id: int) -> list[LinkSpec]:
    rows = session.connection().execute(
        select(
            Dependency.predecessor_id,
            Dependency.successor_id,
            as_text(Dependency.type),
            Dependency.lag,
        ).where(Dependency.project_id == project_id)
    )
    return list(starmap(LinkSpec, rows))


@lru_cache(maxsize=16)
def _shared_calendar(
    weekdays: frozenset[int], holidays: frozenset[dt.date], worked: frozenset[dt.date]
) -> WorkCalendar:
    return WorkCalendar(weekdays, holidays, worked)


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


# The columns reschedule reads, in TaskSpec's field order, then the stored scheduled values.
_READ = (
    Task.id,
    Task.name,
    Task.parent_id,
    Task.duration,
    Task.is_milestone,
    as_text(Task.constraint_type),
    as_text(Task.constraint_date),
    Task.percent_complete,
    as_text(Task.actual_start),
    as_text(Task.actual_finish),
    Task.leveling_delay,
    as_text(Task.start),
    as_text(Task.finish),
    Task.total_slack,
    Task.is_critical,
)
_WRITTEN = ("start", "finish", "total_slack", "is_critical", "duration")
# The UPDATE of one task's scheduled values, by primary key (bound names must differ from
# the column names they set).
_PARAMETERS = ("task_id", *(f"new_{name}" for name in _WRITTEN))
_UPDATE = (
    update(Task)
    .where(Task.id == bindparam("task_id"))
    .values({name: bindparam(f"new_{name}") for name in _WRITTEN})
)
