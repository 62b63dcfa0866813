"""The demo's team: NHL-WMS staffed by twelve people in four roles, two vendors with their
orders, the client's key user, hours booked before the status date, one over-allocation."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain.team import Employer
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.services.team.project_team import ProjectTeam, project_team
from cpm_desktop.services.team.views import rates, roles
from cpm_desktop.services.vendors.views import vendor_orders, vendor_risks, vendors
from cpm_desktop.services.workload.views import first_week, over_allocated_tasks, workload
from cpm_desktop.workspace import Workspace

STATUS_DATE = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def project_id(demo: Workspace) -> int:
    """The warehouse project's id."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def team(demo: Workspace, project_id: int) -> ProjectTeam:
    """The warehouse project's team."""
    return demo.run(project_team, project_id)


def test_twelve_people_in_four_roles_with_a_client_key_user(team: ProjectTeam) -> None:
    """Twelve people: ours in four roles, the subcontractor's two, the client's key user."""
    people = [m.resource for m in team.members]
    assert len(people) == 12
    assert len({p.role for p in people if p.role}) == 4
    by_employer = Counter(p.employer for p in people)
    assert by_employer == {Employer.US: 9, Employer.VENDOR: 2, Employer.CLIENT: 1}
    [key_user] = [p for p in people if p.employer is Employer.CLIENT]
    assert key_user.name == "Miriam Albers"


def test_a_dated_rate_card_in_eur_and_one_personal_override(demo: Workspace) -> None:
    """Each of the four roles has this year's and next year's rate; one person has their own
    rate above their role's (the client's key user is priced at nothing)."""
    card = demo.run(rates)
    assert len(demo.run(roles)) == 4
    assert {r.currency for r in card} == {"EUR"}
    by_role = Counter(r.role_id for r in card if r.role_id is not None)
    assert sorted(by_role.values()) == [2, 2, 2, 2]
    own = [r for r in card if r.resource_id is not None]
    assert sorted(r.cost_rate for r in own) == [Decimal(0), Decimal(170)]


def test_two_vendors_with_an_order_and_an_invoice_each_and_late_work_as_risks(
    demo: Workspace, project_id: int
) -> None:
    """The handheld vendor's order covers the RF workflows, the subcontractor's the SAP
    interfaces; each has one invoice; their late tasks are risks to the plan."""
    assert len(demo.run(vendors)) == 2
    orders = {o.vendor: o for o in demo.run(vendor_orders, project_id)}
    hardware, sap = orders["Hanse Mobile Devices GmbH"], orders["Elbe Integration Services GmbH"]
    assert [i.reference for i in hardware.items] == ["4.2.3", "4.3.3"]
    assert [i.reference for i in sap.items] == ["4.4.1", "4.4.2"]
    assert [len(o.invoices) for o in orders.values()] == [1, 1]
    assert all(Decimal(0) < o.remaining < o.value for o in orders.values())
    risks = demo.run(vendor_risks, project_id)
    assert {r.wbs for r in risks} <= {"4.2.3", "4.3.3", "4.4.1", "4.4.2"}
    assert risks


def test_hours_are_booked_before_the_status_date_and_cost_about_a_third(
    demo: Workspace, project_id: int, team: ProjectTeam
) -> None:
    """Weekly hours up to the status date, none over 40 a week; the plan's computed cost is
    close to the task budgets (480,000 EUR) and about a third of it is spent."""
    costs = demo.run(project_costs, project_id)
    assert costs.has_planned_costs
    assert costs.has_actual_costs
    assert costs.cost is not None
    assert costs.actual_cost is not None
    assert Decimal(450_000) <= costs.cost <= Decimal(510_000)
    assert 0.30 <= costs.actual_cost / costs.cost <= 0.40
    booked = [m for m in team.members if m.actual_work_hours > 0]
    assert len(booked) >= 8
    vendors_people = [m for m in team.members if m.resource.employer is Employer.VENDOR]
    assert all(m.actual_work_hours == 0 for m in vendors_people)  # invoiced, not booked


def test_one_person_is_over_allocated_on_two_overlapping_tasks(
    demo: Workspace, project_id: int
) -> None:
    """Only Lukas Brandt, on outbound picking and the outbound RF workflows at full time."""
    wbs = {row.id: row.wbs for row in demo.run(task_rows, project_id)}
    over = demo.run(over_allocated_tasks, project_id)
    assert sorted(wbs[task_id] for task_id in over) == ["4.3.1", "4.3.3"]
    load = demo.run(lambda s: workload(s, project_id, start=first_week(s, project_id), weeks=40))
    assert {r.name for r in load.resources if any(w.over_allocated for w in r.project)} == {
        "Lukas Brandt"
    }
