"""export_change_form: the demo requests' sign-off forms, their figures, and refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.errors import ExportError, NotFoundError, ValidationError
from cpm_desktop.services.changes import requests as crs
from cpm_desktop.services.changes.forms import (
    change_form_content,
    export_change_form,
    find_change_request_id,
)
from cpm_desktop.services.changes.views import change_summary
from cpm_desktop.services.portfolio.clients import add_contact
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.portfolio.views import find_project_id, portfolio
from cpm_desktop.workspace import Workspace
from tests.reports.support import page_count, page_text
from tests.services.support import MONDAY, ProjectIds, audit_count, snapshot
from tests.stores import content
from tests.templates import open_copy_of

TODAY = dt.date(2026, 11, 20)
UNICODE = "Müller & Søn — €/£"

INTERNAL = Audience.INTERNAL


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("forms") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def demo_ids(demo: Workspace) -> dict[str, int]:
    """Ids of the demo project's requests by reference, and the project's as 'project'."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    ids = {"project": project_id}
    for n in range(1, 9):
        cr_id = demo.run(find_change_request_id, project_id, f"cr-00{n}")
        assert cr_id is not None
        ids[f"CR-00{n}"] = cr_id
    return ids


def test_find_by_reference(demo: Workspace, demo_ids: dict[str, int]) -> None:
    """A reference is found in any case and with spaces around; an unknown one is None."""
    project_id = demo_ids["project"]
    assert demo.run(find_change_request_id, project_id, " cr-003 ") == demo_ids["CR-003"]
    assert demo.run(find_change_request_id, project_id, "CR-099") is None
    assert len({demo_ids[f"CR-00{n}"] for n in range(1, 9)}) == 8
    others = [p.id for c in demo.run(portfolio) for p in c.projects if p.id != project_id]
    assert others
    assert demo.run(find_change_request_id, others[0], "CR-001") is None  # per project


def test_approved_request_is_already_in_the_current_figures(
    demo: Workspace, demo_ids: dict[str, int]
) -> None:
    """For CR-001 (approved) 'with this change' is today's roll-up; 'without' takes it out."""
    content = demo.run(change_form_content, demo_ids["CR-001"], on=TODAY, audience=INTERNAL)
    summary = demo.run(change_summary, demo_ids["project"])
    assert (content.reference, content.status, content.category) == ("CR-001", "Approved", "Scope")
    assert content.client == "Nordhaven Logistics GmbH"
    assert content.requested_by == "Miriam Albers"
    assert content.affected_tasks == ("4.3.1 Wave planning, picking and packing",)
    assert content.budget_with == summary.current_budget
    assert content.budget_without == summary.current_budget - Decimal("18500")
    assert content.contract_with == summary.current_contract_value
    assert content.contract_without == summary.current_contract_value - Decimal("24000")
    assert content.finish_with == summary.forecast_finish
    assert content.finish_without is not None
    assert content.finish_without < content.finish_with
    assert content.recorded_decision.startswith("Approved on 6 Oct 2026 by Henrik Sørensen")
    assert content.generated_on == TODAY


def test_pending_request_adds_to_the_current_figures(
    demo: Workspace, demo_ids: dict[str, int]
) -> None:
    """For CR-006 (under assessment) 'without' is today's roll-up and 'with' adds it."""
    content = demo.run(change_form_content, demo_ids["CR-006"], audience=INTERNAL)
    summary = demo.run(change_summary, demo_ids["project"])
    assert content.status == "Under assessment"
    assert content.budget_without == summary.current_budget
    assert content.budget_with == summary.current_budget + Decimal("38000")
    assert content.contract_with == summary.current_contract_value + Decimal("46000")
    assert content.finish_without == summary.forecast_finish
    assert content.finish_with is not None
    assert content.finish_without is not None
    assert (content.finish_with - content.finish_without).days >= 10  # 10 working days
    assert content.recorded_decision == ""
    assert content.generated_on == dt.date.today()


def test_deferred_and_rejected_decisions_are_described(
    demo: Workspace, demo_ids: dict[str, int]
) -> None:
    """A deferral names its day and comment; a rejection (now closed) its decision notes."""
    deferred = demo.run(change_form_content, demo_ids["CR-004"])
    assert deferred.recorded_decision == (
        "Deferred on 27 Oct 2026: After go-live, with the phase-2 items."
    )
    rejected = demo.run(change_form_content, demo_ids["CR-003"])
    assert rejected.status == "Closed"
    assert rejected.recorded_decision.startswith("Rejected on 20 Oct 2026 by ")
    assert rejected.recorded_decision.endswith("the standard productivity report covers the need.")


@pytest.mark.parametrize("reference", [f"CR-00{n}" for n in range(1, 9)])
def test_every_demo_request_prints_on_one_page(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path, reference: str
) -> None:
    """Each of the eight demo requests gives one page naming it, its title and its status."""
    path = demo.run(export_change_form, demo_ids[reference], tmp_path / "form.pdf", on=TODAY)
    assert path == tmp_path / "form.pdf"
    assert page_count(path) == 1
    text = page_text(path)
    content = demo.run(change_form_content, demo_ids[reference])
    assert reference in text
    assert content.title in text
    assert content.status in text
    assert f"{reference} · NHL-WMS · generated on 20 Nov 2026 · Page 1 of 1" in text


def test_billable_price_in_the_project_currency(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    """CR-001's price to the client is its change-order value in euros."""
    path = demo.run(export_change_form, demo_ids["CR-001"], tmp_path / "cr1.pdf", paper="letter")
    text = page_text(path)
    assert "€24,000.00" in text


def test_a_client_form_of_a_fixed_price_project_shows_no_cost_or_budget(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    """CR-001 for the client: the price and contract value, never the cost or the budget;
    the internal form carries both and says it is internal in its footer."""
    summary = demo.run(change_summary, demo_ids["project"])
    client = page_text(demo.run(export_change_form, demo_ids["CR-001"], tmp_path / "c.pdf"))
    internal = page_text(
        demo.run(export_change_form, demo_ids["CR-001"], tmp_path / "i.pdf", audience="internal")
    )
    cost = "€18,500.00"
    budget = f"€{summary.current_budget:,.2f}"
    for figure in (cost, budget, "Cost to the project", "Project budget", "Internal"):
        assert figure not in client, figure
        assert figure in internal, figure
    assert "€24,000.00" in client
    assert "Internal — not for the client · CR-001 · NHL-WMS" in internal
    assert (
        demo.run(change_form_content, demo_ids["CR-001"]).cost_impact is None
    )  # not even in the content handed to the renderer


def test_an_unknown_audience_is_refused(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="audience"):
        demo.run(export_change_form, demo_ids["CR-001"], tmp_path / "f.pdf", audience="board")
    assert not (tmp_path / "f.pdf").exists()


def test_export_changes_nothing_in_the_workspace(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    """No row, no audit entry and no byte of the workspace file changes."""
    rows = snapshot(demo)
    entries = audit_count(demo)
    data = content(demo)
    demo.run(export_change_form, demo_ids["CR-002"], tmp_path / "form.pdf")
    assert snapshot(demo) == rows
    assert audit_count(demo) == entries
    assert content(demo) == data


def test_accented_request_of_a_franc_project(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """A CHF project's request by a client contact with accents prints both intact."""
    client_id = project.client_id
    with workspace.transaction() as s:
        contact = add_contact(s, client_id, f"Jürgen {UNICODE}")
        new = NewProject(
            client_id=client_id,
            code="ZH-02",
            name="Zürich hub",
            start_date=MONDAY,
            currency="CHF",
            manager="Zoë Brontë",
        )
        project = create_project(s, new)
        cr = crs.add_change_request(
            s,
            project.id,
            f"Relabel for {UNICODE}",
            requested_by_id=contact.id,
            on=MONDAY,
            billable=True,
            change_order_value=Decimal("4000"),
            cost_impact=Decimal("2500"),
            description="Labels in German & Polish: ł, ż.",
        )
        cr_id = cr.id
    path = workspace.run(export_change_form, cr_id, tmp_path / "zh.pdf", audience=INTERNAL)
    text = page_text(path)
    for expected in (
        f"Relabel for {UNICODE}",
        f"Jürgen {UNICODE}",
        "CHF 4,000.00",
        "CHF 2,500.00",
        "Zoë Brontë",
        "Labels in German & Polish: ł, ż.",
        "Draft",
    ):
        assert expected in text, expected
    content = workspace.run(change_form_content, cr_id)
    assert content.finish_without is None  # a project without tasks has no planned finish
    assert "Forecast finish" in text


def test_unknown_request_is_not_found(demo: Workspace, tmp_path: Path) -> None:
    """An id naming no request raises NotFoundError and writes no file."""
    with pytest.raises(NotFoundError, match="change request"):
        demo.run(export_change_form, 9_999, tmp_path / "form.pdf")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_export_error(
    demo: Workspace, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    """A path in a folder that does not exist raises ExportError and leaves nothing behind."""
    target = tmp_path / "no such folder" / "form.pdf"
    with pytest.raises(ExportError, match="no such folder"):
        demo.run(export_change_form, demo_ids["CR-001"], target)
    assert list(tmp_path.iterdir()) == []


def test_unknown_paper_is_refused(demo: Workspace, demo_ids: dict[str, int], tmp_path: Path):
    """Paper sizes other than A4 and Letter are a ValidationError naming both."""
    with pytest.raises(ValidationError, match="a4 or letter"):
        demo.run(export_change_form, demo_ids["CR-001"], tmp_path / "f.pdf", paper="A3")
    assert list(tmp_path.iterdir()) == []
