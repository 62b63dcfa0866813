"""Use cases for working calendars: the workspace default, each project's own, shared ones.

A calendar is its working weekdays and its exceptions: holidays (days off on a working
weekday) and worked days (a weekend cut-over). Several projects may work by one calendar;
every change reschedules each project that uses it, and is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Calendar, Holiday, Project
from cpm_desktop.models.calendar import MONDAY_TO_FRIDAY
from cpm_desktop.services import audit
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import (
    clean_date,
    clean_flag,
    clean_name,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

MAX_EXCEPTIONS = 5_000  # a century of public holidays; more is a pasted mistake


@dataclass(frozen=True, slots=True)
class CalendarException:
    """One dated exception: a holiday (not worked), or a day worked though its weekday is not."""

    day: dt.date
    name: str
    is_working: bool = False


@dataclass(frozen=True, slots=True)
class CalendarRecord:
    """A working calendar as a use case left it, with the projects that work by it."""

    id: int
    name: str
    is_default: bool  # the workspace's template, copied into each new project
    working_weekdays: int  # bit d set: weekday d is worked (0 = Monday)
    holidays: tuple[tuple[dt.date, str], ...]  # (date, name) of the days off, by date
    worked_days: tuple[tuple[dt.date, str], ...] = ()  # (date, name) worked against the rule
    used_by: tuple[str, ...] = ()  # codes of the projects using it, sorted

    @property
    def weekdays(self) -> frozenset[int]:
        """The worked weekdays, 0 = Monday."""
        return frozenset(d for d in range(7) if self.working_weekdays >> d & 1)

    @property
    def exceptions(self) -> tuple[CalendarException, ...]:
        """Holidays and worked days together, by date."""
        both = [CalendarException(d, n) for d, n in self.holidays]
        both += [CalendarException(d, n, is_working=True) for d, n in self.worked_days]
        return tuple(sorted(both, key=lambda e: e.day))


@dataclass(frozen=True, slots=True)
class CalendarEdit:
    """Everything the calendar editor sets for one project, applied at once."""

    calendar_id: int | None  # the calendar to work by; None: the project's own
    name: str
    working_weekdays: frozenset[int]
    exceptions: tuple[CalendarException, ...]


@dataclass(frozen=True, slots=True)
class ProjectCalendars:
    """What the calendar editor shows: the project, its calendar, every calendar there is."""

    project_code: str
    current: CalendarRecord
    all: tuple[CalendarRecord, ...]  # the current one included, the template first


# -- reads -----------------------------------------------------------------------------------


def calendars(session: Session) -> tuple[CalendarRecord, ...]:
    """Every calendar of the workspace: the template first, then by name."""
    users = _users(session)
    rows = session.scalars(select(Calendar)).all()
    rows = sorted(rows, key=lambda c: (not c.is_default, fold(c.name), c.id))
    return tuple(_record(c, users.get(c.id, ())) for c in rows)


def project_calendar(session: Session, project_id: int) -> CalendarRecord:
    """The calendar a project works by."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return _record_of(session, project.calendar)


def project_calendars(session: Session, project_id: int) -> ProjectCalendars:
    """A project's calendar and every calendar of the workspace, read at once."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    every = calendars(session)
    current = next(c for c in every if c.id == project.calendar_id)
    return ProjectCalendars(project.code, current, every)


def default_calendar(session: Session) -> CalendarRecord:
    """Return the workspace's template calendar, creating 'Standard' (Mon–Fri) if missing."""
    calendar = session.scalar(select(Calendar).where(Calendar.is_default))
    if calendar is None:
        calendar = Calendar(name="Standard", working_weekdays=MONDAY_TO_FRIDAY, is_default=True)
        session.add(calendar)
        session.flush()
    return _record_of(session, calendar)


# -- calendars -------------------------------------------------------------------------------


def copy_calendar(session: Session, source_id: int, name: str) -> CalendarRecord:
    """Make a project's own calendar from a template (weekdays, holidays and worked days)."""
    source = get_or_raise(session, Calendar, source_id, N_("calendar"))
    copy = _copy(session, source, clean_name(name, N_("calendar name")))
    return _record(copy, ())


def create_calendar(session: Session, name: str, *, based_on: int | None = None) -> CalendarRecord:
    """Add a calendar of its own name: a copy of `based_on`, or Monday to Friday."""
    name = _free_name(session, name)
    if based_on is None:
        calendar = Calendar(name=name, working_weekdays=MONDAY_TO_FRIDAY)
        session.add(calendar)
        session.flush()
    else:
        calendar = _copy(session, get_or_raise(session, Calendar, based_on, N_("calendar")), name)
    audit.record_created(session, calendar)
    return _record(calendar, ())


def rename_calendar(
    session: Session, calendar_id: int, name: str, *, project_id: int | None = None
) -> CalendarRecord:
    """Give a calendar another name (unique in the workspace)."""
    calendar = get_or_raise(session, Calendar, calendar_id, N_("calendar"))
    _rename(session, calendar, name, _subject(calendar, project_id))
    return _record_of(session, calendar)


def set_exceptions(
    session: Session,
    calendar_id: int,
    exceptions: Iterable[CalendarException | tuple[dt.date, str] | tuple[dt.date, str, bool]],
    *,
    project_id: int | None = None,
) -> CalendarRecord:
    """Replace a calendar's holidays and worked days in one step; a date twice is refused.

    Each exception is a CalendarException or a (date, name[, is_working]) tuple.
    """
    calendar = get_or_raise(session, Calendar, calendar_id, N_("calendar"))
    if _write_exceptions(session, calendar, _cleaned(exceptions), _subject(calendar, project_id)):
        _reschedule_users(session, calendar)
    return _record_of(session, calendar)


def set_holidays(
    session: Session,
    calendar_id: int,
    holidays: Iterable[tuple[dt.date, str]],
    *,
    project_id: int | None = None,
) -> CalendarRecord:
    """Replace a calendar's holidays with (date, name) pairs; duplicates are refused.

    The worked days stay, but for those on a date now listed as a holiday.
    """
    calendar = get_or_raise(session, Calendar, calendar_id, N_("calendar"))
    wanted = _cleaned((day, name, False) for day, name in holidays)
    for held in calendar.holidays:
        if held.is_working and held.day not in wanted:
            wanted[held.day] = (held.name, True)
    if _write_exceptions(session, calendar, wanted, _subject(calendar, project_id)):
        _reschedule_users(session, calendar)
    return _record_of(session, calendar)


def set_working_weekdays(
    session: Session, calendar_id: int, weekdays: Iterable[int], *, project_id: int | None = None
) -> CalendarRecord:
    """Set which weekdays (0 = Monday) are worked; at least one must be."""
    calendar = get_or_raise(session, Calendar, calendar_id, N_("calendar"))
    if _write_weekdays(session, calendar, weekdays, _subject(calendar, project_id)):
        _reschedule_users(session, calendar)
    return _record_of(session, calendar)


# -- which calendar a project uses -----------------------------------------------------------


def set_project_calendar(session: Session, project_id: int, calendar_id: int) -> CalendarRecord:
    """Make a project work by an existing calendar (shared with the projects already on it)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    calendar = get_or_raise(session, Calendar, calendar_id, N_("calendar"))
    _assign(session, project, calendar)
    reschedule(session, project)
    return _record_of(session, calendar)


def own_calendar(session: Session, project_id: int) -> CalendarRecord:
    """Give a project a calendar of its own: a copy of the one it shares (kept if already own)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    calendar = _own(session, project)
    reschedule(session, project)
    return _record_of(session, calendar)


def edit_project_calendar(
    session: Session, project_id: int, change: CalendarEdit
) -> CalendarRecord:
    """Apply the calendar editor: which calendar the project uses, its name, weekdays and
    exceptions, in one step; every project on that calendar is rescheduled once."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    exceptions = _cleaned(change.exceptions)
    if change.calendar_id is None:
        calendar = _own(session, project)
    else:
        calendar = get_or_raise(session, Calendar, change.calendar_id, N_("calendar"))
        _assign(session, project, calendar)
    subject = _subject(calendar, project.id)
    _rename(session, calendar, change.name, subject)
    _write_weekdays(session, calendar, change.working_weekdays, subject)
    _write_exceptions(session, calendar, exceptions, subject)
    _reschedule_users(session, calendar)
    return _record_of(session, calendar)


# -- helpers ---------------------------------------------------------------------------------


def _record(calendar: Calendar, used_by: Iterable[str]) -> CalendarRecord:
    held = sorted(calendar.holidays, key=lambda h: h.day)
    return CalendarRecord(
        id=calendar.id,
        name=calendar.name,
        is_default=calendar.is_default,
        working_weekdays=calendar.working_weekdays,
        holidays=tuple((h.day, h.name) for h in held if not h.is_working),
        worked_days=tuple((h.day, h.name) for h in held if h.is_working),
        used_by=tuple(sorted(used_by)),
    )


def _record_of(session: Session, calendar: Calendar) -> CalendarRecord:
    return _record(calendar, _users(session, calendar.id).get(calendar.id, ()))


def _users(session: Session, calendar_id: int | None = None) -> dict[int, list[str]]:
    """Codes of the projects on each calendar (on one, if given)."""
    query = select(Project.calendar_id, Project.code)
    if calendar_id is not None:
        query = query.where(Project.calendar_id == calendar_id)
    users: dict[int, list[str]] = {}
    for used, code in session.execute(query):
        users.setdefault(used, []).append(code)
    return users


def _subject(calendar: Calendar, project_id: int | None) -> audit.Subject:
    """The calendar in the trail, under the project whose calendar it is (if the caller says)."""
    return replace(audit.subject(calendar), project_id=project_id)


def _copy(session: Session, source: Calendar, name: str) -> Calendar:
    copy = Calendar(
        name=name,
        working_weekdays=source.working_weekdays,
        holidays=[
            Holiday(day=h.day, name=h.name, is_working=h.is_working) for h in source.holidays
        ],
    )
    session.add(copy)
    session.flush()
    return copy


def _free_name(session: Session, name: object, calendar: Calendar | None = None) -> str:
    """`name` cleaned, refused if another calendar has it (case and spacing aside)."""
    cleaned = clean_name(name, N_("calendar name"))
    for other_id, other in session.execute(select(Calendar.id, Calendar.name)):
        if other.casefold() == cleaned.casefold() and (calendar is None or other_id != calendar.id):
            raise DuplicateError(_("A calendar named {name!r} already exists.").format(name=other))
    return cleaned


def _unused_name(session: Session, base: str) -> str:
    """`base`, or `base (2)`, `(3)`…: the first no calendar has."""
    taken = {n.casefold() for n in session.scalars(select(Calendar.name))}
    name, number = base, 1
    while name.casefold() in taken:
        number += 1
        name = f"{base} ({number})"
    return name


def _rename(session: Session, calendar: Calendar, name: object, subject: audit.Subject) -> None:
    cleaned = _free_name(session, name, calendar)
    audit.record_field(session, subject, "name", calendar.name, cleaned)
    calendar.name = cleaned


def _assign(session: Session, project: Project, calendar: Calendar) -> None:
    """Put `project` on `calendar`, audited on the project."""
    if project.calendar_id == calendar.id:
        return
    old = project.calendar.name
    audit.record_field(session, project, "calendar", old, calendar.name)
    project.calendar = calendar
    session.flush()


def _own(session: Session, project: Project) -> Calendar:
    """The project's own calendar: its current one if no other project (and no template) uses
    it, else a fresh copy of it put in its place."""
    current = project.calendar
    others = session.scalar(
        select(Project.id)
        .where(Project.calendar_id == current.id, Project.id != project.id)
        .limit(1)
    )
    if others is None and not current.is_default:
        return current
    copy = _copy(session, current, _unused_name(session, f"{project.code} calendar"))
    audit.record_created(session, _subject(copy, project.id))
    _assign(session, project, copy)
    return copy


def _cleaned(
    exceptions: Iterable[CalendarException | tuple[dt.date, str] | tuple[dt.date, str, bool]],
) -> dict[dt.date, tuple[str, bool]]:
    """The exceptions checked, by date: (name, is_working)."""
    wanted: dict[dt.date, tuple[str, bool]] = {}
    for item in exceptions:
        if isinstance(item, CalendarException):
            day, name, working = item.day, item.name, item.is_working
        elif isinstance(item, tuple) and len(item) in (2, 3):
            day, name = item[0], item[1]
            working = item[2] if len(item) == 3 else False
        else:
            raise ValidationError(_("A calendar exception is a date, a name and its kind."))
        worked = working is True
        day = clean_date(day, N_("worked day") if worked else N_("holiday"))
        if day in wanted:
            raise ValidationError(
                _("{date} is listed twice as a holiday or worked day.").format(date=day.isoformat())
            )
        if not isinstance(name, str):
            unnamed = (
                _("The name of the worked day on {date} must be text.")
                if worked
                else _("The name of the holiday on {date} must be text.")
            )
            raise ValidationError(unnamed.format(date=day.isoformat()))
        what = N_("worked day name") if worked else N_("holiday name")
        wanted[day] = (clean_text(name, what, 200), clean_flag(working, N_("worked day")))
        if len(wanted) > MAX_EXCEPTIONS:
            raise ValidationError(
                _("A calendar keeps at most {maximum} dated exceptions.").format(
                    maximum=MAX_EXCEPTIONS
                )
            )
    return wanted


def _write_exceptions(
    session: Session,
    calendar: Calendar,
    wanted: dict[dt.date, tuple[str, bool]],
    subject: audit.Subject,
) -> bool:
    """Make the calendar's exceptions `wanted`, row by row; tell whether anything changed.

    Rows of a date kept are updated, not replaced: the (calendar, day) key is unique, and a
    minimal change set keeps undo small.
    """
    held = {h.day: h for h in calendar.holidays}
    if {d: (h.name, h.is_working) for d, h in held.items()} == wanted:
        return False
    old_off, old_worked = _dates(held, working=False), _dates(held, working=True)
    for day, gone in held.items():
        if day not in wanted:
            calendar.holidays.remove(gone)
    for day, (name, working) in wanted.items():
        row = held.get(day)
        if row is None:
            calendar.holidays.append(Holiday(day=day, name=name, is_working=working))
        elif (row.name, row.is_working) != (name, working):
            row.name, row.is_working = name, working
    session.flush()
    new = {day: working for day, (_, working) in wanted.items()}
    audit.record_field(session, subject, "holidays", old_off, _flag_dates(new, working=False))
    audit.record_field(session, subject, "worked_days", old_worked, _flag_dates(new, working=True))
    return True


def _dates(held: dict[dt.date, Holiday], *, working: bool) -> str:
    return _flag_dates({d: h.is_working for d, h in held.items()}, working=working)


def _flag_dates(kinds: dict[dt.date, bool], *, working: bool) -> str:
    """The dates of one kind as the trail lists them: ISO, sorted, comma-separated."""
    return ", ".join(d.isoformat() for d in sorted(kinds) if kinds[d] == working)


def _write_weekdays(
    session: Session, calendar: Calendar, weekdays: Iterable[int], subject: audit.Subject
) -> bool:
    """Set the worked weekdays; tell whether they changed."""
    days = set(weekdays)
    if not days or not days <= set(range(7)):
        raise ValidationError(_("Choose at least one working weekday."))
    mask = sum(1 << d for d in days)
    if mask == calendar.working_weekdays:
        return False
    audit.record_field(session, subject, "working_weekdays", calendar.working_weekdays, mask)
    calendar.working_weekdays = mask
    session.flush()
    return True


def _reschedule_users(session: Session, calendar: Calendar) -> None:
    """Stored dates must follow the calendar: reschedule every project that uses it."""
    for project in session.scalars(select(Project).where(Project.calendar_id == calendar.id)):
        reschedule(session, project)
