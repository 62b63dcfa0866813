"""What the Team pages and the task form's Resources tab read and write beyond the team's core:
each resource with its rate of the day and its part of a project, a task's team settings, and
adding or changing a dated rate without silently replacing another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Required, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.labels import Labelled
from cpm_desktop.domain.locales import language_of
from cpm_desktop.domain.team import ResourceKind, TaskType
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Assignment, Project, Resource, ResourceRate, Task
from cpm_desktop.services.team.assignments import AssignmentRow, task_assignments
from cpm_desktop.services.team.costs import ProjectCosts, project_costs
from cpm_desktop.services.team.resources import delete_rate, set_rate
from cpm_desktop.services.team.views import (
    RateRow,
    ResourceRow,
    RoleRow,
    rate_cards,
    rate_row,
    rates,
    resources,
    roles,
)
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_, _, current_locale


@dataclass(frozen=True, slots=True)
class ResourceLine:
    """A resource of the workspace with the rate in force on the day asked, and its part of
    one project: planned work and cost (in the project's currency; None: unknown) and the
    hours it booked there."""

    id: int
    resource: ResourceRow
    rate: RateRow | None
    on_project: bool  # assigned to a task of the project, or hours booked on one
    work_hours: float
    cost: Decimal | None
    actual_hours: float
    currency: str  # the project's


@dataclass(frozen=True, slots=True)
class RoleLine:
    """A role with the resources that hold it and its rate in force on the day asked."""

    id: int
    role: RoleRow
    people: tuple[str, ...]  # the names of the resources holding it
    rate: RateRow | None


class RateStanding(Labelled):
    """Where a dated rate stands on the day asked: the one in force for its role or resource,
    one a later rate replaced, or one still to come."""

    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"
    SCHEDULED = "scheduled"


@dataclass(frozen=True, slots=True)
class RateLine:
    """A dated rate of the rate card and where it stands on the day asked."""

    id: int
    rate: RateRow
    standing: RateStanding


@dataclass(frozen=True, slots=True)
class AssignedName:
    """Who is on a task, as the task table names them: a resource with its units (a
    material's quantity, in `unit`)."""

    task_id: int
    resource_id: int
    resource: str
    kind: ResourceKind
    units: float
    unit: str  # a material's unit ("" for others)


@dataclass(frozen=True, slots=True)
class PlanTeam:
    """The task table's team cells of one project: who is on each task and, when asked, the
    costs; both empty for a plan nobody is assigned to and no fixed cost prices."""

    names: tuple[AssignedName, ...]  # by task, then resource name
    costs: ProjectCosts | None


@dataclass(frozen=True, slots=True)
class TaskTeam:
    """A task's team settings and the resources on it, for the task form's Resources tab."""

    task_id: int
    name: str
    is_summary: bool
    is_milestone: bool
    duration: int
    start: dt.date | None
    finish: dt.date | None
    task_type: TaskType
    effort_driven: bool
    fixed_cost: Decimal
    currency: str  # the project's: the fixed cost's
    assignments: tuple[AssignmentRow, ...]

    @property
    def work_hours(self) -> float:
        """The task's planned work: its work resources' hours."""
        return sum(a.work_hours for a in self.assignments if a.kind is ResourceKind.WORK)


def resource_lines(session: Session, project_id: int, day: dt.date) -> tuple[ResourceLine, ...]:
    """Every resource of the workspace, by name, with its rate on `day` and its part of the
    project (zero where it has none)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    card = rate_cards(session)
    costs = project_costs(session, project.id)
    lines = []
    for row in resources(session):
        part = costs.resources.get(row.id)
        lines.append(
            ResourceLine(
                id=row.id,
                resource=row,
                rate=card.on(row.id, day),
                on_project=part is not None,
                work_hours=part.work_hours if part else 0.0,
                cost=part.cost if part else Decimal(0),
                actual_hours=part.actual_work_hours if part else 0.0,
                currency=project.currency,
            )
        )
    return tuple(lines)


def role_lines(session: Session, day: dt.date) -> tuple[RoleLine, ...]:
    """Every role, by name, with who holds it and its rate in force on `day`."""
    holders: dict[int, list[str]] = {}
    for row in resources(session):
        if row.role_id is not None:
            holders.setdefault(row.role_id, []).append(row.name)
    card = rate_cards(session)
    lines = []
    for role in roles(session):
        own = [r for r in card.by_owner.get(("role", role.id), ()) if r.effective_from <= day]
        lines.append(
            RoleLine(role.id, role, tuple(holders.get(role.id, ())), own[-1] if own else None)
        )
    return tuple(lines)


def rate_lines(session: Session, day: dt.date) -> tuple[RateLine, ...]:
    """The rate card (the roles' rates, then the resources' own, each by name then date),
    each rate marked in force, superseded or scheduled on `day`."""
    every = rates(session)
    in_force: dict[tuple[int | None, int | None], int] = {}
    for rate in every:  # by date within each owner: the last one not after `day` wins
        if rate.effective_from <= day:
            in_force[rate.role_id, rate.resource_id] = rate.id
    lines = []
    for rate in every:
        if rate.effective_from > day:
            standing = RateStanding.SCHEDULED
        elif in_force[rate.role_id, rate.resource_id] == rate.id:
            standing = RateStanding.IN_FORCE
        else:
            standing = RateStanding.SUPERSEDED
        lines.append(RateLine(rate.id, rate, standing))
    return tuple(lines)


def plan_team(session: Session, project_id: int, *, with_costs: bool) -> PlanTeam:
    """Who works on each task of a project and, `with_costs`, its costs (a read of the whole
    plan: skipped when no assignment or fixed cost prices it, as in most imported plans)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    names = tuple(
        AssignedName(task_id, resource_id, name, kind, units, unit)
        for task_id, resource_id, name, kind, units, unit in session.execute(
            select(
                Assignment.task_id,
                Resource.id,
                Resource.name,
                Resource.kind,
                Assignment.units,
                Resource.material_unit,
            )
            .join(Resource, Resource.id == Assignment.resource_id)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.project_id == project.id)
            .order_by(Assignment.task_id, Resource.name)
        )
    )
    fixed = session.scalar(
        select(Task.id).where(Task.project_id == project.id, Task.fixed_cost > 0).limit(1)
    )
    priced = with_costs and (bool(names) or fixed is not None)
    return PlanTeam(names, project_costs(session, project.id) if priced else None)


def task_team(session: Session, task_id: int) -> TaskTeam:
    """A task's type, effort-driven flag, fixed cost and assignments."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    return TaskTeam(
        task_id=task.id,
        name=task.name,
        is_summary=task.is_summary,
        is_milestone=task.is_milestone,
        duration=task.duration,
        start=task.start,
        finish=task.finish,
        task_type=task.task_type,
        effort_driven=task.effort_driven,
        fixed_cost=task.fixed_cost,
        currency=task.project.currency,
        assignments=task_assignments(session, task.id),
    )


class RateFields(TypedDict, total=False):
    """The fields of a dated rate, as `set_rate` takes them."""

    role_id: int | None
    resource_id: int | None
    effective_from: Required[dt.date]
    cost_rate: Required[Decimal | int | str]
    bill_rate: Required[Decimal | int | str]
    currency: Required[str]
    cost_per_use: Decimal | int | str


def add_rate(session: Session, **rate: Unpack[RateFields]) -> RateRow:
    """Add a dated rate of a role or resource; refused when it already has one from that day
    (the user edits that one rather than replacing it unseen)."""
    role_id, resource_id = rate.get("role_id"), rate.get("resource_id")
    _refuse_taken(session, role_id, resource_id, rate["effective_from"], None)
    return set_rate(session, **rate)


def change_rate(session: Session, rate_id: int, **rate: Unpack[RateFields]) -> RateRow:
    """Change a dated rate in one step; given another role, resource or day, it moves there
    (refused when a rate is already there)."""
    stored = get_or_raise(session, ResourceRate, rate_id, N_("rate"))
    role_id, resource_id = rate.get("role_id"), rate.get("resource_id")
    day = rate["effective_from"]
    if (stored.role_id, stored.resource_id, stored.effective_from) != (role_id, resource_id, day):
        _refuse_taken(session, role_id, resource_id, day, stored.id)
        delete_rate(session, stored.id)
    return set_rate(session, **rate)


def _refuse_taken(
    session: Session,
    role_id: int | None,
    resource_id: int | None,
    day: object,
    own_id: int | None,
) -> None:
    if not isinstance(day, dt.date):
        return  # set_rate says what is wrong with it
    owner = (
        ResourceRate.role_id == role_id
        if role_id is not None
        else ResourceRate.resource_id == resource_id
    )
    found = session.scalars(
        select(ResourceRate).where(owner, ResourceRate.effective_from == day)
    ).first()
    if found is not None and found.id != own_id:
        name = _owner_name(session, found)
        raise ValidationError(
            _("{name} already has a rate from {date}: edit that one, or pick another day.").format(
                name=name, date=_day(day)
            )
        )


def _day(day: dt.date) -> str:
    """The day as English always wrote it here ("05 Mar 2026"), else in the reader's way."""
    locale = current_locale()
    if language_of(locale) == "en":
        return f"{day:%d %b %Y}"
    # Babel loads here, not with the Timeline that imports this module at the window's start.
    from cpm_desktop.reports.locale_format import report_format

    return report_format(locale).long_date(day)


def _owner_name(session: Session, rate: ResourceRate) -> str:
    row = rate_row(session, rate)
    return row.role or row.resource or _("The role")
