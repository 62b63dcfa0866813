"""The resources of an MS Project XML file, their rates and calendars, and their assignments
with the hours worked, as a plan keeps them.

Facts of the format, as MPXJ's MSPDIReader reads them:
- `Resource/Type` 0 = material, 1 = work, 2 = cost (absent: work). `MaxUnits` 1 = full time.
- `StandardRate` is per hour (per unit for a material) whatever `StandardRateFormat` shows;
  `CostPerUse`, like every other money value, is in hundredths (`parse_money`). `Rates/Rate`
  rows of `RateTable` 0 (table A) date the rate; tables B-E are alternatives, not kept.
- `Assignment/Work` and `ActualWork` are ISO durations of work (`PT24H0M0S`); `Units` 1 = full
  time (a material's quantity); `ResourceUID` -65535 is MS Project's "unassigned".
- `TimephasedData` Type 2 is actual work, one row per period (usually a day) from `Start`,
  its `Value` the work of the period.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from xml.etree.ElementTree import Element

from cpm_desktop.interchange.model import (
    ImportNotes,
    PlanAssignment,
    PlanCalendar,
    PlanRate,
    PlanResource,
    PlanTask,
)
from cpm_desktop.interchange.mspdi_calendar import calendars_by_uid, read_calendar
from cpm_desktop.interchange.mspdi_values import (
    decimal_of,
    flag_of,
    int_of,
    parse_datetime,
    parse_iso_duration,
    read_money,
    text_of,
)
from cpm_desktop.interchange.text_values import clipped
from cpm_desktop.scheduling.calendar import WorkCalendar

RESOURCE_KINDS = {0: "material", 1: "work", 2: "cost"}
KIND_CODES = {kind: code for code, kind in RESOURCE_KINDS.items()}
UNASSIGNED = frozenset({"-65535", "-1"})  # MS Project's (and Aspose's) "no resource"
ACTUAL_WORK = 2  # TimephasedData Type of an assignment's actual work
MAX_NAME = 200
MAX_UNITS = 100.0
# Rates before this day are MS Project's "from the beginning" (it writes 1984-01-01).
_FIRST_RATE_DAY = dt.date(1985, 1, 1)


def read_resources(
    root: Element, project_calendar: PlanCalendar, notes: ImportNotes
) -> dict[str, PlanResource]:
    """Resource UID → resource, in file order; nameless and null rows are left out."""
    calendars = calendars_by_uid(root)
    found: dict[str, PlanResource] = {}
    names: set[str] = set()
    overtime: list[str] = []
    other_tables: list[str] = []
    used = {text_of(a, "ResourceUID") for a in root.findall("Assignments/Assignment")}
    for element in root.findall("Resources/Resource"):
        uid, name = text_of(element, "UID"), text_of(element, "Name")
        if uid is None or name is None or flag_of(element, "IsNull") or uid in found:
            continue
        if uid == "0" and uid not in used:
            continue  # MS Project's placeholder row (some writers name it "Unassigned")
        name = _unique(" ".join(name.split())[:MAX_NAME], names, notes)
        resource = PlanResource(uid, name, kind=_kind(element, name, notes))
        resource.role = " ".join((text_of(element, "Group") or "").split())[:MAX_NAME]
        resource.max_units = _max_units(element, name, notes)
        resource.material_unit = (text_of(element, "MaterialLabel") or "")[:40]
        resource.email = (text_of(element, "EmailAddress") or "")[:200]
        resource.notes = (text_of(element, "Notes") or "").replace("\r\n", "\n")
        resource.rates, has_overtime, has_other_tables = _rates(element, name, notes)
        if has_overtime:
            overtime.append(name)
        if has_other_tables:
            other_tables.append(name)
        if resource.kind == "work":
            _own_calendar(resource, element, calendars, project_calendar, notes)
        found[uid] = resource
    if overtime:
        notes.drop(
            f"Overtime rates of {_some(overtime)}: overtime is not planned apart from regular work."
        )
    if other_tables:
        notes.drop(f"Cost rate tables B–E of {_some(other_tables)}: only table A is kept.")
    if any(r.rates for r in found.values()):
        notes.approximate(
            "MS Project has no bill rates: the imported rates bill at 0 until you set them "
            "on the Rate Card."
        )
    return found


def read_assignments(
    root: Element,
    tasks: dict[str, PlanTask],
    resources: dict[str, PlanResource],
    calendar: WorkCalendar,
    notes: ImportNotes,
) -> list[PlanAssignment]:
    """The assignments of named resources to the plan's tasks, each pair once."""
    kept: dict[tuple[str, str], PlanAssignment] = {}
    for element in root.findall("Assignments/Assignment"):
        task = tasks.get(text_of(element, "TaskUID") or "")
        resource_uid = text_of(element, "ResourceUID") or ""
        resource = resources.get(resource_uid)
        work = _hours(element, "Work", notes) or 0.0
        if task is None:
            if resource is not None:
                notes.drop(
                    f"{resource.name}: an assignment to the project summary or to a blank "
                    "row is left out."
                )
            continue
        if resource is None:
            # MS Project's "unassigned" row carries the task's duration as work, yet the
            # task's own work is 0: it is a placeholder, not work.
            if resource_uid not in UNASSIGNED and resource_uid != "0":
                notes.drop(
                    f"Task '{task.name}': an assignment of unknown resource UID "
                    f"{clipped(resource_uid)} is left out."
                )
            continue
        assignment = _assignment(element, task, resource, work, calendar, notes)
        if _names_only(assignment, resource):
            continue  # a name on the task at 0 %, with nothing to do or pay: its owner only
        pair = (task.key, resource.key)
        if pair in kept:
            first = kept[pair]
            first.units += assignment.units
            first.work_hours += assignment.work_hours
            for week, hours in assignment.actual_hours.items():
                first.actual_hours[week] = first.actual_hours.get(week, 0.0) + hours
            notes.approximate(
                f"Task '{task.name}': {resource.name} is assigned twice; the two are added up."
            )
            continue
        kept[pair] = assignment
    return list(kept.values())


def task_type(element: Element, default: int) -> str:
    """`Type` 0 fixed units, 1 fixed duration, 2 fixed work (absent: the project default)."""
    code = int_of(element, "Type")
    return {0: "fixed_units", 1: "fixed_duration", 2: "fixed_work"}.get(
        default if code is None else code, "fixed_units"
    )


def leveling_delay(
    element: Element, minutes_per_day: int, weekdays: int, label: str, notes: ImportNotes
) -> int:
    """`LevelingDelay` (tenths of a minute; elapsed when its format says so) in whole working
    days, a rounding noted."""
    value = decimal_of(text_of(element, "LevelingDelay"))
    if value is None or value <= 0 or value.adjusted() > 15:
        return 0
    minutes = Fraction(value) / 10
    if int_of(element, "LevelingDelayFormat") in (4, 6, 8, 10, 12, 36, 38, 40, 42, 44):
        days = minutes / 1440 * weekdays / 7  # elapsed time: its share of working days
    else:
        days = minutes / minutes_per_day
    whole = int(days + Fraction(1, 2))
    if whole != days:
        notes.approximate(
            f"{label}: levelling delay of {float(days):.4g} working days rounded to {whole}."
        )
    return whole


def plain(value: Decimal) -> Decimal:
    """`value` without trailing zeros and never in exponent form (10, not 1E+1)."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def hours_of(text: str | None) -> float | None:
    """Hours of an ISO work duration (`PT24H30M0S` → 24.5); None when it is none."""
    if text is None:
        return None
    parsed = parse_iso_duration(text)
    if parsed is None or parsed.negative:
        return None
    if parsed.has_date_part:  # not what MS Project writes; read days as 8-hour days
        return float(parsed.working_days(480, 2400) * 8)
    return float(parsed.hours + parsed.minutes / 60 + parsed.seconds / 3600)


# -- resources ----------------------------------------------------------------------------


def _unique(name: str, taken: set[str], notes: ImportNotes) -> str:
    """The name, or `name (2)` when the file already has one so called (names are unique)."""
    chosen, n = name, 1
    while chosen.casefold() in taken:
        n += 1
        chosen = f"{name} ({n})"
    if chosen != name:
        notes.approximate(f"A second resource named '{name}' is imported as '{chosen}'.")
    taken.add(chosen.casefold())
    return chosen


def _kind(element: Element, name: str, notes: ImportNotes) -> str:
    code = int_of(element, "Type")
    if flag_of(element, "IsCostResource"):
        code = 2
    if code is None:
        return "work"
    if code not in RESOURCE_KINDS:
        notes.approximate(f"Resource '{name}': type {code} is unknown; imported as work.")
        return "work"
    return RESOURCE_KINDS[code]


def _max_units(element: Element, name: str, notes: ImportNotes) -> float:
    text = text_of(element, "MaxUnits")
    value = decimal_of(text)
    if value is None:
        return 1.0
    units = float(value)
    if 0 < units <= MAX_UNITS:
        return round(units, 6)
    notes.approximate(
        f"Resource '{name}': maximum units {clipped(text or '')} impossible; 100 % kept."
    )
    return 1.0


def _rates(element: Element, name: str, notes: ImportNotes) -> tuple[list[PlanRate], bool, bool]:
    """Table A's dated rates (oldest first, the first from the start), whether an overtime
    rate was set, and whether other tables hold rates. All-zero rates give no rate."""
    label = f"Resource '{name}'"
    rows: list[tuple[dt.date | None, PlanRate]] = []
    overtime = other_tables = False
    for rate in element.findall("Rates/Rate"):
        table = int_of(rate, "RateTable") or 0
        standard = _rate(rate, label, notes)
        per_use = read_money(rate, "CostPerUse", label, notes) or Decimal(0)
        overtime |= bool(decimal_of(text_of(rate, "OvertimeRate")))
        if table != 0:
            other_tables |= bool(standard or per_use)
            continue
        start = _day(text_of(rate, "RatesFrom"))
        start = None if start is None or start < _FIRST_RATE_DAY else start
        rows.append((start, PlanRate(start, standard, Decimal(0), per_use)))
    if not rows:  # no table: the resource's own fields are its one rate
        standard = _rate(element, label, notes)
        per_use = read_money(element, "CostPerUse", label, notes) or Decimal(0)
        overtime |= bool(decimal_of(text_of(element, "OvertimeRate")))
        rows.append((None, PlanRate(None, standard, Decimal(0), per_use)))
    rows.sort(key=lambda row: row[0] or dt.date.min)
    rates = [rate for _, rate in rows]
    if all(not r.cost_rate and not r.cost_per_use for r in rates):
        return [], overtime, other_tables  # a rate of nothing is no cost data
    return rates, overtime, other_tables


def _rate(element: Element, label: str, notes: ImportNotes) -> Decimal:
    text = text_of(element, "StandardRate")
    value = decimal_of(text)
    if text is None:
        return Decimal(0)
    if value is None or value < 0 or value.adjusted() > 12:
        notes.approximate(f"{label}: standard rate '{clipped(text)}' is unreadable; 0 is kept.")
        return Decimal(0)
    return plain(value.quantize(Decimal("0.0001")))


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return parse_datetime(text).date()
    except ValueError:
        return None


def _own_calendar(
    resource: PlanResource,
    element: Element,
    calendars: dict[str, Element],
    project: PlanCalendar,
    notes: ImportNotes,
) -> None:
    """What the resource's calendar changes of the project's: weekdays and days off."""
    chosen = calendars.get(text_of(element, "CalendarUID") or "")
    if chosen is None:
        return
    # Its base calendar's oddities were reported with the project calendar: not again here.
    own = read_calendar(chosen, calendars, ImportNotes())
    if own.working_weekdays != project.working_weekdays:
        resource.working_weekdays = own.working_weekdays
    project_days = {day for day, _ in project.holidays}
    own_days = {day for day, _ in own.holidays}
    resource.days_off = [(day, what) for day, what in own.holidays if day not in project_days]
    worked = sorted(project_days - own_days)
    if worked:
        notes.drop(
            f"Resource '{resource.name}' works on {len(worked)} of the project's holidays "
            f"(from {worked[0].isoformat()}); a personal calendar only adds days off."
        )


# -- assignments --------------------------------------------------------------------------


def _assignment(
    element: Element,
    task: PlanTask,
    resource: PlanResource,
    work: float,
    calendar: WorkCalendar,
    notes: ImportNotes,
) -> PlanAssignment:
    label = f"Task '{task.name}', {resource.name}"
    units_value = decimal_of(text_of(element, "Units"))
    units = 1.0 if units_value is None else float(units_value)
    if not 0 <= units <= MAX_UNITS:
        notes.approximate(f"{label}: units {units:g} impossible; 100 % kept.")
        units = 1.0
    assignment = PlanAssignment(
        task.key,
        resource.key,
        units=round(units, 6),
        cost=read_money(element, "Cost", label, notes),
    )
    if resource.kind == "work":
        assignment.work_hours = round(work, 4)
        assignment.actual_hours = _actual_weeks(element, task, calendar, label, notes)
    elif resource.kind == "cost":
        assignment.units = 0.0
        assignment.cost_amount = assignment.cost or Decimal(0)
    return assignment


def _names_only(assignment: PlanAssignment, resource: PlanResource) -> bool:
    """A work resource at 0 % with no work, no hours worked and no cost."""
    return (
        resource.kind == "work"
        and assignment.units == 0
        and assignment.work_hours == 0
        and not assignment.actual_hours
        and not assignment.cost
    )


def _actual_weeks(
    element: Element, task: PlanTask, calendar: WorkCalendar, label: str, notes: ImportNotes
) -> dict[dt.date, float]:
    """Actual work by week (its Monday): the timephased rows, else all of ActualWork in the
    week the work started (noted)."""
    weeks: dict[dt.date, float] = {}
    for row in element.findall("TimephasedData"):
        if int_of(row, "Type") != ACTUAL_WORK:
            continue
        hours = hours_of(text_of(row, "Value")) or 0.0
        start, finish = _day(text_of(row, "Start")), _day(text_of(row, "Finish"))
        if hours <= 0 or start is None:
            continue
        _spread(weeks, hours, start, finish or start, calendar)
    total = _hours(element, "ActualWork", notes) or 0.0
    if weeks or total <= 0:
        return {week: round(hours, 4) for week, hours in weeks.items()}
    started = _day(text_of(element, "ActualStart")) or task.actual_start or task.start
    if started is None:
        notes.drop(f"{label}: {_hours_text(total)} of actual work without a date are left out.")
        return {}
    notes.approximate(
        f"{label}: {_hours_text(total)} of actual work without a day-by-day split are booked "
        f"in the week of {started.isoformat()}."
    )
    return {_monday(started): round(total, 4)}


def _spread(
    weeks: dict[dt.date, float],
    hours: float,
    start: dt.date,
    finish: dt.date,
    calendar: WorkCalendar,
) -> None:
    """Share a period's hours over its working days (a period ends where the next begins),
    each day's share to its week."""
    last = finish - dt.timedelta(days=1) if finish > start else start
    days = [
        start + dt.timedelta(days=n)
        for n in range(min((last - start).days, 366) + 1)
        if calendar.is_working(start + dt.timedelta(days=n))
    ] or [start]
    for day in days:
        week = _monday(day)
        weeks[week] = weeks.get(week, 0.0) + hours / len(days)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _hours(element: Element, tag: str, notes: ImportNotes) -> float | None:
    text = text_of(element, tag)
    hours = hours_of(text)
    if text is not None and hours is None:
        notes.approximate(f"{tag} '{clipped(text)}' is unreadable; no work is kept.")
    return hours


def _hours_text(hours: float) -> str:
    return f"{hours:,.4g} h" if hours < 10_000 else f"{hours:,.0f} h"


def _some(names: list[str], what: str = "resource", shown: int = 3) -> str:
    """`'A'`, `3 resources ('A', 'B', 'C')`, `12 tasks ('A', 'B', 'C', …)`."""
    unique = list(dict.fromkeys(names))
    if len(unique) == 1:
        return f"'{unique[0]}'"
    listed = ", ".join(f"'{name}'" for name in unique[:shown])
    more = ", …" if len(unique) > shown else ""
    return f"{len(unique)} {what}s ({listed}{more})"
