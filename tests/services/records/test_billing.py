"""Billing milestones: amounts, the invoice status flow (every step), refusals, audit, undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import product

import pytest

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.models import BillingMilestone
from cpm_desktop.services import history
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.records.billing import (
    billing_schedule,
    set_billing,
    set_invoice_status,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    count,
    snapshot,
)

DAY = dt.date(2026, 10, 1)
# The steps that bring a fresh milestone (not due) to each status.
PATH = {
    "not_due": (),
    "due": ("due",),
    "invoiced": ("due", "invoiced"),
    "paid": ("due", "invoiced", "paid"),
}
LEGAL = {("not_due", "due"), ("due", "not_due"), ("due", "invoiced"), ("invoiced", "paid")}


def _billed(workspace: Workspace, task_id: int, status: str = "not_due") -> int:
    """Bill 1,000 on the task and walk it to `status`; return the billing id."""
    with workspace.transaction() as s:
        billing = set_billing(s, task_id, 1000)
        assert billing is not None
        for step in PATH[status]:
            set_invoice_status(s, billing.id, step, on=DAY)
        return billing.id


def test_a_task_gets_a_billing_amount_due_on_its_finish(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Billing a milestone: amount kept exactly, status not due, due date = the finish."""
    with workspace.transaction() as s:
        milestone = add_task(s, project.project_id, "Go-live", is_milestone=True)
        set_billing(s, milestone.id, "12500.50")
        set_billing(s, abc["A"], Decimal(2000))
        rows = billing_schedule(s, project.project_id)
    assert [(r.wbs, r.name, r.amount, r.status) for r in rows] == [
        ("1", "A", Decimal("2000.00"), "not_due"),
        ("4", "Go-live", Decimal("12500.50"), "not_due"),
    ]
    assert rows[1].due_on == milestone.finish
    assert (rows[1].invoiced_on, rows[1].paid_on, rows[1].invoice_number) == (None, None, "")


def test_a_timeline_already_read_gives_the_same_schedule(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Handing over the Timeline's tasks (to save a read) changes nothing in the rows."""
    _billed(workspace, abc["B"], "invoiced")
    _billed(workspace, abc["A"])
    with workspace.transaction() as s:
        plan = timeline(s, project.project_id)
        given = billing_schedule(s, project.project_id, outline=plan.tasks)
        read = billing_schedule(s, project.project_id)
    assert given == read
    assert [r.wbs for r in given] == ["1", "2"]


def test_changing_and_removing_the_amount(workspace: Workspace, abc: dict[str, int]) -> None:
    """A new amount replaces the old one; None removes the billing milestone."""
    _billed(workspace, abc["A"])
    with workspace.transaction() as s:
        assert set_billing(s, abc["A"], 1500).amount == Decimal("1500.00")
        assert set_billing(s, abc["A"], None) is None
        assert set_billing(s, abc["B"], None) is None  # nothing to remove: no error
    assert count(workspace, BillingMilestone) == 0


@pytest.mark.parametrize(("current", "to"), sorted(product(InvoiceStatus, repeat=2)))
def test_every_step_of_the_invoice_flow(
    workspace: Workspace, abc: dict[str, int], current: str, to: str
) -> None:
    """Legal steps (not due → due → invoiced → paid, due → not due) pass; all others refused."""
    billing_id = _billed(workspace, abc["A"], current)
    if (current, to) not in LEGAL:
        assert_refused(
            workspace,
            lambda s: set_invoice_status(s, billing_id, to, on=DAY),
            ValidationError,
            "cannot move to",
        )
        return
    with workspace.transaction() as s:
        row = set_invoice_status(s, billing_id, to, on=DAY + dt.timedelta(days=30))
    assert row.status == to


def test_paid_is_final_and_says_so(workspace: Workspace, abc: dict[str, int]) -> None:
    """A paid milestone cannot go back to invoiced; the message names the task and the rule."""
    billing_id = _billed(workspace, abc["A"], "paid")
    error = assert_refused(
        workspace, lambda s: set_invoice_status(s, billing_id, "invoiced"), ValidationError
    )
    assert str(error) == "Billing of 'A' is Paid: it cannot move to Invoiced; it is final."


def test_invoice_and_payment_dates_and_number(workspace: Workspace, abc: dict[str, int]) -> None:
    """Invoicing keeps the step date and number; paying keeps its date; going back keeps none."""
    billing_id = _billed(workspace, abc["A"], "due")
    with workspace.transaction() as s:
        row = set_invoice_status(s, billing_id, "invoiced", on=DAY, invoice_number=" INV-0042 ")
        assert (row.invoiced_on, row.invoice_number) == (DAY, "INV-0042")
        row = set_invoice_status(s, billing_id, "paid", on=DAY + dt.timedelta(days=21))
    assert (row.status, row.paid_on) == ("paid", dt.date(2026, 10, 22))


def test_invoicing_without_a_date_is_dated_today(workspace: Workspace, abc: dict[str, int]) -> None:
    """The invoice date defaults to the day of the step."""
    billing_id = _billed(workspace, abc["A"], "due")
    with workspace.transaction() as s:
        row = set_invoice_status(s, billing_id, "invoiced")
    assert (row.invoiced_on, row.invoice_number) == (dt.date.today(), "")


@pytest.mark.parametrize(
    ("status", "action", "match"),
    [
        ("not_due", lambda s, t, b: set_billing(s, t, 0), "more than 0"),
        ("not_due", lambda s, t, b: set_billing(s, t, "-5"), "between 0"),
        ("not_due", lambda s, t, b: set_billing(s, t, "lots"), "not an amount"),
        ("not_due", lambda s, t, b: set_billing(s, t, 1.5), "amount of money"),
        ("invoiced", lambda s, t, b: set_billing(s, t, 999), "cannot be changed"),
        ("paid", lambda s, t, b: set_billing(s, t, None), "cannot be removed"),
        ("due", lambda s, t, b: set_invoice_status(s, b, "billed"), "Unknown invoice status"),
        ("due", lambda s, t, b: set_invoice_status(s, b, "invoiced", on="2026"), "must be a date"),
        ("not_due", lambda s, t, b: set_invoice_status(s, b, "due", invoice_number="1"), "number"),
        (
            "invoiced",
            lambda s, t, b: set_invoice_status(s, b, "paid", on=DAY - dt.timedelta(days=1)),
            "cannot be paid on",
        ),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    workspace: Workspace, abc: dict[str, int], status: str, action, match: str
) -> None:
    """Bad amounts, locked amounts, unknown statuses, bad dates: ValidationError, no change."""
    billing_id = _billed(workspace, abc["A"], status)
    assert_refused(workspace, lambda s: action(s, abc["A"], billing_id), ValidationError, match)


def test_a_summary_task_cannot_bill(workspace: Workspace, project: ProjectIds) -> None:
    """Billing a summary would count its subtasks' money twice: refused."""
    ids = add_tasks(workspace, project.project_id, "S")
    with workspace.transaction() as s:
        add_task(s, project.project_id, "S1", parent_id=ids["S"])
    assert_refused(workspace, lambda s: set_billing(s, ids["S"], 10), ValidationError, "summary")


def test_unknown_ids_are_not_found(workspace: Workspace, project: ProjectIds) -> None:
    """Unknown task, billing milestone or project ids raise NotFoundError."""
    for action in (
        lambda s: set_billing(s, 999, 10),
        lambda s: set_invoice_status(s, 999, "due"),
        lambda s: billing_schedule(s, 999),
    ):
        assert_refused(workspace, action, NotFoundError)


def test_billing_is_audited(workspace: Workspace, abc: dict[str, int]) -> None:
    """Creation, amount and each status step leave audit entries naming the task."""
    start = audit_count(workspace)
    billing_id = _billed(workspace, abc["A"], "invoiced")
    entries = audit_since(workspace, start)
    assert [(e.action, e.field, e.new_value) for e in entries] == [
        ("create", "", "Billing of 'A'"),
        ("update", "status", "due"),
        ("update", "status", "invoiced"),
        ("update", "invoiced_on", "2026-10-01"),
    ]
    assert billing_id


def test_a_step_is_undone_and_redone_exactly(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """As the UI's undo does it: the recorded step is reverted, then replayed."""

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    billing_id = _billed(workspace, abc["A"], "due")
    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(
        set_invoice_status, billing_id, "invoiced", on=DAY, invoice_number="INV-7"
    )
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"billing_milestone"}
    workspace.run(history.undo_edit, changes, project.project_id, "Invoice")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Invoice")
    assert without_audit(snapshot(workspace)) == after
