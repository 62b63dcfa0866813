"""Use cases for working calendars: the workspace default and each project's own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Calendar, Holiday, Project
from cpm_desktop.models.calendar import MONDAY_TO_FRIDAY
from cpm_desktop.services import audit
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import clean_date, clean_name, clean_text, get_or_raise


@dataclass(frozen=True, slots=True)
class CalendarRecord:
    """A working calendar as a use case left it."""

    id: int
    name: str
    is_default: bool  # the workspace's template, copied into each new project
    working_weekdays: int  # bit d set: weekday d is worked (0 = Monday)
    holidays: tuple[tuple[dt.date, str], ...]  # (date, name), by date


def default_calendar(session: Session) -> CalendarRecord:
    """Return the workspace's template calendar, creating 'Standard' (Mon–Fri) if missing."""
    calendar = session.scalar(select(Calendar).where(Calendar.is_default))
    if calendar is None:
        calendar = Calendar(name="Standard", working_weekdays=MONDAY_TO_FRIDAY, is_default=True)
        session.add(calendar)
        session.flush()
    return _record(calendar)


def copy_calendar(session: Session, source_id: int, name: str) -> CalendarRecord:
    """Make a project's own calendar from a template."""
    source = get_or_raise(session, Calendar, source_id, "calendar")
    copy = Calendar(
        name=clean_name(name, "calendar name"),
        working_weekdays=source.working_weekdays,
        holidays=[Holiday(day=h.day, name=h.name) for h in source.holidays],
    )
    session.add(copy)
    session.flush()
    return _record(copy)


def set_holidays(
    session: Session,
    calendar_id: int,
    holidays: Iterable[tuple[dt.date, str]],
    *,
    project_id: int | None = None,
) -> CalendarRecord:
    """Replace a calendar's holidays with (date, name) pairs; duplicates are refused."""
    calendar = get_or_raise(session, Calendar, calendar_id, "calendar")
    wanted: dict[dt.date, str] = {}
    for day, name in holidays:
        day = clean_date(day, "holiday")
        if day in wanted:
            raise ValidationError(f"{day.isoformat()} is listed twice as a holiday.")
        if not isinstance(name, str):
            raise ValidationError(f"The name of the holiday on {day.isoformat()} must be text.")
        wanted[day] = clean_text(name, "holiday name", 200)
    old = ", ".join(h.day.isoformat() for h in calendar.holidays)
    calendar.holidays = [Holiday(day=d, name=n) for d, n in sorted(wanted.items())]
    session.flush()
    new = ", ".join(d.isoformat() for d in sorted(wanted))
    audit.record_field(session, _subject(calendar, project_id), "holidays", old, new)
    _reschedule_users(session, calendar)
    return _record(calendar)


def set_working_weekdays(
    session: Session, calendar_id: int, weekdays: Iterable[int], *, project_id: int | None = None
) -> CalendarRecord:
    """Set which weekdays (0 = Monday) are worked; at least one must be."""
    calendar = get_or_raise(session, Calendar, calendar_id, "calendar")
    days = set(weekdays)
    if not days or not days <= set(range(7)):
        raise ValidationError("Choose at least one working weekday.")
    mask = sum(1 << d for d in days)
    subject = _subject(calendar, project_id)
    audit.record_field(session, subject, "working_weekdays", calendar.working_weekdays, mask)
    calendar.working_weekdays = mask
    session.flush()
    _reschedule_users(session, calendar)
    return _record(calendar)


def _record(calendar: Calendar) -> CalendarRecord:
    return CalendarRecord(
        id=calendar.id,
        name=calendar.name,
        is_default=calendar.is_default,
        working_weekdays=calendar.working_weekdays,
        holidays=tuple(sorted((h.day, h.name) for h in calendar.holidays)),
    )


def _subject(calendar: Calendar, project_id: int | None) -> audit.Subject:
    """The calendar in the trail, under the project whose calendar it is (if the caller says)."""
    return replace(audit.subject(calendar), project_id=project_id)


def _reschedule_users(session: Session, calendar: Calendar) -> None:
    """Stored dates must follow the calendar: reschedule every project that uses it."""
    for project in session.scalars(select(Project).where(Project.calendar_id == calendar.id)):
        reschedule(session, project)
