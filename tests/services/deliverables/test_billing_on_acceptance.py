"""A billing milestone that waits for a deliverable becomes due only when the client accepts it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import DeliverableStatus as D
from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.services.deliverables import register
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.records import billing
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused
from tests.templates import open_copy_of


def _waiting(workspace: Workspace, project: ProjectIds) -> tuple[int, int]:
    """A billing milestone on 'Design signed' that waits for the design document D-001."""
    with workspace.transaction() as s:
        milestone = tasks.add_task(s, project.project_id, "Design signed", is_milestone=True)
        bill = billing.set_billing(s, milestone.id, Decimal("25000"))
        assert bill is not None
        deliverable = register.add_deliverable(s, project.project_id, "Design document")
        row = billing.set_billing_condition(s, bill.id, deliverable.id)
        assert row.waits_for == "D-001"
        return bill.id, deliverable.id


def test_it_cannot_be_made_due_before_the_acceptance(
    workspace: Workspace, project: ProjectIds
) -> None:
    bill_id, _ = _waiting(workspace, project)
    assert_refused(
        workspace,
        lambda s: billing.set_invoice_status(s, bill_id, InvoiceStatus.DUE),
        ValidationError,
        "waits for the client's acceptance of D-001",
    )


def test_the_acceptance_makes_it_due(workspace: Workspace, project: ProjectIds) -> None:
    bill_id, deliverable_id = _waiting(workspace, project)
    with workspace.transaction() as s:
        register.step_deliverable(s, deliverable_id, D.SUBMITTED, on=MONDAY)
        register.step_deliverable(s, deliverable_id, D.REJECTED, on=MONDAY, by="Mia", reasons="x")
        [row] = billing.billing_schedule(s, project.project_id)
        assert row.status is InvoiceStatus.NOT_DUE  # a rejection releases nothing
        register.step_deliverable(s, deliverable_id, D.RESUBMITTED, on=MONDAY)
        register.step_deliverable(s, deliverable_id, D.ACCEPTED, on=MONDAY, by="Mia")
        [row] = billing.billing_schedule(s, project.project_id)
    assert row.status is InvoiceStatus.DUE


def test_tying_a_due_milestone_to_an_open_deliverable_makes_it_not_due_again(
    workspace: Workspace, project: ProjectIds
) -> None:
    with workspace.transaction() as s:
        milestone = tasks.add_task(s, project.project_id, "Go-live", is_milestone=True)
        bill = billing.set_billing(s, milestone.id, Decimal("10000"))
        assert bill is not None
        billing.set_invoice_status(s, bill.id, InvoiceStatus.DUE)
        deliverable = register.add_deliverable(s, project.project_id, "Readiness pack")
        row = billing.set_billing_condition(s, bill.id, deliverable.id)
        assert row.status is InvoiceStatus.NOT_DUE
        row = billing.set_billing_condition(s, bill.id, None)
        assert (row.waits_for, row.status) == ("", InvoiceStatus.NOT_DUE)
        billing.set_invoice_status(s, bill.id, InvoiceStatus.DUE)  # waits for nothing now


def test_the_demo_bills_its_last_20_percent_on_the_final_acceptance(
    tmp_path: Path, demo_template: Path
) -> None:
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        rows = ws.run(billing.billing_schedule, ws.run(find_project_id, DEMO_PROJECT_CODE))
    waiting = {row.name: row.waits_for for row in rows if row.waits_for}
    assert waiting == {"Billing milestone: 20 % on final acceptance": "D-009"}
