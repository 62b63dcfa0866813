"""The communication plan (ordered lines, moved up and down) and the escalation path (levels
1..n), each validated and audited; a refusal leaves the workspace unchanged."""

from __future__ import annotations

import pytest

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.communication.escalation import (
    add_escalation_level,
    delete_escalation_level,
    edit_escalation_level,
    escalation_path,
)
from cpm_desktop.services.communication.plan import (
    add_communication,
    communication_plan,
    delete_communication,
    edit_communication,
    move_communication,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since


def _plan(workspace: Workspace, project_id: int, *contents: str) -> list[int]:
    with workspace.transaction() as s:
        return [
            add_communication(s, project_id, c, audience="Sponsor", channel="E-mail").id
            for c in contents
        ]


def _contents(workspace: Workspace, project_id: int) -> list[tuple[int, str]]:
    with workspace.transaction() as s:
        return [(r.position, r.content) for r in communication_plan(s, project_id)]


def test_lines_come_in_order_move_and_close_up(workspace: Workspace, project: ProjectIds) -> None:
    """Added lines go last; a move swaps places; a deletion keeps positions 1..n."""
    pid = project.project_id
    a, _, c = _plan(workspace, pid, "Status report", "Steering committee", "Stand-up")
    with workspace.transaction() as s:
        move_communication(s, c, -1)
        move_communication(s, a, +1)
    assert _contents(workspace, pid) == [
        (1, "Stand-up"),
        (2, "Status report"),
        (3, "Steering committee"),
    ]
    with workspace.transaction() as s:
        delete_communication(s, a)
    assert _contents(workspace, pid) == [(1, "Stand-up"), (2, "Steering committee")]


def test_edit_is_audited_field_by_field(workspace: Workspace, project: ProjectIds) -> None:
    """Only the fields that change leave an entry, on the project's trail."""
    [line] = _plan(workspace, project.project_id, "Status report")
    before = audit_count(workspace)
    with workspace.transaction() as s:
        row = edit_communication(
            s, line, content=" Weekly  status report ", frequency="Weekly", channel="E-mail"
        )
    assert (row.content, row.frequency) == ("Weekly status report", "Weekly")
    entries = audit_since(workspace, before)
    assert [e.field for e in entries] == ["content", "frequency"]
    assert {(e.entity, e.project_id) for e in entries} == {
        ("communication_item", project.project_id)
    }


def test_plan_refusals_change_nothing(workspace: Workspace, project: ProjectIds) -> None:
    """No content, too long a field, a move past either end: refused with a sentence."""
    a, b = _plan(workspace, project.project_id, "Status report", "Release notes")
    pid = project.project_id
    assert_refused(workspace, lambda s: add_communication(s, pid, " "), ValidationError, "empty")
    assert_refused(
        workspace, lambda s: edit_communication(s, a, owner="x" * 201), ValidationError, "owner"
    )
    assert_refused(workspace, lambda s: move_communication(s, a, -1), ValidationError, "first")
    assert_refused(workspace, lambda s: move_communication(s, b, 1), ValidationError, "last")
    assert_refused(workspace, lambda s: move_communication(s, b, 0), ValidationError)


def _levels(workspace: Workspace, project_id: int) -> list[tuple[int, str]]:
    with workspace.transaction() as s:
        return [(r.level, r.supplier_contact) for r in escalation_path(s, project_id)]


def test_levels_stay_one_to_n(workspace: Workspace, project: ProjectIds) -> None:
    """Levels are numbered as added; deleting one moves those above it down."""
    pid = project.project_id
    with workspace.transaction() as s:
        ids = [
            add_escalation_level(s, pid, supplier_contact=who, trigger=f"{who} needed").id
            for who in ("PM", "Delivery director", "Managing director", "CEO")
        ]
    with workspace.transaction() as s:
        delete_escalation_level(s, ids[1])
        edit_escalation_level(s, ids[2], client_contact="CFO")
    assert _levels(workspace, pid) == [(1, "PM"), (2, "Managing director"), (3, "CEO")]
    with workspace.transaction() as s:
        assert add_escalation_level(s, pid, client_contact="Board", trigger="Dispute").level == 4


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"trigger": "Slippage > 5 days"}, "needs who is called"),
        ({"supplier_contact": "PM"}, "needs what triggers it"),
        ({"supplier_contact": "PM", "trigger": "x" * 2_001}, "longer than"),
    ],
)
def test_incomplete_levels_are_refused(
    workspace: Workspace, project: ProjectIds, fields: dict, message: str
) -> None:
    """A level names someone and what triggers it; an edit cannot blank them either."""
    pid = project.project_id
    assert_refused(
        workspace, lambda s: add_escalation_level(s, pid, **fields), ValidationError, message
    )
    with workspace.transaction() as s:
        level = add_escalation_level(s, pid, supplier_contact="PM", trigger="Slippage").id
    assert_refused(
        workspace,
        lambda s: edit_escalation_level(s, level, supplier_contact="", trigger=""),
        ValidationError,
    )
