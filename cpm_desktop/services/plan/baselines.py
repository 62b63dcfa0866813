"""Use cases for baselines: save (or overwrite, once confirmed), clear, list, compare."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.models import MAX_BASELINE, Baseline, BaselineTask, Project, Task
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import outline_rows, sum_over_leaves
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.team.cost_basis import CostBasis, cost_basis
from cpm_desktop.services.validate import clean_int, clean_text, get_or_raise
from cpm_desktop.texts import N_, _


class BaselineExistsError(ValidationError):
    """Saving would overwrite a baseline; the caller asks the user, then passes overwrite."""


@dataclass(frozen=True, slots=True)
class BaselineInfo:
    """A saved baseline as listed to the user."""

    number: int
    saved_at: dt.datetime
    saved_by: str
    note: str
    task_count: int


@dataclass(frozen=True, slots=True)
class TaskVariance:
    """One task against a baseline: positive variances are later or dearer than planned.

    Day variances are in working days; all baseline fields are None for a task added after
    the baseline was saved.
    """

    task_id: int
    wbs: str
    name: str
    is_summary: bool
    is_milestone: bool
    start: dt.date | None
    finish: dt.date | None
    cost: Decimal
    baseline_start: dt.date | None
    baseline_finish: dt.date | None
    baseline_cost: Decimal | None
    start_variance: int | None
    finish_variance: int | None
    duration_variance: int | None
    cost_variance: Decimal | None


def save_baseline(
    session: Session,
    project_id: int,
    number: int = 0,
    *,
    overwrite: bool = False,
    note: str = "",
) -> BaselineInfo:
    """Snapshot every task's start, finish, duration, budget cost and work as baseline
    `number` (the cost the KPIs measure with: services/team/costs.py cost_basis)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    number = clean_int(number, N_("baseline number"), 0, MAX_BASELINE)
    existing = _find(session, project.id, number)
    if existing is not None:
        if not overwrite:
            saved = (
                _("Baseline of {project} was saved on {when} by {user}. Saving again replaces it.")
                if number == 0
                else _(
                    "Baseline {number} of {project} was saved on {when} by {user}. "
                    "Saving again replaces it."
                )
            )
            raise BaselineExistsError(
                saved.format(
                    number=number,
                    project=project.code,
                    when=f"{existing.saved_at:%Y-%m-%d %H:%M}",
                    user=existing.saved_by,
                )
            )
        session.delete(existing)
        session.flush()
    rows = outline_rows(session, project.id)
    if any(task.start is None or task.finish is None for task, _, _ in rows):
        raise ValidationError(
            _("{project} has unscheduled tasks; reschedule it first.").format(project=project.code)
        )
    basis = cost_basis(session, project.id)
    costs = sum_over_leaves([task for task, _, _ in rows], _budget(basis), Decimal(0))
    baseline = Baseline(
        project_id=project.id,
        number=number,
        saved_by=current_user(),
        note=clean_text(note, N_("baseline note"), 200),
        tasks=[
            BaselineTask(
                task_id=task.id,
                start=task.start,
                finish=task.finish,
                duration=task.duration,
                budget_cost=costs[task.id],
                work_hours=basis.work_hours.get(task.id, 0.0),
            )
            for task, _, _ in rows
        ],
    )
    session.add(baseline)
    session.flush()
    action = "update" if existing is not None else "create"
    audit.record(session, baseline, action, new=f"{len(rows)} tasks")
    return _info(baseline)


def clear_baseline(session: Session, project_id: int, number: int) -> None:
    """Delete baseline `number` of a project."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    number = clean_int(number, N_("baseline number"), 0, MAX_BASELINE)
    existing = _find(session, project.id, number)
    if existing is None:
        missing = (
            _("{project} has no baseline to clear.")
            if number == 0
            else _("{project} has no baseline {number} to clear.")
        )
        raise ValidationError(missing.format(project=project.code, number=number))
    audit.record_deleted(session, existing)
    session.execute(delete(BaselineTask).where(BaselineTask.baseline_id == existing.id))
    session.delete(existing)
    session.flush()


def list_baselines(session: Session, project_id: int) -> list[BaselineInfo]:
    """Return the saved baselines of a project, by number."""
    get_or_raise(session, Project, project_id, N_("project"))
    baselines = session.scalars(
        select(Baseline).where(Baseline.project_id == project_id).order_by(Baseline.number)
    )
    return [_info(b) for b in baselines]


def task_variances(session: Session, project_id: int, number: int = 0) -> list[TaskVariance]:
    """Compare every task with baseline `number`, in outline order."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    number = clean_int(number, N_("baseline number"), 0, MAX_BASELINE)
    baseline = _find(session, project.id, number)
    if baseline is None:
        missing = (
            _("{project} has no baseline yet.")
            if number == 0
            else _("{project} has no baseline {number} yet.")
        )
        raise ValidationError(missing.format(project=project.code, number=number))
    saved = {row.task_id: row for row in baseline.tasks}
    calendar = work_calendar(project.calendar)
    rows = outline_rows(session, project.id)
    parents = {task.parent_id for task, _, _ in rows}
    costs = sum_over_leaves(
        [task for task, _, _ in rows], _budget(cost_basis(session, project.id)), Decimal(0)
    )
    result: list[TaskVariance] = []
    for task, wbs, _depth in rows:
        old = saved.get(task.id)
        cost = costs[task.id]
        compared = old is not None and task.start is not None and task.finish is not None
        result.append(
            TaskVariance(
                task_id=task.id,
                wbs=wbs,
                name=task.name,
                is_summary=task.id in parents,
                is_milestone=task.is_milestone,
                start=task.start,
                finish=task.finish,
                cost=cost,
                baseline_start=old.start if old else None,
                baseline_finish=old.finish if old else None,
                baseline_cost=old.budget_cost if old else None,
                start_variance=calendar.working_days_between(old.start, task.start)
                if compared and old and task.start
                else None,
                finish_variance=calendar.working_days_between(old.finish, task.finish)
                if compared and old and task.finish
                else None,
                duration_variance=task.duration - old.duration if old else None,
                cost_variance=cost - old.budget_cost if old else None,
            )
        )
    return result


def _info(baseline: Baseline) -> BaselineInfo:
    return BaselineInfo(
        baseline.number, baseline.saved_at, baseline.saved_by, baseline.note, len(baseline.tasks)
    )


def _find(session: Session, project_id: int, number: int) -> Baseline | None:
    return session.scalar(
        select(Baseline).where(Baseline.project_id == project_id, Baseline.number == number)
    )


def _budget(basis: CostBasis) -> Callable[[Task], Decimal]:
    """A task's budget cost as the KPIs measure it."""
    return lambda task: basis.budget[task.id]
