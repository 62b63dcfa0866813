"""The deliverables read model: each deliverable with its due date, checklist and history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cpm_desktop.domain.deliverables import VERDICTS, DeliverableStatus
from cpm_desktop.models import Deliverable, Project, Task
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class CriterionRow:
    """One line of the acceptance checklist."""

    text: str
    met: bool


@dataclass(frozen=True, slots=True)
class StepRow:
    """One step of a deliverable towards acceptance."""

    from_status: DeliverableStatus
    to_status: DeliverableStatus
    changed_on: dt.date
    changed_by: str
    comment: str


@dataclass(frozen=True, slots=True)
class DeliverableRow:
    """A deliverable as the log, the certificate and the CLI show it."""

    id: int
    project_id: int
    reference: str  # D-001
    name: str
    description: str
    owner: str
    milestone_id: int | None
    milestone: str  # the milestone's name ("" when the deliverable has a date of its own)
    due: dt.date | None  # the milestone's forecast finish, else the date given
    status: DeliverableStatus
    decided_by: str
    decided_on: dt.date | None
    rejection_reasons: str
    criteria: tuple[CriterionRow, ...]
    steps: tuple[StepRow, ...]

    def overdue(self, today: dt.date) -> bool:
        """Due before `today` and not yet accepted."""
        return (
            self.due is not None
            and self.due < today
            and self.status is not DeliverableStatus.ACCEPTED
        )

    @property
    def criteria_met(self) -> int:
        """How many lines of the checklist the client found met."""
        return sum(c.met for c in self.criteria)

    @property
    def rejections(self) -> int:
        """How often the client rejected it."""
        return sum(s.to_status is DeliverableStatus.REJECTED for s in self.steps)


def deliverables(session: Session, project_id: int) -> tuple[DeliverableRow, ...]:
    """The project's deliverables by reference."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = session.scalars(
        select(Deliverable)
        .where(Deliverable.project_id == project_id)
        .options(selectinload(Deliverable.criteria), selectinload(Deliverable.steps))
        .order_by(Deliverable.number)
    ).all()
    return tuple(_row(session, d) for d in rows)


def deliverable_row(session: Session, deliverable_id: int) -> DeliverableRow:
    """One deliverable as it is now."""
    return _row(session, get_or_raise(session, Deliverable, deliverable_id, N_("deliverable")))


def _row(session: Session, deliverable: Deliverable) -> DeliverableRow:
    milestone = (
        None if deliverable.milestone_id is None else session.get(Task, deliverable.milestone_id)
    )
    return DeliverableRow(
        id=deliverable.id,
        project_id=deliverable.project_id,
        reference=deliverable.reference,
        name=deliverable.name,
        description=deliverable.description,
        owner=deliverable.owner,
        milestone_id=deliverable.milestone_id,
        milestone=milestone.name if milestone else "",
        due=milestone.finish if milestone else deliverable.due_on,
        status=deliverable.status,
        decided_by=deliverable.decided_by if deliverable.status in VERDICTS else "",
        decided_on=deliverable.decided_on if deliverable.status in VERDICTS else None,
        rejection_reasons=deliverable.rejection_reasons,
        criteria=tuple(CriterionRow(c.text, c.met) for c in deliverable.criteria),
        steps=tuple(
            StepRow(s.from_status, s.to_status, s.changed_on, s.changed_by, s.comment)
            for s in deliverable.steps
        ),
    )
