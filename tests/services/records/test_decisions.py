"""The decision log: references, links to this project's change requests and risks, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.changes.requests import add_change_request
from cpm_desktop.services.records.decisions import add_decision, decision_log
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    snapshot,
)

DAY = dt.date(2026, 10, 12)


def test_decisions_are_numbered_and_linked(workspace: Workspace, project: ProjectIds) -> None:
    """D-001, D-002 … in date order; a linked change request or risk shows its reference."""
    with workspace.transaction() as s:
        cr = add_change_request(s, project.project_id, "Extra interface")
        risk = add_risk(s, project.project_id, "Late spec", probability=2, impact=3)
        add_decision(
            s,
            project.project_id,
            "Approve the interface",
            decided_on=DAY,
            decided_by="Steering committee",
            context="Needed for go-live.",
            change_request_id=cr.id,
        )
        add_decision(
            s,
            project.project_id,
            "Add a spec reviewer",
            decided_on=DAY - dt.timedelta(days=3),
            risk_id=risk.id,
        )
        log = decision_log(s, project.project_id)
    assert [(d.reference, d.title, d.change_reference, d.risk_reference) for d in log] == [
        ("D-002", "Add a spec reviewer", None, "R-001"),
        ("D-001", "Approve the interface", "CR-001", None),
    ]
    assert (log[1].decided_by, log[1].context) == ("Steering committee", "Needed for go-live.")


def test_each_project_numbers_its_own_decisions(workspace: Workspace, project: ProjectIds) -> None:
    """A second project starts again at D-001."""
    other = make_project(workspace, "OTH-01", "Other Client")
    with workspace.transaction() as s:
        add_decision(s, project.project_id, "One", decided_on=DAY)
        assert add_decision(s, other.project_id, "Two", decided_on=DAY).reference == "D-001"


def test_a_change_request_or_risk_of_another_project_is_refused(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Decisions link only to this project's change requests and risks."""
    other = make_project(workspace, "OTH-01", "Other Client")
    with workspace.transaction() as s:
        cr_id = add_change_request(s, other.project_id, "Theirs").id
        risk_id = add_risk(s, other.project_id, "Theirs", probability=1, impact=1).id
    for link in ({"change_request_id": cr_id}, {"risk_id": risk_id}):
        assert_refused(
            workspace,
            lambda s, link=link: add_decision(s, project.project_id, "X", decided_on=DAY, **link),
            ValidationError,
            "of another project",
        )


@pytest.mark.parametrize(
    ("title", "fields", "error", "match"),
    [
        ("   ", {}, ValidationError, "cannot be empty"),
        ("x" * 201, {}, ValidationError, "longer than 200"),
        ("Go", {"decided_on": None}, ValidationError, "must be a date"),
        ("Go", {"context": "x" * 4001}, ValidationError, "longer than 4000"),
        ("Go", {"decided_by": 5}, ValidationError, "must be text"),
        ("Go", {"change_request_id": 999}, NotFoundError, "change request"),
        ("Go", {"risk_id": 999}, NotFoundError, "risk"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, title: str, fields: dict, error: type, match: str
) -> None:
    """Empty titles, bad dates, over-long text, unknown links: refused, workspace unchanged."""
    given = {"decided_on": DAY, **fields}
    assert_refused(
        workspace, lambda s: add_decision(s, project.project_id, title, **given), error, match
    )


def test_decisions_are_audited(workspace: Workspace, project: ProjectIds) -> None:
    """Adding a decision leaves one creation entry naming its reference."""
    start = audit_count(workspace)
    with workspace.transaction() as s:
        add_decision(s, project.project_id, "Freeze scope", decided_on=DAY)
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.entity_label) == ("create", "ACME-01 D-001 Freeze scope")


def test_adding_is_undone_and_redone_exactly(workspace: Workspace, project: ProjectIds) -> None:
    """As the UI's undo does it: the recorded decision is removed, then added back."""

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(add_decision, project.project_id, "Go", decided_on=DAY)
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"decision"}
    workspace.run(history.undo_edit, changes, project.project_id, "Decision")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Decision")
    assert without_audit(snapshot(workspace)) == after
