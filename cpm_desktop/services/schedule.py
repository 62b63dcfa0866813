"""Keep stored task dates equal to the scheduled ones: run the engine after every edit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from cpm_desktop.errors import DependencyCycleError
from cpm_desktop.models import Calendar, Dependency, Project, Task
from cpm_desktop.scheduling import (
    CycleError,
    LinkSpec,
    Schedule,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)
from cpm_desktop.services.validate import get_or_raise


def reschedule(session: Session, project: Project) -> Schedule:
    """Schedule `project` and write what moved; a loop raises DependencyCycleError.

    Reads plain rows and writes one bulk UPDATE of the changed tasks, so a plan of thousands
    of tasks costs milliseconds, not an ORM object per row; tasks already loaded in the
    session are brought up to date without being marked dirty.
    """
    session.flush()
    rows = session.execute(
        select(*_READ).where(Task.project_id == project.id).order_by(Task.parent_id, Task.position)
    ).all()
    links = session.execute(
        select(Dependency.predecessor_id, Dependency.successor_id, Dependency.type, Dependency.lag)
        .where(Dependency.project_id == project.id)
    ).all()  # fmt: skip
    try:
        schedule = schedule_project(
            [_spec(row) for row in rows],
            [LinkSpec(pred, succ, kind.value, lag) for pred, succ, kind, lag in links],
            work_calendar(project.calendar),
            project.start_date,
            project.status_date,
        )
    except CycleError as exc:
        raise DependencyCycleError(exc.names) from None
    changes = []
    for row in rows:
        result = schedule.tasks[row.id]
        duration = result.duration if result.is_summary else row.duration
        new = (result.start, result.finish, result.total_slack, result.critical, duration)
        if new != (row.start, row.finish, row.total_slack, row.is_critical, row.duration):
            changes.append(dict(zip(_WRITTEN, (row.id, *new), strict=True)))
    if changes:
        session.execute(update(Task), changes)
        for change in changes:
            loaded = session.identity_map.get(identity_key(Task, change["id"]))
            if loaded is not None:
                for name in _WRITTEN[1:]:
                    set_committed_value(loaded, name, change[name])
    return schedule


def reschedule_all(session: Session) -> int:
    """Reschedule every project (after a schema upgrade added scheduled fields); return count."""
    projects = session.scalars(select(Project)).all()
    for project in projects:
        reschedule(session, project)
    return len(projects)


def reschedule_project(session: Session, project_id: int) -> Schedule:
    """Reschedule a project given by id (for the CLI and after imports)."""
    return reschedule(session, get_or_raise(session, Project, project_id, "project"))


_READ = (
    Task.id, Task.name, Task.parent_id, Task.duration, Task.is_milestone, Task.constraint_type,
    Task.constraint_date, Task.percent_complete, Task.actual_start, Task.actual_finish,
    Task.start, Task.finish, Task.total_slack, Task.is_critical,
)  # fmt: skip
_WRITTEN = ("id", "start", "finish", "total_slack", "is_critical", "duration")


def _spec(row: Any) -> TaskSpec:  # a Row of _READ
    return TaskSpec(
        id=row.id,
        name=row.name,
        parent_id=row.parent_id,
        duration=row.duration,
        is_milestone=row.is_milestone,
        constraint=row.constraint_type.value,
        constraint_date=row.constraint_date,
        percent_complete=row.percent_complete,
        actual_start=row.actual_start,
        actual_finish=row.actual_finish,
    )


def work_calendar(calendar: Calendar) -> WorkCalendar:
    """Adapt a stored calendar to the scheduler's WorkCalendar."""
    return WorkCalendar(
        working_weekdays=[d for d in range(7) if calendar.works_on_weekday(d)],
        holidays=[h.day for h in calendar.holidays],
    )
