"""Keep stored task dates equal to the scheduled ones: run the engine after every edit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    """Schedule `project` and write changed dates; a loop raises DependencyCycleError."""
    session.flush()
    tasks = session.scalars(
        select(Task).where(Task.project_id == project.id).order_by(Task.parent_id, Task.position)
    ).all()
    links = session.scalars(select(Dependency).where(Dependency.project_id == project.id)).all()
    try:
        schedule = schedule_project(
            [_spec(t) for t in tasks],
            [LinkSpec(d.predecessor_id, d.successor_id, d.type.value, d.lag) for d in links],
            work_calendar(project.calendar),
            project.start_date,
            project.status_date,
        )
    except CycleError as exc:
        raise DependencyCycleError(exc.names) from None
    for task in tasks:
        result = schedule.tasks[task.id]
        # Assign only what changed, so an edit writes the rows it really moved.
        if (task.start, task.finish) != (result.start, result.finish):
            task.start, task.finish = result.start, result.finish
        if (task.total_slack, task.is_critical) != (result.total_slack, result.critical):
            task.total_slack, task.is_critical = result.total_slack, result.critical
        if result.is_summary and task.duration != result.duration:
            task.duration = result.duration
    session.flush()
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


def _spec(task: Task) -> TaskSpec:
    return TaskSpec(
        id=task.id,
        name=task.name,
        parent_id=task.parent_id,
        duration=task.duration,
        is_milestone=task.is_milestone,
        constraint=task.constraint_type.value,
        constraint_date=task.constraint_date,
        percent_complete=task.percent_complete,
        actual_start=task.actual_start,
        actual_finish=task.actual_finish,
    )


def work_calendar(calendar: Calendar) -> WorkCalendar:
    """Adapt a stored calendar to the scheduler's WorkCalendar."""
    return WorkCalendar(
        working_weekdays=[d for d in range(7) if calendar.works_on_weekday(d)],
        holidays=[h.day for h in calendar.holidays],
    )
