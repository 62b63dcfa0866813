"""Actual hours: what a person booked on a task in one week, the writers of TimesheetEntry.

A week is named by its Monday: any other day given is moved to the Monday of its week (a date
in a timesheet names the week it falls in), never refused. Booking 0 hours clears the entry.
Hours are 0–168 per entry and per person and week over every project: a week has no more.
People book hours (not materials or costs), on work tasks (not summaries). Billable, unless
said: what the entry already has, else our own and vendors' staff bill their hours and the
client's staff do not. A closed project refuses every change (workspace/closed_projects.py).
Each change is audited; a refusal writes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.errors import ValidationError
from cpm_desktop.interchange.timesheet_values import MAX_WEEK_HOURS, monday_of
from cpm_desktop.models import Project, Resource, Task, TimesheetEntry
from cpm_desktop.services import audit
from cpm_desktop.services.timesheets.views import TimesheetWeek, timesheet_week
from cpm_desktop.services.validate import (
    clean_date,
    clean_flag,
    clean_text,
    get_or_raise,
    number_text,
)
from cpm_desktop.texts import N_, _

NOTE_LIMIT = 200  # the column's width


@dataclass(frozen=True, slots=True)
class EntryRow:
    """Hours a person booked on a task in a week, as plain values."""

    id: int
    resource_id: int
    resource: str
    task_id: int
    task: str
    project_id: int
    week_start: dt.date  # the Monday
    hours: float
    billable: bool
    note: str


@dataclass(frozen=True, slots=True)
class CellHours:
    """The hours of one cell of a week's grid: a person on a task (0 clears it)."""

    resource_id: int
    task_id: int
    hours: float


def week_of(day: object) -> dt.date:
    """The Monday of the week `day` falls in (checked as a date)."""
    return monday_of(clean_date(day, N_("week")))


def billable_by_default(employer: Employer) -> bool:
    """Whether a person's hours bill unless said otherwise: the client's own staff's do not."""
    return employer is not Employer.CLIENT


def record_hours(
    session: Session,
    resource_id: int,
    task_id: int,
    week_start: dt.date,
    hours: float,
    *,
    billable: bool | None = None,
    note: str | None = None,
) -> EntryRow | None:
    """Book `hours` of a person on a task in the week of `week_start` (moved to its Monday),
    replacing what was booked; 0 clears the entry (None is returned then).

    `billable` and `note` None keep the entry's own (a new entry: the person's default).
    """
    resource = _person(session, resource_id)
    task = _work_task(session, task_id)
    week = week_of(week_start)
    amount = clean_hours(hours)
    flag = None if billable is None else clean_flag(billable, N_("billable flag"))
    text = None if note is None else clean_text(note, N_("note"), NOTE_LIMIT)
    entry_id = write_hours(session, resource, task, week, amount, billable=flag, note=text)
    return None if entry_id is None else _row(session, session.get_one(TimesheetEntry, entry_id))


def clear_hours(session: Session, resource_id: int, task_id: int, week_start: dt.date) -> None:
    """Remove what a person booked on a task in the week of `week_start` (none: nothing)."""
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    task = get_or_raise(session, Task, task_id, N_("task"))
    write_hours(session, resource, task, week_of(week_start), 0.0)


def set_week(
    session: Session, project_id: int, week_start: dt.date, cells: Iterable[CellHours]
) -> TimesheetWeek:
    """Book every cell of a project's week at once (the grid's edit: a paste, a cleared
    selection); cells not given keep their hours. Refused whole if one cell is refused."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    week = week_of(week_start)
    wanted: dict[tuple[int, int], float] = {}
    for cell in cells:
        if not isinstance(cell, CellHours):
            raise ValidationError("A week's grid is edited cell by cell (person, task, hours).")
        wanted[(cell.resource_id, cell.task_id)] = clean_hours(cell.hours)
    booked = {
        (e.resource_id, e.task_id): e.hours
        for e in session.scalars(select(TimesheetEntry).where(TimesheetEntry.week_start == week))
    }
    # Lowered cells first: a person's hours moved from one task to another stay within a week.
    for (resource_id, task_id), amount in sorted(
        wanted.items(), key=lambda item: item[1] - booked.get(item[0], 0.0)
    ):
        resource = _person(session, resource_id)
        task = _work_task(session, task_id)
        if task.project_id != project.id:
            raise ValidationError(
                _("{name!r} is a task of another project, not of {project}.").format(
                    name=task.name, project=project.code
                )
            )
        write_hours(session, resource, task, week, amount)
    return timesheet_week(session, project.id, week)


def clean_hours(hours: object) -> float:
    """Hours booked in a week: a number from 0 to 168, kept to the hundredth."""
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise ValidationError(_("The hours must be a number."))
    if not math.isfinite(hours) or not 0 <= hours <= MAX_WEEK_HOURS:
        raise ValidationError(
            _("The hours must be between 0 and {maximum} (a week).").format(
                maximum=number_text(MAX_WEEK_HOURS)
            )
        )
    return round(float(hours), 2)


def write_hours(
    session: Session,
    resource: Resource,
    task: Task,
    week: dt.date,
    hours: float,
    *,
    billable: bool | None = None,
    note: str | None = None,
) -> int | None:
    """Set checked hours on the entry of (resource, task, week), creating, changing or
    deleting it; audited; the entry's id (None: deleted). For this package's use cases,
    which hold the ORM rows."""
    entry = session.scalar(
        select(TimesheetEntry).where(
            TimesheetEntry.resource_id == resource.id,
            TimesheetEntry.task_id == task.id,
            TimesheetEntry.week_start == week,
        )
    )
    if hours == 0:
        if entry is not None:
            audit.record_deleted(session, _subject(session, entry))
            session.delete(entry)
            session.flush()
        return None
    _check_week_total(session, resource, week, hours - (entry.hours if entry else 0.0))
    if entry is None:
        entry = TimesheetEntry(
            resource_id=resource.id,
            task_id=task.id,
            week_start=week,
            hours=hours,
            billable=billable_by_default(resource.employer) if billable is None else billable,
            note=note or "",
        )
        session.add(entry)
        session.flush()
        audit.record_created(session, _subject(session, entry))
        return entry.id
    wanted: dict[str, object] = {"hours": hours}
    if billable is not None:
        wanted["billable"] = billable
    if note is not None:
        wanted["note"] = note
    audit.set_fields(session, entry, wanted, about=_subject(session, entry))
    session.flush()
    return entry.id


def _check_week_total(session: Session, resource: Resource, week: dt.date, more: float) -> None:
    """Refuse hours that would give a person more than a week has, over every project."""
    if more <= 0:
        return
    booked = session.scalar(
        select(func.coalesce(func.sum(TimesheetEntry.hours), 0.0)).where(
            TimesheetEntry.resource_id == resource.id, TimesheetEntry.week_start == week
        )
    )
    if float(booked or 0.0) + more > MAX_WEEK_HOURS + 1e-9:
        raise ValidationError(too_many_hours(resource, float(booked or 0.0) + more, week))


def too_many_hours(resource: Resource, total: float, week: dt.date) -> str:
    """Why `total` hours cannot be booked for `resource` in the week of `week`."""
    return _(
        "{name} would have {hours} hours in the week of {week}, more than a week has ({maximum})."
    ).format(
        name=resource.name,
        hours=number_text(total),
        week=week.isoformat(),
        maximum=number_text(MAX_WEEK_HOURS),
    )


def not_a_person(resource: Resource) -> str:
    """Why `resource`, a material or a cost, cannot book hours."""
    refusal = (
        _("{name} is a material resource: only people book hours.")
        if resource.kind is ResourceKind.MATERIAL
        else _("{name} is a cost resource: only people book hours.")
    )
    return refusal.format(name=resource.name)


def _person(session: Session, resource_id: int) -> Resource:
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    if resource.kind is not ResourceKind.WORK:
        raise ValidationError(not_a_person(resource))
    return resource


def _work_task(session: Session, task_id: int) -> Task:
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.is_summary:
        raise ValidationError(
            _("{name!r} is a summary task: book the hours on the tasks under it.").format(
                name=task.name
            )
        )
    return task


def _subject(session: Session, entry: TimesheetEntry) -> audit.Subject:
    task = session.get_one(Task, entry.task_id)
    resource = session.get_one(Resource, entry.resource_id)
    label = f"{resource.name} on {task.name}, week of {entry.week_start.isoformat()}"
    return audit.Subject("timesheet", entry.id, task.project_id, label)


def _row(session: Session, entry: TimesheetEntry) -> EntryRow:
    task = session.get_one(Task, entry.task_id)
    resource = session.get_one(Resource, entry.resource_id)
    return EntryRow(
        id=entry.id,
        resource_id=resource.id,
        resource=resource.name,
        task_id=task.id,
        task=task.name,
        project_id=task.project_id,
        week_start=entry.week_start,
        hours=entry.hours,
        billable=entry.billable,
        note=entry.note,
    )
