"""The stakeholder list of a project and editing a contact: order, sponsor, refusals, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.portfolio.clients import add_contact, update_contact
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.portfolio.views import StakeholderRow, stakeholders
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)


def _people(workspace: Workspace, client_id: int) -> dict[str, int]:
    with workspace.transaction() as s:
        return {
            name: add_contact(s, client_id, name, role=role, email=email).id
            for name, role, email in (
                ("Zoë Adler", "PMO", ""),
                ("Émile Durand", "Sponsor", "emile@acme.example"),
                ("anna Berg", "Key user", ""),
            )
        }


def test_contacts_of_the_client_by_folded_name_sponsor_marked(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Émile sorts with the Es, lower case with upper; only the sponsor is marked."""
    ids = _people(workspace, project.client_id)
    other = make_project(workspace, "OTH-01", "Other Client")
    _people(workspace, other.client_id)
    with workspace.transaction() as s:
        new = NewProject(
            client_id=project.client_id,
            code="ACME-02",
            name="Phase 2",
            start_date=dt.date(2027, 1, 4),
            sponsor_id=ids["Émile Durand"],
        )
        sponsored = create_project(s, new).id
        rows = stakeholders(s, sponsored)
        plain = stakeholders(s, project.project_id)
    assert [r.name for r in rows] == ["anna Berg", "Émile Durand", "Zoë Adler"]
    assert [r.is_sponsor for r in rows] == [False, True, False]
    assert rows[1] == StakeholderRow(
        ids["Émile Durand"], "Émile Durand", "Sponsor", "medium", "emile@acme.example", "", True
    )
    assert not any(r.is_sponsor for r in plain)
    assert [r.id for r in plain] == [r.id for r in rows]


def test_unknown_project_is_not_found(workspace: Workspace) -> None:
    """Asking for the stakeholders of a project that does not exist raises NotFoundError."""
    assert_refused(workspace, lambda s: stakeholders(s, 999), NotFoundError)


def test_update_contact_changes_the_given_fields_audited(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Name, e-mail, phone and influence change; the role is kept; one entry per field."""
    ids = _people(workspace, project.client_id)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        update_contact(
            s,
            ids["Zoë Adler"],
            name=" Zoë  Adler-Berg ",
            email="zoe@acme.example",
            phone="+49 40 1234",
            influence="high",
        )
        [row] = [r for r in stakeholders(s, project.project_id) if r.id == ids["Zoë Adler"]]
    assert (row.name, row.role, row.email, row.phone, row.influence) == (
        "Zoë Adler-Berg",
        "PMO",
        "zoe@acme.example",
        "+49 40 1234",
        "high",
    )
    entries = audit_since(workspace, start)
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("name", "Zoë Adler", "Zoë Adler-Berg"),
        ("email", "", "zoe@acme.example"),
        ("phone", "", "+49 40 1234"),
        ("influence", "medium", "high"),
    ]
    assert {e.entity_label for e in entries} == {"Zoë Adler (Acme Logistics)"}


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"name": "  "}, "contact name cannot be empty"),
        ({"email": "not an address"}, "is not an e-mail address"),
        ({"email": "nobody"}, "is not an e-mail address"),
        ({"phone": "1" * 51}, "longer than 50"),
        ({"role": "x" * 201}, "longer than 200"),
        ({"influence": "huge"}, "Unknown influence"),
        ({"name": "Fine", "influence": "huge"}, "Unknown influence"),
    ],
)
def test_bad_contact_edits_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, match: str
) -> None:
    """Each bad value is refused as add_contact would; nothing is written."""
    ids = _people(workspace, project.client_id)
    target = ids["anna Berg"]
    assert_refused(workspace, lambda s: update_contact(s, target, **fields), ValidationError, match)


def test_unknown_contact_is_not_found(workspace: Workspace) -> None:
    """Editing a contact that does not exist raises NotFoundError."""
    assert_refused(workspace, lambda s: update_contact(s, 999, name="X"), NotFoundError)


def test_a_contact_may_be_added_with_its_influence(
    workspace: Workspace, project: ProjectIds
) -> None:
    """add_contact takes the influence at once (medium when not given); a bad one is refused."""
    with workspace.transaction() as s:
        high = add_contact(s, project.client_id, "Ida Holm", influence="high")
        plain = add_contact(s, project.client_id, "Ole Dahl")
    assert (high.influence, plain.influence) == ("high", "medium")
    assert_refused(
        workspace,
        lambda s: add_contact(s, project.client_id, "X", influence="total"),
        ValidationError,
        "Unknown influence",
    )
