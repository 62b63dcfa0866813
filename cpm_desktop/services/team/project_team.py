"""The team of one project: each resource on its tasks or booking hours to them, with its
rate of the day, its work and cost on the project and its assignments (`resources` command,
the Resources page)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Project, Resource, Task, TimesheetEntry
from cpm_desktop.services.team.assignments import AssignmentRow, project_assignments
from cpm_desktop.services.team.costs import ResourceCost, project_costs
from cpm_desktop.services.team.views import RateRow, ResourceRow, rate_on, resource_row
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class TeamMember:
    """A resource working on a project: who, at what rate, how much work and money."""

    resource: ResourceRow
    rate: RateRow | None  # in force on the project's status date (else today); None: no rate
    work_hours: float
    cost: Decimal | None  # None: unknown (no rate, or no exchange rate of the day)
    actual_work_hours: float
    actual_cost: Decimal | None
    assignments: tuple[AssignmentRow, ...]


@dataclass(frozen=True, slots=True)
class ProjectTeam:
    """A project's team by name, and the day its rates are read on."""

    code: str
    currency: str
    rates_on: dt.date
    members: tuple[TeamMember, ...]
    has_cost_data: bool


def project_team(session: Session, project_id: int) -> ProjectTeam:
    """Every resource assigned to the project's tasks or with hours booked on them."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = project.status_date or dt.date.today()
    assignments = project_assignments(session, project.id)
    costs = project_costs(session, project.id)
    booked = session.scalars(
        select(TimesheetEntry.resource_id)
        .join(Task, Task.id == TimesheetEntry.task_id)
        .where(Task.project_id == project.id)
    )
    ids = {a.resource_id for a in assignments} | set(booked)
    members = []
    for rid in ids:
        own = tuple(a for a in assignments if a.resource_id == rid)
        money = costs.resources.get(rid, ResourceCost(rid))
        members.append(
            TeamMember(
                resource=resource_row(session, session.get_one(Resource, rid)),
                rate=rate_on(session, rid, day),
                work_hours=money.work_hours,
                cost=money.cost,
                actual_work_hours=money.actual_work_hours,
                actual_cost=money.actual_cost,
                assignments=own,
            )
        )
    members.sort(key=lambda m: fold(m.resource.name))
    return ProjectTeam(project.code, project.currency, day, tuple(members), costs.has_cost_data)
