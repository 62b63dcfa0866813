"""Vendors, purchase orders, what they cover and their invoices: validated, audited, and a
refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.errors import ClosedProjectError, CpmError, DuplicateError, ValidationError
from cpm_desktop.services.deliverables.register import add_deliverable
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import lifecycle
from cpm_desktop.services.vendors import invoices, orders, vendors
from cpm_desktop.services.vendors.views import vendor_orders
from cpm_desktop.services.vendors.views import vendors as vendor_list
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)

PLACED = dt.date(2026, 9, 10)


def _order(workspace: Workspace, project: ProjectIds, value: str = "40000") -> tuple[int, int]:
    """A vendor and an order of `value` with it; their ids."""
    with workspace.transaction() as s:
        vendor = vendors.add_vendor(s, "Zebra Technologies", contact="Jens Möller")
        order = orders.add_order(
            s, project.project_id, vendor.id, "PO-4711", value=value, placed_on=PLACED
        )
        return vendor.id, order.id


def test_an_order_has_the_projects_currency_and_its_whole_value_remains(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A new order is in the project's currency; nothing invoiced, all of it committed."""
    before = audit_count(workspace)
    _order(workspace, project)
    with workspace.transaction() as s:
        [row] = vendor_orders(s, project.project_id)
        [vendor] = vendor_list(s)
    assert (row.vendor, row.number, row.currency, row.placed_on) == (
        "Zebra Technologies",
        "PO-4711",
        "EUR",
        PLACED,
    )
    assert (row.value, row.invoiced, row.remaining, row.over_order) == (
        Decimal("40000.00"),
        Decimal(0),
        Decimal("40000.00"),
        False,
    )
    assert (vendor.contact, vendor.orders) == ("Jens Möller", 1)
    labels = [e.entity_label for e in audit_since(workspace, before)]
    assert labels == ["Zebra Technologies", "ACME-01 PO PO-4711 (Zebra Technologies)"]


def test_invoices_reduce_the_commitment_and_one_over_the_value_is_flagged(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Invoices add up; the one that takes the total over the order is accepted and flagged."""
    _, order_id = _order(workspace, project)
    with workspace.transaction() as s:
        first = invoices.add_invoice(
            s, order_id, "INV-1", received_on=PLACED, amount="30000", task_id=abc["A"]
        )
        second = invoices.add_invoice(s, order_id, "INV-2", received_on=PLACED, amount=15000)
        [row] = vendor_orders(s, project.project_id)
    assert (first.task, first.currency, first.over_order) == ("1 A", "EUR", False)
    assert second.over_order
    assert (row.invoiced, row.remaining, row.over_order) == (
        Decimal("45000.00"),
        Decimal("-5000.00"),
        True,
    )
    with workspace.transaction() as s:
        edited = invoices.edit_invoice(s, second.id, amount="10000", task_id=None)
        assert not edited.over_order
        invoices.delete_invoice(s, first.id)
        [row] = vendor_orders(s, project.project_id)
    assert [i.number for i in row.invoices] == ["INV-2"]
    assert row.remaining == Decimal("30000.00")


def test_an_order_covers_tasks_and_deliverables_of_its_own_project_once(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Cover and uncover; a second cover of the same task, or another project's task, is
    refused."""
    _, order_id = _order(workspace, project)
    with workspace.transaction() as s:
        deliverable = add_deliverable(s, project.project_id, "Scanner fleet")
        orders.cover(s, order_id, task_id=abc["B"])
        row = orders.cover(s, order_id, deliverable_id=deliverable.id)
    assert [(i.kind, i.reference, i.status) for i in row.items] == [
        ("task", "2", "Not started"),
        ("deliverable", "D-001", "Not started"),
    ]
    assert_refused(
        workspace,
        lambda s: orders.cover(s, order_id, task_id=abc["B"]),
        DuplicateError,
        "already covers task 'B'",
    )
    with workspace.transaction() as s:
        row = orders.uncover(s, row.items[0].id)
    assert [i.reference for i in row.items] == ["D-001"]


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"number": "po-4711"}, "already has a purchase order numbered"),
        ({"number": "  "}, "cannot be empty"),
        ({"value": "-1"}, "between 0 and"),
        ({"currency": "euro"}, "three-letter ISO code"),
        ({"vendor_id": 999}, "No vendor"),
    ],
)
def test_a_bad_order_is_refused_and_writes_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict[str, object], match: str
) -> None:
    """Duplicate numbers (any case), blank numbers, negative values, odd currencies and unknown
    vendors are refused with a sentence."""
    vendor_id, _ = _order(workspace, project)
    given: dict[str, object] = {"vendor_id": vendor_id, "number": "PO-2", "value": 10, **fields}
    assert_refused(
        workspace,
        lambda s: orders.add_order(
            s,
            project.project_id,
            given.pop("vendor_id"),  # type: ignore[arg-type]
            given.pop("number"),  # type: ignore[arg-type]
            **given,  # type: ignore[arg-type]
        ),
        CpmError,
        match,
    )


def test_bad_vendors_and_invoices_are_refused(workspace: Workspace, project: ProjectIds) -> None:
    """Same vendor name (any case), a vendor holding orders, a duplicate invoice or another
    project's task are refused; nothing is written."""
    vendor_id, order_id = _order(workspace, project)
    other = make_project(workspace, "OTHER-01", "Other client")
    with workspace.transaction() as s:
        invoices.add_invoice(s, order_id, "INV-1", received_on=PLACED, amount=1)
        foreign = tasks.add_task(s, other.project_id, "Elsewhere")
    assert_refused(workspace, lambda s: vendors.add_vendor(s, "zebra technologies"), DuplicateError)
    assert_refused(
        workspace, lambda s: vendors.delete_vendor(s, vendor_id), ValidationError, "PO-4711"
    )
    assert_refused(
        workspace,
        lambda s: invoices.add_invoice(s, order_id, "inv-1", received_on=PLACED, amount=1),
        DuplicateError,
    )
    assert_refused(
        workspace,
        lambda s: orders.cover(s, order_id, task_id=foreign.id),
        ValidationError,
        "another project",
    )
    assert_refused(
        workspace,
        lambda s: invoices.add_invoice(
            s, order_id, "INV-9", received_on=PLACED, amount=1, task_id=foreign.id
        ),
        ValidationError,
        "another project",
    )


def test_deleting_an_order_takes_its_invoices_and_frees_the_vendor(
    workspace: Workspace, project: ProjectIds
) -> None:
    """An order goes with its invoices; then its vendor may go too."""
    vendor_id, order_id = _order(workspace, project)
    with workspace.transaction() as s:
        invoices.add_invoice(s, order_id, "INV-1", received_on=PLACED, amount=1)
        orders.delete_order(s, order_id)
        vendors.delete_vendor(s, vendor_id)
        assert vendor_orders(s, project.project_id) == ()
        assert vendor_list(s) == ()


def test_a_closed_projects_orders_and_invoices_are_read_only(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Closing a project freezes its orders and invoices."""
    _, order_id = _order(workspace, project)
    with workspace.transaction() as s:
        lifecycle.close_project(s, project.project_id)
    assert_refused(
        workspace,
        lambda s: invoices.add_invoice(s, order_id, "INV-1", received_on=PLACED, amount=1),
        ClosedProjectError,
    )
    assert_refused(workspace, lambda s: orders.edit_order(s, order_id, value=5), ClosedProjectError)
