"""What typing into a task table cell does: the service call it becomes, or why it is refused."""

from __future__ import annotations

from cpm_desktop.services.plan.predecessors import set_predecessors
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.tasks import edit_task
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.formatting import parse_date, parse_percent, parse_working_days
from cpm_desktop.ui.timeline.task_model import (
    COLUMNS,
    DURATION,
    FINISH,
    NAME,
    OWNER,
    PERCENT,
    PREDECESSORS,
    START,
)
from cpm_desktop.ui.undo import Edit, edit


def cell_edit(task: TimelineTask, column: int, text: str) -> Edit[object]:
    """Turn `text` typed into `column` of `task` into an edit; ValueError says why it cannot be."""
    what = f"{COLUMNS[column].lower()} of {task.name!r}"
    if column == NAME:
        return edit(f"Rename {task.name!r}", edit_task, task.id, name=text)
    if column == DURATION:
        days = parse_working_days(text, "duration")
        return edit(f"Change {what}", edit_task, task.id, duration=days, is_milestone=days == 0)
    if column == START:
        return edit(f"Change {what}", move_task_start, task.id, parse_date(text))
    if column == FINISH:
        return edit(f"Change {what}", set_task_finish, task.id, parse_date(text))
    if column == PERCENT:
        return edit(f"Change {what}", edit_task, task.id, percent_complete=parse_percent(text))
    if column == PREDECESSORS:
        return edit(f"Change {what}", set_predecessors, task.id, text)
    if column == OWNER:
        return edit(f"Change {what}", edit_task, task.id, owner=text)
    raise ValueError(f"The {COLUMNS[column].lower()} is calculated and cannot be typed.")
