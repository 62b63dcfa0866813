"""A project's costs from its team's data: rates of the day, actual hours at their week's rate,
invoices, fixed costs; an unconvertible currency is unknown (None), never 0."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.models import PurchaseOrder, TimesheetEntry, Vendor, VendorInvoice
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.portfolio.exchange_rates import add_exchange_rate, set_reporting_currency
from cpm_desktop.services.team import resources as team
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds

LATER = MONDAY + dt.timedelta(days=7)


def test_plain_project_has_no_cost_data(workspace: Workspace, project: ProjectIds) -> None:
    """Tasks without resources, rates or fixed costs: nothing to price."""
    with workspace.transaction() as s:
        add_task(s, project.project_id, "Code", duration=2)
        costs = project_costs(s, project.project_id)
    assert not costs.has_cost_data
    assert costs.cost == Decimal("0.00")
    assert not costs.has_planned_costs
    assert not costs.has_actual_costs


def test_planned_actual_and_revenue(workspace: Workspace, project: ProjectIds) -> None:
    """16 h at 100 + a 500 fixed cost + 3 m of cable at 20 (+ 10 per use); actual hours at the
    rate of their week; an invoice on the task; the summary rolls up."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana").id
        cable = team.add_resource(s, "Cable", kind=ResourceKind.MATERIAL).id
        team.set_rate(
            s, resource_id=ana, effective_from=MONDAY, cost_rate=100, bill_rate=150, currency="EUR"
        )
        team.set_rate(
            s, resource_id=ana, effective_from=LATER, cost_rate=110, bill_rate=150, currency="EUR"
        )
        team.set_rate(
            s,
            resource_id=cable,
            effective_from=MONDAY,
            cost_rate=20,
            bill_rate=30,
            cost_per_use=10,
            currency="EUR",
        )
        phase = add_task(s, project.project_id, "Phase")
        task = add_task(
            s, project.project_id, "Code", parent_id=phase.id, duration=2, fixed_cost=500
        )
        assign(s, task.id, ana)
        assign(s, task.id, cable, units=3)
        s.add(TimesheetEntry(resource_id=ana, task_id=task.id, week_start=MONDAY, hours=6))
        s.add(TimesheetEntry(resource_id=ana, task_id=task.id, week_start=LATER, hours=4))
        vendor = Vendor(name="Cables Ltd")
        s.add(vendor)
        s.flush()
        order = PurchaseOrder(
            project_id=project.project_id,
            vendor_id=vendor.id,
            number="PO-1",
            value=Decimal(900),
            currency="EUR",
        )
        s.add(order)
        s.flush()
        s.add(
            VendorInvoice(
                purchase_order_id=order.id, received_on=LATER, amount=Decimal(300), task_id=task.id
            )
        )
        s.add(VendorInvoice(purchase_order_id=order.id, received_on=LATER, amount=Decimal(50)))
        s.flush()
        costs = project_costs(s, project.project_id)
    line = costs.tasks[task.id]
    assert line.work_hours == 16.0
    assert line.cost == Decimal("2170.00")  # 1600 + 70 + 500
    assert line.revenue == Decimal("2490.00")  # 2400 + 90
    assert line.actual_work_hours == 10.0
    assert line.actual_cost == Decimal("1340.00")  # 600 + 440 + 300
    assert line.remaining_cost == Decimal("830.00")
    assert costs.tasks[phase.id] == line
    assert costs.actual_cost == Decimal("1390.00")  # the invoice of no task counts in the total
    assert costs.cost == Decimal("2170.00")
    assert costs.has_cost_data
    assert costs.has_planned_costs
    assert costs.has_actual_costs
    assert costs.resources[ana].actual_cost == Decimal("1040.00")


def test_cost_per_use_is_charged_per_unit_assigned(
    workspace: Workspace, project: ProjectIds
) -> None:
    """As MS Project: two fitters of a pool (200 %) cost their per-use fee twice, planned and
    actual (once, with the first hours booked); a material's fee is charged once whatever
    its quantity."""
    with workspace.transaction() as s:
        fitters = team.add_resource(s, "Fitters", max_units=3).id
        cable = team.add_resource(s, "Cable", kind=ResourceKind.MATERIAL).id
        for resource, rate in ((fitters, 50), (cable, 20)):
            team.set_rate(
                s,
                resource_id=resource,
                effective_from=MONDAY,
                cost_rate=rate,
                bill_rate=rate,
                cost_per_use=100,
                currency="EUR",
            )
        task = add_task(s, project.project_id, "Fit", duration=1)
        assign(s, task.id, fitters, units=2)
        assign(s, task.id, cable, units=5)
        s.add(TimesheetEntry(resource_id=fitters, task_id=task.id, week_start=MONDAY, hours=10))
        s.add(TimesheetEntry(resource_id=fitters, task_id=task.id, week_start=LATER, hours=6))
        s.flush()
        costs = project_costs(s, project.project_id)
    line = costs.tasks[task.id]
    assert line.cost == Decimal("1200.00")  # 16 h × 50 + 2 × 100, then 5 × 20 + 100
    assert costs.resources[fitters].actual_cost == Decimal("1000.00")  # 16 h × 50 + 2 × 100


def test_other_currency_needs_an_exchange_rate(workspace: Workspace, project: ProjectIds) -> None:
    """A rate in CHF prices a EUR project only through a rate of the day; without one, None."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana").id
        team.set_rate(
            s, resource_id=ana, effective_from=MONDAY, cost_rate=100, bill_rate=100, currency="CHF"
        )
        task = add_task(s, project.project_id, "Code", duration=1)
        assign(s, task.id, ana)
        unknown = project_costs(s, project.project_id)
        set_reporting_currency(s, "USD")
        add_exchange_rate(s, "CHF", MONDAY, "1.2")
        add_exchange_rate(s, "EUR", MONDAY, "1.1")
        known = project_costs(s, project.project_id)
    assert unknown.tasks[task.id].cost is None
    assert unknown.cost is None
    assert unknown.has_cost_data
    # 800 CHF = 960 USD = 872.73 EUR
    assert known.cost == Decimal("872.73")
