"""A deliverable's road to the client's acceptance: its statuses and which may follow which.

Not started → In progress → Submitted → Accepted | Rejected; Rejected → Resubmitted (the
reworked deliverable handed over again) → Accepted | Rejected. Accepted is final.
"""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class DeliverableStatus(Labelled):
    """Where a deliverable stands with the client."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    RESUBMITTED = "resubmitted"


D = DeliverableStatus
NEXT_STATUS: dict[DeliverableStatus, tuple[DeliverableStatus, ...]] = {
    D.NOT_STARTED: (D.IN_PROGRESS, D.SUBMITTED),
    D.IN_PROGRESS: (D.SUBMITTED,),
    D.SUBMITTED: (D.ACCEPTED, D.REJECTED),
    D.REJECTED: (D.RESUBMITTED,),
    D.RESUBMITTED: (D.ACCEPTED, D.REJECTED),
    D.ACCEPTED: (),
}
# The client's verdicts: each records who decided and when; a rejection says why.
VERDICTS = frozenset({D.ACCEPTED, D.REJECTED})
