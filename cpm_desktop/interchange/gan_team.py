"""The team of a GanttProject `.gan` file: its resources (role, day rate, contact, vacations),
their allocations to tasks, and each task's owner.

Facts of the format, checked against GanttProject's loader and MPXJ's GanttProjectReader: a
resource's `function` names a role of a `<roles>` set (`Default:1` is the project manager);
its standard rate is per day; an allocation's `load` is its units in percent, and the format
keeps no work.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from cpm_desktop.interchange.model import (
    ImportNotes,
    PlanAssignment,
    PlanRate,
    PlanResource,
    PlanTask,
)
from cpm_desktop.interchange.text_values import FIRST_YEAR, LAST_YEAR, unique_name
from cpm_desktop.scheduling.calendar import WorkCalendar


def read_owners(root: Element, by_key: dict[str, PlanTask]) -> None:
    """Owner = the task's coordinator ('responsible'), else everyone assigned to it."""
    people = {
        r.get("id", ""): (r.get("name") or "").strip() for r in root.findall("resources/resource")
    }
    assigned: dict[str, list[tuple[bool, str]]] = {}
    for a in root.findall("allocations/allocation"):
        who = people.get(a.get("resource-id", ""))
        if who and a.get("task-id") in by_key:
            assigned.setdefault(a.get("task-id", ""), []).append(
                (a.get("responsible") == "true", who)
            )
    for key, entries in assigned.items():
        leads = [who for lead, who in entries if lead] or [who for _, who in entries]
        by_key[key].owner = ", ".join(dict.fromkeys(leads))


def read_team(
    root: Element, by_key: dict[str, PlanTask], work: WorkCalendar, notes: ImportNotes
) -> tuple[list[PlanResource], list[PlanAssignment]]:
    """Resources (role, day rate, contact, vacations) and allocations (load = units).

    GanttProject keeps no work: an allocation works its task's duration at its load, 8 hours
    a day; its standard rate is per day (MPXJ's GanttProjectReader reads it so).
    """
    roles = _roles(root)
    resources: dict[str, PlanResource] = {}
    taken: set[str] = set()
    day_rates = False
    for element in root.findall("resources/resource"):
        key, name = element.get("id", "").strip(), " ".join((element.get("name") or "").split())
        if not key or not name or key in resources:
            continue
        unique = unique_name(name, taken)
        contact = (element.get("contacts") or "").strip()
        phone = (element.get("phone") or "").strip()
        resource = PlanResource(
            key,
            unique,
            role=roles.get((element.get("function") or "").strip(), ""),
            email=contact if "@" in contact else "",
            notes="\n".join(
                part
                for part in (
                    "" if "@" in contact or not contact else f"Contact: {contact}",
                    f"Phone: {phone}" if phone else "",
                )
                if part
            ),
        )
        rate = element.find("rate[@name='standard']")
        value = _rate(rate.get("value") if rate is not None else None)
        if value:
            resource.rates = [PlanRate(None, value / 8)]
            day_rates = True
        resources[key] = resource
    for vacation in root.findall("vacations/vacation"):
        owner = resources.get((vacation.get("resourceid") or "").strip())
        first, last = _day_of(vacation.get("start")), _day_of(vacation.get("end"))
        if owner is None or first is None or last is None or last < first:
            continue
        span = min((last - first).days, 366)
        for n in range(span + 1):
            day = first + dt.timedelta(days=n)
            if day.weekday() in work.working_weekdays:
                owner.days_off.append((day, "Vacation"))
    assignments: dict[tuple[str, str], PlanAssignment] = {}
    for allocation in root.findall("allocations/allocation"):
        task = by_key.get((allocation.get("task-id") or "").strip())
        person = resources.get((allocation.get("resource-id") or "").strip())
        if task is None or person is None or (task.key, person.key) in assignments:
            continue
        load = _rate(allocation.get("load")) or Decimal(100)
        units = float(min(load, Decimal(10_000)) / 100)
        assignments[task.key, person.key] = PlanAssignment(
            task.key, person.key, units=units, work_hours=task.duration * 8.0 * units
        )
    if day_rates:
        notes.approximate(
            "GanttProject's standard rates are per day: they are kept per hour of an "
            "8-hour day (400 a day is 50 an hour)."
        )
    if assignments:
        notes.approximate(
            "GanttProject keeps no work: each allocation works its task's duration at its "
            "load, 8 hours a day."
        )
    return list(resources.values()), list(assignments.values())


def _roles(root: Element) -> dict[str, str]:
    """`function` value → role name: GanttProject's own roleset (`Default:1` is the project
    manager; 0 is no role) and the file's own roles by id."""
    found = {"Default:1": "Project manager"}
    for roles in root.findall("roles"):
        if roles.get("roleset-name") == "Default":
            continue
        for role in roles.findall("role"):
            name = " ".join((role.get("name") or "").split())
            if role.get("id") and name:
                found[role.get("id", "")] = name
    return found


def _rate(text: str | None) -> Decimal | None:
    """A non-negative number of the file, or None."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def _day_of(text: str | None) -> dt.date | None:
    try:
        day = dt.date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None
