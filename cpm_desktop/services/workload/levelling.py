"""Level Resources for a project: preview the delays that resolve its people's
over-allocations, apply them in one transaction, or clear them.

The rules are scheduling/levelling.py's: levelling starts from the plan without levelling
delays, so levelling twice gives the same delays, and a preview lists every task whose delay
changes (one cleared too). Hours the people are planned on other projects stay where they
are and count against their days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Assignment, Project, Resource, Task
from cpm_desktop.scheduling.levelling import (
    Capacity,
    LevellingProblem,
    Overload,
    level,
    overloads,
)
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.schedule import engine_inputs, reschedule, work_calendar
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.services.workload.loads import Capacities, spreads
from cpm_desktop.texts import N_, _


@dataclass(frozen=True, slots=True)
class OverAllocation:
    """A person planned for more hours on a day than they can work."""

    resource_id: int
    resource: str
    day: dt.date
    hours: float
    capacity: float


@dataclass(frozen=True, slots=True)
class LevelledTask:
    """A task whose levelling delay changes, its dates before and after, and the
    over-allocation it resolves (None: an old delay is cleared)."""

    task_id: int
    wbs: str
    name: str
    old_delay: int
    delay: int  # working days
    old_start: dt.date | None
    old_finish: dt.date | None
    start: dt.date
    finish: dt.date
    resolves: OverAllocation | None


@dataclass(frozen=True, slots=True)
class LevellingPlan:
    """What levelling does to a project: the tasks it moves, what stays over-allocated, how
    many person-days were over-allocated before, and the project's finish before and after."""

    project_id: int
    code: str
    moves: tuple[LevelledTask, ...]  # in outline order
    unresolved: tuple[OverAllocation, ...]
    over_before: int  # over-allocated person-days without levelling
    finish_before: dt.date | None  # as stored now
    finish_after: dt.date | None
    applied: bool


def level_preview(session: Session, project_id: int) -> LevellingPlan:
    """What Level Resources would do to the project; nothing is written."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return _plan(session, project, applied=False)


def apply_levelling(session: Session, project_id: int) -> LevellingPlan:
    """Level the project's resources: store each task's new delay and reschedule."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    plan = _plan(session, project, applied=True)
    for move in plan.moves:
        task = session.get_one(Task, move.task_id)
        audit.set_fields(session, task, {"leveling_delay": move.delay})
    if plan.moves:
        session.flush()
        reschedule(session, project)
    return plan


def clear_levelling(session: Session, project_id: int) -> int:
    """Set every levelling delay of the project back to 0 and reschedule; return how many
    tasks had one."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    delayed = list(
        session.scalars(select(Task).where(Task.project_id == project.id, Task.leveling_delay > 0))
    )
    for task in delayed:
        audit.set_fields(session, task, {"leveling_delay": 0})
    if delayed:
        session.flush()
        reschedule(session, project)
    return len(delayed)


def _plan(session: Session, project: Project, *, applied: bool) -> LevellingPlan:
    problem, names = _problem(session, project)
    if not problem.demand:
        raise ValidationError(
            _("{project} has no people with work on its tasks: nothing to level.").format(
                project=project.code
            )
        )
    result = level(problem)
    before = overloads(problem, problem.schedule({}))
    rows = {
        row[0]: row[1:]
        for row in session.execute(
            select(Task.id, Task.name, Task.leveling_delay, Task.start, Task.finish).where(
                Task.project_id == project.id
            )
        )
    }
    wbs = _wbs_codes(session, project.id)
    new = result.delays
    moves = []
    resolved = {move.task_id: move.overload for move in result.moves}
    for task_id in sorted(rows, key=lambda i: wbs.get(i, ("", 0))[1]):
        name, old_delay, old_start, old_finish = rows[task_id]
        delay = new.get(task_id, 0)
        if delay == old_delay:
            continue
        dates = result.schedule.tasks[task_id]
        overload = resolved.get(task_id)
        moves.append(
            LevelledTask(
                task_id,
                wbs.get(task_id, ("", 0))[0],
                name,
                old_delay,
                delay,
                old_start,
                old_finish,
                dates.start,
                dates.finish,
                None if overload is None else _plain(overload, names),
            )
        )
    finishes = [finish for *_, finish in rows.values() if finish is not None]
    return LevellingPlan(
        project.id,
        project.code,
        tuple(moves),
        tuple(_plain(o, names) for o in result.unresolved),
        len(before),
        max(finishes, default=None),
        result.schedule.finish,
        applied,
    )


def _problem(session: Session, project: Project) -> tuple[LevellingProblem, dict[int, str]]:
    """The project as levelling sees it, and its people's names by id."""
    tasks, links = engine_inputs(session, project)
    calendar = work_calendar(project.calendar)
    demand: dict[int, dict[int, float]] = {}
    for spread in spreads(session, project.id):
        demand.setdefault(spread.task_id, {})[spread.resource_id] = spread.hours_per_day
    people = {r for asks in demand.values() for r in asks}
    capacities = Capacities(session, calendar)
    capacity = {r: Capacity(capacities.per_day(r), capacities.calendar(r)) for r in sorted(people)}
    background: dict[int, dict[int, float]] = {}
    for spread in spreads(session):
        if spread.project_id == project.id or spread.resource_id not in people:
            continue
        daily = background.setdefault(spread.resource_id, {})
        for day in spread.days(spread.start, spread.finish):
            if calendar.is_working(day):  # this project works on no other day
                index = calendar.index(day)
                daily[index] = daily.get(index, 0.0) + spread.hours_per_day
    priority = dict(
        session.execute(select(Task.id, Task.priority).where(Task.project_id == project.id)).all()
    )
    names = dict(
        session.execute(
            select(Resource.id, Resource.name)
            .join(Assignment, Assignment.resource_id == Resource.id)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.project_id == project.id, Resource.kind == ResourceKind.WORK)
        ).all()
    )
    problem = LevellingProblem(
        tasks,
        links,
        calendar,
        project.start_date,
        project.status_date,
        demand,
        capacity,
        priority,
        background,
    )
    return problem, names


def _plain(overload: Overload, names: dict[int, str]) -> OverAllocation:
    return OverAllocation(
        overload.resource_id,
        names.get(overload.resource_id, "?"),
        overload.day,
        round(overload.hours, 2),
        round(overload.capacity, 2),
    )


def _wbs_codes(session: Session, project_id: int) -> dict[int, tuple[str, int]]:
    """Each task's WBS code and place in the outline."""
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project_id)
    )
    return {task_id: (code, n) for n, (task_id, code, _) in enumerate(outline_order(rows))}
