"""The road of a deliverable to the client's acceptance."""

from __future__ import annotations

from cpm_desktop.domain.deliverables import NEXT_STATUS, DeliverableStatus

D = DeliverableStatus


def test_every_status_can_reach_acceptance_and_acceptance_is_final() -> None:
    def reaches(status: DeliverableStatus, seen: frozenset = frozenset()) -> bool:
        if status is D.ACCEPTED:
            return True
        return any(reaches(n, seen | {status}) for n in NEXT_STATUS[status] if n not in seen)

    assert all(reaches(status) for status in D)
    assert NEXT_STATUS[D.ACCEPTED] == ()
