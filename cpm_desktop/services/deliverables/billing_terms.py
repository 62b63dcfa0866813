"""The billing dialog's use case: a milestone's amount and the deliverable whose acceptance makes
it due, set in one edit (one undo step)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from cpm_desktop.models import BillingMilestone
from cpm_desktop.services.records.billing import BillingRow, set_billing, set_billing_condition


def set_billing_terms(
    session: Session, task_id: int, amount: Decimal | int | str, waits_for: int | None
) -> BillingRow:
    """Bill task `task_id` `amount`, due when the client accepts deliverable `waits_for`
    (None: when the milestone is reached); the condition is set only where it changes."""
    row = set_billing(session, task_id, amount)
    assert row is not None  # an amount was given: the task bills
    if session.get_one(BillingMilestone, row.id).deliverable_id == waits_for:
        return row  # unchanged: an invoiced milestone's amount and terms both stand
    return set_billing_condition(session, row.id, waits_for)
