"""The cost basis: the money a project's earned value and KPIs are measured with.

One rule for every screen and file: a task's budget is its team cost where the team prices
it, else the budget stored on it; its actual cost likewise (see `CostBasis`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Task
from cpm_desktop.models.base import money_from_cents
from cpm_desktop.services.plan.plan_rows import as_cents
from cpm_desktop.services.plan.timeline import read_rows
from cpm_desktop.services.team.costs import ProjectCosts, TaskCost, project_costs


@dataclass(frozen=True, slots=True)
class CostBasis:
    """The money a project's earned value and KPIs are measured with: one rule for every
    screen and file.

    A task's budget is its team cost (assignments at their rates and its fixed cost) where the
    team prices it, else the budget cost stored on it (older workspaces, a plan imported with
    costs); its actual cost likewise from booked hours and invoices, else the stored one.
    """

    budget: Mapping[int, Decimal]  # every task's
    actual: Mapping[int, Decimal]
    work_hours: Mapping[int, float]  # every task's planned work (a summary's: its tasks')
    has_cost_data: bool  # False: nothing prices the project; its cost KPIs read "no cost data"
    billable: Decimal | None  # the planned work at the bill rates; None when nothing is rated


def cost_basis(
    session: Session, project_id: int, *, costs: ProjectCosts | None = None
) -> CostBasis:
    """The budget and actual cost of each of a project's tasks, and whether it has any
    (`costs`: the project's, when the caller has read them)."""
    if costs is None:
        costs = project_costs(session, project_id)
    budget: dict[int, Decimal] = {}
    actual: dict[int, Decimal] = {}
    stored_any = False
    for task_id, budget_cents, actual_cents in read_rows(
        session,
        select(Task.id, as_cents(Task.budget_cost), as_cents(Task.actual_cost)).where(
            Task.project_id == project_id
        ),
    ):
        stored_any = stored_any or bool(budget_cents) or bool(actual_cents)
        stored_budget = money_from_cents(budget_cents)
        stored_actual = money_from_cents(actual_cents)
        team = costs.tasks.get(task_id, TaskCost())
        budget[task_id] = team.cost if costs.has_planned_costs and team.cost else stored_budget
        actual[task_id] = (
            team.actual_cost if costs.has_actual_costs and team.actual_cost else stored_actual
        )
    return CostBasis(
        budget=budget,
        actual=actual,
        work_hours={task_id: line.work_hours for task_id, line in costs.tasks.items()},
        has_cost_data=costs.has_cost_data or stored_any,
        billable=costs.revenue if costs.has_cost_data and costs.revenue else None,
    )
