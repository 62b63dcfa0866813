"""The charter's scope rule: the original scope, and the current one once requests are decided."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.charter import (
    LineStanding,
    ObjectiveStatus,
    ScopeEffect,
    objective_status,
    scope_effect,
)

S = ChangeStatus
E = ScopeEffect


@pytest.mark.parametrize(
    ("status", "was_approved", "effect"),
    [
        (S.APPROVED, True, E.APPROVED),
        (S.IMPLEMENTED, True, E.APPROVED),
        (S.CLOSED, True, E.APPROVED),
        (S.CLOSED, False, E.REJECTED),
        (S.REJECTED, False, E.REJECTED),
        (S.DRAFT, False, E.PENDING),
        (S.SUBMITTED, False, E.PENDING),
        (S.UNDER_ASSESSMENT, False, E.PENDING),
        (S.DEFERRED, False, E.PENDING),
    ],
)
def test_approved_or_implemented_requests_count_and_a_closed_one_only_once_approved(
    status: ChangeStatus, was_approved: bool, effect: ScopeEffect
) -> None:
    """A request changes the scope once approved; closing it after a rejection changes nothing."""
    assert scope_effect(status, was_approved=was_approved) is effect


def test_a_line_moves_with_the_requests_that_name_it() -> None:
    """Original lines stay until an approved removal; added ones count once approved."""
    assert LineStanding().original
    assert LineStanding().current
    assert not LineStanding(removed=E.APPROVED).current
    assert LineStanding(removed=E.PENDING).current
    assert LineStanding(removed=E.PENDING).pending
    assert LineStanding(added=E.APPROVED).current
    assert not LineStanding(added=E.APPROVED).original
    assert not LineStanding(added=E.PENDING).current
    assert not LineStanding(added=E.REJECTED).current
    assert not LineStanding(added=E.APPROVED, removed=E.APPROVED).current
    assert LineStanding(added=E.APPROVED).changed
    assert LineStanding(removed=E.APPROVED).changed
    assert not LineStanding(added=E.PENDING).changed


effects = st.none() | st.sampled_from(ScopeEffect)


@given(st.lists(st.tuples(effects, effects), max_size=30))
def test_current_scope_is_the_original_plus_approved_additions_less_approved_removals(
    lines: list[tuple[ScopeEffect | None, ScopeEffect | None]],
) -> None:
    """Set algebra over any lines: current = (original ∪ added) − removed, by approved requests."""
    standing = [LineStanding(added, removed) for added, removed in lines]
    original = {i for i, line in enumerate(standing) if line.original}
    added = {i for i, (a, _) in enumerate(lines) if a is E.APPROVED}
    removed = {i for i, (_, r) in enumerate(lines) if r is E.APPROVED}
    current = {i for i, line in enumerate(standing) if line.current}
    assert original == {i for i, (a, _) in enumerate(lines) if a is None}
    assert current == (original | added) - removed
    assert {i for i, line in enumerate(standing) if line.changed} == current ^ original


def test_an_objective_is_met_not_met_or_not_yet_measured() -> None:
    """None means nobody measured it yet, and says so."""
    assert objective_status(True) is ObjectiveStatus.MET
    assert objective_status(False) is ObjectiveStatus.NOT_MET
    assert objective_status(None).label == "Not yet measured"
