"""Internal risks: the flag is set on add and edit, read back, audited, undone, and checked."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.risks.register import (
    add_risk,
    convert_to_issue,
    edit_risk,
    edit_risk_details,
)
from cpm_desktop.services.risks.views import risk_register, risk_row
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    snapshot,
)

DAY = dt.date(2026, 9, 21)
NOT_FLAGS = [0, 1, "yes", "true", None, 1.0]


def _risk(workspace: Workspace, project: ProjectIds, **fields: object) -> int:
    with workspace.transaction() as s:
        return add_risk(
            s,
            project.project_id,
            "Subcontractor may fail",
            probability=3,
            impact=4,
            on=DAY,
            **fields,  # type: ignore[arg-type]
        ).id


def _without_audit(rows: dict) -> dict:
    return {name: content for name, content in rows.items() if name != "audit_entry"}


def test_a_new_risk_is_for_the_client_unless_marked_internal(
    workspace: Workspace, project: ProjectIds
) -> None:
    """By default a risk is client-visible; internal=True keeps it the supplier's own."""
    shared = _risk(workspace, project)
    own = _risk(workspace, project, internal=True)
    with workspace.transaction() as s:
        register = risk_register(s, project.project_id, today=DAY)
    assert {row.id: row.internal for row in register.rows} == {shared: False, own: True}


def test_editing_the_flag_is_audited_and_read_back(
    workspace: Workspace, project: ProjectIds
) -> None:
    """edit_risk(internal=True) flips the flag, with one audit entry naming it."""
    risk_id = _risk(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        row = edit_risk(s, risk_id, internal=True, on=DAY)
    assert row.internal
    [entry] = audit_since(workspace, start)
    assert (entry.field, entry.old_value, entry.new_value) == ("internal", "False", "True")
    with workspace.transaction() as s:
        assert not edit_risk(s, risk_id, internal=False, on=DAY).internal


def test_the_flag_and_other_fields_change_in_one_undoable_step(
    workspace: Workspace, project: ProjectIds
) -> None:
    """As the UI records it: one change set holds the flag and the title; undo and redo it."""
    risk_id = _risk(workspace, project)
    before = _without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(
        edit_risk_details, risk_id, title="Our subcontractor may fail", internal=True, on=DAY
    )
    after = _without_audit(snapshot(workspace))
    workspace.run(history.undo_edit, changes, project.project_id, "Edit risk")
    assert _without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Edit risk")
    assert _without_audit(snapshot(workspace)) == after
    with workspace.transaction() as s:
        assert risk_row(s, risk_id).internal


def test_a_refused_edit_leaves_the_flag_as_it_was(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A bad level beside internal=True refuses the whole edit: nothing is written."""
    risk_id = _risk(workspace, project)
    assert_refused(
        workspace,
        lambda s: edit_risk(s, risk_id, internal=True, probability=9, on=DAY),
        ValidationError,
        "probability",
    )


@pytest.mark.parametrize("value", NOT_FLAGS)
def test_anything_but_true_or_false_is_refused(
    workspace: Workspace, project: ProjectIds, value: object
) -> None:
    """0, 1, 'yes' or None are not guessed at, on add and on edit."""
    risk_id = _risk(workspace, project)
    assert_refused(
        workspace,
        lambda s: edit_risk(s, risk_id, internal=value, on=DAY),  # type: ignore[arg-type]
        ValidationError,
        "internal flag must be true or false",
    )
    assert_refused(
        workspace,
        lambda s: add_risk(
            s,
            project.project_id,
            "X",
            probability=1,
            impact=1,
            internal=value,  # type: ignore[arg-type]
        ),
        ValidationError,
        "internal flag",
    )


def test_an_internal_risk_that_occurs_becomes_an_internal_issue(
    workspace: Workspace, project: ProjectIds
) -> None:
    """What the client was not to see as a risk stays out of its exports as an issue."""
    risk_id = _risk(workspace, project, internal=True)
    with workspace.transaction() as s:
        issue = convert_to_issue(s, risk_id, severity=4, on=DAY)
    assert issue.internal
