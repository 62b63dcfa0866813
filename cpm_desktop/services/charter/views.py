"""The charter read model: objectives, every line of the statement of work with its standing
(original, added or removed by which change request), the deliverables and the SOW versions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus, DeliverableStatus
from cpm_desktop.domain.charter import (
    LineStanding,
    ObjectiveStatus,
    ScopeEffect,
    ScopeKind,
    objective_status,
    scope_effect,
)
from cpm_desktop.models import (
    ChangeRequest,
    ChangeTransition,
    CharterObjective,
    Project,
    ScopeLine,
    SowVersion,
)
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    """One objective and its success criterion as last measured."""

    id: int
    position: int
    objective: str
    measure: str
    target: str
    actual: str
    met: bool | None  # None: not measured yet

    @property
    def status(self) -> ObjectiveStatus:
        """Met, not met, or not yet measured."""
        return objective_status(self.met)


@dataclass(frozen=True, slots=True)
class ChangeMark:
    """The change request that adds or removes a scope line, and where it stands."""

    change_request_id: int
    reference: str  # CR-003
    title: str
    effect: ScopeEffect


@dataclass(frozen=True, slots=True)
class ScopeLineRow:
    """One line of the statement of work with the requests that add or remove it."""

    id: int
    kind: ScopeKind
    position: int
    text: str
    owner: str
    due_on: dt.date | None
    added_by: ChangeMark | None  # None: in the charter from the start
    removed_by: ChangeMark | None  # None: no request removes it

    @property
    def standing(self) -> LineStanding:
        """The domain's view of the line: original, current, changed, pending."""
        return LineStanding(
            self.added_by.effect if self.added_by else None,
            self.removed_by.effect if self.removed_by else None,
        )

    @property
    def original(self) -> bool:
        """In the scope as first signed."""
        return self.standing.original

    @property
    def current(self) -> bool:
        """In the scope now (approved requests applied)."""
        return self.standing.current


@dataclass(frozen=True, slots=True)
class SowVersionRow:
    """A version of the statement of work and its signature."""

    id: int
    version: str
    issued_on: dt.date | None
    signed_on: dt.date | None
    signed_by: str
    form_received: bool
    note: str

    @property
    def signed(self) -> bool:
        """The client signed it (a date is recorded)."""
        return self.signed_on is not None


@dataclass(frozen=True, slots=True)
class DeliverableLine:
    """A deliverable as the charter lists it."""

    id: int
    reference: str  # D-001
    name: str
    status: DeliverableStatus


@dataclass(frozen=True, slots=True)
class Charter:
    """A project's charter and statement of work, as the Charter page and the pack read it."""

    project_id: int
    code: str
    objective: str  # the project's objective, in a sentence or two
    description: str
    objectives: tuple[ObjectiveRow, ...]
    lines: tuple[ScopeLineRow, ...]  # by kind, then position
    deliverables: tuple[DeliverableLine, ...]
    sow_versions: tuple[SowVersionRow, ...]  # oldest version first

    def count(self, status: ObjectiveStatus) -> int:
        """How many objectives stand at `status`."""
        return sum(row.status is status for row in self.objectives)

    def of_kind(self, kind: ScopeKind) -> tuple[ScopeLineRow, ...]:
        """Every line of one kind, in order (original, added, removed alike)."""
        return tuple(line for line in self.lines if line.kind is kind)

    def original(self, kind: ScopeKind) -> tuple[ScopeLineRow, ...]:
        """The lines of one kind in the charter as first signed."""
        return tuple(line for line in self.of_kind(kind) if line.original)

    def current(self, kind: ScopeKind) -> tuple[ScopeLineRow, ...]:
        """The lines of one kind in force now."""
        return tuple(line for line in self.of_kind(kind) if line.current)

    @property
    def changed(self) -> tuple[ScopeLineRow, ...]:
        """The lines approved requests added or removed since the original."""
        return tuple(line for line in self.lines if line.standing.changed)

    @property
    def latest_signed(self) -> SowVersionRow | None:
        """The newest signed version of the SOW, if any."""
        return next((v for v in reversed(self.sow_versions) if v.signed), None)

    @property
    def empty(self) -> bool:
        """Nothing recorded yet: no objective, scope line or SOW version."""
        return not (self.objectives or self.lines or self.sow_versions)


KIND_ORDER = {kind: i for i, kind in enumerate(ScopeKind)}


def project_charter(session: Session, project_id: int) -> Charter:
    """The project's charter: objectives, scope lines with their standing, deliverables, SOW."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    objectives = session.scalars(
        select(CharterObjective)
        .where(CharterObjective.project_id == project.id)
        .order_by(CharterObjective.position, CharterObjective.id)
    )
    lines = session.scalars(select(ScopeLine).where(ScopeLine.project_id == project.id)).all()
    marks = change_marks(
        session,
        {i for line in lines for i in (line.added_by_change_id, line.removed_by_change_id) if i},
    )
    ordered = sorted(lines, key=lambda line: (KIND_ORDER[line.kind], line.position, line.id))
    versions = session.scalars(select(SowVersion).where(SowVersion.project_id == project.id))
    return Charter(
        project_id=project.id,
        code=project.code,
        objective=project.objective,
        description=project.description,
        objectives=tuple(objective_row(row) for row in objectives),
        lines=tuple(line_row(line, marks) for line in ordered),
        deliverables=tuple(
            DeliverableLine(d.id, d.reference, d.name, d.status)
            for d in deliverables(session, project.id)
        ),
        sow_versions=tuple(
            version_row(v) for v in sorted(versions, key=lambda v: (version_key(v.version), v.id))
        ),
    )


def change_marks(session: Session, ids: Iterable[int]) -> dict[int, ChangeMark]:
    """The marks of the change requests `ids` by id: reference, title and scope effect."""
    wanted = set(ids)
    if not wanted:
        return {}
    approved = set(
        session.scalars(
            select(ChangeTransition.change_request_id).where(
                ChangeTransition.change_request_id.in_(wanted),
                ChangeTransition.to_status == ChangeStatus.APPROVED,
            )
        )
    )
    requests = session.scalars(select(ChangeRequest).where(ChangeRequest.id.in_(wanted)))
    return {
        cr.id: ChangeMark(
            cr.id, cr.reference, cr.title, scope_effect(cr.status, was_approved=cr.id in approved)
        )
        for cr in requests
    }


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Versions in their natural order: '1.2' before '1.10', '2' before '2.1'."""
    parts = re.findall(r"\d+|[^\d.\s]+", version.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def objective_row(row: CharterObjective) -> ObjectiveRow:
    """An objective as plain values."""
    return ObjectiveRow(
        id=row.id,
        position=row.position,
        objective=row.objective,
        measure=row.measure,
        target=row.target,
        actual=row.actual,
        met=row.met,
    )


def line_row(line: ScopeLine, marks: dict[int, ChangeMark]) -> ScopeLineRow:
    """A scope line as plain values, with the marks of the requests that add or remove it."""
    return ScopeLineRow(
        id=line.id,
        kind=line.kind,
        position=line.position,
        text=line.text,
        owner=line.owner,
        due_on=line.due_on,
        added_by=marks.get(line.added_by_change_id or 0),
        removed_by=marks.get(line.removed_by_change_id or 0),
    )


def version_row(row: SowVersion) -> SowVersionRow:
    """A SOW version as plain values."""
    return SowVersionRow(
        id=row.id,
        version=row.version,
        issued_on=row.issued_on,
        signed_on=row.signed_on,
        signed_by=row.signed_by,
        form_received=row.form_received,
        note=row.note,
    )
