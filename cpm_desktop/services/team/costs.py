"""What a project's work costs and earns, from the team's data alone.

Planned: each assignment priced at the rate in force on its task's start (work × cost rate,
a material's quantity × its rate, plus the cost per use; a cost resource's amount), plus the
task's fixed cost. Revenue: the same work at the bill rates. Actual: booked timesheet hours at
the rate of their week, invoices received against the project's purchase orders (charged to
their task where they name one), and materials and cost resources as far as the task is
complete. A rate in another currency than the project's converts at the exchange rate of the
day; with no rate for the day (or no rate for a person's work) the figure is unknown (None),
never 0. Summaries roll their tasks up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.models import (
    Assignment,
    Project,
    PurchaseOrder,
    Resource,
    Task,
    TimesheetEntry,
    VendorInvoice,
)
from cpm_desktop.models.base import money_from_cents
from cpm_desktop.services.plan.plan_rows import as_cents, as_text, parse_dates
from cpm_desktop.services.plan.timeline import read_rows
from cpm_desktop.services.portfolio.exchange_rates import ExchangeRateRow, exchange_rates
from cpm_desktop.services.team.views import RateCard, RateRow, rate_cards
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

_ZERO = Decimal(0)
_ONE = Decimal(1)
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class TaskCost:
    """A task's work (hours) and money; a summary's are its tasks' summed. None: unknown."""

    work_hours: float = 0.0
    cost: Decimal | None = _ZERO
    revenue: Decimal | None = _ZERO
    actual_work_hours: float = 0.0
    actual_cost: Decimal | None = _ZERO
    remaining_cost: Decimal | None = _ZERO


_NOTHING = TaskCost(
    cost=_ZERO.quantize(_CENT),
    revenue=_ZERO.quantize(_CENT),
    actual_cost=_ZERO.quantize(_CENT),
    remaining_cost=_ZERO.quantize(_CENT),
)


@dataclass(frozen=True, slots=True)
class ResourceCost:
    """One resource's part of a project: its work and money over the project's tasks."""

    resource_id: int
    work_hours: float = 0.0
    cost: Decimal | None = _ZERO
    revenue: Decimal | None = _ZERO
    actual_work_hours: float = 0.0
    actual_cost: Decimal | None = _ZERO


@dataclass(frozen=True, slots=True)
class ProjectCosts:
    """A project's costs in its currency: per task (summaries too), per resource and in
    total. `has_cost_data` says whether the team's data price anything at all."""

    project_id: int
    currency: str
    tasks: Mapping[int, TaskCost]
    resources: Mapping[int, ResourceCost]
    work_hours: float
    cost: Decimal | None
    revenue: Decimal | None
    actual_work_hours: float
    actual_cost: Decimal | None
    remaining_cost: Decimal | None
    has_cost_data: bool  # a rate of an assigned resource, a cost amount, a fixed cost or an invoice
    has_planned_costs: bool  # assignments or fixed costs price the plan
    has_actual_costs: bool  # timesheet hours or invoices price what was spent
    # Each resource's part of each task, by (task id, resource id): the cost breakdown by role.
    assignments: Mapping[tuple[int, int], ResourceCost] = field(default_factory=dict)
    # What each week (its Monday) spent: hours booked at the week's rate and invoices received
    # in it; the burn chart's actual cost. Materials and cost resources have no week.
    weekly_actual: Mapping[dt.date, Decimal | None] = field(default_factory=dict)


def project_costs(session: Session, project_id: int) -> ProjectCosts:
    """The costs of a project's tasks and resources, and its totals (see the module)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    pricer = _Pricer(project.currency, rate_cards(session), exchange_rates(session).rates)
    # Plain column rows, not ORM objects: the KPIs of a 10,000-task plan read this too.
    tasks = {
        t.id: t
        for t in read_rows(
            session,
            select(
                Task.id,
                Task.parent_id,
                as_text(Task.start).label("start"),
                Task.percent_complete,
                as_cents(Task.fixed_cost).label("fixed_cents"),
            ).where(Task.project_id == project.id),
        )
    }
    starts = parse_dates(task.start for task in tasks.values())
    kinds: dict[int, ResourceKind] = {
        rid: kind for rid, kind in read_rows(session, select(Resource.id, Resource.kind))
    }
    leaf: dict[int, _Sum] = {task_id: _Sum() for task_id in tasks}
    people: dict[int, _Sum] = {}
    pairs: dict[tuple[int, int], _Sum] = {}
    weekly: dict[dt.date, Decimal | None] = {}
    priced = False
    units: dict[tuple[int, int], Decimal] = {}  # (task, resource): times its cost per use
    assignments = read_rows(
        session,
        select(
            Assignment.task_id,
            Assignment.resource_id,
            Assignment.units,
            Assignment.work_hours,
            Assignment.cost_amount,
        )
        .join(Task, Task.id == Assignment.task_id)
        .where(Task.project_id == project.id),
    )
    for a in assignments:
        task = tasks[a.task_id]
        day = starts[task.start] or project.start_date
        kind = kinds[a.resource_id]
        total, person = leaf[task.id], people.setdefault(a.resource_id, _Sum())
        pair = pairs.setdefault((task.id, a.resource_id), _Sum())
        if kind is ResourceKind.COST:
            amount = a.cost_amount or _ZERO
            priced = priced or a.cost_amount is not None
            done = amount * task.percent_complete / 100
            for s in (total, person, pair):
                s.add(cost=amount, revenue=_ZERO, actual=done)
            continue
        rate = pricer.rate(a.resource_id, day)
        priced = priced or rate is not None
        quantity = Decimal(str(a.work_hours if kind is ResourceKind.WORK else a.units))
        # As MS Project: a person's cost per use is charged per unit assigned (two people
        # of a pool, twice), a material's once.
        uses = Decimal(str(a.units)) if kind is ResourceKind.WORK else _ONE
        units[(task.id, a.resource_id)] = uses
        cost = pricer.money(rate, quantity, day, uses=uses)
        revenue = pricer.money(rate, quantity, day, bill=True)
        work = a.work_hours if kind is ResourceKind.WORK else 0.0
        actual = None if cost is None else cost * task.percent_complete / 100
        for s in (total, person, pair):
            s.add(cost=cost, revenue=revenue, work=work)
            if kind is ResourceKind.MATERIAL:
                s.add(actual=actual)
    for task in tasks.values():
        if task.fixed_cents:
            priced = True
            leaf[task.id].add(cost=money_from_cents(task.fixed_cents))
    entries = read_rows(
        session,
        select(
            TimesheetEntry.resource_id,
            TimesheetEntry.task_id,
            TimesheetEntry.week_start,
            TimesheetEntry.hours,
        )
        .join(Task, Task.id == TimesheetEntry.task_id)
        .where(Task.project_id == project.id),
    )
    charged: set[tuple[int, int]] = set()  # (task, resource) whose cost per use is booked
    for entry in entries:
        rate = pricer.rate(entry.resource_id, entry.week_start)
        hours = Decimal(str(entry.hours))
        key = (entry.task_id, entry.resource_id)
        first = entry.hours > 0 and key not in charged
        if first:
            charged.add(key)
        uses = units.get(key, _ONE) if first else _ZERO
        actual = pricer.money(rate, hours, entry.week_start, uses=uses) if hours else _ZERO
        pair = pairs.setdefault((entry.task_id, entry.resource_id), _Sum())
        for s in (leaf[entry.task_id], people.setdefault(entry.resource_id, _Sum()), pair):
            s.add(actual=actual, actual_work=entry.hours)
        weekly[entry.week_start] = _plus(weekly.get(entry.week_start, _ZERO), actual)
    unassigned = _Sum()
    invoices = read_rows(
        session,
        select(
            VendorInvoice.amount,
            PurchaseOrder.currency,
            VendorInvoice.received_on,
            VendorInvoice.task_id,
        )
        .join(PurchaseOrder, PurchaseOrder.id == VendorInvoice.purchase_order_id)
        .where(PurchaseOrder.project_id == project.id),
    )
    for amount, currency, received_on, task_id in invoices:
        spent = pricer.convert(amount, currency, received_on)
        target = leaf.get(task_id) if task_id is not None else None
        (target or unassigned).add(actual=spent)
        week = received_on - dt.timedelta(days=received_on.weekday())
        weekly[week] = _plus(weekly.get(week, _ZERO), spent)
    task_costs = _rolled_up({t.id: t.parent_id for t in tasks.values()}, leaf)
    roots = [task_costs[t.id] for t in tasks.values() if t.parent_id is None]
    total = _Sum()
    for root in roots:
        total.add(
            cost=root.cost,
            revenue=root.revenue,
            work=root.work_hours,
            actual=root.actual_cost,
            actual_work=root.actual_work_hours,
        )
    total.add(actual=unassigned.actual)
    planned = bool(assignments) or any(t.fixed_cents for t in tasks.values())
    return ProjectCosts(
        project_id=project.id,
        currency=project.currency,
        tasks=task_costs,
        resources={rid: s.resource_cost(rid) for rid, s in people.items()},
        work_hours=total.work,
        cost=_cents(total.cost),
        revenue=_cents(total.revenue),
        actual_work_hours=total.actual_work,
        actual_cost=_cents(total.actual),
        remaining_cost=_remaining(total.cost, total.actual),
        has_cost_data=priced or bool(invoices),
        has_planned_costs=planned,
        has_actual_costs=bool(entries) or bool(invoices),
        assignments={key: s.resource_cost(key[1]) for key, s in pairs.items()},
        weekly_actual={week: _cents(amount) for week, amount in sorted(weekly.items())},
    )


@dataclass(slots=True)
class _Sum:
    """Running totals; an unknown part makes its total unknown (None) for good."""

    work: float = 0.0
    cost: Decimal | None = _ZERO
    revenue: Decimal | None = _ZERO
    actual_work: float = 0.0
    actual: Decimal | None = _ZERO

    def add(
        self,
        *,
        cost: Decimal | None = _ZERO,
        revenue: Decimal | None = _ZERO,
        work: float = 0.0,
        actual: Decimal | None = _ZERO,
        actual_work: float = 0.0,
    ) -> None:
        self.work += work
        self.actual_work += actual_work
        self.cost = _plus(self.cost, cost)
        self.revenue = _plus(self.revenue, revenue)
        self.actual = _plus(self.actual, actual)

    def is_nothing(self) -> bool:
        """Tell whether every total is zero (an unknown one is not nothing)."""
        if self.cost is None or self.revenue is None or self.actual is None:
            return False
        return not (self.work or self.cost or self.revenue or self.actual_work or self.actual)

    def task_cost(self) -> TaskCost:
        if self.is_nothing():
            return _NOTHING  # most tasks of a plan cost nothing: one shared answer
        return TaskCost(
            work_hours=self.work,
            cost=_cents(self.cost),
            revenue=_cents(self.revenue),
            actual_work_hours=self.actual_work,
            actual_cost=_cents(self.actual),
            remaining_cost=_remaining(self.cost, self.actual),
        )

    def resource_cost(self, resource_id: int) -> ResourceCost:
        return ResourceCost(
            resource_id=resource_id,
            work_hours=self.work,
            cost=_cents(self.cost),
            revenue=_cents(self.revenue),
            actual_work_hours=self.actual_work,
            actual_cost=_cents(self.actual),
        )


class _Pricer:
    """Prices quantities at the rate card's rates, in the project's currency."""

    def __init__(self, currency: str, card: RateCard, fx: Iterable[ExchangeRateRow]) -> None:
        self.currency = currency
        self.card = card
        self.fx = tuple(fx)

    def rate(self, resource_id: int, day: dt.date) -> RateRow | None:
        return self.card.on(resource_id, day)

    def money(
        self,
        rate: RateRow | None,
        quantity: Decimal,
        day: dt.date,
        *,
        bill: bool = False,
        uses: Decimal = _ZERO,
    ) -> Decimal | None:
        """`quantity` at the rate (cost or bill), plus `uses` times the cost per use; None:
        unknown."""
        if rate is None:
            return _ZERO if quantity == 0 else None
        amount = quantity * (rate.bill_rate if bill else rate.cost_rate)
        if uses and not bill:
            amount += uses * rate.cost_per_use
        return self.convert(amount, rate.currency, day)

    def convert(self, amount: Decimal, currency: str, day: dt.date) -> Decimal | None:
        """`amount` of `currency` in the project's currency on `day`; None without a rate."""
        if currency == self.currency or amount == 0:
            return amount
        factor = _factor(self.fx, currency, self.currency, day)
        return None if factor is None else amount * factor


def _factor(
    fx: tuple[ExchangeRateRow, ...], source: str, target: str, day: dt.date
) -> Decimal | None:
    """How many `target` one `source` is worth on `day`: directly, inversely, or through a
    currency both are quoted in."""
    latest: dict[tuple[str, str], ExchangeRateRow] = {}
    for r in fx:
        if r.valid_from <= day:
            key = (r.currency, r.quote_currency)
            if key not in latest or latest[key].valid_from < r.valid_from:
                latest[key] = r
    if (source, target) in latest:
        return latest[source, target].rate
    if (target, source) in latest:
        return 1 / latest[target, source].rate
    for (base, quote), row in latest.items():
        if base == source and (target, quote) in latest:
            return row.rate / latest[target, quote].rate
    return None


def _rolled_up(parents: Mapping[int, int | None], leaf: Mapping[int, _Sum]) -> dict[int, TaskCost]:
    """Each task's own sums plus its children's, deepest first."""
    kids: dict[int | None, list[int]] = {}
    for task_id, parent_id in parents.items():
        kids.setdefault(parent_id, []).append(task_id)
    # Parents before children; walked backwards, every child is added before its parent is
    # read. A 10,000-task plan is rolled up after every edit (the header's standing), and
    # most of its tasks cost nothing: those add nothing and share one answer.
    order: list[int] = []
    stack = list(kids.get(None, ()))
    while stack:
        task_id = stack.pop()
        order.append(task_id)
        stack.extend(kids.get(task_id, ()))
    sums = {t: _Sum(s.work, s.cost, s.revenue, s.actual_work, s.actual) for t, s in leaf.items()}
    for task_id in reversed(order):
        parent_id = parents[task_id]
        own = sums[task_id]
        if parent_id is None or own.is_nothing():
            continue
        total = sums[parent_id]
        total.work += own.work
        total.cost = _plus(total.cost, own.cost)
        total.revenue = _plus(total.revenue, own.revenue)
        total.actual_work += own.actual_work
        total.actual = _plus(total.actual, own.actual)
    return {task_id: sums[task_id].task_cost() for task_id in order}


def _plus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a + b


def _cents(amount: Decimal | None) -> Decimal | None:
    return None if amount is None else amount.quantize(_CENT)


def _remaining(cost: Decimal | None, actual: Decimal | None) -> Decimal | None:
    if cost is None or actual is None:
        return None
    return max(cost - actual, _ZERO).quantize(_CENT)
