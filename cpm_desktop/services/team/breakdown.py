"""Where a project's money goes: budget, actual cost and forecast at completion by phase (the
top-level summary tasks) and by role, and the actual cost week by week for the burn chart.

Each line's forecast follows the project's earned-value rule on that line's own work: budget
÷ CPI (budget × actual ÷ earned), or actual + budget − earned while nothing is earned or
spent. The phases take earned value's budgets (the baseline's once one is saved), so their
total is the project's own figures; the roles price the people's planned work at the rate
card (fixed costs, materials and invoices belong to no role).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.models import Project, Resource, Role, Task
from cpm_desktop.reports.cost_rows import CostRow
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.timeline import read_rows
from cpm_desktop.services.portfolio.earned_value import EarnedValueReport
from cpm_desktop.services.team.cost_basis import cost_basis
from cpm_desktop.services.team.costs import ProjectCosts, project_costs
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_

NO_ROLE = "No role"
# What no role's work explains: fixed costs, materials, invoices, costs kept on the tasks.
OTHER = "Other costs"
OUTSIDE = "Tasks outside a phase"  # top-level work that is no summary
TOTAL = "Project"
_ZERO = Decimal(0)
_CENT = Decimal("0.01")
_FRIDAY = 4
_Leaf = tuple[int, Decimal, Decimal, Decimal]  # a work task: id, budget, earned, actual


@dataclass(frozen=True, slots=True)
class CostBreakdown:
    """A project's cost by phase and by role, each with its total; `has_cost_data` False
    when nothing prices the project (every line then reads "no cost data")."""

    currency: str
    phases: tuple[CostRow, ...]
    roles: tuple[CostRow, ...]  # with OTHER they add up to the total; none without a team
    total: CostRow  # the project's budget, actual cost and estimate at completion
    has_cost_data: bool


@dataclass(slots=True)
class _Sums:
    """Budget, earned value and actual cost running together; None once a part is unknown."""

    budget: Decimal | None = _ZERO
    earned: Decimal | None = _ZERO
    actual: Decimal | None = _ZERO

    def add(self, budget: Decimal | None, earned: Decimal | None, actual: Decimal | None) -> None:
        self.budget = _plus(self.budget, budget)
        self.earned = _plus(self.earned, earned)
        self.actual = _plus(self.actual, actual)

    def row(self, name: str, code: str = "") -> CostRow:
        return CostRow(
            name,
            _cents(self.budget),
            _cents(self.actual),
            forecast(self.budget, self.earned, self.actual),
            code,
        )

    @property
    def empty(self) -> bool:
        return self.budget == 0 and self.actual == 0


def cost_breakdown(
    session: Session,
    project_id: int,
    *,
    report: EarnedValueReport | None = None,
    costs: ProjectCosts | None = None,
) -> CostBreakdown:
    """The project's cost by phase and by role. `report` (earned value with its per-task
    values, as of the status date) gives each task its budget, earned value and actual cost;
    without it, the cost basis does. `costs` saves reading the team's costs again."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    costs = costs or project_costs(session, project.id)
    tasks = read_rows(
        session,
        select(Task.id, Task.parent_id, Task.position, Task.name, Task.percent_complete).where(
            Task.project_id == project.id
        ),
    )
    progress = {t.id: t.percent_complete for t in tasks}
    leaves: list[_Leaf]
    if report is not None and report.tasks:
        leaves = [(t.task_id, t.values.bac, t.values.ev, t.values.ac) for t in report.tasks]
        has_cost_data = report.has_cost_data
    else:
        basis = cost_basis(session, project.id)
        parents = {t.parent_id for t in tasks}
        leaves = [
            (
                t.id,
                basis.budget[t.id],
                basis.budget[t.id] * progress[t.id] / 100,
                basis.actual[t.id],
            )
            for t in tasks
            if t.id not in parents
        ]
        has_cost_data = basis.has_cost_data
    phases, phase_total = _phases([(t[0], t[1], t[2], t[3]) for t in tasks], leaves)
    if report is not None and report.tasks:  # the project's own figures, to the cent
        p = report.project
        phase_total = CostRow(TOTAL, p.bac, p.ac, p.eac)
    roles = _roles(session, costs, leaves)
    return CostBreakdown(project.currency, phases, roles, phase_total, has_cost_data)


def forecast(
    budget: Decimal | None, earned: Decimal | None, actual: Decimal | None
) -> Decimal | None:
    """Estimate at completion by earned value's rule: budget × actual ÷ earned, or actual +
    budget − earned when nothing is earned or spent; None when a part is unknown."""
    if budget is None or earned is None or actual is None:
        return None
    if earned > 0 and actual > 0:
        return _cents(budget * actual / earned)
    return _cents(actual + budget - earned)


def actual_burn(costs: ProjectCosts, until: dt.date) -> tuple[tuple[dt.date, Decimal], ...]:
    """The cumulative actual cost at the end of each week (its Friday, or `until` for the
    week it falls in) from the first week with a cost to `until`; empty when nothing dated
    was spent or a week's cost is unknown."""
    points: list[tuple[dt.date, Decimal]] = []
    running = _ZERO
    for monday, spent in sorted(costs.weekly_actual.items()):
        if monday > until:
            break
        if spent is None:
            return ()
        running += spent
        points.append((min(monday + dt.timedelta(days=_FRIDAY), until), running))
    return tuple(points)


def _phases(
    tasks: list[tuple[int, int | None, int, str]], leaves: list[_Leaf]
) -> tuple[tuple[CostRow, ...], CostRow]:
    """Each top-level summary task's sums, in outline order, and their total."""
    parent_of = {t[0]: t[1] for t in tasks}
    names = {t[0]: t[3] for t in tasks}
    summaries = set(parent_of.values())
    tops = [
        (task_id, wbs)
        for task_id, wbs, depth in outline_order((t[0], t[1], t[2]) for t in tasks)
        if depth == 0
    ]
    sums = {task_id: _Sums() for task_id, _ in tops}
    total = _Sums()
    for task_id, budget, earned, actual in leaves:
        top = task_id
        while (up := parent_of.get(top)) is not None:
            top = up
        if top in sums:
            sums[top].add(budget, earned, actual)
            total.add(budget, earned, actual)
    phases = [sums[t].row(names[t], wbs) for t, wbs in tops if t in summaries]
    outside = _Sums()
    for t, _ in tops:
        if t not in summaries:
            part = sums[t]
            outside.add(part.budget, part.earned, part.actual)
    if not outside.empty:
        phases.append(outside.row(OUTSIDE))
    return tuple(phases), total.row(TOTAL)


def _roles(session: Session, costs: ProjectCosts, leaves: list[_Leaf]) -> tuple[CostRow, ...]:
    """Each task's budget and earned value shared among roles as the rate card prices their
    planned work on it, its actual cost as their booked hours cost; what no role's work
    explains (fixed costs, materials, invoices, costs stored on tasks) is OTHER."""
    people = {
        rid: role or NO_ROLE
        for rid, role in session.execute(
            select(Resource.id, Role.name)
            .outerjoin(Role, Role.id == Resource.role_id)
            .where(Resource.kind == ResourceKind.WORK)
        )
    }
    by_task: dict[int, dict[str, list[Decimal | None]]] = {}
    for (task_id, resource_id), part in costs.assignments.items():
        role = people.get(resource_id)
        if role is not None:  # a material or a cost is no role's work
            shares = by_task.setdefault(task_id, {}).setdefault(role, [_ZERO, _ZERO])
            shares[0] = _plus(shares[0], part.cost)
            shares[1] = _plus(shares[1], part.actual_cost)
    sums: dict[str, _Sums] = {}
    for task_id, budget, earned, actual in leaves:
        team = costs.tasks.get(task_id)
        left: list[Decimal | None] = [budget, earned, actual]
        for role, (planned, spent) in by_task.get(task_id, {}).items():
            plan_share = _share(planned, team.cost if team else _ZERO)
            cost_share = _share(spent, team.actual_cost if team else _ZERO)
            shared = [
                _times(budget, plan_share),
                _times(earned, plan_share),
                _times(actual, cost_share),
            ]
            sums.setdefault(role, _Sums()).add(*shared)
            left = [_minus(a, b) for a, b in zip(left, shared, strict=True)]
        sums.setdefault(OTHER, _Sums()).add(*left)
    if not sums.keys() - {OTHER}:  # nobody's work is priced: no breakdown by role
        return ()
    order = sorted((r for r in sums if r not in (NO_ROLE, OTHER)), key=fold)
    order += [r for r in (NO_ROLE, OTHER) if r in sums]
    return tuple(sums[r].row(r) for r in order if not sums[r].empty)


def _share(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """`part` of `whole` (0 when the whole is 0); None when either is unknown."""
    if part is None or whole is None:
        return None
    return part / whole if whole else _ZERO


def _times(amount: Decimal | None, share: Decimal | None) -> Decimal | None:
    return None if amount is None or share is None else amount * share


def _minus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a - b


def _plus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a + b


def _cents(amount: Decimal | None) -> Decimal | None:
    return None if amount is None else amount.quantize(_CENT, rounding=ROUND_HALF_UP)
