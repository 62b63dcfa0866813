"""Billing milestones: where an invoice is, and which step may follow which."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class InvoiceStatus(Labelled):
    """Where a billing milestone's invoice is; the legal steps live in services/billing.py."""

    NOT_DUE = "not_due"
    DUE = "due"
    INVOICED = "invoiced"
    PAID = "paid"


S = InvoiceStatus
NEXT: dict[InvoiceStatus, tuple[InvoiceStatus, ...]] = {
    S.NOT_DUE: (S.DUE,),
    S.DUE: (S.INVOICED, S.NOT_DUE),
    S.INVOICED: (S.PAID,),
    S.PAID: (),
}
# Once the client has the invoice, its amount is what it says: no change, no removal.
LOCKED = frozenset({S.INVOICED, S.PAID})
# The steps that record a document the client holds: an invoice number, a payment date.
RECORDED_STEPS = frozenset({S.INVOICED, S.PAID})


def next_steps(status: InvoiceStatus | str) -> tuple[InvoiceStatus, ...]:
    """The statuses a billing milestone in `status` may move to."""
    return NEXT[InvoiceStatus(status)]


def status_label(status: InvoiceStatus | str) -> str:
    """An invoice status as users read it: 'not_due' → 'Not due'."""
    return InvoiceStatus(status).label
