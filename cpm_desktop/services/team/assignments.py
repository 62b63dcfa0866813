"""Assignments: resources on tasks, kept to the task's type as MS Project keeps them.

A work resource's units and work and the task's duration hold together (work = duration ×
8 h × units): which one gives way when another changes is the task's type, and an
effort-driven task shares its work among the people added to it (domain/team.py). A change
of duration reschedules the project, as any other edit of a task does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import (
    Load,
    ResourceKind,
    Shape,
    with_added,
    with_duration,
    with_removed,
    with_units,
    with_work,
)
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Assignment, Resource, Task
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import (
    MAX_DURATION,
    clean_money,
    get_or_raise,
    limit_text,
    number_text,
)
from cpm_desktop.texts import N_, _

MAX_UNITS = 100.0  # units (or a material's quantity) beyond any real task
MAX_WORK_HOURS = MAX_DURATION * 8.0 * MAX_UNITS


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """A resource on a task: units (a material's quantity), planned work in hours and a cost
    resource's amount, with the task's place and dates."""

    id: int
    task_id: int
    task_name: str
    wbs: str
    resource_id: int
    resource: str
    kind: ResourceKind
    units: float
    work_hours: float
    cost_amount: Decimal | None
    start: dt.date | None
    finish: dt.date | None


def assign(
    session: Session,
    task_id: int,
    resource_id: int,
    *,
    units: float | None = None,
    work_hours: float | None = None,
    cost_amount: Decimal | int | str | None = None,
) -> AssignmentRow:
    """Put a resource on a task and reschedule if the task's duration changed.

    A person works `units` (default: full time, or its maximum if less); without
    `work_hours` an effort-driven task shares its work with the newcomer, any other task
    gives it the task's duration of work. A material takes a quantity in `units`; a cost
    resource its `cost_amount`.
    """
    task = _work_task(session, task_id)
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    if not resource.active:
        raise ValidationError(
            _("{name} is inactive: make it active to assign it.").format(name=resource.name)
        )
    taken = session.scalar(
        select(Assignment.id).where(
            Assignment.task_id == task.id, Assignment.resource_id == resource.id
        )
    )
    if taken is not None:
        raise ValidationError(
            _("{name} is already assigned to {task!r}.").format(name=resource.name, task=task.name)
        )
    assignment = Assignment(task_id=task.id, resource_id=resource.id, units=0.0, work_hours=0.0)
    if resource.kind is ResourceKind.WORK:
        _refuse_amount(resource, cost_amount)
        chosen = _units(min(1.0, resource.max_units) if units is None else units, N_("units"))
        before = _shape(session, task)
        after = with_added(task.task_type, task.effort_driven, before, chosen)
        if work_hours is not None:
            after = _with_work(task, after, len(after.loads) - 1, work_hours)
        assignment.units = round(after.loads[-1].units, 6)
        assignment.work_hours = round(after.loads[-1].work, 4)
        session.add(assignment)
        session.flush()
        _write(session, task, after)
    else:
        _refuse_work(resource, work_hours)
        if resource.kind is ResourceKind.MATERIAL:
            assignment.units = _units(1.0 if units is None else units, N_("quantity"), zero=True)
            _refuse_amount(resource, cost_amount)
        else:
            if cost_amount is None:
                raise ValidationError(
                    _("{name} is a cost: give its amount on the task.").format(name=resource.name)
                )
            assignment.cost_amount = clean_money(cost_amount, N_("cost amount"))
        session.add(assignment)
        session.flush()
    audit.record_created(session, _subject(session, assignment))
    return assignment_row(session, assignment)


def edit_assignment(
    session: Session,
    assignment_id: int,
    *,
    units: float | None = None,
    work_hours: float | None = None,
    cost_amount: Decimal | int | str | None = None,
) -> AssignmentRow:
    """Change an assignment's units, work or amount (None: keep); the task's type decides
    what else moves; reschedules if the task's duration changed."""
    assignment = get_or_raise(session, Assignment, assignment_id, N_("assignment"))
    resource = session.get_one(Resource, assignment.resource_id)
    task = _work_task(session, assignment.task_id)
    about = _subject(session, assignment)
    if resource.kind is ResourceKind.WORK:
        _refuse_amount(resource, cost_amount)
        shape = _shape(session, task)
        index = _index(session, task, assignment)
        if units is not None:
            shape = with_units(task.task_type, shape, index, _units(units, N_("units")))
        if work_hours is not None:
            shape = _with_work(task, shape, index, work_hours)
        _write(session, task, shape)
    elif resource.kind is ResourceKind.MATERIAL:
        _refuse_work(resource, work_hours)
        _refuse_amount(resource, cost_amount)
        if units is not None:
            quantity = _units(units, N_("quantity"), zero=True)
            audit.set_fields(session, assignment, {"units": quantity}, about=about)
    else:
        _refuse_work(resource, work_hours)
        if cost_amount is not None:
            amount = clean_money(cost_amount, N_("cost amount"))
            audit.set_fields(session, assignment, {"cost_amount": amount}, about=about)
    session.flush()
    return assignment_row(session, assignment)


def unassign(session: Session, assignment_id: int) -> None:
    """Take a resource off a task; an effort-driven task's others take over its work (the
    task gets longer); reschedules if the duration changed. Booked hours stay booked."""
    assignment = get_or_raise(session, Assignment, assignment_id, N_("assignment"))
    resource = session.get_one(Resource, assignment.resource_id)
    task = session.get_one(Task, assignment.task_id)
    audit.record_deleted(session, _subject(session, assignment))
    if resource.kind is ResourceKind.WORK:
        shape = _shape(session, task)
        after = with_removed(
            task.task_type, task.effort_driven, shape, _index(session, task, assignment)
        )
        session.delete(assignment)
        session.flush()
        _write(session, task, after)
    else:
        session.delete(assignment)
        session.flush()


def follow_duration(session: Session, task: Task) -> None:
    """After a task's duration was edited, set its work assignments to it: a fixed-work task's
    units change, any other's work. Does not reschedule (the edit does)."""
    shape = _shape(session, task)
    if not shape.loads:
        return
    if task.duration == 0:  # a milestone takes no work
        after = Shape(0, tuple(Load(ld.units, 0.0) for ld in shape.loads))
    else:
        after = with_duration(task.task_type, shape, task.duration)
    _write_loads(session, task, after)


def task_assignments(session: Session, task_id: int) -> tuple[AssignmentRow, ...]:
    """The resources on a task, by resource name."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    rows = session.scalars(select(Assignment).where(Assignment.task_id == task.id))
    wbs = _wbs_codes(session, task.project_id)
    return tuple(sorted((_row(session, a, wbs) for a in rows), key=lambda r: r.resource))


def project_assignments(session: Session, project_id: int) -> tuple[AssignmentRow, ...]:
    """Every assignment of a project's tasks, in outline order, then by resource name."""
    wbs = _wbs_codes(session, project_id)
    # Plain columns in one query: a get per row's task and resource was 2 × N reads.
    rows = session.execute(
        select(*_ROW_COLUMNS)
        .select_from(Assignment)
        .join(Task, Task.id == Assignment.task_id)
        .join(Resource, Resource.id == Assignment.resource_id)
        .where(Task.project_id == project_id)
    )
    order = {task_id: n for n, task_id in enumerate(wbs)}
    found = [_plain_row(values, wbs) for values in rows]
    # The id breaks ties (a resource twice on a task) in the order SQLite returned them.
    return tuple(sorted(found, key=lambda r: (order.get(r.task_id, 0), r.resource, r.id)))


def assignment_row(session: Session, assignment: Assignment) -> AssignmentRow:
    """An assignment as plain values."""
    task = session.get_one(Task, assignment.task_id)
    return _row(session, assignment, _wbs_codes(session, task.project_id))


# -- helpers ------------------------------------------------------------------------------


def _work_task(session: Session, task_id: int) -> Task:
    task = get_or_raise(session, Task, task_id, N_("task"))
    if task.is_summary:
        raise ValidationError(
            _("{name!r} is a summary task: assign resources to the tasks under it.").format(
                name=task.name
            )
        )
    return task


def _work_assignments(session: Session, task: Task) -> list[Assignment]:
    """The task's work assignments, oldest first: the order of its shape's loads."""
    return list(
        session.scalars(
            select(Assignment)
            .join(Resource, Resource.id == Assignment.resource_id)
            .where(Assignment.task_id == task.id, Resource.kind == ResourceKind.WORK)
            .order_by(Assignment.id)
        )
    )


def _shape(session: Session, task: Task) -> Shape:
    loads = tuple(Load(a.units, a.work_hours) for a in _work_assignments(session, task))
    return Shape(task.duration, loads)


def _index(session: Session, task: Task, assignment: Assignment) -> int:
    return [a.id for a in _work_assignments(session, task)].index(assignment.id)


def _with_work(task: Task, shape: Shape, index: int, work_hours: object) -> Shape:
    if isinstance(work_hours, bool) or not isinstance(work_hours, int | float):
        raise ValidationError(_("The work must be a number of hours."))
    if not 0 <= work_hours <= MAX_WORK_HOURS:
        raise ValidationError(
            _("The work must be between 0 and {maximum} hours.").format(
                maximum=limit_text(MAX_WORK_HOURS)
            )
        )
    if task.is_milestone or task.duration == 0:
        if work_hours:
            raise ValidationError(
                _("{name!r} is a milestone: it takes no work.").format(name=task.name)
            )
        return shape
    return with_work(task.task_type, shape, index, float(work_hours))


def _write(session: Session, task: Task, shape: Shape) -> None:
    """Store a task's new shape: its loads, and its duration (then reschedule)."""
    if shape.duration > MAX_DURATION:
        raise ValidationError(
            _(
                "{name!r} would last {days} working days, more than {maximum}: "
                "give it more units or less work."
            ).format(
                name=task.name, days=limit_text(shape.duration), maximum=limit_text(MAX_DURATION)
            )
        )
    _write_loads(session, task, shape)
    if shape.duration != task.duration and not task.is_milestone:
        audit.record_field(session, task, "duration", task.duration, shape.duration)
        task.duration = shape.duration
        session.flush()
        reschedule(session, task.project)


def _write_loads(session: Session, task: Task, shape: Shape) -> None:
    for assignment, load in zip(_work_assignments(session, task), shape.loads, strict=True):
        about = _subject(session, assignment)
        wanted = {"units": round(load.units, 6), "work_hours": round(load.work, 4)}
        audit.set_fields(session, assignment, wanted, about=about)
    session.flush()


def _units(value: object, what: str, *, zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_("The {what} must be a number.").format(what=_(what)))
    low_ok = value >= 0 if zero else value > 0
    if not low_ok or value > MAX_UNITS:
        out_of_range = (
            _("The {what} must be 0 and at most {maximum}.")
            if zero
            else _("The {what} must be above 0 and at most {maximum}.")
        )
        raise ValidationError(out_of_range.format(what=_(what), maximum=number_text(MAX_UNITS)))
    return float(value)


def _refuse_work(resource: Resource, work_hours: object) -> None:
    if work_hours is not None:
        # Only a material or a cost resource is refused work.
        refusal = (
            _("{name} is a material: it has no work.")
            if resource.kind is ResourceKind.MATERIAL
            else _("{name} is a cost: it has no work.")
        )
        raise ValidationError(refusal.format(name=resource.name))


def _refuse_amount(resource: Resource, cost_amount: object) -> None:
    if cost_amount is not None:
        raise ValidationError(
            _("{name} is not a cost resource: its cost comes from its rate.").format(
                name=resource.name
            )
        )


def _subject(session: Session, assignment: Assignment) -> audit.Subject:
    task = session.get_one(Task, assignment.task_id)
    resource = session.get_one(Resource, assignment.resource_id)
    label = f"{resource.name} on {task.name}"
    return audit.Subject("assignment", assignment.id, task.project_id, label)


def _wbs_codes(session: Session, project_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project_id)
    )
    return {task_id: code for task_id, code, _ in outline_order(rows)}


_ROW_COLUMNS = (
    Assignment.id,
    Task.id,
    Task.name,
    Resource.id,
    Resource.name,
    Resource.kind,
    Assignment.units,
    Assignment.work_hours,
    Assignment.cost_amount,
    Task.start,
    Task.finish,
)


def _plain_row(values: Sequence[Any], wbs: dict[int, str]) -> AssignmentRow:
    """An AssignmentRow from the values of `_ROW_COLUMNS`, in that order."""
    (aid, task_id, task_name, resource_id, resource, kind, units, work, cost, start, finish) = (
        values
    )
    return AssignmentRow(
        id=aid,
        task_id=task_id,
        task_name=task_name,
        wbs=wbs.get(task_id, ""),
        resource_id=resource_id,
        resource=resource,
        kind=kind,
        units=units,
        work_hours=work,
        cost_amount=cost,
        start=start,
        finish=finish,
    )


def _row(session: Session, assignment: Assignment, wbs: dict[int, str]) -> AssignmentRow:
    task = session.get_one(Task, assignment.task_id)
    resource = session.get_one(Resource, assignment.resource_id)
    return AssignmentRow(
        id=assignment.id,
        task_id=task.id,
        task_name=task.name,
        wbs=wbs.get(task.id, ""),
        resource_id=resource.id,
        resource=resource.name,
        kind=resource.kind,
        units=assignment.units,
        work_hours=assignment.work_hours,
        cost_amount=assignment.cost_amount,
        start=task.start,
        finish=task.finish,
    )
