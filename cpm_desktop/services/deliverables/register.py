"""Use cases for deliverables: add, edit, the acceptance checklist, and each step towards the
client's acceptance. Each one is validated and audited; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict, Unpack

from sqlalchemy.orm import Session

from cpm_desktop.domain.deliverables import NEXT_STATUS, DeliverableStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.models import AcceptanceCriterion, Deliverable, DeliverableStep, Project, Task
from cpm_desktop.services import audit
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverable_row
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.records.billing import release_waiting_billing
from cpm_desktop.services.validate import (
    clean_enum,
    clean_flag,
    clean_name,
    clean_optional_date,
    clean_text,
    get_or_raise,
    step_date,
)
from cpm_desktop.services.workflow_steps import refused_step
from cpm_desktop.texts import N_, _, ngettext

TEXT_LIMIT = 4_000
CRITERION_LIMIT = 1_000
MOST_CRITERIA = 50


class DeliverableDetails(TypedDict, total=False):
    """The fields of a deliverable besides its name and status; any subset may be given."""

    description: str
    owner: str
    milestone_id: int | None  # a milestone of the plan: the deliverable is due when it is
    due_on: dt.date | None  # the due date of a deliverable tied to no milestone


class DeliverableFields(DeliverableDetails, total=False):
    """Every editable field of a deliverable, for `edit_deliverable`."""

    name: str


def add_deliverable(
    session: Session,
    project_id: int,
    name: str,
    *,
    criteria: Sequence[str] = (),
    **details: Unpack[DeliverableDetails],
) -> DeliverableRow:
    """Add a deliverable with the project's next reference (D-001 …) and its checklist."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    deliverable = Deliverable(
        project_id=project.id,
        number=next_number(session, Deliverable.number, Deliverable.project_id, project.id),
        name="",
        description="",
        owner="",
        decided_by="",
        rejection_reasons="",
    )
    fields = DeliverableFields(name=name)
    fields.update(details)
    _apply(session, deliverable, fields)
    deliverable.criteria = _criteria([(text, False) for text in criteria])
    session.add(deliverable)
    session.flush()
    audit.record_created(session, deliverable)
    return deliverable_row(session, deliverable.id)


def edit_deliverable(
    session: Session, deliverable_id: int, **fields: Unpack[DeliverableFields]
) -> DeliverableRow:
    """Change the fields given, each audited."""
    deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
    before = {name: getattr(deliverable, name) for name in fields}
    subject = audit.subject(deliverable)
    _apply(session, deliverable, fields)
    for name, old in before.items():
        audit.record_field(session, subject, name, old, getattr(deliverable, name))
    session.flush()
    return deliverable_row(session, deliverable.id)


def set_criteria(
    session: Session, deliverable_id: int, criteria: Sequence[tuple[str, bool]]
) -> DeliverableRow:
    """Replace the acceptance checklist with (text, met) lines, in order; audited."""
    deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
    if deliverable.status is DeliverableStatus.ACCEPTED:
        raise ValidationError(
            _("{reference} is accepted: its checklist is final.").format(
                reference=deliverable.reference
            )
        )
    old = _checklist_text([(c.text, c.met) for c in deliverable.criteria])
    deliverable.criteria = _criteria(criteria)
    session.flush()
    new = _checklist_text([(c.text, c.met) for c in deliverable.criteria])
    audit.record_field(session, deliverable, "criteria", old, new)
    return deliverable_row(session, deliverable.id)


def step_deliverable(
    session: Session,
    deliverable_id: int,
    to: DeliverableStatus | str,
    *,
    on: dt.date | None = None,
    by: str = "",
    comment: str = "",
    reasons: str = "",
) -> DeliverableRow:
    """Move a deliverable one step (submit, accept, reject, resubmit) on `on` (default today).

    The client's verdict names who gave it (`by`); a rejection gives its `reasons`; an
    acceptance needs every line of the checklist met, and makes the billing milestones that
    wait for it due.
    """
    deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
    target = clean_enum(DeliverableStatus, to, N_("deliverable status"))
    current = deliverable.status
    if target not in NEXT_STATUS[current]:
        steps = [step.label for step in NEXT_STATUS[current]]
        raise ValidationError(
            refused_step(deliverable.reference, current.label, target.label, steps)
        )
    last = deliverable.steps[-1].changed_on if deliverable.steps else dt.date.min
    day = step_date(on, last, deliverable.reference, "step")
    who = clean_text(by, N_("who decided"), 200)
    why = clean_text(reasons, N_("reasons for the rejection"), TEXT_LIMIT)
    if target in (DeliverableStatus.ACCEPTED, DeliverableStatus.REJECTED) and not who:
        raise ValidationError(
            _("The client's verdict on {reference} needs who gave it.").format(
                reference=deliverable.reference
            )
        )
    if target is DeliverableStatus.REJECTED and not why:
        raise ValidationError(
            _("A rejection of {reference} needs the client's reasons.").format(
                reference=deliverable.reference
            )
        )
    if target is DeliverableStatus.ACCEPTED:
        unmet = [c.text for c in deliverable.criteria if not c.met]
        if unmet:
            raise ValidationError(
                ngettext(
                    "{reference} cannot be accepted while {count} acceptance criteria are not "
                    "met (first: {first!r}); tick them, or reject it.",
                    "{reference} cannot be accepted while {count} acceptance criteria are not "
                    "met (first: {first!r}); tick them, or reject it.",
                    len(unmet),
                ).format(reference=deliverable.reference, count=len(unmet), first=unmet[0])
            )
    changes: dict[str, object] = {"status": target}
    if target in (DeliverableStatus.ACCEPTED, DeliverableStatus.REJECTED):
        changes |= {"decided_by": who, "decided_on": day}
    if target is DeliverableStatus.REJECTED:
        changes["rejection_reasons"] = why
    audit.set_fields(session, deliverable, changes)
    deliverable.steps.append(
        DeliverableStep(
            from_status=current,
            to_status=target,
            changed_on=day,
            changed_by=who or current_user(),
            comment=clean_text(comment or why, N_("comment"), TEXT_LIMIT),
        )
    )
    session.flush()
    if target is DeliverableStatus.ACCEPTED:
        release_waiting_billing(session, deliverable.id)
    return deliverable_row(session, deliverable.id)


def delete_deliverable(session: Session, deliverable_id: int) -> None:
    """Delete a deliverable that the client has not accepted; audited."""
    deliverable = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable"))
    if deliverable.status is DeliverableStatus.ACCEPTED:
        raise ValidationError(
            _("{reference} is accepted: it stays on record.").format(
                reference=deliverable.reference
            )
        )
    audit.record_deleted(session, deliverable)
    session.delete(deliverable)
    session.flush()


def _apply(session: Session, deliverable: Deliverable, fields: DeliverableFields) -> None:
    unknown = sorted(fields.keys() - DeliverableFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown deliverable fields: {', '.join(unknown)}.")
    if "name" in fields:
        deliverable.name = clean_name(fields["name"], N_("deliverable name"))
    if "description" in fields:
        deliverable.description = clean_text(fields["description"], N_("description"), TEXT_LIMIT)
    if "owner" in fields:
        deliverable.owner = clean_text(fields["owner"], N_("owner"), 200)
    if "milestone_id" in fields:
        deliverable.milestone_id = _milestone(session, deliverable, fields["milestone_id"])
    if "due_on" in fields:
        deliverable.due_on = clean_optional_date(fields["due_on"], N_("due date"))


def _milestone(session: Session, deliverable: Deliverable, task_id: int | None) -> int | None:
    """A milestone of the deliverable's own project, or None."""
    if task_id is None:
        return None
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.project_id != deliverable.project_id:
        raise ValidationError(_("{name!r} is a task of another project.").format(name=task.name))
    if not task.is_milestone:
        raise ValidationError(
            _("{name!r} is not a milestone; tie a deliverable to one.").format(name=task.name)
        )
    return task.id


def _criteria(lines: Sequence[tuple[str, bool]]) -> list[AcceptanceCriterion]:
    if len(lines) > MOST_CRITERIA:
        raise ValidationError(
            _("A checklist holds at most {count} criteria.").format(count=MOST_CRITERIA)
        )
    kept: list[AcceptanceCriterion] = []
    for text, met in lines:
        cleaned = clean_text(text, N_("acceptance criterion"), CRITERION_LIMIT)
        if cleaned:  # a blank line of a pasted list is no criterion
            position = len(kept)
            kept.append(
                AcceptanceCriterion(position=position, text=cleaned, met=clean_flag(met, N_("met")))
            )
    return kept


def _checklist_text(lines: Sequence[tuple[str, bool]]) -> str:
    return "; ".join(f"[{'x' if met else ' '}] {text}" for text, met in lines)
