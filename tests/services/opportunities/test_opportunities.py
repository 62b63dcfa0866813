"""Opportunities: the client's pipeline, O-001 per client, validated, audited, and editable
after the project that spotted them closes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain.opportunities import OpportunityStage as S
from cpm_desktop.domain.opportunities import open_value
from cpm_desktop.errors import ClosedProjectError, NotFoundError, ValidationError
from cpm_desktop.services.opportunities.register import (
    add_opportunity,
    delete_opportunity,
    edit_opportunity,
    move_opportunity,
)
from cpm_desktop.services.opportunities.views import (
    client_opportunities,
    client_pipeline,
    project_opportunities,
    project_pipeline,
)
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.lifecycle import Closing, close_project
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.records.decisions import add_decision
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused, audit_count, audit_since

DAY = dt.date(2026, 10, 12)


def _second_project(workspace: Workspace, client_id: int, code: str = "ACME-02") -> int:
    with workspace.transaction() as s:
        return create_project(
            s, NewProject(client_id=client_id, code=code, name="Yard", start_date=MONDAY)
        ).id


def test_references_run_per_client_and_default_to_its_currency(
    workspace: Workspace, project: ProjectIds
) -> None:
    """O-001, O-002 at one client, O-001 again at another; the client's currency, today."""
    with workspace.transaction() as s:
        other = create_client(s, "Other AG", currency="CHF")
        first = add_opportunity(
            s, project.client_id, " Second  warehouse ", project_id=project.project_id
        )
        second = add_opportunity(
            s, project.client_id, "Yard add-on", estimated_value=Decimal("95000"), stage=S.QUALIFIED
        )
        elsewhere = add_opportunity(s, other.id, "Store app")
    assert (first.reference, second.reference, elsewhere.reference) == ("O-001", "O-002", "O-001")
    assert first.title == "Second warehouse"
    assert (first.currency, elsewhere.currency) == ("EUR", "CHF")
    assert first.spotted_on == dt.date.today()
    assert (first.project_code, second.project_code) == ("ACME-01", None)
    assert (first.stage, first.estimated_value) == (S.SPOTTED, None)


def test_per_client_and_per_project_views_and_open_value(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The client sees every opportunity; a project those spotted on it; won, lost and
    unestimated ones add nothing to the open value, and currencies never mix."""
    other_project = _second_project(workspace, project.client_id)
    with workspace.transaction() as s:
        pid, cid = project.project_id, project.client_id
        add_opportunity(s, cid, "A", project_id=pid, estimated_value=Decimal(100_000))
        add_opportunity(s, cid, "B", project_id=other_project, estimated_value=Decimal(50_000))
        add_opportunity(s, cid, "C", project_id=pid, estimated_value=Decimal(7), stage=S.WON)
        add_opportunity(s, cid, "D", estimated_value=Decimal(8), stage=S.LOST)
        add_opportunity(s, cid, "E", estimated_value=Decimal(20_000), currency="chf")
        add_opportunity(s, cid, "F", stage=S.PROPOSED)
    with workspace.transaction() as s:
        everything = client_opportunities(s, project.client_id)
        spotted_here = project_opportunities(s, project.project_id)
        pipeline = project_pipeline(s, project.project_id)
        assert client_pipeline(s, project.client_id) == pipeline
    assert [r.title for r in everything] == ["A", "B", "C", "D", "E", "F"]
    assert [r.title for r in spotted_here] == ["A", "C"]
    assert pipeline.open_count == 4
    assert pipeline.open_value == (("CHF", Decimal(20_000)), ("EUR", Decimal(150_000)))
    assert [p.code for p in pipeline.projects] == ["ACME-01", "ACME-02"]
    assert (pipeline.client, pipeline.currency) == ("Acme Logistics", "EUR")


def test_open_value_rule() -> None:
    """The domain's sum: open stages only, per currency, sorted by code."""
    items = [(S.SPOTTED, Decimal(1), "USD"), (S.PROPOSED, None, "EUR"), (S.WON, Decimal(5), "EUR")]
    assert open_value(items) == {"USD": Decimal(1)}
    assert [s for s in S if s.is_open] == [S.SPOTTED, S.QUALIFIED, S.PROPOSED]


def test_edit_move_and_delete_are_audited(workspace: Workspace, project: ProjectIds) -> None:
    """Each changed field leaves one entry under the client's name; the others keep their
    references after a deletion."""
    with workspace.transaction() as s:
        first = add_opportunity(s, project.client_id, "Second warehouse")
        second = add_opportunity(s, project.client_id, "Yard add-on")
    before = audit_count(workspace)
    with workspace.transaction() as s:
        row = edit_opportunity(
            s,
            first.id,
            title="Second warehouse (Hamburg)",
            estimated_value=Decimal("240000.004"),
            handed_to="Tom Krüger, account manager",
            spotted_on=DAY,
            project_id=project.project_id,
        )
        moved = move_opportunity(s, first.id, "proposed")
    assert (row.estimated_value, row.spotted_on, row.project_code) == (
        Decimal("240000.00"),
        DAY,
        "ACME-01",
    )
    assert moved.stage is S.PROPOSED
    entries = audit_since(workspace, before)
    assert {e.field for e in entries} == {
        "title",
        "estimated_value",
        "handed_to",
        "spotted_on",
        "project_id",
        "stage",
    }
    assert all(e.entity == "opportunity" and e.project_id is None for e in entries)
    assert entries[0].entity_label == "Acme Logistics O-001 Second warehouse"
    with workspace.transaction() as s:
        delete_opportunity(s, first.id)
        assert [r.reference for r in client_opportunities(s, project.client_id)] == ["O-002"]
        assert add_opportunity(s, project.client_id, "Third").reference == "O-003"
    assert audit_since(workspace, before)[-2].action == "delete"
    assert second.reference == "O-002"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "title cannot be empty"),
        ({"estimated_value": Decimal(-1)}, "estimated value"),
        ({"estimated_value": "lots"}, "not an amount"),
        ({"currency": "EURO"}, "three-letter"),
        ({"stage": "signed"}, "Unknown opportunity stage"),
        ({"spotted_on": "2026-10-12"}, "must be a date"),
        ({"need": "x" * 4_001}, "longer than"),
    ],
)
def test_bad_fields_are_refused_and_nothing_changes(
    workspace: Workspace, project: ProjectIds, fields: dict, message: str
) -> None:
    """A bad field refuses the whole edit with a sentence; the workspace is as it was."""
    with workspace.transaction() as s:
        row = add_opportunity(s, project.client_id, "Yard add-on")
    assert_refused(
        workspace, lambda s: edit_opportunity(s, row.id, **fields), ValidationError, message
    )
    new = {"title": "New", **fields}
    title = new.pop("title")
    assert_refused(
        workspace, lambda s: add_opportunity(s, project.client_id, title, **new), ValidationError
    )


def test_refusals_name_the_problem(workspace: Workspace, project: ProjectIds) -> None:
    """Another client's project, the same stage again, unknown ids: refused, nothing written."""
    with workspace.transaction() as s:
        other = create_client(s, "Other AG")
        foreign = create_project(
            s, NewProject(client_id=other.id, code="OTH-01", name="X", start_date=MONDAY)
        )
        row = add_opportunity(s, project.client_id, "Yard add-on")
    assert_refused(
        workspace,
        lambda s: edit_opportunity(s, row.id, project_id=foreign.id),
        ValidationError,
        "OTH-01 is a project of another client",
    )
    assert_refused(
        workspace,
        lambda s: move_opportunity(s, row.id, S.SPOTTED),
        ValidationError,
        "already Spotted",
    )
    assert_refused(workspace, lambda s: delete_opportunity(s, 9_999), NotFoundError)
    assert_refused(workspace, lambda s: add_opportunity(s, 9_999, "X"), NotFoundError)


def test_an_opportunity_stays_editable_after_its_project_closes(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The project is read-only once closed, but the client's opportunity spotted on it can
    be edited, moved, added and deleted."""
    with workspace.transaction() as s:
        row = add_opportunity(s, project.client_id, "Yard add-on", project_id=project.project_id)
        close_project(s, project.project_id, Closing(closed_on=DAY))
    assert_refused(
        workspace,
        lambda s: add_decision(s, project.project_id, "Late", decided_on=DAY),
        ClosedProjectError,
    )
    with workspace.transaction() as s:
        edit_opportunity(
            s, row.id, next_step="Workshop in January", estimated_value=Decimal(90_000)
        )
        move_opportunity(s, row.id, S.QUALIFIED)
        added = add_opportunity(s, project.client_id, "Late find", project_id=project.project_id)
        delete_opportunity(s, added.id)
    with workspace.transaction() as s:
        [kept] = project_opportunities(s, project.project_id)
    assert (kept.stage, kept.next_step, kept.estimated_value) == (
        S.QUALIFIED,
        "Workshop in January",
        Decimal(90_000),
    )
