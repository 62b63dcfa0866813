"""The team part of an import: the plan's resources (a resource of the same name in the
workspace is used as it is), their roles, rates and personal calendars, the assignments and the
hours worked, as timesheet entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.interchange.model import ImportNotes, Plan, PlanAssignment, PlanResource
from cpm_desktop.interchange.text_values import number_text
from cpm_desktop.models import Assignment, Project, Resource, Role, TimesheetEntry
from cpm_desktop.services.plan.calendars import (
    create_calendar,
    set_holidays,
    set_working_weekdays,
)
from cpm_desktop.services.team.resources import add_resource, add_role, set_rate
from cpm_desktop.services.validate import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_MONEY,
    clean_money,
    fold,
)
from cpm_desktop.texts import N_, _, ngettext

MAX_UNITS = 100.0
MAX_HOURS = 10_000_000.0  # no assignment of a real plan comes near
MAX_WEEK_HOURS = 168 * MAX_UNITS  # a crew of a hundred, around the clock


@dataclass(frozen=True, slots=True)
class TeamCounts:
    """What the team part stored: resources (new and reused), assignments, timesheet rows."""

    resources: int = 0
    assignments: int = 0
    timesheet_entries: int = 0
    reused: tuple[str, ...] = ()


def add_team(
    session: Session, project: Project, plan: Plan, ids: dict[str, int], notes: ImportNotes
) -> TeamCounts:
    """Store the plan's resources, rates, calendars, assignments and actual hours."""
    if not plan.resources:
        return TeamCounts()
    reused: list[str] = []
    summaries = {t.parent_key for t in plan.tasks if t.parent_key is not None}
    names = {t.key: t.name for t in plan.tasks}
    used = {a.resource_key for a in plan.assignments}
    resource_ids: dict[str, int] = {}
    kinds: dict[str, ResourceKind] = {}
    for spec in plan.resources:
        found = _existing(session, spec.name)
        if found is not None:
            reused.append(found.name)
            resource_ids[spec.key], kinds[spec.key] = found.id, found.kind
            continue
        resource_ids[spec.key], kinds[spec.key] = _new_resource(session, project, spec, notes)
    if reused:
        shown = ", ".join(f"'{n}'" for n in reused[:3])
        more = ", …" if len(reused) > 3 else ""
        notes.approximate(
            ngettext(
                "{count} resource(s) already in the workspace ({names}) are used as they are: "
                "their kind, rates and calendar are the workspace's.",
                "{count} resource(s) already in the workspace ({names}) are used as they are: "
                "their kind, rates and calendar are the workspace's.",
                len(reused),
            ).format(count=len(reused), names=shown + more)
        )
    unused = [s.name for s in plan.resources if s.key not in used]
    if unused and len(unused) < len(plan.resources):
        notes.approximate(
            ngettext(
                "{count} resource(s) of the file have no assignment here; they are added to the "
                "workspace all the same.",
                "{count} resource(s) of the file have no assignment here; they are added to the "
                "workspace all the same.",
                len(unused),
            ).format(count=len(unused))
        )
    rows: list[dict[str, object]] = []
    hours: list[dict[str, object]] = []
    for job in plan.assignments:
        task_id, resource_id = ids.get(job.task_key), resource_ids.get(job.resource_key)
        if task_id is None or resource_id is None:
            continue  # its task or resource is not in the plan: the reader noted it
        label = _("Task {name!r}").format(name=names.get(job.task_key, job.task_key))
        if job.task_key in summaries:
            notes.drop(
                _(
                    "{task}: an assignment to a summary task (resources work on the tasks under "
                    "it here)."
                ).format(task=label)
            )
            continue
        row = _assignment_row(job, kinds[job.resource_key], label, notes)
        row.update(task_id=task_id, resource_id=resource_id)
        rows.append(row)
        for week, worked in sorted(job.actual_hours.items()):
            entry = _timesheet_row(week, worked, label, notes)
            if entry is not None:
                entry.update(resource_id=resource_id, task_id=task_id)
                hours.append(entry)
    if rows:
        session.execute(insert(Assignment), rows)
    if hours:
        session.execute(insert(TimesheetEntry), hours)
    return TeamCounts(len(resource_ids), len(rows), len(hours), tuple(reused))


def _existing(session: Session, name: str) -> Resource | None:
    """The workspace's resource of that name (case and spacing aside), if any."""
    wanted = fold(" ".join(name.split()))
    for resource in session.scalars(select(Resource)):
        if fold(resource.name) == wanted:
            return resource
    return None


def _new_resource(
    session: Session, project: Project, spec: PlanResource, notes: ImportNotes
) -> tuple[int, ResourceKind]:
    """Create the resource with its role, personal calendar and rates; its id and kind."""
    kind = ResourceKind(spec.kind)
    calendar_id = _personal_calendar(session, project, spec)
    created = add_resource(
        session,
        spec.name,
        kind=kind,
        role_id=_role(session, spec.role),
        max_units=spec.max_units if 0 < spec.max_units <= MAX_UNITS else 1.0,
        calendar_id=calendar_id,
        material_unit=spec.material_unit[:40],
        email=spec.email[:200],
        notes=spec.notes[:20_000],
    )
    # Timesheet weeks start on Monday: a rate "from the start" must cover the start's week.
    start = project.start_date - dt.timedelta(days=project.start_date.weekday())
    label = _("Resource {name!r}").format(name=spec.name)
    for rate in spec.rates:
        day = rate.effective_from or start
        if rate.effective_from is not None and rate.effective_from <= start:
            day = start  # an older rate is the one in force when the project starts
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            notes.drop(
                _("{resource}: a rate from {date} is outside the years planned.").format(
                    resource=label, date=day.isoformat()
                )
            )
            continue
        values = {
            what: _rate_value(amount, label, what, notes)
            for what, amount in (
                (N_("cost rate"), rate.cost_rate),
                (N_("bill rate"), rate.bill_rate),
                (N_("cost per use"), rate.cost_per_use),
            )
        }
        set_rate(
            session,
            resource_id=created.id,
            effective_from=day,
            cost_rate=values["cost rate"],
            bill_rate=values["bill rate"],
            cost_per_use=values["cost per use"],
            currency=project.currency,
        )
    return created.id, kind


def _rate_value(amount: Decimal, label: str, what: str, notes: ImportNotes) -> Decimal:
    """An amount the rate card keeps (cents); a rounding or an impossible value is noted.
    `what` names the rate, marked with N_() ("cost rate")."""
    if not amount.is_finite() or not 0 <= amount <= MAX_MONEY:
        notes.drop(
            _("{resource}: {what} {amount} is impossible; 0 stored.").format(
                resource=label, what=_(what), amount=number_text(amount)
            )
        )
        return Decimal(0)
    kept = clean_money(amount, what)
    if kept != amount:
        notes.approximate(
            _("{resource}: {what} {amount} rounded to {kept}.").format(
                resource=label, what=_(what), amount=format(amount.normalize(), "f"), kept=kept
            )
        )
    return kept


def _role(session: Session, name: str) -> int | None:
    """The role of that name, created when the workspace has none; None for no name."""
    name = " ".join(name.split())
    if not name:
        return None
    for role in session.scalars(select(Role)):
        if fold(role.name) == fold(name):
            return role.id
    return add_role(session, name).id


def _personal_calendar(session: Session, project: Project, spec: PlanResource) -> int | None:
    """A calendar of the resource's own when it works other days or has days off: the
    project's calendar with its changes; None when the project's fits."""
    days_off = [(d, n) for d, n in spec.days_off if EARLIEST_DATE <= d <= LATEST_DATE]
    if spec.kind != ResourceKind.WORK.value or (spec.working_weekdays is None and not days_off):
        return None
    calendar = create_calendar(session, spec.name, based_on=project.calendar_id)
    if spec.working_weekdays:
        set_working_weekdays(session, calendar.id, spec.working_weekdays)
    if days_off:
        held = {h.day: h.name for h in project.calendar.holidays if not h.is_working}
        for day, name in days_off:
            held.setdefault(day, name[:200] or "Leave")
        set_holidays(session, calendar.id, sorted(held.items()))
    return calendar.id


def _assignment_row(
    spec: PlanAssignment, kind: ResourceKind, label: str, notes: ImportNotes
) -> dict[str, object]:
    """One assignment's column values, kept to the resource's kind."""
    units = spec.units if 0 <= spec.units <= MAX_UNITS else 1.0
    work = spec.work_hours if 0 <= spec.work_hours <= MAX_HOURS else 0.0
    if (units, work) != (spec.units, spec.work_hours):
        notes.approximate(
            _(
                "{task}: units {units} or work {work} h impossible; {kept_units} and {kept_work} h "
                "stored."
            ).format(
                task=label,
                units=f"{spec.units:g}",
                work=f"{spec.work_hours:g}",
                kept_units=f"{units:g}",
                kept_work=f"{work:g}",
            )
        )
    amount: Decimal | None = None
    if kind is ResourceKind.COST:
        units, work = 0.0, 0.0
        amount = spec.cost_amount if spec.cost_amount is not None else spec.cost
        if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_MONEY:
            amount = Decimal(0)
        amount = amount.quantize(Decimal("0.01"))
    elif kind is ResourceKind.MATERIAL:
        work = 0.0
    return {"units": units, "work_hours": work, "cost_amount": amount}


def _timesheet_row(
    week: dt.date, hours: float, label: str, notes: ImportNotes
) -> dict[str, object] | None:
    """One week's actual hours as a timesheet entry (its Monday), or None when not kept."""
    monday = week - dt.timedelta(days=week.weekday())
    if not EARLIEST_DATE <= monday <= LATEST_DATE or not 0 < hours <= MAX_WEEK_HOURS:
        notes.drop(
            _("{task}: {hours} h of actual work in the week of {monday} are not kept.").format(
                task=label, hours=f"{hours:g}", monday=monday.isoformat()
            )
        )
        return None
    return {"week_start": monday, "hours": round(hours, 2), "billable": True, "note": ""}
