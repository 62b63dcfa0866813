"""Apply an approved change request's schedule impact to the plan, once.

Two ways, as the PM chooses. *Extend*: all the schedule days are added to the duration of the
last affected *work* task in outline order (summaries and milestones have no duration of their
own). *Add a task*: a new task of that many days, named after the request, goes right after
that task and into its chain (its successors now follow the new task), so the plan shows the
added work. Either goes through the task and link services, which reschedule and audit; the
whole step is one service call, so one undo reverts it exactly.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus, LinkType
from cpm_desktop.domain.change_workflow import label
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, ChangeTask, Dependency, Task
from cpm_desktop.services import audit
from cpm_desktop.services.changes.views import ChangeRow, change_row
from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.validate import MAX_DURATION, clean_date, get_or_raise
from cpm_desktop.texts import N_, _


def apply_schedule_impact(
    session: Session, cr_id: int, *, add_task: bool = False, on: dt.date | None = None
) -> ChangeRow:
    """Lengthen the last affected work task by the request's days, or add a task after it."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    if cr.status != ChangeStatus.APPROVED:
        raise ValidationError(
            _("{reference} is {status}: only an Approved change is applied to the plan.").format(
                reference=cr.reference, status=_(label(cr.status))
            )
        )
    if cr.schedule_applied_on is not None:
        raise ValidationError(
            _("{reference} was already applied to the plan on {date}.").format(
                reference=cr.reference, date=cr.schedule_applied_on.isoformat()
            )
        )
    if cr.schedule_days == 0:
        raise ValidationError(
            _("{reference} has no schedule impact to apply.").format(reference=cr.reference)
        )
    linked = {link.task_id for link in cr.task_links}
    if not linked:
        raise ValidationError(
            _("{reference} affects no task: link the affected tasks before applying it.").format(
                reference=cr.reference
            )
        )
    work = [
        task
        for task, _, _ in outline_rows(session, cr.project_id)
        if task.id in linked and not task.is_summary and not task.is_milestone
    ]
    if not work:
        raise ValidationError(
            _("{reference} affects only summaries or milestones: link a work task.").format(
                reference=cr.reference
            )
        )
    task = work[-1]
    if task.duration + cr.schedule_days > MAX_DURATION:
        raise ValidationError(
            _("{name!r} would last longer than {count} days.").format(
                name=task.name, count=MAX_DURATION
            )
        )
    day = dt.date.today() if on is None else clean_date(on, N_("date applied"))
    if add_task:
        _add_task_after(session, cr, task)
    else:
        tasks.edit_task(session, task.id, duration=task.duration + cr.schedule_days)
    audit.record_field(session, cr, "schedule_applied_on", None, day)
    cr.schedule_applied_on = day
    session.flush()
    return change_row(session, cr.id)


def _add_task_after(session: Session, cr: ChangeRequest, task: Task) -> None:
    """Insert the request's work after `task`: a sibling that `task`'s successors now wait for."""
    note = f"Added by {cr.reference} ({cr.title})"
    if cr.decided_on is not None:
        note += f", approved {cr.decided_on.isoformat()}"
    new = tasks.add_task(
        session,
        cr.project_id,
        f"{cr.reference} {cr.title}",
        parent_id=task.parent_id,
        position=task.position + 1,
        duration=cr.schedule_days,
        owner=task.owner,
        notes=note + ".",
    )
    onward = session.scalars(
        select(Dependency).where(Dependency.predecessor_id == task.id).order_by(Dependency.id)
    ).all()
    for link in onward:
        successor, kind, lag = link.successor_id, link.type, link.lag
        dependencies.remove_dependency(session, link.id)
        dependencies.add_dependency(session, new.id, successor, kind, lag)
    dependencies.add_dependency(session, task.id, new.id, LinkType.FS, 0)
    session.add(ChangeTask(change_request=cr, task_id=new.id))
