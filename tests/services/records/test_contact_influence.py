"""Contacts' role and influence (low, medium, high): defaults, changes, audit, refusals."""

from __future__ import annotations

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.portfolio.clients import add_contact, set_contact_role
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since


def test_contact_role_and_influence(workspace: Workspace, project: ProjectIds) -> None:
    """A contact's influence defaults to medium; role and influence change and are audited."""
    with workspace.transaction() as s:
        contact_id = add_contact(s, project.client_id, "Mia Jansen", role="Key user").id
    start = audit_count(workspace)
    with workspace.transaction() as s:
        contact = set_contact_role(s, contact_id, influence="high")
        assert (contact.role, contact.influence) == ("Key user", "high")
        set_contact_role(s, contact_id, role="Sponsor")
    assert [e.field for e in audit_since(workspace, start)] == ["influence", "role"]
    assert_refused(
        workspace,
        lambda s: set_contact_role(s, contact_id, influence="huge"),
        ValidationError,
        "Unknown influence",
    )
