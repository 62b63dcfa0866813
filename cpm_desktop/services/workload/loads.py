"""Planned hours per person per day and what each person can work, read once for a view.

A work assignment's hours are spread evenly over its task's working days (by the task's
project calendar); a person can work max units × 8 hours on each working day of their own
calendar, else of the calendar the caller names (the project's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import HOURS_PER_DAY, ResourceKind
from cpm_desktop.models import Assignment, Calendar, Project, Resource, Task
from cpm_desktop.scheduling import WorkCalendar
from cpm_desktop.services.plan.schedule import work_calendar

ONE_DAY = dt.timedelta(days=1)
SLACK = 1e-6  # hours: float noise is not an over-allocation


@dataclass(frozen=True, slots=True)
class Spread:
    """One work assignment laid over its task's days: hours on each working day."""

    resource_id: int
    task_id: int
    project_id: int
    start: dt.date
    finish: dt.date
    hours_per_day: float
    calendar: WorkCalendar  # the task's project's

    def days(self, first: dt.date, last: dt.date) -> Iterable[dt.date]:
        """The working days of the task within [first, last]."""
        day = max(first, self.start)
        end = min(last, self.finish)
        while day <= end:
            if self.calendar.is_working(day):
                yield day
            day += ONE_DAY


def spreads(session: Session, project_id: int | None = None) -> list[Spread]:
    """Every scheduled work assignment with hours, of one project or of all."""
    query = (
        select(
            Assignment.resource_id,
            Assignment.work_hours,
            Task.id,
            Task.project_id,
            Task.start,
            Task.finish,
        )
        .join(Task, Task.id == Assignment.task_id)
        .join(Resource, Resource.id == Assignment.resource_id)
        .where(
            Resource.kind == ResourceKind.WORK,
            Assignment.work_hours > 0,
            Task.start.is_not(None),
            Task.finish.is_not(None),
        )
    )
    if project_id is not None:
        query = query.where(Task.project_id == project_id)
    calendars: dict[int, WorkCalendar] = {}
    found = []
    for resource_id, work, task_id, owner, start, finish in session.execute(query):
        if start is None or finish is None:  # filtered out above; for the type checker
            continue
        calendar = calendars.get(owner)
        if calendar is None:
            calendar = calendars[owner] = work_calendar(session.get_one(Project, owner).calendar)
        days = calendar.working_days_in(start, finish)
        if days > 0:
            found.append(Spread(resource_id, task_id, owner, start, finish, work / days, calendar))
    return found


def daily_hours(
    found: Iterable[Spread], first: dt.date, last: dt.date
) -> dict[int, dict[dt.date, float]]:
    """Hours per resource per day within [first, last]."""
    hours: dict[int, dict[dt.date, float]] = {}
    for spread in found:
        daily = hours.setdefault(spread.resource_id, {})
        for day in spread.days(first, last):
            daily[day] = daily.get(day, 0.0) + spread.hours_per_day
    return hours


class Capacities:
    """What each work resource can work on a day: max units × 8 hours on the working days of
    its own calendar, else of `fallback`."""

    def __init__(self, session: Session, fallback: WorkCalendar) -> None:
        self._fallback = fallback
        self._own: dict[int, tuple[float, WorkCalendar | None]] = {}
        calendars: dict[int, WorkCalendar] = {}
        for resource_id, units, calendar_id in session.execute(
            select(Resource.id, Resource.max_units, Resource.calendar_id).where(
                Resource.kind == ResourceKind.WORK
            )
        ):
            calendar = None
            if calendar_id is not None:
                calendar = calendars.get(calendar_id)
                if calendar is None:
                    stored = session.get_one(Calendar, calendar_id)
                    calendar = calendars[calendar_id] = work_calendar(stored)
            self._own[resource_id] = (units, calendar)

    def per_day(self, resource_id: int) -> float:
        """The hours of a full working day of the resource."""
        return self._own[resource_id][0] * HOURS_PER_DAY

    def calendar(self, resource_id: int) -> WorkCalendar | None:
        """The resource's own calendar (None: it follows the project's)."""
        return self._own[resource_id][1]

    def on(self, resource_id: int, day: dt.date) -> float:
        """The hours the resource can work on `day` (0 on its days off)."""
        units, calendar = self._own[resource_id]
        works = (calendar or self._fallback).is_working(day)
        return units * HOURS_PER_DAY if works else 0.0

    def between(self, resource_id: int, first: dt.date, last: dt.date) -> float:
        """The hours the resource can work from `first` to `last`, both included."""
        total, day = 0.0, first
        while day <= last:
            total += self.on(resource_id, day)
            day += ONE_DAY
        return total
