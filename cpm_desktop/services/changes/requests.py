"""Use cases of the change-request log: add, edit, move through the workflow, link tasks.

Each call is one transaction with audit rows; a refusal raises ValidationError before any
change is kept. `on` dates a change (today unless given, e.g. by the demo).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.domain.change_workflow import (
    NEEDS_DECISION,
    OPEN_FOR_IMPACT,
    label,
    legal_next,
)
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.models import ChangeRequest, ChangeTask, ChangeTransition, Contact, Project, Task
from cpm_desktop.services import audit
from cpm_desktop.services.changes.views import ChangeRow, change_row
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.validate import (
    MAX_DURATION,
    clean_date,
    clean_enum,
    clean_int,
    clean_money,
    clean_name,
    clean_optional_date,
    clean_text,
    date_or_today,
    get_or_raise,
    step_date,
)
from cpm_desktop.services.workflow_steps import refused_step
from cpm_desktop.texts import N_, _


class ChangeDetails(TypedDict, total=False):
    """The fields of a change request besides its title; any subset may be given."""

    description: str
    reason: str
    requested_by_id: int | None
    raised_on: dt.date
    category: ChangeCategory | str
    priority: ChangePriority | str
    schedule_days: int
    cost_impact: Decimal | int | str
    effort_days: int
    scope_impact: str
    billable: bool
    change_order_value: Decimal | int | str


class ChangeFields(ChangeDetails, total=False):
    """Every field `edit_change_request` may change."""

    title: str


EDITABLE_FIELDS = tuple(ChangeFields.__annotations__)  # a tuple: the audit follows this order
# The fields a refusal names by their names with spaces, marked for the catalogues.
FIELD_WORDS = {
    "description": N_("description"),
    "reason": N_("reason"),
    "scope_impact": N_("scope impact"),
    "schedule_days": N_("schedule days"),
    "effort_days": N_("effort days"),
    "cost_impact": N_("cost impact"),
    "change_order_value": N_("change order value"),
}
IMPACT_FIELDS = frozenset(
    {
        "schedule_days",
        "cost_impact",
        "effort_days",
        "scope_impact",
        "billable",
        "change_order_value",
    }
)


def add_change_request(
    session: Session,
    project_id: int,
    title: str,
    *,
    task_ids: Iterable[int] = (),
    on: dt.date | None = None,
    **details: Unpack[ChangeDetails],
) -> ChangeRow:
    """Add a Draft request with the project's next reference (CR-001 …), raised `on`."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    fields = ChangeFields(title=title)
    fields.update(details)
    if "raised_on" not in fields:
        fields["raised_on"] = date_or_today(on)
    number = next_number(session, ChangeRequest.number, ChangeRequest.project_id, project.id)
    cr = ChangeRequest(project_id=project.id, number=number, status=ChangeStatus.DRAFT)
    _apply(session, project, cr, fields)
    session.add(cr)
    session.flush()
    audit.record_created(session, cr)
    _set_tasks(session, cr, task_ids)
    return change_row(session, cr.id)


def edit_change_request(session: Session, cr_id: int, **fields: Unpack[ChangeFields]) -> ChangeRow:
    """Change fields of a request; impact fields only while Draft, Submitted or Under assessment."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    impact = sorted(IMPACT_FIELDS & fields.keys())
    if impact and cr.status not in OPEN_FOR_IMPACT:
        raise ValidationError(
            _(
                "{reference} is {status}: its impact ({fields}) can only change while it is "
                "Draft, Submitted or Under assessment."
            ).format(reference=cr.reference, status=_(label(cr.status)), fields=", ".join(impact))
        )
    project = get_or_raise(session, Project, cr.project_id, N_("project"))
    before = {name: getattr(cr, name) for name in EDITABLE_FIELDS}
    _apply(session, project, cr, fields)
    first = min((t.changed_on for t in cr.transitions), default=cr.raised_on)
    if cr.raised_on > first:
        raise ValidationError(
            _(
                "{reference} changed status on {date}; it cannot have been raised after that."
            ).format(reference=cr.reference, date=first.isoformat())
        )
    for name, old in before.items():
        audit.record_field(session, cr, name, old, getattr(cr, name))
    session.flush()
    return change_row(session, cr.id)


def transition(
    session: Session,
    cr_id: int,
    to: ChangeStatus | str,
    *,
    comment: str = "",
    decided_by: str | None = None,
    decided_on: dt.date | None = None,
    decision_notes: str | None = None,
    on: dt.date | None = None,
) -> ChangeRow:
    """Move a request to status `to` on `on`; Approved and Rejected need the decision fields."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    target = clean_enum(ChangeStatus, to, N_("change request status"))
    current = cr.status
    if target not in legal_next(current):
        steps = [label(step) for step in legal_next(current)]
        raise ValidationError(refused_step(cr.reference, label(current), label(target), steps))
    day = _change_day(cr, on)
    note = clean_text(comment, N_("comment"))
    changes: dict[str, object] = {"status": target}
    if target in NEEDS_DECISION:
        who = clean_text(decided_by, N_("decision maker"), 200)
        notes = clean_text(decision_notes, N_("decision notes"))
        when = clean_optional_date(decided_on, N_("decision date"))
        decision = (
            (N_("decided by"), who),
            (N_("decision date"), when),
            (N_("decision notes"), notes),
        )
        missing = [_(n) for n, v in decision if not v]
        if missing:
            raise ValidationError(
                _(
                    "{status} {reference} needs who decided, the decision date and the decision "
                    "notes; missing: {missing}."
                ).format(
                    status=_(label(target)), reference=cr.reference, missing=", ".join(missing)
                )
            )
        assert when is not None
        if when < cr.raised_on or when > day:
            raise ValidationError(
                _(
                    "The decision date {date} must lie between the day {reference} was raised "
                    "({raised}) and the day of this step ({day})."
                ).format(
                    date=when.isoformat(),
                    reference=cr.reference,
                    raised=cr.raised_on.isoformat(),
                    day=day.isoformat(),
                )
            )
        changes.update(decided_by=who, decided_on=when, decision_notes=notes)
    if target == ChangeStatus.IMPLEMENTED:
        changes["implemented_on"] = day
    audit.set_fields(session, cr, changes)
    session.add(
        ChangeTransition(
            change_request=cr,
            from_status=current,
            to_status=target,
            changed_by=current_user()[:100],
            changed_on=day,
            comment=note,
        )
    )
    session.flush()
    return change_row(session, cr.id)


def set_affected_tasks(session: Session, cr_id: int, task_ids: Iterable[int]) -> ChangeRow:
    """Make `task_ids` (tasks of the request's project) exactly the tasks it affects."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    _set_tasks(session, cr, task_ids)
    return change_row(session, cr.id)


def _set_tasks(session: Session, cr: ChangeRequest, task_ids: Iterable[int]) -> None:
    """Replace the affected tasks (duplicates ignored), auditing the change as task names."""
    if isinstance(task_ids, str | bytes) or not isinstance(task_ids, Iterable):
        raise ValidationError(_("Give the affected tasks as a list of task ids."))
    wanted: list[Task] = []
    for task_id in task_ids:
        task = get_or_raise(session, Task, task_id, N_("task"))
        if task.project_id != cr.project_id:
            raise ValidationError(
                _("Task {name!r} belongs to another project than {reference}.").format(
                    name=task.name, reference=cr.reference
                )
            )
        if task not in wanted:
            wanted.append(task)
    old_ids = [link.task_id for link in cr.task_links]
    new_ids = [task.id for task in wanted]
    if sorted(old_ids) == sorted(new_ids):
        return
    names = {task.id: task.name for task in wanted}
    for task_id in old_ids:
        names.setdefault(task_id, session.get_one(Task, task_id).name)
    audit.record_field(
        session,
        cr,
        "affected_tasks",
        ", ".join(names[i] for i in old_ids) or None,
        ", ".join(names[i] for i in new_ids) or None,
    )
    keep = set(new_ids)
    for link in list(cr.task_links):
        if link.task_id not in keep:
            cr.task_links.remove(link)
    have = {link.task_id for link in cr.task_links}
    cr.task_links.extend(ChangeTask(task_id=i) for i in new_ids if i not in have)
    session.flush()


def _apply(session: Session, project: Project, cr: ChangeRequest, fields: ChangeFields) -> None:
    """Validate every given field first, then set them all on `cr`."""
    unknown = fields.keys() - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown change request field(s): {', '.join(sorted(unknown))}.")
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "title":
            values[name] = clean_name(value, N_("title"))
        elif name in ("description", "reason", "scope_impact"):
            values[name] = clean_text(value, FIELD_WORDS[name])
        elif name == "requested_by_id":
            values[name] = _requester(session, project, value)
        elif name == "raised_on":
            values[name] = clean_date(value, N_("date raised"))
        elif name == "category":
            values[name] = clean_enum(ChangeCategory, value, N_("category"))
        elif name == "priority":
            values[name] = clean_enum(ChangePriority, value, N_("priority"))
        elif name in ("schedule_days", "effort_days"):
            values[name] = clean_int(value, FIELD_WORDS[name], 0, MAX_DURATION)
        elif name in ("cost_impact", "change_order_value"):
            values[name] = clean_money(value, FIELD_WORDS[name])
        elif name == "billable":
            if not isinstance(value, bool):
                raise ValidationError(_("Billable must be yes or no."))
            values[name] = value
    for name, value in values.items():
        setattr(cr, name, value)
    if not cr.billable and (cr.change_order_value or 0) > 0:
        raise ValidationError(
            _("Only a billable change has a change-order value; mark it billable or set 0.")
        )
    if cr.decided_on is not None and cr.raised_on > cr.decided_on:
        raise ValidationError(_("A change request cannot have been raised after its decision."))


def _requester(session: Session, project: Project, value: object) -> int | None:
    """A contact of the project's client, or None."""
    if value is None:
        return None
    contact = get_or_raise(session, Contact, value, N_("contact"))
    if contact.client_id != project.client_id:
        raise ValidationError(
            _(
                "{name} is not a contact of this project's client; a change is requested by the "
                "client."
            ).format(name=contact.name)
        )
    return contact.id


def _change_day(cr: ChangeRequest, on: dt.date | None) -> dt.date:
    """The date of a status change: `on` or today, never before the last recorded step."""
    last = max((t.changed_on for t in cr.transitions), default=cr.raised_on)
    return step_date(on, max(last, cr.raised_on), cr.reference, "step")
