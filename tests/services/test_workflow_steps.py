"""A workflow's refusal names where the record stands and the steps it can take instead."""

from __future__ import annotations

from cpm_desktop.domain.deliverables import NEXT_STATUS, DeliverableStatus
from cpm_desktop.services.workflow_steps import refused_step
from cpm_desktop.texts import speaking

D = DeliverableStatus


def steps_of(status: DeliverableStatus) -> list[str]:
    """The labels of the steps a deliverable in `status` can take."""
    return [step.label for step in NEXT_STATUS[status]]


def test_a_refused_step_names_the_legal_ones() -> None:
    """In English, with "or" between the steps; a final status says it is final."""
    assert (
        refused_step("D-001", D.NOT_STARTED.label, D.ACCEPTED.label, steps_of(D.NOT_STARTED))
        == "D-001 is Not started: it cannot move to Accepted; it can move to In progress or "
        "Submitted."
    )
    final = refused_step("D-001", D.ACCEPTED.label, D.REJECTED.label, steps_of(D.ACCEPTED))
    assert final.endswith("it is final.")


def test_the_refusal_speaks_the_language_spoken() -> None:
    """In German the statuses and the "or" are German too."""
    with speaking("de_DE"):
        text = refused_step("D-001", D.NOT_STARTED.label, D.ACCEPTED.label, steps_of(D.NOT_STARTED))
    assert text.startswith("D-001")
    assert " oder " in text
    assert "Not started" not in text
