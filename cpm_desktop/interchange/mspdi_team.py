"""Writing a plan's team as MS Project XML: resources with their rate table and personal
calendar, and assignments with their work, cost and the hours worked day by day.

A plan's owners that are not among its resources are written as work resources too, assigned
at 0 % to the tasks they own that have no assignment of their own: they name the task in MS
Project without adding work the plan does not have (`mspdi_resources` reads such a row back as
an owner only).
Element order follows the MSPDI schema, as MS Project and MPXJ write it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from xml.etree.ElementTree import Element, SubElement

from cpm_desktop.interchange.model import Plan, PlanAssignment, PlanResource
from cpm_desktop.interchange.mspdi_placement import Row
from cpm_desktop.interchange.mspdi_resources import KIND_CODES
from cpm_desktop.scheduling.calendar import WorkCalendar

# MS Project's "from the beginning" and "to the end" of a rate table (MPXJ's NA dates).
RATES_FROM_START = "1984-01-01T00:00:00"
RATES_TO_END = "2049-12-31T23:59:00"
RATE_PER_HOUR = 2  # StandardRateFormat 2 = h
RATE_PER_UNIT = 8  # the material resource's rate format
ACTUAL_WORK = 2  # TimephasedData Type of an assignment's actual work
PER_DAY = 2  # TimephasedData Unit 2 = days
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_IN_RESOURCE_NAME = str.maketrans({"[": "(", "]": ")", ",": ";"})


def resource_calendars(plan: Plan, first_uid: int) -> dict[str, int]:
    """Calendar UIDs (from `first_uid`) of the resources that have a calendar of their own."""
    uids: dict[str, int] = {}
    for resource in plan.resources:
        if resource.kind == "work" and (resource.working_weekdays or resource.days_off):
            uids[resource.key] = first_uid + len(uids)
    return uids


def write_resource_calendar(
    calendars: Element, resource: PlanResource, uid: int, project_weekdays: frozenset[int]
) -> None:
    """A calendar based on the project's (UID 1) with the resource's weekdays and days off."""
    calendar = SubElement(calendars, "Calendar")
    fill(
        calendar,
        UID=uid,
        Name=resource_name(resource.name),
        IsBaseCalendar=0,
        IsBaselineCalendar=0,
        BaseCalendarUID=1,
    )
    weekdays = resource.working_weekdays
    if weekdays is not None and weekdays != project_weekdays:
        days = SubElement(calendar, "WeekDays")
        for day_type in range(1, 8):  # 1 = Sunday … 7 = Saturday
            working = (day_type + 5) % 7 in weekdays
            if working == ((day_type + 5) % 7 in project_weekdays):
                continue  # a derived calendar lists only what it changes
            weekday = SubElement(days, "WeekDay")
            fill(weekday, DayType=day_type, DayWorking=int(working))
            if working:
                times = SubElement(weekday, "WorkingTimes")
                for begin, end in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                    fill(SubElement(times, "WorkingTime"), FromTime=begin, ToTime=end)
    off: dict[dt.date, str] = {}
    for day, name in sorted(resource.days_off):
        off.setdefault(day, name)
    if not off:
        return
    exceptions = SubElement(calendar, "Exceptions")
    for day, name in off.items():
        exception = SubElement(exceptions, "Exception")
        fill(exception, EnteredByOccurrences=0)
        period = SubElement(exception, "TimePeriod")
        fill(period, FromDate=f"{day.isoformat()}T00:00:00", ToDate=f"{day.isoformat()}T23:59:00")
        fill(exception, Occurrences=1, Name=clean(name, 512) or "Leave", Type=1, DayWorking=0)


def write_team(
    root: Element,
    plan: Plan,
    rows: list[Row],
    calendar_uid: dict[str, int],
    calendar: WorkCalendar,
) -> None:
    """The Resources and Assignments collections."""
    uid_of: dict[str, int] = {}
    resources = SubElement(root, "Resources")
    by_key = {r.key: r for r in plan.resources}
    names: set[str] = set()
    for resource in plan.resources:
        name = _unique(resource_name(resource.name), names)
        if not name:
            continue
        uid = uid_of[resource.key] = len(uid_of) + 1
        _resource(SubElement(resources, "Resource"), resource, uid, name, calendar_uid)
    row_of = {row.task.key: row for row in rows}
    jobs = [a for a in plan.assignments if a.task_key in row_of and a.resource_key in uid_of]
    assigned = {a.task_key for a in jobs}
    uid_by_name = {
        resource_name(r.name).casefold(): uid_of[r.key] for r in plan.resources if r.key in uid_of
    }
    owned: dict[tuple[int, int], Row] = {}  # (task UID, resource UID) → row; ordered, once
    for row in rows:
        if row.task.key in assigned or row.children:
            continue  # its assignments say who works on it
        for raw in row.task.owner.split(", "):
            name = resource_name(raw)
            if not name:
                continue
            if name.casefold() not in uid_by_name:
                uid = uid_by_name[name.casefold()] = len(uid_by_name) + 1
                fill(
                    SubElement(resources, "Resource"), UID=uid, ID=uid, Name=name, Type=1, IsNull=0
                )
            owned[row.uid, uid_by_name[name.casefold()]] = row
    assignments = SubElement(root, "Assignments")
    number = 0
    for job in jobs:
        number += 1
        row = row_of[job.task_key]
        _assignment(
            SubElement(assignments, "Assignment"),
            number,
            row,
            job,
            by_key[job.resource_key],
            uid_of[job.resource_key],
            calendar,
        )
    for (_, resource_uid), row in owned.items():
        number += 1
        fill(
            SubElement(assignments, "Assignment"),
            UID=number,
            TaskUID=row.uid,
            ResourceUID=resource_uid,
            Finish=row.finish.text(),
            RemainingWork=duration(0),
            Start=row.start.text(),
            Units=0,
            Work=duration(0),
        )


def _resource(
    element: Element,
    resource: PlanResource,
    uid: int,
    name: str,
    calendar_uid: dict[str, int],
) -> None:
    kind = resource.kind if resource.kind in KIND_CODES else "work"
    first = resource.rates[0] if resource.rates else None
    material = kind == "material"
    fill(
        element,
        UID=uid,
        ID=uid,
        Name=name,
        # MS Project writes a cost resource as a material one flagged IsCostResource.
        Type=KIND_CODES["material"] if kind == "cost" else KIND_CODES[kind],
        IsNull=0,
        MaterialLabel=clean(resource.material_unit, 512) or None if material else None,
        Group=clean(resource.role, 512) or None,
        EmailAddress=clean(resource.email, 512) or None,
        MaxUnits=_number(resource.max_units) if kind == "work" else None,
        StandardRate=_number(first.cost_rate) if first else None,
        StandardRateFormat=(RATE_PER_UNIT if material else RATE_PER_HOUR) if first else None,
        OvertimeRate=0 if first else None,
        OvertimeRateFormat=RATE_PER_HOUR if first else None,
        CostPerUse=money(first.cost_per_use) if first else None,
        CalendarUID=calendar_uid.get(resource.key),
        Notes=clean(resource.notes) or None,
        IsCostResource=1 if kind == "cost" else None,
    )
    if len(resource.rates) < 2:
        return  # the resource's own fields say it all
    rates = SubElement(element, "Rates")
    for n, rate in enumerate(resource.rates):
        later = resource.rates[n + 1].effective_from if n + 1 < len(resource.rates) else None
        fill(
            SubElement(rates, "Rate"),
            RatesFrom=RATES_FROM_START
            if n == 0 or rate.effective_from is None
            else f"{rate.effective_from.isoformat()}T00:00:00",
            RatesTo=f"{later.isoformat()}T00:00:00" if later else RATES_TO_END,
            RateTable=0,
            StandardRate=_number(rate.cost_rate),
            StandardRateFormat=RATE_PER_UNIT if material else RATE_PER_HOUR,
            OvertimeRate=0,
            OvertimeRateFormat=RATE_PER_HOUR,
            CostPerUse=money(rate.cost_per_use),
        )


def _assignment(
    element: Element,
    number: int,
    row: Row,
    job: PlanAssignment,
    resource: PlanResource,
    resource_uid: int,
    calendar: WorkCalendar,
) -> None:
    work = resource.kind == "work"
    minutes = round(job.work_hours * 60) if work else 0
    actual = _actual_days(job.actual_hours, calendar) if work else []
    done = sum(m for _, m in actual)
    cost = job.cost_amount if resource.kind == "cost" else job.cost
    fill(
        element,
        UID=number,
        TaskUID=row.uid,
        ResourceUID=resource_uid,
        ActualWork=duration(done) if done else None,
        Cost=money(cost) if cost is not None else None,
        Finish=row.finish.text(),
        RemainingWork=duration(max(minutes - done, 0)) if work else None,
        Start=row.start.text(),
        Units=_number(job.units) if resource.kind != "cost" else None,
        Work=duration(minutes) if work else None,
    )
    for day, worked in actual:
        fill(
            SubElement(element, "TimephasedData"),
            Type=ACTUAL_WORK,
            UID=number,
            Start=f"{day.isoformat()}T08:00:00",
            Finish=f"{(day + dt.timedelta(days=1)).isoformat()}T08:00:00",
            Unit=PER_DAY,
            Value=duration(worked),
        )


def _actual_days(weeks: dict[dt.date, float], calendar: WorkCalendar) -> list[tuple[dt.date, int]]:
    """Each week's hours as whole minutes over its working days (the first days take the
    odd minutes), so the week's total is exact."""
    out: list[tuple[dt.date, int]] = []
    for week in sorted(weeks):
        total = round(weeks[week] * 60)
        if total <= 0:
            continue
        monday = week - dt.timedelta(days=week.weekday())
        days = [
            monday + dt.timedelta(days=n)
            for n in range(7)
            if calendar.is_working(monday + dt.timedelta(days=n))
        ] or [monday]
        share, extra = divmod(total, len(days))
        out += [(day, share + (n < extra)) for n, day in enumerate(days) if share + (n < extra)]
    return out


def _unique(name: str, taken: set[str]) -> str:
    if not name:
        return ""
    chosen, n = name, 1
    while chosen.casefold() in taken:
        n += 1
        chosen = f"{name} ({n})"
    taken.add(chosen.casefold())
    return chosen


def fill(parent: Element, **values: object) -> None:
    """Append one child per keyword, in the order given (the schema's); None leaves it out."""
    for tag, value in values.items():
        if value is not None:
            SubElement(parent, tag).text = str(value)


def resource_name(text: str) -> str:
    """A name MS Project accepts: no square brackets or list separator, within 512 characters."""
    return clean(text, 512).translate(_NOT_IN_RESOURCE_NAME).strip()


def clean(text: str, limit: int | None = None) -> str:
    """Text XML 1.0 can hold, cut to the schema's maximum length for the field."""
    cleaned = _XML_BAD.sub("", text)
    return cleaned if limit is None else cleaned[:limit]


def duration(minutes: int) -> str:
    """ISO 8601 working time, as MS Project writes it: PT16H0M0S is two 8-hour days."""
    minutes = max(minutes, 0)
    return f"PT{minutes // 60}H{minutes % 60}M0S"


def money(amount: Decimal) -> str:
    """MSPDI keeps money in hundredths (MPXJ divides by 100): 1234.56 is written 123456."""
    if not amount.is_finite():
        return "0"
    return format((amount * 100).normalize(), "f")


def _number(value: float | Decimal) -> str:
    """A plain decimal number: 0.5, 1, 12.25 (never 1E+1)."""
    return format(Decimal(str(value)).normalize(), "f")
