"""Apply an approved change request's schedule impact to the plan, once.

Rule: all the schedule days are added to the duration of the last affected *work* task in
outline order (summaries and milestones have no duration of their own). Going through
`tasks.edit_task` reschedules the project and audits the duration change; the whole step is
one service call, so one undo reverts it exactly.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, ChangeStatus
from cpm_desktop.services import audit, tasks
from cpm_desktop.services.change_workflow import label
from cpm_desktop.services.outline import outline_rows
from cpm_desktop.services.validate import MAX_DURATION, clean_date, get_or_raise


def apply_schedule_impact(
    session: Session, cr_id: int, *, on: dt.date | None = None
) -> ChangeRequest:
    """Lengthen the last affected work task by the request's schedule days; dated `on`."""
    cr = get_or_raise(session, ChangeRequest, cr_id, "change request")
    if cr.status != ChangeStatus.APPROVED:
        raise ValidationError(
            f"{cr.reference} is {label(cr.status)}: only an Approved change is applied to the plan."
        )
    if cr.schedule_applied_on is not None:
        raise ValidationError(
            f"{cr.reference} was already applied to the plan on "
            f"{cr.schedule_applied_on.isoformat()}."
        )
    if cr.schedule_days == 0:
        raise ValidationError(f"{cr.reference} has no schedule impact to apply.")
    linked = {link.task_id for link in cr.task_links}
    if not linked:
        raise ValidationError(
            f"{cr.reference} affects no task: link the affected tasks before applying it."
        )
    work = [
        task
        for task, _, _ in outline_rows(session, cr.project_id)
        if task.id in linked and not task.is_summary and not task.is_milestone
    ]
    if not work:
        raise ValidationError(
            f"{cr.reference} affects only summaries or milestones: link a work task."
        )
    task = work[-1]
    if task.duration + cr.schedule_days > MAX_DURATION:
        raise ValidationError(f"{task.name!r} would last longer than {MAX_DURATION} days.")
    day = dt.date.today() if on is None else clean_date(on, "date applied")
    tasks.edit_task(session, task.id, duration=task.duration + cr.schedule_days)
    audit.record_field(
        session, project_id=cr.project_id, entity="change_request", entity_id=cr.id,
        label=f"{cr.reference} {cr.title}", field="schedule_applied_on", old=None, new=day,
    )  # fmt: skip
    cr.schedule_applied_on = day
    session.flush()
    return cr
