"""The demo's team and money: NHL-WMS staffed through the services, as a PM would enter it.

Twelve people in four roles (a dated rate card in EUR, one personal override), the client's key
user, two vendors with a purchase order and an invoice each, assignments on the plan's tasks,
the hours booked each week up to the status date, and one over-allocation for the PM to level
(Lukas Brandt on outbound picking and the outbound RF workflows at once, over New Year).

The hours booked on each task price its work at what the plan reports it cost, so the
computed actual cost tells the same story as the task's reported one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import HAMBURG_HOLIDAYS, PROGRESS, Progress
from cpm_desktop.domain.team import Employer
from cpm_desktop.models import Resource, Task
from cpm_desktop.services.plan.tasks import TaskFields, edit_tasks
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.resources import add_resource, add_role, set_rate
from cpm_desktop.services.timesheets.entries import record_hours
from cpm_desktop.services.vendors.invoices import add_invoice
from cpm_desktop.services.vendors.orders import add_order, cover
from cpm_desktop.services.vendors.vendors import add_vendor

D = dt.date
EUR = "EUR"
CARD_FROM = D(2026, 1, 1)  # this year's rate card
RAISE_FROM = D(2027, 1, 1)  # next year's: about 4 % up


@dataclass(frozen=True, slots=True)
class DemoRole:
    """A role of the rate card with this year's and next year's hourly rates (cost, bill)."""

    name: str
    description: str
    rates: tuple[tuple[int, int], tuple[int, int]]


PM_ROLE, ARCHITECT_ROLE, CONSULTANT, DEVELOPER = (
    "Project manager",
    "Solution architect",
    "WMS consultant",
    "Integration developer",
)
ROLES = (
    DemoRole(PM_ROLE, "Plans, steers and reports the delivery", ((140, 205), (145, 213))),
    DemoRole(ARCHITECT_ROLE, "Architecture, hosting, performance", ((155, 225), (161, 234))),
    DemoRole(CONSULTANT, "WMS processes, configuration, test, training", ((120, 175), (125, 182))),
    DemoRole(DEVELOPER, "SAP, carrier and data interfaces", ((115, 165), (120, 172))),
)
OVERRIDE = ("Tobias Klein", (170, 245))  # the principal architect's own rate, all along


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """A person of the team: role, whose staff, and a note."""

    name: str
    role: str | None
    employer: Employer = Employer.US
    vendor: str | None = None
    notes: str = ""


HARDWARE = "Hanse Mobile Devices GmbH"
SUBCONTRACTOR = "Elbe Integration Services GmbH"
KEY_USER = "Miriam Albers"
PEOPLE = (
    DemoPerson("Laura Becker", PM_ROLE),
    DemoPerson("Tobias Klein", ARCHITECT_ROLE, notes="Principal architect: own rate."),
    DemoPerson("Anna Weber", CONSULTANT, notes="Inbound lead."),
    DemoPerson("Lukas Brandt", CONSULTANT, notes="Outbound lead; hypercare on the floor."),
    DemoPerson("Sophie Wagner", CONSULTANT, notes="Test lead."),
    DemoPerson("Jana Schulz", CONSULTANT),
    DemoPerson("Daniel Hoffmann", DEVELOPER, notes="SAP integration lead."),
    DemoPerson("Marco Rossi", DEVELOPER, notes="Data migration."),
    DemoPerson("Felix Braun", DEVELOPER),
    DemoPerson("Piotr Nowak", DEVELOPER, Employer.VENDOR, SUBCONTRACTOR, "Subcontracted: IDocs."),
    DemoPerson("Katarzyna Lis", DEVELOPER, Employer.VENDOR, SUBCONTRACTOR, "Subcontracted."),
    DemoPerson(
        KEY_USER,
        None,
        Employer.CLIENT,
        notes="Nordhaven's key user: her time costs the project nothing.",
    ),
)

LB, TK, AW, LUB, SW, JS = (
    "Laura Becker",
    "Tobias Klein",
    "Anna Weber",
    "Lukas Brandt",
    "Sophie Wagner",
    "Jana Schulz",
)
DH, MR, FB, PN, KL, MA = (
    "Daniel Hoffmann",
    "Marco Rossi",
    "Felix Braun",
    "Piotr Nowak",
    "Katarzyna Lis",
    KEY_USER,
)

# Who works on which task, at what units (1.0 = full time). Chosen so nobody is loaded over
# full time on any day, except Lukas on 4.3.1 and 4.3.3 (the over-allocation to level).
STAFFING: Mapping[str, tuple[tuple[str, float], ...]] = {
    "1.2": ((LB, 1.0), (TK, 0.5)),
    "2.1": ((AW, 1.0), (LUB, 1.0), (JS, 0.5)),
    "2.2": ((LB, 0.5), (TK, 0.5)),
    "2.3": ((LB, 0.5), (SW, 0.5)),
    "2.4": ((SW, 1.0), (DH, 0.5)),
    "3.1": ((AW, 1.0), (JS, 1.0), (LUB, 0.5)),
    "3.2": ((TK, 1.0), (FB, 0.75)),
    "3.3": ((LUB, 1.0), (JS, 0.75), (LB, 0.25)),
    "3.4": ((DH, 0.5), (MR, 0.5), (FB, 0.5)),
    "3.5": ((MR, 0.5), (MA, 0.5)),
    "3.6": ((TK, 1.0), (MA, 0.5)),
    "4.1": ((TK, 0.75), (FB, 0.5), (DH, 0.5), (MR, 0.5)),
    "4.2.1": ((AW, 0.5), (JS, 0.25), (SW, 0.5)),
    "4.2.2": ((AW, 0.5), (SW, 0.5)),
    "4.2.3": ((AW, 1.0),),
    "4.3.1": ((LUB, 1.0), (JS, 0.5)),
    "4.3.2": ((JS, 1.0),),
    "4.3.3": ((LUB, 1.0),),
    "4.4.1": ((DH, 0.5), (PN, 1.0), (KL, 0.5)),
    "4.4.2": ((DH, 1.0), (PN, 1.0)),
    "4.4.3": ((FB, 1.0), (MR, 0.5)),
    "4.5": ((TK, 0.5), (MR, 0.5)),
    "5.1": ((SW, 1.0),),
    "5.2": ((SW, 1.0), (DH, 0.5), (FB, 0.5)),
    "5.3": ((TK, 1.0),),
    "5.4": ((MA, 1.0), (SW, 0.5)),
    "5.5": ((DH, 1.0), (SW, 0.5)),
    "6.1.1": ((MA, 0.5), (JS, 0.25)),
    "6.1.2": ((MR, 1.0),),
    "6.1.3": ((MR, 1.0),),
    "6.2.1": ((AW, 0.5), (JS, 0.5)),
    "6.2.2": ((MA, 1.0), (AW, 1.0)),
    "6.3.2": ((MR, 1.0), (LUB, 1.0)),
    "6.3.3": ((FB, 1.0),),
    "7.1": ((LUB, 1.0), (JS, 0.5)),
    "7.2": ((FB, 1.0),),
    "7.4": ((LB, 1.0),),
}


@dataclass(frozen=True, slots=True)
class DemoOrder:
    """A vendor, its purchase order, what it covers (WBS codes) and its one invoice."""

    vendor: str
    contact: str
    number: str
    value: int
    placed_on: dt.date
    description: str
    performance: str
    covers: tuple[str, ...]
    invoice: tuple[str, dt.date, int, str, str]  # number, received on, amount, task, note
    fixed_costs: Mapping[str, int]  # the order's planned cost, on the tasks it is for


ORDERS = (
    DemoOrder(
        HARDWARE,
        "Jens Möller, account manager, +49 40 5550 8810",
        "PO-2026-0412",
        14_400,
        D(2026, 10, 5),
        "Zebra handhelds: 40 rented for build, test and UAT (Nov 2026 to Apr 2027) with "
        "cradles, and an RF site survey of the Hamburg DC. The 120-device production fleet is "
        "Nordhaven's own order with the same reseller (R-001).",
        "Site survey on time (2 Nov), charged to the environments. Rental devices promised for "
        "27 Nov; the RF workflows wait for the designs, so they run late against the baseline.",
        ("4.2.3", "4.3.3"),
        ("HMD-26-1187", D(2026, 11, 9), 3_600, "4.1", "RF site survey of the Hamburg DC"),
        {"4.1": 3_600, "4.2.3": 5_400, "4.3.3": 5_400},
    ),
    DemoOrder(
        SUBCONTRACTOR,
        "Piotr Nowak, delivery lead, +49 40 5550 7702",
        "SUB-2026-031",
        25_800,
        D(2026, 10, 12),
        "SAP S/4HANA IDoc interfaces: item master and purchase orders, sales orders and goods "
        "issue; fixed price, two developers.",
        "Good developers; blocked by the missing IDoc specifications from the Nordhaven SAP "
        "team (escalated). Invoices as agreed.",
        ("4.4.1", "4.4.2"),
        ("EIS-2026-0093", D(2026, 11, 18), 2_580, "4.4.1", "10 % on the start of development"),
        {},
    ),
)


def add_demo_team(
    session: Session, project_id: int, task_ids: Mapping[str, int], status_date: dt.date
) -> None:
    """Staff the project: roles and rates, people, vendors and orders, assignments, and the
    hours booked week by week up to `status_date`."""
    roles = {
        role.name: add_role(session, role.name, description=role.description).id for role in ROLES
    }
    for role in ROLES:
        for since, (cost, bill) in zip((CARD_FROM, RAISE_FROM), role.rates, strict=True):
            set_rate(
                session,
                role_id=roles[role.name],
                effective_from=since,
                cost_rate=Decimal(cost),
                bill_rate=Decimal(bill),
                currency=EUR,
            )
    vendors = {
        order.vendor: add_vendor(session, order.vendor, contact=order.contact).id
        for order in ORDERS
    }
    people: dict[str, int] = {}
    for person in PEOPLE:
        people[person.name] = add_resource(
            session,
            person.name,
            role_id=roles[person.role] if person.role else None,
            employer=person.employer,
            vendor_id=vendors[person.vendor] if person.vendor else None,
            notes=person.notes,
        ).id
    name, (cost, bill) = OVERRIDE
    set_rate(
        session,
        resource_id=people[name],
        effective_from=CARD_FROM,
        cost_rate=Decimal(cost),
        bill_rate=Decimal(bill),
        currency=EUR,
    )
    # The client's key user is priced at nothing, so her work costs the project no money
    # (without a rate it would make the plan's cost unknown).
    set_rate(
        session,
        resource_id=people[KEY_USER],
        effective_from=CARD_FROM,
        cost_rate=Decimal(0),
        bill_rate=Decimal(0),
        currency=EUR,
    )
    # The session holds its rows weakly: keep the plan's tasks and the team loaded while a few
    # hundred service calls look them up (each would otherwise read its row again).
    held = [
        *session.scalars(select(Task).where(Task.project_id == project_id)),
        *session.scalars(select(Resource)),
    ]
    _add_orders(session, project_id, task_ids, vendors)
    for wbs, staff in STAFFING.items():
        for person_name, units in staff:
            assign(session, task_ids[wbs], people[person_name], units=units)
    _book_hours(session, project_id, task_ids, people, status_date)
    del held


def _add_orders(
    session: Session, project_id: int, task_ids: Mapping[str, int], vendors: Mapping[str, int]
) -> None:
    fixed: dict[int, TaskFields] = {}
    for order in ORDERS:
        row = add_order(
            session,
            project_id,
            vendors[order.vendor],
            order.number,
            value=order.value,
            placed_on=order.placed_on,
            description=order.description,
            performance=order.performance,
        )
        for wbs in order.covers:
            cover(session, row.id, task_id=task_ids[wbs])
        number, received, amount, wbs, note = order.invoice
        add_invoice(
            session,
            row.id,
            number,
            received_on=received,
            amount=amount,
            task_id=task_ids[wbs],
            note=note,
        )
        for wbs, cost in order.fixed_costs.items():
            fixed[task_ids[wbs]] = {"fixed_cost": Decimal(cost)}
    if fixed:
        edit_tasks(session, fixed)  # one reschedule for every order's fixed costs


def _book_hours(
    session: Session,
    project_id: int,
    task_ids: Mapping[str, int],
    people: Mapping[str, int],
    status_date: dt.date,
) -> None:
    """Book each week's hours of the work done or under way by `status_date`.

    A person's hours on a task follow the days they worked on it (its actual dates, up to the
    status date) at their units, scaled so the hours and the invoices charged to the task cost
    what the plan reports it cost: the KPIs read the same from either. The subcontractor's
    people book no hours: their work is in its invoices.
    """
    rate = _hourly_cost()
    invoiced = {order.invoice[3]: order.invoice[2] for order in ORDERS}
    weeks: dict[dt.date, dict[tuple[int, int], float]] = defaultdict(dict)
    for wbs, progress in PROGRESS.items():
        staff = [(n, u) for n, u in STAFFING.get(wbs, ()) if n in rate and rate[n] > 0]
        if not staff or not progress.cost:
            continue
        days = [d for d in _span(progress, status_date) if _is_working(d)]
        raw = {(n, d): u * 8 for n, u in staff for d in days}
        priced = sum(hours * rate[n] for (n, _), hours in raw.items())
        target = progress.cost - invoiced.get(wbs, 0)
        scale = max(target, 0) / priced if priced else 0.0
        for (n, day), hours in raw.items():
            week = day - dt.timedelta(days=day.weekday())
            key = (people[n], task_ids[wbs])
            weeks[week][key] = weeks[week].get(key, 0.0) + hours * scale
    # To the quarter hour, rounding the running total so a task's hours add up to its cost.
    exact: dict[tuple[int, int], float] = defaultdict(float)
    booked: dict[tuple[int, int], float] = defaultdict(float)
    for week, cells in sorted(weeks.items()):
        for key, hours in cells.items():
            exact[key] += hours
            quarter = round(exact[key] * 4) / 4 - booked[key]
            if quarter > 0:
                record_hours(session, key[0], key[1], week, quarter)
                booked[key] += quarter


def _hourly_cost() -> dict[str, float]:
    """This year's cost rate of each person who books hours (vendors' people book none)."""
    by_role = {role.name: role.rates[0][0] for role in ROLES}
    rate = {
        p.name: float(by_role[p.role])
        for p in PEOPLE
        if p.role and p.employer is not Employer.VENDOR
    }
    rate[OVERRIDE[0]] = float(OVERRIDE[1][0])
    return rate


def _span(progress: Progress, status_date: dt.date) -> list[dt.date]:
    end = min(progress.finish or status_date, status_date)
    count = (end - progress.start).days + 1
    return [progress.start + dt.timedelta(days=n) for n in range(count)]


def _is_working(day: dt.date) -> bool:
    """A weekday that is no public holiday in Hamburg."""
    return day.weekday() < 5 and day not in _HOLIDAYS


_HOLIDAYS = frozenset(day for day, _ in HAMBURG_HOLIDAYS)
