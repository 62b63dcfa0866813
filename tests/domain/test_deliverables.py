"""The road of a deliverable to the client's acceptance."""

from __future__ import annotations

from cpm_desktop.domain.deliverables import NEXT_STATUS, DeliverableStatus, step_problem

D = DeliverableStatus


def test_every_status_can_reach_acceptance_and_acceptance_is_final() -> None:
    def reaches(status: DeliverableStatus, seen: frozenset = frozenset()) -> bool:
        if status is D.ACCEPTED:
            return True
        return any(reaches(n, seen | {status}) for n in NEXT_STATUS[status] if n not in seen)

    assert all(reaches(status) for status in D)
    assert NEXT_STATUS[D.ACCEPTED] == ()


def test_a_refused_step_names_the_legal_ones() -> None:
    assert step_problem("D-001", D.SUBMITTED, D.ACCEPTED) is None
    assert step_problem("D-001", D.NOT_STARTED, D.ACCEPTED) == (
        "D-001 is Not started: it cannot move to Accepted; it can move to In progress or Submitted."
    )
    assert step_problem("D-001", D.ACCEPTED, D.REJECTED).endswith("it is final.")
