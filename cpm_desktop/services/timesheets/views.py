"""Read models of actual hours: a project's week as the timesheet grid shows it, and the hours
booked per person and task over the whole project.

The week's people are those assigned to the project's tasks or who booked hours on it; its
rows are the tasks each of them is assigned to and those booked that week, and every other
work task can be offered too. A person's load counts every project they booked in that week
against their capacity (max units × a 40-hour week).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.domain.team import HOURS_PER_DAY, Employer, ResourceKind
from cpm_desktop.interchange.timesheet_values import monday_of
from cpm_desktop.models import Assignment, Project, Resource, Role, Task, TimesheetEntry
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.validate import clean_date, fold, get_or_raise
from cpm_desktop.texts import N_

WORK_DAYS = 5  # a full-time person's week
SLACK = 1e-6  # float noise: 40.0000001 hours are not over 40


@dataclass(frozen=True, slots=True)
class WeekPerson:
    """A person of the week's grid: their hours on this project and elsewhere that week."""

    resource_id: int
    name: str
    role: str | None
    employer: Employer
    max_units: float
    hours: float  # on this project's tasks in the week
    other_hours: float  # on other projects' tasks in the week

    @property
    def capacity(self) -> float:
        """The hours the person can work in a week: max units × a 40-hour week."""
        return self.max_units * WORK_DAYS * HOURS_PER_DAY

    @property
    def total(self) -> float:
        """The person's hours in the week over every project."""
        return self.hours + self.other_hours

    @property
    def over(self) -> bool:
        """True when the week holds more hours than the person's capacity."""
        return self.total > self.capacity + SLACK


@dataclass(frozen=True, slots=True)
class WeekTask:
    """A work task that takes hours, with its hours in the week."""

    task_id: int
    wbs: str
    name: str
    start: dt.date | None
    finish: dt.date | None
    hours: float  # booked in the week by anyone
    offered: bool  # assigned to one of the week's people, or booked in the week
    scheduled: bool  # the schedule has the task running in the week


@dataclass(frozen=True, slots=True)
class WeekCell:
    """What a person booked on a task in the week (0: nothing yet, an assignment offered)."""

    resource_id: int
    task_id: int
    hours: float
    billable: bool | None  # None: nothing booked
    note: str
    assigned: bool


@dataclass(frozen=True, slots=True)
class TimesheetWeek:
    """A project's week of actual hours: people, tasks and the cells booked or offered."""

    project_id: int
    project_code: str
    week_start: dt.date  # the Monday
    status_date: dt.date | None
    closed: bool
    people: tuple[WeekPerson, ...]  # by name
    tasks: tuple[WeekTask, ...]  # every work task, in outline order
    cells: tuple[WeekCell, ...]  # booked or assigned (resource, task) pairs

    @property
    def hours(self) -> float:
        """The hours booked on the project in the week."""
        return sum(cell.hours for cell in self.cells)

    def cell(self, resource_id: int, task_id: int) -> WeekCell | None:
        """The cell of a person on a task, if booked or assigned."""
        for cell in self.cells:
            if cell.resource_id == resource_id and cell.task_id == task_id:
                return cell
        return None


def timesheet_week(session: Session, project_id: int, week_start: dt.date) -> TimesheetWeek:
    """The project's week of `week_start` (moved to its Monday) as the grid shows it."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    week = monday_of(clean_date(week_start, N_("week")))
    outline = _work_tasks(session, project.id)
    booked = list(
        session.scalars(
            select(TimesheetEntry)
            .join(Task, Task.id == TimesheetEntry.task_id)
            .where(Task.project_id == project.id, TimesheetEntry.week_start == week)
        )
    )
    assigned = {
        (resource_id, task_id)
        for resource_id, task_id in session.execute(
            select(Assignment.resource_id, Assignment.task_id)
            .join(Task, Task.id == Assignment.task_id)
            .join(Resource, Resource.id == Assignment.resource_id)
            .where(Task.project_id == project.id, Resource.kind == ResourceKind.WORK)
        )
    }
    ever_booked = set(
        session.scalars(
            select(TimesheetEntry.resource_id)
            .join(Task, Task.id == TimesheetEntry.task_id)
            .where(Task.project_id == project.id)
        )
    )
    people_ids = {r for r, _ in assigned} | ever_booked
    cells: dict[tuple[int, int], WeekCell] = {
        pair: WeekCell(pair[0], pair[1], 0.0, None, "", True)
        for pair in assigned
        if pair[1] in outline
    }
    for entry in booked:
        pair = (entry.resource_id, entry.task_id)
        cells[pair] = WeekCell(*pair, entry.hours, entry.billable, entry.note, pair in assigned)
    return TimesheetWeek(
        project_id=project.id,
        project_code=project.code,
        week_start=week,
        status_date=project.status_date,
        closed=project.status is ProjectStatus.CLOSED,
        people=_people(session, project.id, people_ids, week, booked),
        tasks=_tasks(outline, week, cells.values()),
        cells=tuple(sorted(cells.values(), key=lambda c: (c.resource_id, c.task_id))),
    )


def booked_hours(session: Session, project_id: int) -> Mapping[tuple[int, int], float]:
    """The hours each person booked on each of the project's tasks, over every week:
    {(resource id, task id): hours}."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = session.execute(
        select(TimesheetEntry.resource_id, TimesheetEntry.task_id, func.sum(TimesheetEntry.hours))
        .join(Task, Task.id == TimesheetEntry.task_id)
        .where(Task.project_id == project_id)
        .group_by(TimesheetEntry.resource_id, TimesheetEntry.task_id)
    )
    return MappingProxyType({(r, t): float(h) for r, t, h in rows})


def _work_tasks(session: Session, project_id: int) -> dict[int, tuple[Task, str]]:
    """The project's tasks without children, with their WBS codes, in outline order."""
    tasks = {t.id: t for t in session.scalars(select(Task).where(Task.project_id == project_id))}
    parents = {t.parent_id for t in tasks.values()}
    order = outline_order((t.id, t.parent_id, t.position) for t in tasks.values())
    return {i: (tasks[i], wbs) for i, wbs, _ in order if i not in parents}


def _people(
    session: Session,
    project_id: int,
    ids: set[int],
    week: dt.date,
    booked: list[TimesheetEntry],
) -> tuple[WeekPerson, ...]:
    if not ids:
        return ()
    here: dict[int, float] = {}
    for entry in booked:
        here[entry.resource_id] = here.get(entry.resource_id, 0.0) + entry.hours
    everywhere = {
        resource_id: float(hours)
        for resource_id, hours in session.execute(
            select(TimesheetEntry.resource_id, func.sum(TimesheetEntry.hours))
            .where(TimesheetEntry.week_start == week, TimesheetEntry.resource_id.in_(ids))
            .group_by(TimesheetEntry.resource_id)
        )
    }
    roles = {role_id: name for role_id, name in session.execute(select(Role.id, Role.name))}
    people = [
        WeekPerson(
            resource_id=r.id,
            name=r.name,
            role=roles.get(r.role_id) if r.role_id else None,
            employer=r.employer,
            max_units=r.max_units,
            hours=round(here.get(r.id, 0.0), 2),
            other_hours=round(float(everywhere.get(r.id, 0.0)) - here.get(r.id, 0.0), 2),
        )
        for r in session.scalars(select(Resource).where(Resource.id.in_(ids)))
    ]
    return tuple(sorted(people, key=lambda p: fold(p.name)))


def _tasks(
    outline: dict[int, tuple[Task, str]], week: dt.date, cells: Iterable[WeekCell]
) -> tuple[WeekTask, ...]:
    hours: dict[int, float] = {}
    offered: set[int] = set()
    for cell in cells:
        hours[cell.task_id] = hours.get(cell.task_id, 0.0) + cell.hours
        offered.add(cell.task_id)
    sunday = week + dt.timedelta(days=6)
    return tuple(
        WeekTask(
            task_id=task.id,
            wbs=wbs,
            name=task.name,
            start=task.start,
            finish=task.finish,
            hours=round(hours.get(task.id, 0.0), 2),
            offered=task.id in offered,
            scheduled=_runs(task, week, sunday),
        )
        for task, wbs in outline.values()
    )


def _runs(task: Task, monday: dt.date, sunday: dt.date) -> bool:
    """True when the schedule has the task running on a day of the week."""
    return (
        task.start is not None
        and task.finish is not None
        and (task.start <= sunday and task.finish >= monday)
    )
