"""Earned value of a project as of its status date, against a baseline when one is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
from cpm_desktop.services.plan.timeline import read_rows
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


def earned_value_report(
    session: Session,
    project_id: int,
    *,
    status_date: dt.date | None = None,
    baseline: int = 0,
    detail: bool = True,
    basis: CostBasis | None = None,
) -> EarnedValueReport:
    """Earned value as of `status_date` (default: the project's), planned by `baseline`.

    Without that baseline the current schedule and budgets are the plan, and `basis` says so.
    `detail=False` leaves out the per-task values and the S-curve (empty), for the totals alone.
    Budgets and actual costs are the project's cost basis (`basis`, when the caller has it).
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
    # Plain column rows, not ORM objects: a third of the time for 10,000 tasks and a baseline.
    planned = (
        {
            row.task_id: row
            for row in read_rows(
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
            ).where(Task.project_id == project.id),
        )
    }
    parents = {task.parent_id for task in tasks.values()}
    order = outline_order((task.id, task.parent_id, task.position) for task in tasks.values())
    ev_tasks: list[tuple[str, str, EvTask]] = []
    for task_id, wbs, _depth in order:
        task = tasks[task_id]
        if task_id in parents or task.start is None or task.finish is None:
            continue
        plan = planned.get(task_id)
        ev_tasks.append(
            (
                wbs,
                task.name,
                EvTask(
                    id=task_id,
                    budget=plan.budget_cost if plan else basis.budget[task_id],
                    planned_start=plan.start if plan else task.start,
                    planned_finish=plan.finish if plan else task.finish,
                    percent_complete=task.percent_complete,
                    actual_cost=basis.actual[task_id],
                    actual_start=task.actual_start,
                    actual_finish=task.actual_finish,
                ),
            )
        )
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
