"""What typing into a task table cell does: the service call it becomes, or why it is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cpm_desktop.services.plan.predecessors import set_predecessors
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.tasks import edit_task
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.formatting import parse_date, parse_percent, parse_working_days
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.timeline.task_model import (
    COLUMNS,
    COST,
    DURATION,
    FINISH,
    NAME,
    OWNER,
    PERCENT,
    PREDECESSORS,
    RESOURCES,
    SLACK,
    START,
    VARIANCE,
    WBS,
    WORK,
)
from cpm_desktop.ui.undo import Edit, EditName, edit, named

# What a refusal calls each column that only shows a calculation (the English lower-cases its
# title; other languages keep their nouns as they write them).
CALCULATED = {
    WBS: QT_TRANSLATE_NOOP("TaskTreeModel", "wbs"),
    SLACK: QT_TRANSLATE_NOOP("TaskTreeModel", "total slack"),
    VARIANCE: QT_TRANSLATE_NOOP("TaskTreeModel", "finish variance"),
    RESOURCES: QT_TRANSLATE_NOOP("TaskTreeModel", "resources"),
    WORK: QT_TRANSLATE_NOOP("TaskTreeModel", "work"),
    COST: QT_TRANSLATE_NOOP("TaskTreeModel", "cost"),
}


# The name of the edit typing into each column makes ("Change start of 'Design'").
CHANGED = {
    DURATION: QT_TRANSLATE_NOOP("Edits", "Change duration of {name!r}"),
    START: QT_TRANSLATE_NOOP("Edits", "Change start of {name!r}"),
    FINISH: QT_TRANSLATE_NOOP("Edits", "Change finish of {name!r}"),
    PERCENT: QT_TRANSLATE_NOOP("Edits", "Change % complete of {name!r}"),
    PREDECESSORS: QT_TRANSLATE_NOOP("Edits", "Change predecessors of {name!r}"),
    OWNER: QT_TRANSLATE_NOOP("Edits", "Change owner of {name!r}"),
}


def cell_edit(task: TimelineTask, column: int, text: str) -> Edit[object]:
    """Turn `text` typed into `column` of `task` into an edit; ValueError says why it cannot be."""
    if column == NAME:
        rename = named(QT_TRANSLATE_NOOP("Edits", "Rename {name!r}"), name=task.name)
        return edit(rename, edit_task, task.id, name=text)
    if column in CHANGED:
        return _typed_edit(task, column, text, named(CHANGED[column], name=task.name))
    calculated = CALCULATED.get(column, COLUMNS[column].lower())
    raise ValueError(
        QCoreApplication.translate(
            "TaskTreeModel", "The {column} is calculated and cannot be typed."
        ).format(column=QCoreApplication.translate("TaskTreeModel", calculated))
    )


def _typed_edit(task: TimelineTask, column: int, text: str, name: EditName) -> Edit[object]:
    """The edit of a column in CHANGED."""
    if column == DURATION:
        days = parse_working_days(text, QCoreApplication.translate("TaskTreeModel", "duration"))
        return edit(name, edit_task, task.id, duration=days, is_milestone=days == 0)
    if column == START:
        return edit(name, move_task_start, task.id, parse_date(text))
    if column == FINISH:
        return edit(name, set_task_finish, task.id, parse_date(text))
    if column == PERCENT:
        return edit(name, edit_task, task.id, percent_complete=parse_percent(text))
    if column == PREDECESSORS:
        return edit(name, set_predecessors, task.id, text)
    return edit(name, edit_task, task.id, owner=text)
