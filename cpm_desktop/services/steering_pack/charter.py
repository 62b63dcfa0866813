"""Fill the pack's section on the charter summary: the objectives and their status, the SOW
version signed, and the scope lines approved change requests added or removed.

Nothing of the charter is internal: the objectives, the SOW and the scope are what the client
signed, and the change requests named are the ones the pack's change log shows the client.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.charter import ScopeEffect, ScopeKind
from cpm_desktop.reports.pdf.pack.charter import (
    CharterSummary,
    ObjectiveLine,
    ScopeChangeLine,
    SignedSow,
)
from cpm_desktop.services.charter.views import (
    ChangeMark,
    Charter,
    ScopeLineRow,
    project_charter,
)


def pack_charter(session: Session, project_id: int, view: Visibility) -> CharterSummary | None:
    """What the section prints for the audience `view` (every audience alike); None when the
    project keeps no charter."""
    charter = project_charter(session, project_id)
    if charter.empty:
        return None
    signed = charter.latest_signed
    return CharterSummary(
        objective=charter.objective,
        objectives=tuple(
            ObjectiveLine(row.objective, row.measure, row.target, row.actual, row.status.value)
            for row in charter.objectives
        ),
        sow=(
            SignedSow(signed.version, signed.signed_on, signed.signed_by)
            if signed is not None and signed.signed_on is not None
            else None
        ),
        in_scope=len(charter.current(ScopeKind.IN_SCOPE)),
        out_of_scope=len(charter.current(ScopeKind.OUT_OF_SCOPE)),
        original_in_scope=len(charter.original(ScopeKind.IN_SCOPE)),
        original_out_of_scope=len(charter.original(ScopeKind.OUT_OF_SCOPE)),
        changes=_changes(charter),
        pending=_pending(charter),
    )


def _changes(charter: Charter) -> tuple[ScopeChangeLine, ...]:
    """Each line an approved request added or removed, by request and then charter order."""
    found: list[tuple[str, ScopeChangeLine]] = []
    for line in charter.lines:
        for mark, added in ((line.added_by, True), (line.removed_by, False)):
            if mark is not None and mark.effect is ScopeEffect.APPROVED:
                change = ScopeChangeLine(mark.reference, line.kind.label, line.text, added)
                found.append((mark.reference, change))
    found.sort(key=lambda pair: pair[0])  # stable: charter order within a request
    return tuple(change for _, change in found)


def _pending(charter: Charter) -> tuple[str, ...]:
    """The requests not yet decided that name scope lines."""
    refs = {
        mark.reference
        for line in charter.lines
        for mark in _marks(line)
        if mark.effect is ScopeEffect.PENDING
    }
    return tuple(sorted(refs))


def _marks(line: ScopeLineRow) -> tuple[ChangeMark, ...]:
    return tuple(m for m in (line.added_by, line.removed_by) if m is not None)
