"""Links of register entries to the tasks they threaten (or, for issues, affect).

The use cases that add or edit an entry set its links through `set_links`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Risk, RiskTask, Task
from cpm_desktop.services import audit
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_, _


def linked_task_ids(risk: Risk) -> list[int]:
    """Ids of the tasks an entry is linked to, in the order they were linked."""
    return [link.task_id for link in risk.task_links]


def set_links(session: Session, risk: Risk, task_ids: Iterable[int]) -> None:
    """Replace the entry's task links (duplicates ignored), auditing the change as task names."""
    if isinstance(task_ids, str | bytes) or not isinstance(task_ids, Iterable):
        raise ValidationError(_("The linked tasks must be a list of task ids."))
    wanted: list[int] = []
    for task_id in task_ids:
        task = _task_of(session, risk, task_id)
        if task.id not in wanted:
            wanted.append(task.id)
    old = linked_task_ids(risk)
    if old == wanted:
        return
    for link in [link for link in risk.task_links if link.task_id not in wanted]:
        risk.task_links.remove(link)
    for task_id in wanted:
        if task_id not in old:
            risk.task_links.append(RiskTask(task_id=task_id))
    session.flush()
    audit.record_field(session, risk, "linked_tasks", _names(session, old), _names(session, wanted))


def copy_links(session: Session, source: Risk, target: Risk) -> None:
    """Link `target` to the tasks `source` is linked to (an issue inherits its risk's tasks)."""
    set_links(session, target, linked_task_ids(source))


def _task_of(session: Session, risk: Risk, task_id: object) -> Task:
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.project_id != risk.project_id:
        raise ValidationError(
            _(
                "Task {name!r} belongs to another project; {reference} can only be linked to "
                "tasks of its own project."
            ).format(name=task.name, reference=risk.reference)
        )
    return task


def _names(session: Session, task_ids: list[int]) -> str:
    if not task_ids:
        return ""
    rows = session.execute(select(Task.id, Task.name).where(Task.id.in_(task_ids)))
    names = {task_id: name for task_id, name in rows}
    return "; ".join(names[t] for t in task_ids)
