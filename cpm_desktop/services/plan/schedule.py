"""Keep stored task dates equal to the scheduled ones: run the engine after every edit.

An edit of a 10,000-task plan must stay fast, so tasks and links are read as plain columns
(no ORM objects, no per-value type conversion), the engine's results are compared without
building a result object per task, and the calendar's working-day index is built once per
calendar content.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, String, bindparam, inspect, select, type_coerce, update
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
from cpm_desktop.services.plan.plan_memory import StoredPlan, remember, stored_plan, unlogged
from cpm_desktop.texts import _
from cpm_desktop.workspace.file import is_read_only


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
        schedule = _schedule(project, plan)
        changes = _changes(plan, schedule)
    # A workspace open read-only (read-only media) still gets the dates right in memory;
    # a closed project's dates stay as they were when it closed.
    written = changes and not is_read_only(session) and project.status is not ProjectStatus.CLOSED
    if written:
        # One executemany through Core: the ORM's bulk UPDATE spends several times as long
        # per row in Python; a move on the critical path changes the slack of every task.
        connection = session.connection()
        with unlogged(session):
            if connection.dialect.name == "sqlite":
                # SQLite keeps a date as its ISO text and a flag as 1 or 0: written as such,
                # without the types' processing of each value (a fifth of a move's time on
                # 10,000 tasks).
                connection.execute(_UPDATE_ISO_DATES, [_iso_dates(change) for change in changes])
            else:
                connection.execute(
                    _UPDATE, [dict(zip(_PARAMETERS, change, strict=True)) for change in changes]
                )
    remember(session, project.id, plan, changes if written else ())
    if changes:
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
        return _schedule(project, stored_plan(session, project.id))


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


def _changes(stored: StoredPlan, schedule: Schedule) -> list[tuple[Any, ...]]:
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


def _schedule(project: Project, plan: StoredPlan) -> Schedule:
    """Run the engine on the plan's tasks and links and the project's calendar and dates."""
    try:
        return schedule_project(
            plan.specs,
            plan.links,
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


@lru_cache(maxsize=16)
def _shared_calendar(
    weekdays: frozenset[int], holidays: frozenset[dt.date], worked: frozenset[dt.date]
) -> WorkCalendar:
    return WorkCalendar(weekdays, holidays, worked)


_WRITTEN = ("start", "finish", "total_slack", "is_critical", "duration")
# The UPDATE of one task's scheduled values, by primary key (bound names must differ from
# the column names they set).
_PARAMETERS = ("task_id", *(f"new_{name}" for name in _WRITTEN))
_UPDATE = (
    update(Task)
    .where(Task.id == bindparam("task_id"))
    .values({name: bindparam(f"new_{name}") for name in _WRITTEN})
)
_UPDATE_ISO_DATES = (
    update(Task)
    .where(Task.id == bindparam("task_id"))
    .values(
        {
            "start": type_coerce(bindparam("new_start"), String),
            "finish": type_coerce(bindparam("new_finish"), String),
            "total_slack": bindparam("new_total_slack"),
            "is_critical": type_coerce(bindparam("new_is_critical"), Integer),  # 1 or 0
            "duration": bindparam("new_duration"),
        }
    )
)


def _iso_dates(change: tuple[Any, ...]) -> dict[str, Any]:
    """The UPDATE's parameters of one change, its dates as ISO text."""
    task_id, start, finish, slack, critical, duration = change
    return {
        "task_id": task_id,
        "new_start": start.isoformat() if start is not None else None,
        "new_finish": finish.isoformat() if finish is not None else None,
        "new_total_slack": slack,
        "new_is_critical": int(critical),
        "new_duration": duration,
    }
