"""Read models of the team's load: planned hours per person per week against capacity
(resource usage), the tasks whose people are over-allocated, and utilisation (billable hours
booked ÷ available hours).

A person is over-allocated in a week when on any of its days they are planned for more hours
than they can work that day (as levelling sees it); the percent is the week's hours over the
week's capacity. The project's own load and every project's load are both given: the view
toggles between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.errors import ValidationError
from cpm_desktop.interchange.timesheet_values import monday_of
from cpm_desktop.models import Assignment, Calendar, Project, Resource, Role, Task, TimesheetEntry
from cpm_desktop.scheduling import WorkCalendar
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.portfolio.clients import find_client
from cpm_desktop.services.validate import clean_date, fold, get_or_raise
from cpm_desktop.services.workload.loads import (
    ONE_DAY,
    SLACK,
    Capacities,
    daily_hours,
    spreads,
)
from cpm_desktop.texts import N_, _

MAX_WEEKS = 260  # five years of weeks: more is no view
WEEK = dt.timedelta(days=7)
PORTFOLIO_WEEKS = 4  # the portfolio's utilisation: the last four weeks, a month of bookings


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """A person's planned hours in one week against what they can work in it."""

    hours: float
    capacity: float
    over_allocated: bool  # some day of the week asks more than the day has

    @property
    def percent(self) -> float | None:
        """Hours as a percent of capacity (None: no capacity that week)."""
        return 100.0 * self.hours / self.capacity if self.capacity > SLACK else None


@dataclass(frozen=True, slots=True)
class ResourceWorkload:
    """One person's weeks: this project's hours and every project's."""

    resource_id: int
    name: str
    role: str | None
    on_project: bool  # assigned to one of the project's tasks
    project: tuple[WeekLoad, ...]
    everywhere: tuple[WeekLoad, ...]


@dataclass(frozen=True, slots=True)
class PersonUtilisation:
    """A person's billable hours booked against the hours they could work."""

    resource_id: int
    name: str
    billable_hours: float
    available_hours: float

    @property
    def percent(self) -> float | None:
        """Billable hours as a percent of available hours (None: nothing available)."""
        return _percent(self.billable_hours, self.available_hours)


@dataclass(frozen=True, slots=True)
class Utilisation:
    """Utilisation over whole weeks from `start` (a Monday) to `end` (a Sunday), per person
    and for the team; `booked` tells whether any hours were booked at all."""

    start: dt.date
    end: dt.date
    people: tuple[PersonUtilisation, ...]
    booked: bool

    @property
    def billable_hours(self) -> float:
        """The team's billable hours."""
        return sum(p.billable_hours for p in self.people)

    @property
    def available_hours(self) -> float:
        """The team's available hours."""
        return sum(p.available_hours for p in self.people)

    @property
    def percent(self) -> float | None:
        """The team's billable hours as a percent of its available hours."""
        return _percent(self.billable_hours, self.available_hours)


@dataclass(frozen=True, slots=True)
class Workload:
    """A project's resource usage: its people (and, for the all-projects view, anyone else
    planned in the weeks) by name, week by week from `start` (a Monday), and the team's
    utilisation to date."""

    project_id: int
    code: str
    weeks: tuple[dt.date, ...]  # each week's Monday
    resources: tuple[ResourceWorkload, ...]
    utilisation: Utilisation
    levelled: int  # tasks levelling has delayed


def workload(session: Session, project_id: int, *, start: dt.date, weeks: int) -> Workload:
    """Planned hours per person per week for `weeks` weeks from the week of `start`."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    first = monday_of(clean_date(start, N_("start")))
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(
            _("The number of weeks must be a whole number from 1 to {maximum}.").format(
                maximum=MAX_WEEKS
            )
        )
    mondays = tuple(first + n * WEEK for n in range(weeks))
    last = mondays[-1] + dt.timedelta(days=6)
    found = spreads(session)
    own = daily_hours((s for s in found if s.project_id == project.id), first, last)
    every = daily_hours(found, first, last)
    assigned = set(
        session.scalars(
            select(Assignment.resource_id)
            .join(Task, Task.id == Assignment.task_id)
            .join(Resource, Resource.id == Assignment.resource_id)
            .where(Task.project_id == project.id, Resource.kind == ResourceKind.WORK)
        )
    )
    capacities = Capacities(session, work_calendar(project.calendar))
    rows = []
    for resource_id, name, role in _names(session, assigned | every.keys()):
        rows.append(
            ResourceWorkload(
                resource_id,
                name,
                role,
                resource_id in assigned,
                _weeks(capacities, resource_id, mondays, own.get(resource_id, {})),
                _weeks(capacities, resource_id, mondays, every.get(resource_id, {})),
            )
        )
    levelled = session.scalar(
        select(func.count(Task.id)).where(Task.project_id == project.id, Task.leveling_delay > 0)
    )
    return Workload(
        project.id,
        project.code,
        mondays,
        tuple(rows),
        project_utilisation(session, project.id),
        levelled or 0,
    )


def first_week(session: Session, project_id: int) -> dt.date:
    """The Monday the project's workload starts from: its status date's week, else its
    start's."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return monday_of(project.status_date or project.start_date)


def over_allocated_tasks(session: Session, project_id: int) -> frozenset[int]:
    """The project's work tasks one of whose people is planned, over every project, for more
    hours than they can work on some day of the task."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    found = spreads(session)
    here = [s for s in found if s.project_id == project.id]
    if not here:
        return frozenset()
    first = min(s.start for s in here)
    last = max(s.finish for s in here)
    people = {s.resource_id for s in here}
    hours = daily_hours((s for s in found if s.resource_id in people), first, last)
    capacities = Capacities(session, work_calendar(project.calendar))
    over = {
        (resource_id, day)
        for resource_id, daily in hours.items()
        for day, planned in daily.items()
        if planned > capacities.on(resource_id, day) + SLACK
    }
    return frozenset(
        s.task_id
        for s in here
        if any((s.resource_id, day) in over for day in s.days(s.start, s.finish))
    )


def project_utilisation(session: Session, project_id: int) -> Utilisation:
    """The project team's utilisation to date: from the project's start to its status date
    (else today, or the project's finish if that came first)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    end = project.status_date
    if end is None:
        finish = session.scalar(select(func.max(Task.finish)).where(Task.project_id == project.id))
        end = min(dt.date.today(), finish) if finish else dt.date.today()
    return utilisation(session, project.id, start=min(project.start_date, end), end=end)


def utilisation(
    session: Session, project_id: int | None, *, start: dt.date, end: dt.date
) -> Utilisation:
    """Billable hours booked ÷ available hours over the weeks from `start` to `end`.

    For a project: its team (people assigned to it or who booked on it), their billable
    hours on its tasks; for the workspace (None): every active person and all their billable
    hours. Only our own delivery team counts: the client's staff are not billed, and a
    vendor's staff are the vendor's capacity, reaching us as invoices.
    """
    if project_id is None:
        return _pooled(session, None, _default_calendar(session), start, end)
    project = get_or_raise(session, Project, project_id, N_("project"))
    return _pooled(session, [project.id], work_calendar(project.calendar), start, end)


def portfolio_utilisation(
    session: Session, client: str | None, *, weeks: int = PORTFOLIO_WEEKS
) -> Utilisation:
    """Our team's utilisation over the last `weeks` weeks to the latest status date of the
    open projects (else today): the team of a client's projects (by name) and their hours on
    them, or (None) every active person and all their hours."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(_("Weeks must be from 1 to {maximum}.").format(maximum=MAX_WEEKS))
    query = select(Project.id, Project.status_date).where(Project.closed_on.is_(None))
    client_id = None
    if client is not None:
        found = find_client(session, client)
        if found is None:
            raise ValidationError(
                _("No client called {name!r} in this workspace.").format(name=client)
            )
        client_id = found.id
        query = query.where(Project.client_id == client_id)
    rows = session.execute(query).all()
    end = max((day for _, day in rows if day is not None), default=dt.date.today())
    start = end - dt.timedelta(weeks=weeks - 1)
    if client_id is None:
        return _pooled(session, None, _default_calendar(session), start, end)
    return _pooled(session, [i for i, _ in rows], _default_calendar(session), start, end)


def _pooled(
    session: Session,
    project_ids: list[int] | None,
    fallback: WorkCalendar,
    start: dt.date,
    end: dt.date,
) -> Utilisation:
    """Utilisation of the projects' team on their tasks (None: of everyone on everything);
    `fallback` is the calendar of a person without one of their own."""
    first = monday_of(clean_date(start, N_("start")))
    last = monday_of(clean_date(end, N_("end"))) + dt.timedelta(days=6)
    if last < first:
        raise ValidationError(_("The end of the period comes before its start."))
    booked = (
        select(TimesheetEntry.resource_id, func.sum(TimesheetEntry.hours))
        .where(TimesheetEntry.week_start.between(first, last))
        .group_by(TimesheetEntry.resource_id)
    )
    if project_ids is not None:
        booked = booked.join(Task, Task.id == TimesheetEntry.task_id).where(
            Task.project_id.in_(project_ids)
        )
        assigned = session.scalars(
            select(Assignment.resource_id)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.project_id.in_(project_ids))
        )
        ever = session.scalars(
            select(TimesheetEntry.resource_id)
            .join(Task, Task.id == TimesheetEntry.task_id)
            .where(Task.project_id.in_(project_ids))
        )
        people = set(assigned) | set(ever)
    else:
        people = set(session.scalars(select(Resource.id).where(Resource.active.is_(True))))
    any_booked = bool(session.execute(booked).first())
    billable = dict(session.execute(booked.where(TimesheetEntry.billable.is_(True))).all())
    people |= billable.keys()
    capacities = Capacities(session, fallback)
    rows = [
        PersonUtilisation(
            resource_id,
            name,
            float(billable.get(resource_id, 0.0)),
            capacities.between(resource_id, first, last),
        )
        for resource_id, name, _ in _names(session, people, ours_only=True)
    ]
    return Utilisation(first, last, tuple(rows), any_booked)


def _weeks(
    capacities: Capacities,
    resource_id: int,
    mondays: tuple[dt.date, ...],
    daily: Mapping[dt.date, float],
) -> tuple[WeekLoad, ...]:
    """Each week's hours, capacity and whether a day of it is over-allocated."""
    loads = []
    for monday in mondays:
        hours = capacity = 0.0
        over = False
        day = monday
        for _weekday in range(7):
            planned = daily.get(day, 0.0)
            can = capacities.on(resource_id, day)
            hours += planned
            capacity += can
            over = over or planned > can + SLACK
            day += ONE_DAY
        loads.append(WeekLoad(hours, capacity, over))
    return tuple(loads)


def _names(
    session: Session, ids: set[int], *, ours_only: bool = False
) -> list[tuple[int, str, str | None]]:
    """(id, name, role) of the work resources among `ids`, by name; with `ours_only`, only
    our own delivery team's."""
    if not ids:
        return []
    query = (
        select(Resource.id, Resource.name, Role.name)
        .outerjoin(Role, Role.id == Resource.role_id)
        .where(Resource.id.in_(ids), Resource.kind == ResourceKind.WORK)
    )
    if ours_only:
        query = query.where(Resource.employer == Employer.US)
    rows = [(r, n, role) for r, n, role in session.execute(query)]
    return sorted(rows, key=lambda row: fold(row[1]))


def _default_calendar(session: Session) -> WorkCalendar:
    """The workspace's default calendar (Monday to Friday when there is none)."""
    stored = session.scalars(select(Calendar).where(Calendar.is_default.is_(True))).first()
    return work_calendar(stored) if stored is not None else WorkCalendar()


def _percent(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole > SLACK else None
