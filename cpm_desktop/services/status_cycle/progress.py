"""Progress for a new status date: the sheet of tasks that should have moved, and its entry.

As MS Project's Update Tasks and Update Project: the PM types an actual start, a % complete,
an actual finish or a remaining duration per task, or marks tasks "as planned" (their
progress becomes what the schedule says it is on the status date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.progress import Progress, as_planned, done_days, with_remaining
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Project, Task
from cpm_desktop.scheduling import WorkCalendar
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.tasks import TaskFields, TaskRecord, edit_tasks
from cpm_desktop.services.portfolio.views import task_rows
from cpm_desktop.services.validate import clean_date, clean_int, get_or_raise
from cpm_desktop.texts import N_, _


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One line of the progress sheet: a task as scheduled, its progress, and the plan's."""

    task_id: int
    wbs: str
    name: str
    start: dt.date | None
    finish: dt.date | None
    duration: int  # working days
    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    remaining: int  # working days still to do
    planned_percent: int  # what the schedule says it should be on the status date
    is_milestone: bool

    @property
    def behind(self) -> bool:
        """Less done than the schedule says for the status date."""
        return self.percent_complete < self.planned_percent


class ProgressEntry(TypedDict, total=False):
    """What the PM types for a task; any subset."""

    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    remaining: int  # working days: the duration becomes done + remaining


def progress_sheet(
    session: Session, project_id: int, status_date: dt.date
) -> tuple[ProgressRow, ...]:
    """The work tasks and milestones not finished that the plan starts on or before
    `status_date`: those whose progress the PM reports for that date."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = clean_date(status_date, N_("status date"))
    calendar = work_calendar(project.calendar)
    stored = {t.id: t for t in session.scalars(select(Task).where(Task.project_id == project.id))}
    sheet = []
    for row in task_rows(session, project.id):
        task = stored[row.id]
        if row.is_summary or task.percent_complete == 100 or task.start is None:
            continue
        if task.start > day:
            continue
        sheet.append(
            ProgressRow(
                task_id=task.id,
                wbs=row.wbs,
                name=task.name,
                start=task.start,
                finish=task.finish,
                duration=task.duration,
                percent_complete=task.percent_complete,
                actual_start=task.actual_start,
                actual_finish=task.actual_finish,
                remaining=task.duration - done_days(task.duration, task.percent_complete),
                planned_percent=planned_percent(calendar, task.start, task.duration, day),
                is_milestone=task.is_milestone,
            )
        )
    return tuple(sheet)


def planned_percent(calendar: WorkCalendar, start: dt.date, duration: int, day: dt.date) -> int:
    """The % complete the schedule gives a task starting `start` at the end of `day`."""
    if duration <= 0:
        return 100 if start <= day else 0
    elapsed = calendar.working_days_in(start, day)
    return max(0, min(100, round(100 * elapsed / duration)))


def update_progress(
    session: Session, project_id: int, entries: Mapping[int, ProgressEntry]
) -> list[TaskRecord]:
    """Enter the progress typed for each task, in one step; the plan reschedules once."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    edits: dict[int, TaskFields] = {}
    for task_id, entry in entries.items():
        task = _task_of(session, project, task_id)
        edits[task.id] = _fields(task, entry)
    return edit_tasks(session, edits)


def mark_as_planned(
    session: Session, project_id: int, task_ids: Iterable[int], status_date: dt.date
) -> list[TaskRecord]:
    """Give each task the progress its schedule has on `status_date`, as MS Project's
    'Update as scheduled': started tasks get their start, finished ones their finish."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = clean_date(status_date, N_("status date"))
    calendar = work_calendar(project.calendar)
    edits: dict[int, TaskFields] = {}
    for task_id in task_ids:
        task = _task_of(session, project, task_id)
        if task.start is None or task.start > day or task.children:
            continue
        now = Progress(task.percent_complete, task.actual_start, task.actual_finish)
        planned = planned_percent(calendar, task.start, task.duration, day)
        after = as_planned(now, planned, task.start, task.finish)
        edits[task.id] = TaskFields(
            percent_complete=after.percent_complete,
            actual_start=after.actual_start,
            actual_finish=after.actual_finish,
        )
    return edit_tasks(session, edits)


def _task_of(session: Session, project: Project, task_id: int) -> Task:
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.project_id != project.id:
        raise ValidationError(
            _("Task {name!r} is not in {project}.").format(name=task.name, project=project.code)
        )
    if task.children:
        raise ValidationError(
            _("{name!r} is a summary task: its progress rolls up from its tasks.").format(
                name=task.name
            )
        )
    return task


def _fields(task: Task, entry: ProgressEntry) -> TaskFields:
    """The task fields an entry sets; a remaining duration keeps the work done, as MS Project
    does: duration = done + remaining, % complete = done ÷ duration."""
    unknown = sorted(entry.keys() - ProgressEntry.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown progress fields: {', '.join(unknown)}.")
    fields = TaskFields()
    for name in ("percent_complete", "actual_start", "actual_finish"):
        if name in entry:
            fields[name] = entry[name]
    if "remaining" in entry:
        remaining = clean_int(entry["remaining"], N_("remaining duration"), 0, 100_000)
        percent = clean_int(
            entry.get("percent_complete", task.percent_complete), N_("% complete"), 0, 100
        )
        if task.is_milestone and remaining:
            raise ValidationError(
                _("{name!r} is a milestone: it has no remaining duration.").format(name=task.name)
            )
        if not task.is_milestone:
            duration, percent = with_remaining(task.duration, percent, remaining)
            if duration == 0:
                raise ValidationError(
                    _(
                        "{name!r}: nothing done and nothing remaining leaves no duration; "
                        "mark it complete instead."
                    ).format(name=task.name)
                )
            fields["duration"], fields["percent_complete"] = duration, percent
    return fields
