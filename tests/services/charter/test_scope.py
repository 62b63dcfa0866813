"""Scope lines and the change requests that add or remove them; refusals write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain import ChangeStatus as S
from cpm_desktop.domain.charter import ScopeEffect, ScopeKind
from cpm_desktop.errors import ClosedProjectError, NotFoundError, ValidationError
from cpm_desktop.services.charter import scope
from cpm_desktop.services.portfolio import lifecycle
from cpm_desktop.workspace import Workspace
from tests.services.charter.support import ROAD, change_request, charter, walk
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)

K = ScopeKind


def _lines(workspace: Workspace, project_id: int, kind: ScopeKind, *texts: str) -> list[int]:
    with workspace.transaction() as s:
        return [scope.add_scope_line(s, project_id, kind, text).id for text in texts]


def test_lines_of_each_kind_keep_their_order_owner_and_due_date(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Each kind is its own list; moving and deleting renumber it; every write is audited."""
    pid = project.project_id
    a, b, c = _lines(workspace, pid, K.IN_SCOPE, "Inbound", "Outbound", "Reports")
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        dep = scope.add_scope_line(
            s, pid, "dependency", " Test  system ", owner="Client IT", due_on=dt.date(2026, 10, 1)
        )
        scope.move_scope_line(s, c, -2)
        scope.delete_scope_line(s, a)
        scope.edit_scope_line(s, b, text="Outbound and shipping")
    shown = charter(workspace, pid)
    assert [(line.text, line.position) for line in shown.of_kind(K.IN_SCOPE)] == [
        ("Reports", 1),
        ("Outbound and shipping", 2),
    ]
    assert (dep.text, dep.owner, dep.due_on, dep.position) == (
        "Test system",
        "Client IT",
        dt.date(2026, 10, 1),
        1,
    )
    assert [e.action for e in audit_since(workspace, mark)] == [
        "create",
        "update",
        "delete",
        "update",
    ]


def test_a_line_changing_kind_goes_to_the_end_of_its_new_list(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    a, _ = _lines(workspace, pid, K.IN_SCOPE, "Inbound", "Outbound")
    _lines(workspace, pid, K.OUT_OF_SCOPE, "Yard")
    with workspace.transaction() as s:
        scope.edit_scope_line(s, a, kind=K.OUT_OF_SCOPE)
    shown = charter(workspace, pid)
    assert [(x.text, x.position) for x in shown.of_kind(K.OUT_OF_SCOPE)] == [
        ("Yard", 1),
        ("Inbound", 2),
    ]
    assert [(x.text, x.position) for x in shown.of_kind(K.IN_SCOPE)] == [("Outbound", 1)]


@pytest.mark.parametrize(
    ("status", "effect"),
    [
        (S.DRAFT, ScopeEffect.PENDING),
        (S.UNDER_ASSESSMENT, ScopeEffect.PENDING),
        (S.APPROVED, ScopeEffect.APPROVED),
        (S.IMPLEMENTED, ScopeEffect.APPROVED),
        (S.REJECTED, ScopeEffect.REJECTED),
    ],
)
def test_the_current_scope_follows_the_requests_decision(
    workspace: Workspace, project: ProjectIds, status: S, effect: ScopeEffect
) -> None:
    """Approved (or implemented) requests change the current scope; the original stays as signed."""
    pid = project.project_id
    keep, drop = _lines(workspace, pid, K.IN_SCOPE, "Inbound", "Outbound")
    cr = change_request(workspace, pid)
    with workspace.transaction() as s:
        result = scope.set_change_scope(
            s,
            cr,
            adds=[(K.IN_SCOPE, "Cross-docking"), ("assumption", "Doors free")],
            removes=[drop],
        )
    assert [line.text for line in result.added] == ["Cross-docking", "Doors free"]
    assert [line.id for line in result.removed] == [drop]
    walk(workspace, cr, *ROAD[status])
    shown = charter(workspace, pid)
    assert [line.text for line in shown.original(K.IN_SCOPE)] == ["Inbound", "Outbound"]
    current = [line.text for line in shown.current(K.IN_SCOPE)]
    if effect is ScopeEffect.APPROVED:
        assert current == ["Inbound", "Cross-docking"]
        assert {line.text for line in shown.changed} == {"Outbound", "Cross-docking", "Doors free"}
    else:
        assert current == ["Inbound", "Outbound"]
        assert not shown.changed
    added = shown.of_kind(K.IN_SCOPE)[-1]
    assert added.added_by is not None
    assert (added.added_by.reference, added.added_by.effect) == ("CR-001", effect)
    assert keep in {line.id for line in shown.current(K.IN_SCOPE)}


def test_a_request_closed_after_its_approval_still_changes_the_scope(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    [line] = _lines(workspace, pid, K.OUT_OF_SCOPE, "Cross-docking")
    cr = change_request(workspace, pid)
    with workspace.transaction() as s:
        scope.set_change_scope(s, cr, adds=[], removes=[line])
    walk(workspace, cr, *ROAD[S.IMPLEMENTED], S.CLOSED)
    assert charter(workspace, pid).current(K.OUT_OF_SCOPE) == ()
    with pytest.raises(ValidationError, match="CR-001 is closed"), workspace.transaction() as s:
        scope.set_change_scope(s, cr, adds=[], removes=[])


def test_setting_a_requests_scope_again_keeps_what_stays_and_drops_the_rest(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Lines kept by kind and text keep their id, owner and date; untouched removals are undone."""
    pid = project.project_id
    one, two = _lines(workspace, pid, K.OUT_OF_SCOPE, "Yard", "Transport")
    cr = change_request(workspace, pid)
    with workspace.transaction() as s:
        first = scope.set_change_scope(
            s, cr, adds=[(K.IN_SCOPE, "Yard interface"), (K.IN_SCOPE, "Dock plan")], removes=[one]
        )
        scope.edit_scope_line(s, first.added[0].id, owner="Kai")
        again = scope.set_change_scope(
            s,
            cr,
            adds=[(K.IN_SCOPE, "Yard interface"), (K.DEPENDENCY, "Yard vendor API")],
            removes=[two],
        )
    assert [(x.id, x.owner) for x in again.added][0] == (first.added[0].id, "Kai")
    assert [x.text for x in again.added] == ["Yard interface", "Yard vendor API"]
    assert [x.id for x in again.removed] == [two]
    shown = charter(workspace, pid)
    assert "Dock plan" not in {line.text for line in shown.lines}
    assert {line.id: line.removed_by for line in shown.of_kind(K.OUT_OF_SCOPE)}[one] is None


def test_refusals_name_the_problem_and_write_nothing(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    [line] = _lines(workspace, pid, K.OUT_OF_SCOPE, "Yard")
    mine, other = change_request(workspace, pid), change_request(workspace, pid, "Other")
    with workspace.transaction() as s:
        added = scope.set_change_scope(s, mine, adds=[(K.IN_SCOPE, "Dock plan")], removes=[])
        scope.set_change_scope(s, other, adds=[], removes=[line])
    elsewhere = make_project(workspace, "OTHER-01", "Other client")
    [foreign] = _lines(workspace, elsewhere.project_id, K.IN_SCOPE, "Theirs")

    def refused(match: str, **kwargs: object) -> None:
        call = dict(adds=[], removes=[]) | kwargs
        assert_refused(
            workspace,
            lambda s: scope.set_change_scope(s, mine, **call),  # type: ignore[arg-type]
            ValidationError,
            match,
        )

    refused("already removed by CR-002", removes=[line])
    refused(
        "adds .Dock plan. itself", adds=[(K.IN_SCOPE, "Dock plan")], removes=[added.added[0].id]
    )
    refused("another project", removes=[foreign])
    refused("twice", adds=[(K.IN_SCOPE, "A"), (K.IN_SCOPE, "A")])
    refused("cannot be empty", adds=[(K.IN_SCOPE, "  ")])
    refused("Unknown kind of scope line", adds=[("scope", "A")])
    assert_refused(
        workspace, lambda s: scope.set_change_scope(s, mine, adds=[], removes=[999]), NotFoundError
    )
    assert_refused(
        workspace, lambda s: scope.add_scope_line(s, pid, "in_scope", ""), ValidationError, "empty"
    )
    assert_refused(
        workspace,
        lambda s: scope.move_scope_line(s, line, -1),
        ValidationError,
        "already the first",
    )
    assert_refused(
        workspace,
        lambda s: scope.edit_scope_line(s, line, due_on="2026-10-01"),  # type: ignore[arg-type]
        ValidationError,
        "must be a date",
    )


def test_a_rejected_removal_frees_the_line_for_another_request(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    [line] = _lines(workspace, pid, K.OUT_OF_SCOPE, "Yard")
    first, second = change_request(workspace, pid), change_request(workspace, pid, "Again")
    with workspace.transaction() as s:
        scope.set_change_scope(s, first, adds=[], removes=[line])
    walk(workspace, first, *ROAD[S.REJECTED])
    with workspace.transaction() as s:
        result = scope.set_change_scope(s, second, adds=[], removes=[line])
    assert [x.removed_by.reference for x in result.removed if x.removed_by] == ["CR-002"]


def test_a_closed_projects_charter_is_read_only(workspace: Workspace, project: ProjectIds) -> None:
    pid = project.project_id
    [line] = _lines(workspace, pid, K.IN_SCOPE, "Inbound")
    with workspace.transaction() as s:
        lifecycle.close_project(s, pid, lifecycle.Closing(closed_on=dt.date(2026, 12, 1)))
    assert_refused(
        workspace, lambda s: scope.edit_scope_line(s, line, text="Changed"), ClosedProjectError
    )
