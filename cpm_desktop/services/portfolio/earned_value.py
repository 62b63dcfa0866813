"""Earned value of a project as of its status date, against a baseline when one is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import MAX_BASELINE, Baseline, BaselineTask, Project, Task
from cpm_desktop.scheduling import (
    CurvePoint,
    EarnedValue,
    EvTask,
    project_earned_value,
    s_curve,
    task_earned_value,
)
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.timeline import Timeline, read_rows
from cpm_desktop.services.team.cost_basis import CostBasis, cost_basis
from cpm_desktop.services.validate import clean_date, clean_int, get_or_raise
from cpm_desktop.texts import N_, _, pgettext


@dataclass(frozen=True, slots=True)
class TaskEarnedValue:
    """Earned value of one work task (summaries are not counted twice)."""

    task_id: int
    wbs: str
    name: str
    values: EarnedValue


@dataclass(frozen=True, slots=True)
class EarnedValueReport:
    """Project totals, per-task values and the weekly S-curve; `basis` says what PV is from."""

    status_date: dt.date
    basis: str
    currency: str
    project: EarnedValue
    tasks: list[TaskEarnedValue]
    curve: list[CurvePoint]
    has_cost_data: bool = True  # False: no cost anywhere (services/team/costs.py cost_basis)


# A task as earned value reads it, in outline order: (id, WBS code, name, is a summary, start,
# finish, % complete, actual start, actual finish); and what a baseline planned for a task
# id: (budget, start, finish).
_Row = tuple[
    int, str, str, bool, dt.date | None, dt.date | None, int, dt.date | None, dt.date | None
]
_Planned = tuple[Decimal, dt.date, dt.date]


def earned_value_report(
    session: Session,
    project_id: int,
    *,
    status_date: dt.date | None = None,
    baseline: int = 0,
    detail: bool = True,
    basis: CostBasis | None = None,
    plan: Timeline | None = None,
) -> EarnedValueReport:
    """Earned value as of `status_date` (default: the project's), planned by `baseline`.

    Without that baseline the current schedule and budgets are the plan, and `basis` says so.
    `detail=False` leaves out the per-task values and the S-curve (empty), for the totals alone.
    Budgets and actual costs are the project's cost basis (`basis`, when the caller has it).
    `plan`: the project's Timeline when the caller has just read it: its rows and baseline 0's
    dates are not read again (the same figures either way).
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    number = clean_int(baseline, N_("baseline number"), 0, MAX_BASELINE)
    as_of = status_date if status_date is not None else project.status_date
    if as_of is None:
        raise ValidationError(
            _("{project} has no status date yet: set one to measure earned value.").format(
                project=project.code
            )
        )
    as_of = clean_date(as_of, N_("status date"))
    if basis is None:
        basis = cost_basis(session, project.id)
    saved = session.scalar(
        select(Baseline).where(Baseline.project_id == project.id, Baseline.number == number)
    )
    if plan is not None and plan.project_id == project.id and number == 0:
        rows, planned = _timeline_rows(session, plan, saved)
    else:
        rows, planned = _read_rows(session, project.id, saved)
    ev_tasks = _ev_tasks(rows, planned, basis)
    calendar = work_calendar(project.calendar)
    plain = [ev for _wbs, _name, ev in ev_tasks]
    return EarnedValueReport(
        status_date=as_of,
        # What PV is planned from, as a noun that follows "from the"; the reader's words.
        basis=(
            pgettext("planned from", "Baseline")
            if number == 0
            else pgettext("planned from", "Baseline {number}").format(number=number)
        )
        if saved
        else _("current schedule (no baseline saved)"),
        currency=project.currency,
        project=project_earned_value(plain, calendar, as_of),
        tasks=[
            TaskEarnedValue(ev.id, wbs, name, task_earned_value(ev, calendar, as_of))
            for wbs, name, ev in ev_tasks
        ]
        if detail
        else [],
        curve=s_curve(plain, calendar, as_of) if detail else [],
        has_cost_data=basis.has_cost_data,
    )


def _ev_tasks(
    rows: Iterable[_Row], planned: Mapping[int, _Planned], basis: CostBasis
) -> list[tuple[str, str, EvTask]]:
    """The work tasks earned value counts, with their WBS codes and names, in outline order:
    planned by the baseline where it holds the task, else by the schedule and the cost basis."""
    ev_tasks: list[tuple[str, str, EvTask]] = []
    for task_id, wbs, name, is_summary, start, finish, percent, began, ended in rows:
        if is_summary or start is None or finish is None:  # summaries would count twice
            continue
        budget, planned_start, planned_finish = planned.get(task_id) or (
            basis.budget[task_id],
            start,
            finish,
        )
        ev_tasks.append(
            (
                wbs,
                name,
                EvTask(
                    id=task_id,
                    budget=budget,
                    planned_start=planned_start,
                    planned_finish=planned_finish,
                    percent_complete=percent,
                    actual_cost=basis.actual[task_id],
                    actual_start=began,
                    actual_finish=ended,
                ),
            )
        )
    return ev_tasks


def _read_rows(
    session: Session, project_id: int, saved: Baseline | None
) -> tuple[list[_Row], dict[int, _Planned]]:
    """The project's tasks in outline order and what `saved` planned for them, as read."""
    # Plain column rows, not ORM objects: a third of the time for 10,000 tasks and a baseline.
    planned: dict[int, _Planned] = (
        {
            task_id: (budget, start, finish)
            for task_id, budget, start, finish in read_rows(
                session,
                select(
                    BaselineTask.task_id,
                    BaselineTask.budget_cost,
                    BaselineTask.start,
                    BaselineTask.finish,
                ).where(BaselineTask.baseline_id == saved.id),
            )
        }
        if saved
        else {}
    )
    tasks = {
        row.id: row
        for row in read_rows(
            session,
            select(
                Task.id,
                Task.parent_id,
                Task.position,
                Task.name,
                Task.start,
                Task.finish,
                Task.percent_complete,
                Task.actual_start,
                Task.actual_finish,
            ).where(Task.project_id == project_id),
        )
    }
    parents = {task.parent_id for task in tasks.values()}
    rows: list[_Row] = []
    for task_id, wbs, _depth in outline_order(
        (task.id, task.parent_id, task.position) for task in tasks.values()
    ):
        task = tasks[task_id]
        rows.append(
            (
                task_id,
                wbs,
                task.name,
                task_id in parents,
                task.start,
                task.finish,
                task.percent_complete,
                task.actual_start,
                task.actual_finish,
            )
        )
    return rows, planned


def _timeline_rows(
    session: Session, plan: Timeline, saved: Baseline | None
) -> tuple[list[_Row], dict[int, _Planned]]:
    """The same from a Timeline read just before: only baseline 0's budgets are read."""
    budgets: dict[int, Decimal] = (
        dict(
            read_rows(
                session,
                select(BaselineTask.task_id, BaselineTask.budget_cost).where(
                    BaselineTask.baseline_id == saved.id
                ),
            )
        )
        if saved
        else {}
    )
    rows: list[_Row] = []
    planned: dict[int, _Planned] = {}
    for t in plan.tasks:
        rows.append(
            (
                t.id,
                t.wbs,
                t.name,
                t.is_summary,
                t.start,
                t.finish,
                t.percent_complete,  # a work task's own (only summaries' are rolled up)
                t.actual_start,
                t.actual_finish,
            )
        )
        if t.baseline_start is not None and t.baseline_finish is not None:
            planned[t.id] = (budgets[t.id], t.baseline_start, t.baseline_finish)
    return rows, planned
