"""The change-request workflow: which status may follow which, and what each status means.

Draft → Submitted → Under assessment → Approved | Rejected | Deferred; Deferred → Submitted;
Approved → Implemented → Closed; Rejected → Closed.
"""

from __future__ import annotations

from cpm_desktop.domain.changes import ChangeStatus

S = ChangeStatus
NEXT: dict[ChangeStatus, tuple[ChangeStatus, ...]] = {
    S.DRAFT: (S.SUBMITTED,),
    S.SUBMITTED: (S.UNDER_ASSESSMENT,),
    S.UNDER_ASSESSMENT: (S.APPROVED, S.REJECTED, S.DEFERRED),
    S.DEFERRED: (S.SUBMITTED,),
    S.APPROVED: (S.IMPLEMENTED,),
    S.IMPLEMENTED: (S.CLOSED,),
    S.REJECTED: (S.CLOSED,),
    S.CLOSED: (),
}
# Impact fields may change only while the request is still being assessed.
OPEN_FOR_IMPACT = frozenset({S.DRAFT, S.SUBMITTED, S.UNDER_ASSESSMENT})
PENDING = frozenset({S.SUBMITTED, S.UNDER_ASSESSMENT})
# The client's decisions: each records who decided, when and why.
DECISIONS = (S.APPROVED, S.REJECTED, S.DEFERRED)
NEEDS_DECISION = frozenset({S.APPROVED, S.REJECTED})


def legal_next(status: ChangeStatus | str) -> tuple[ChangeStatus, ...]:
    """The statuses a request in `status` may move to."""
    return NEXT[ChangeStatus(status)]


def label(status: ChangeStatus | str) -> str:
    """A status as users read it: 'under_assessment' → 'Under assessment'."""
    return ChangeStatus(status).label
