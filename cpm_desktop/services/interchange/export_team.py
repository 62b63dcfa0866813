"""The team part of an export: the resources a project uses, with their rates in force over
time and what their own calendar changes of the project's, its assignments and the hours
booked on its tasks, week by week."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.interchange.model import PlanAssignment, PlanRate, PlanResource
from cpm_desktop.models import Assignment, Calendar, Project, Resource, Role, Task, TimesheetEntry
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.services.team.views import RateCard, rate_cards


def project_team(
    session: Session, project: Project
) -> tuple[list[PlanResource], list[PlanAssignment]]:
    """The resources assigned to (or booked on) the project's tasks, by name, and the
    assignments in task order, each with its planned cost and booked hours."""
    task_ids = select(Task.id).where(Task.project_id == project.id)
    assignments = list(
        session.scalars(
            select(Assignment).where(Assignment.task_id.in_(task_ids)).order_by(Assignment.id)
        )
    )
    entries = list(
        session.scalars(select(TimesheetEntry).where(TimesheetEntry.task_id.in_(task_ids)))
    )
    used = {a.resource_id for a in assignments} | {e.resource_id for e in entries}
    if not used:
        return [], []
    card = rate_cards(session)
    resources = sorted(
        session.scalars(select(Resource).where(Resource.id.in_(used))), key=lambda r: r.name
    )
    plan_resources = [_resource(session, r, card, project) for r in resources]
    booked: dict[tuple[int, int], dict[dt.date, float]] = {}
    for entry in entries:
        weeks = booked.setdefault((entry.task_id, entry.resource_id), {})
        weeks[entry.week_start] = weeks.get(entry.week_start, 0.0) + entry.hours
    # MS Project stores each assignment's cost; other readers take it from the file.
    priced = project_costs(session, project.id).assignments
    jobs = [
        PlanAssignment(
            str(a.task_id),
            str(a.resource_id),
            units=a.units,
            work_hours=a.work_hours,
            cost_amount=a.cost_amount,
            cost=line.cost if (line := priced.get((a.task_id, a.resource_id))) else None,
            actual_hours=booked.pop((a.task_id, a.resource_id), {}),
        )
        for a in assignments
    ]
    # Hours booked without an assignment: MS Project keeps actual work on an assignment only.
    for (task_id, resource_id), weeks in sorted(booked.items()):
        jobs.append(PlanAssignment(str(task_id), str(resource_id), units=0.0, actual_hours=weeks))
    return plan_resources, jobs


def _resource(
    session: Session, resource: Resource, card: RateCard, project: Project
) -> PlanResource:
    role = session.get(Role, resource.role_id) if resource.role_id else None
    spec = PlanResource(
        str(resource.id),
        resource.name,
        kind=resource.kind.value,
        role=role.name if role else "",
        max_units=resource.max_units,
        material_unit=resource.material_unit,
        email=resource.email,
        notes=resource.notes,
        rates=_rates(card, resource.id, resource.role_id),
    )
    calendar = session.get(Calendar, resource.calendar_id) if resource.calendar_id else None
    if calendar is not None:
        weekdays = frozenset(d for d in range(7) if calendar.works_on_weekday(d))
        ours = project.calendar
        if weekdays != frozenset(d for d in range(7) if ours.works_on_weekday(d)):
            spec.working_weekdays = weekdays
        off = {h.day for h in ours.holidays if not h.is_working}
        spec.days_off = [
            (h.day, h.name) for h in calendar.holidays if not h.is_working and h.day not in off
        ]
    return spec


def _rates(card: RateCard, resource_id: int, role_id: int | None) -> list[PlanRate]:
    """The rate in force from each day a rate of the resource or its role starts, each change
    once (its own rates win over its role's, as `rate_on` says)."""
    days = sorted(
        {r.effective_from for r in card.by_owner.get(("resource", resource_id), ())}
        | {r.effective_from for r in card.by_owner.get(("role", role_id or 0), ())}
    )
    out: list[PlanRate] = []
    for day in days:
        rate = card.on(resource_id, day)
        if rate is None:
            continue
        plan_rate = PlanRate(day, rate.cost_rate, rate.bill_rate, rate.cost_per_use)
        last = out[-1] if out else None
        if last is None or (last.cost_rate, last.bill_rate, last.cost_per_use) != (
            plan_rate.cost_rate,
            plan_rate.bill_rate,
            plan_rate.cost_per_use,
        ):
            out.append(plan_rate)
    return out
