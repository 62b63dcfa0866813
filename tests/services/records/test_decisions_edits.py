"""Editing and deleting decisions: fields, links, references kept, refusals, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.changes.requests import add_change_request
from cpm_desktop.services.records.decisions import (
    add_decision,
    decision_log,
    delete_decision,
    update_decision,
)
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)

DAY = dt.date(2026, 10, 12)


def _three(workspace: Workspace, project: ProjectIds) -> list[int]:
    """D-001..D-003 on consecutive days; the first linked to CR-001."""
    with workspace.transaction() as s:
        cr = add_change_request(s, project.project_id, "Extra interface")
        return [
            add_decision(
                s,
                project.project_id,
                title,
                decided_on=DAY + dt.timedelta(days=n),
                change_request_id=cr.id if n == 0 else None,
            ).id
            for n, title in enumerate(("Approve interface", "Add reviewer", "Freeze scope"))
        ]


def test_fields_and_links_change_and_unlink(workspace: Workspace, project: ProjectIds) -> None:
    """Title, who and why change; the CR link is swapped for a risk; the rest is kept."""
    first, *_ = _three(workspace, project)
    with workspace.transaction() as s:
        risk = add_risk(s, project.project_id, "Late spec", probability=2, impact=3)
        row = update_decision(
            s,
            first,
            title="  Approve the interface ",
            decided_by="Steering committee",
            context="Needed for go-live.",
            change_request_id=None,
            risk_id=risk.id,
        )
    assert (row.reference, row.title, row.decided_on) == ("D-001", "Approve the interface", DAY)
    assert (row.decided_by, row.context) == ("Steering committee", "Needed for go-live.")
    assert (row.change_reference, row.risk_reference) == (None, "R-001")


def test_edits_are_audited_field_by_field(workspace: Workspace, project: ProjectIds) -> None:
    """An update entry per changed field, labelled with the reference; none for unchanged."""
    first, *_ = _three(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        update_decision(s, first, title="Approve interface", decided_on=DAY + dt.timedelta(3))
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.field, entry.old_value, entry.new_value) == (
        "update",
        "decided_on",
        "2026-10-12",
        "2026-10-15",
    )
    assert entry.entity_label == "ACME-01 D-001 Approve interface"


@pytest.mark.parametrize(
    ("fields", "error", "match"),
    [
        ({"title": "   "}, ValidationError, "decision title cannot be empty"),
        ({"title": "x" * 201}, ValidationError, "longer than 200"),
        ({"decided_on": "2026-10-12"}, ValidationError, "must be a date"),
        ({"decided_by": "x" * 201}, ValidationError, "longer than 200"),
        ({"context": "x" * 4001}, ValidationError, "longer than 4000"),
        ({"change_request_id": 999}, NotFoundError, "change request"),
        ({"risk_id": 999}, NotFoundError, "risk"),
        ({"decided_by": "PMO", "title": ""}, ValidationError, "cannot be empty"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, error: type, match: str
) -> None:
    """Each bad value is refused with a clear message and nothing is written."""
    first, *_ = _three(workspace, project)
    assert_refused(workspace, lambda s: update_decision(s, first, **fields), error, match)


def test_a_link_to_another_project_is_refused(workspace: Workspace, project: ProjectIds) -> None:
    """A decision settles only change requests and risks of its own project."""
    first, *_ = _three(workspace, project)
    other = make_project(workspace, "OTH-01", "Other Client")
    with workspace.transaction() as s:
        foreign = add_risk(s, other.project_id, "Theirs", probability=1, impact=1).id
    assert_refused(
        workspace,
        lambda s: update_decision(s, first, risk_id=foreign),
        ValidationError,
        "R-001 is a risk of another project, not of ACME-01",
    )


def test_delete_keeps_the_other_references(workspace: Workspace, project: ProjectIds) -> None:
    """Deleting D-002 leaves D-001 and D-003; the next decision is D-004; audited."""
    _, second, _ = _three(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        delete_decision(s, second)
        assert [d.reference for d in decision_log(s, project.project_id)] == ["D-001", "D-003"]
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.entity_id, entry.old_value) == (
        "delete",
        second,
        "ACME-01 D-002 Add reviewer",
    )
    with workspace.transaction() as s:
        assert add_decision(s, project.project_id, "Next", decided_on=DAY).reference == "D-004"


def test_unknown_decisions_are_not_found(workspace: Workspace, project: ProjectIds) -> None:
    """Editing or deleting a decision that does not exist raises NotFoundError."""
    assert_refused(workspace, lambda s: update_decision(s, 999, title="X"), NotFoundError)
    assert_refused(workspace, lambda s: delete_decision(s, 999), NotFoundError)
