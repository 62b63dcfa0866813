"""The charter's words: the kinds of line a statement of work lists, and which lines are in scope.

In and out of scope, then the A and D of RAID that frame it: assumptions, constraints and
external dependencies. Later scope changes go through change requests: a request names the
lines it adds and the lines it removes, and they change the scope once the client approves it.
The original scope is the lines no request added; the current scope is the original, plus what
approved requests added, less what approved requests removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpm_desktop.domain.changes import ChangeStatus
from cpm_desktop.domain.labels import Labelled


class ScopeKind(Labelled):
    """What a line of the charter says: in scope, out of scope, or what frames the scope."""

    IN_SCOPE = "in_scope"
    OUT_OF_SCOPE = "out_of_scope"
    ASSUMPTION = "assumption"
    CONSTRAINT = "constraint"
    DEPENDENCY = "dependency"


class ScopeEffect(Labelled):
    """Where the change request that adds or removes a scope line stands."""

    APPROVED = "approved"  # approved, implemented, or closed after approval: in effect
    PENDING = "pending"  # not decided yet (draft, submitted, under assessment, deferred)
    REJECTED = "rejected"  # rejected, or closed without approval: never in effect


class ObjectiveStatus(Labelled):
    """An objective's success criterion as last measured."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_MEASURED = "not_measured"

    @property
    def label(self) -> str:
        """'Met', 'Not met', 'Not yet measured'."""
        return "Not yet measured" if self is ObjectiveStatus.NOT_MEASURED else super().label


_UNDECIDED = frozenset(
    {
        ChangeStatus.DRAFT,
        ChangeStatus.SUBMITTED,
        ChangeStatus.UNDER_ASSESSMENT,
        ChangeStatus.DEFERRED,
    }
)


def scope_effect(status: ChangeStatus | str, *, was_approved: bool) -> ScopeEffect:
    """Where a request in `status` leaves the lines it names; `was_approved`: its history holds
    an approval (a Closed request counts only then)."""
    status = ChangeStatus(status)
    if status in (ChangeStatus.APPROVED, ChangeStatus.IMPLEMENTED):
        return ScopeEffect.APPROVED
    if status is ChangeStatus.CLOSED:
        return ScopeEffect.APPROVED if was_approved else ScopeEffect.REJECTED
    if status in _UNDECIDED:
        return ScopeEffect.PENDING
    return ScopeEffect.REJECTED


def objective_status(met: bool | None) -> ObjectiveStatus:
    """Met, not met, or not yet measured (None)."""
    if met is None:
        return ObjectiveStatus.NOT_MEASURED
    return ObjectiveStatus.MET if met else ObjectiveStatus.NOT_MET


@dataclass(frozen=True, slots=True)
class LineStanding:
    """A scope line's history: the standing of the request that added it (None: the line was
    in the charter from the start) and of the request that removes it (None: none does)."""

    added: ScopeEffect | None = None
    removed: ScopeEffect | None = None

    @property
    def original(self) -> bool:
        """In the scope as first signed: no request added it."""
        return self.added is None

    @property
    def current(self) -> bool:
        """In the scope now: original or added by an approved request, and not removed by one."""
        return (
            self.added in (None, ScopeEffect.APPROVED) and self.removed is not ScopeEffect.APPROVED
        )

    @property
    def changed(self) -> bool:
        """Added or removed by an approved request: the scope moved since the original."""
        return self.original != self.current

    @property
    def pending(self) -> bool:
        """A request not yet decided would add or remove it."""
        return ScopeEffect.PENDING in (self.added, self.removed)
