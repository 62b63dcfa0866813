"""Edits made by date, as on a Gantt chart: move a task to a start, stretch it to a finish."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.domain import ConstraintType
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Task
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.tasks import TaskRecord, edit_task
from cpm_desktop.services.validate import MAX_DURATION, clean_date, get_or_raise
from cpm_desktop.texts import N_, _


def move_task_start(session: Session, task_id: int, start: dt.date) -> TaskRecord:
    """Start a task no earlier than `start` (an SNET constraint, as MS Project sets on a drag)."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    start = clean_date(start, N_("start date"))
    if task.actual_start is not None:
        raise ValidationError(
            _(
                "{name!r} has started: its start is its actual start. "
                "Change the actual start in the task's details instead."
            ).format(name=task.name)
        )
    return edit_task(session, task.id, constraint_type=ConstraintType.SNET, constraint_date=start)


def set_task_finish(session: Session, task_id: int, finish: dt.date) -> TaskRecord:
    """Make a task end on `finish` by changing its duration (its start stays where it is)."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    finish = clean_date(finish, N_("finish date"))
    if task.children:
        raise ValidationError(
            _("{name!r} is a summary task: its finish comes from its tasks.").format(name=task.name)
        )
    if task.start is None:
        raise ValidationError(_("{name!r} has not been scheduled yet.").format(name=task.name))
    if finish < task.start:
        raise ValidationError(
            _("{name!r} starts on {start}; its finish cannot be earlier.").format(
                name=task.name, start=task.start.isoformat()
            )
        )
    days = work_calendar(task.project.calendar).working_days_in(task.start, finish)
    if days > MAX_DURATION:
        raise ValidationError(
            _("That would make {name!r} longer than {maximum} days.").format(
                name=task.name, maximum=MAX_DURATION
            )
        )
    return edit_task(session, task.id, duration=max(days, 1))
