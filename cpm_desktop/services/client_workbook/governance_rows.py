"""How a returned row of the Deliverables or Actions sheet maps onto its deliverable or action.

A deliverable's client columns are its verdict now (governance_tables.verdict_of) and become
one step_deliverable: the service owns the rules (a verdict only on a deliverable submitted or
resubmitted, who gave it, every criterion met for an acceptance, the reasons of a rejection).
An action's status and comments go to update_action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import cast

from sqlalchemy.orm import Session

from cpm_desktop.domain.actions import ActionStatus
from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem, Deliverable, Project
from cpm_desktop.services import audit
from cpm_desktop.services.actions.register import ActionChanges, update_action
from cpm_desktop.services.client_workbook.governance_tables import verdict_of
from cpm_desktop.services.deliverables.register import step_deliverable
from cpm_desktop.texts import _

VERDICT = "verdict"
VERDICT_PARTS = ("decided_by", "decided_on", "comments")  # recorded by the verdict's step
ACTION_FIELDS = ("status", "comments")


def deliverable_values(deliverable: Deliverable) -> dict[str, object]:
    """The deliverable's client columns as they stand in the workspace."""
    steps = deliverable.steps
    verdict = verdict_of(
        deliverable.status,
        deliverable.decided_by,
        deliverable.decided_on,
        deliverable.rejection_reasons,
        steps[-1].comment if steps else "",
    )
    return {
        VERDICT: verdict.verdict,
        "decided_by": verdict.decided_by,
        "decided_on": verdict.decided_on,
        "comments": verdict.comments,
    }


def apply_deliverable(
    session: Session,
    deliverable: Deliverable,
    changes: Mapping[str, object],
    row: Mapping[str, object],
) -> None:
    """Record the client's verdict, with who gave it, when and why, taken from the row."""
    reference = deliverable.reference
    if VERDICT not in changes:
        raise ValidationError(
            _(
                "{reference}: who decided, the date and the comments change only with a Client "
                "verdict, which records them."
            ).format(reference=reference)
        )
    verdict = changes[VERDICT]
    if verdict is None:
        raise ValidationError(
            _(
                "{reference}: a verdict cannot be taken back in the workbook; ask the project "
                "manager to record what changed."
            ).format(reference=reference)
        )
    target = cast(DeliverableStatus, verdict)
    comments = cast(str, row.get("comments") or "")
    step_deliverable(
        session,
        deliverable.id,
        target,
        on=cast(dt.date | None, row.get("decided_on")),
        by=cast(str, row.get("decided_by") or ""),
        comment=comments,
        reasons=comments if target is DeliverableStatus.REJECTED else "",
    )


def apply_action(session: Session, action: ActionItem, changes: Mapping[str, object]) -> None:
    """Change the action's status and comments as the client has them."""
    fields = {name: value for name, value in changes.items() if name in ACTION_FIELDS}
    if "status" in fields and fields["status"] is None:
        raise ValidationError(
            _("{reference}: an action always has a status; pick one of {statuses}.").format(
                reference=action.reference, statuses=", ".join(_(s.label) for s in ActionStatus)
            )
        )
    update_action(session, action.id, **cast(ActionChanges, fields))


def action_subject(session: Session, action: ActionItem) -> audit.Subject:
    """How the audit trail names an action (as the action services do)."""
    code = session.get_one(Project, action.project_id).code
    return audit.Subject(
        "action", action.id, action.project_id, f"{code} {action.reference} {action.title}"
    )
