"""Read a GNOME Planner `.planner` file into a Plan.

Facts of the format, checked against Planner's libplanner (`mrp-parser.c`,
`mrp-task-manager.c`) and MPXJ's PlannerReader:
- Times look like "20070223T080000Z" and are read as local times (the working hours of the
  calendar, 0800–1700, line up with them as written).
- `start` is where the scheduler put the task (often 00:00, or the predecessor's 17:00);
  `work-start` is when work begins and `end` when it ends. `work` is effort in seconds, so a
  fixed-work task with two resources lasts half of it: the duration is therefore measured as the
  working time between `work-start` and `end` in the project calendar, in days of that calendar.
- A predecessor's `lag` is ELAPSED seconds: the scheduler adds it to the predecessor's finish
  as is (task_manager_calc_relation), so 86400 is one calendar day, not three working days.
- In `<default-week>` and `<day>` the values are day-type ids: 0 working, 1 non-working,
  2 "use base" (a derived calendar), others user-defined; `<overridden-day-type>` gives a day
  type's working intervals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from xml.etree.ElementTree import Element

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import (
    ImportNotes,
    Plan,
    PlanAssignment,
    PlanCalendar,
    PlanLink,
    PlanRate,
    PlanResource,
    PlanTask,
)
from cpm_desktop.interchange.text_values import (
    FIRST_YEAR,
    LAST_YEAR,
    clipped,
    implausible,
    impossible,
    percent_from_text,
    unique_name,
)
from cpm_desktop.interchange.xml_input import local_name, nested, parse_xml
from cpm_desktop.texts import N_, _

SOURCE_FORMAT = "GNOME Planner"
LINK_TYPES = frozenset({"FS", "SS", "FF", "SF"})
CONSTRAINTS = {"start-no-earlier-than": "SNET", "must-start-on": "MSO"}
_WEEK_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
_WORKING, _NONWORKING, _USE_BASE = "0", "1", "2"
_DEFAULT_HOURS = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))  # Planner's standard working day
_MAX_LAG_SECONDS = 10**12

Hours = tuple[tuple[int, int], ...]  # working intervals of a day, in minutes from midnight


@dataclass(slots=True)
class _Calendar:
    """One <calendar>: a week of day types, their hours, dated exceptions, and its base."""

    name: str
    week: tuple[str, ...]
    hours: dict[str, Hours]
    days: dict[dt.date, str]
    parent: _Calendar | None = None
    _cache: dict[dt.date, Hours] = field(default_factory=dict)

    # Base calendars are followed by loops, not recursion: a chain of any length reads.

    def weekday_kind(self, weekday: int) -> str:
        """The day type of a weekday, through the base calendars."""
        cal: _Calendar | None = self
        kind = _USE_BASE
        while kind == _USE_BASE and cal is not None:
            kind, cal = cal.week[weekday], cal.parent
        return kind

    def kind_of(self, day: dt.date) -> str:
        """The day type of a date: its own exception, else its weekday, else the base's."""
        cal: _Calendar | None = self
        kind = _USE_BASE
        while kind == _USE_BASE and cal is not None:
            kind, cal = cal.days.get(day, cal.week[day.weekday()]), cal.parent
        return kind

    def hours_of(self, kind: str) -> Hours:
        """Working intervals of a day type; a type nobody gave hours to is a day off."""
        cal: _Calendar | None = self
        while cal is not None:
            if kind in cal.hours:
                return cal.hours[kind]
            cal = cal.parent
        return _DEFAULT_HOURS if kind == _WORKING else ()

    def hours_on(self, day: dt.date) -> Hours:
        """Working intervals of a date (cached: long tasks walk the same days again)."""
        if day not in self._cache:
            self._cache[day] = self.hours_of(self.kind_of(day))
        return self._cache[day]

    def exception_dates(self) -> set[dt.date]:
        """Every date with an exception here or in a base calendar."""
        found: set[dt.date] = set()
        cal: _Calendar | None = self
        while cal is not None:
            found.update(cal.days)
            cal = cal.parent
        return found


def read_planner(data: bytes, name: str) -> Plan:
    """Read a GNOME Planner file: tasks, links, calendar, owners; the rest is noted."""
    root = parse_xml(data, name)
    _check_root(root, name)
    notes = ImportNotes()
    cal, day_names, calendars = _project_calendar(root, name, notes)
    day_seconds = _day_seconds(cal, name, notes)
    raw = _read_tasks(root, name, cal, day_seconds, notes)
    if not raw:
        raise InterchangeError(
            _("{name} holds no tasks; there is nothing to import.").format(name=name)
        )
    tasks = [t for t, _element in raw]
    by_key = {t.key: t for t in tasks}
    working = frozenset(d for d in range(7) if cal.hours_of(cal.weekday_kind(d)))
    links = _read_links(raw, by_key, len(working), notes)
    _read_owners(root, by_key)
    resources, assignments = _read_team(root, raw, cal, calendars, notes)
    calendar = PlanCalendar(
        name=cal.name or "Standard",
        working_weekdays=working,
        holidays=_holidays(cal, day_names, notes),
    )
    parents = {t.parent_key for t in tasks if t.parent_key is not None}
    notes.counts = {
        "tasks": len(tasks),
        "summaries": len(parents),
        "milestones": sum(1 for t in tasks if t.is_milestone),
        "links": len(links),
        "holidays": len(calendar.holidays),
    }
    if resources:
        notes.counts["resources"] = len(resources)
    if assignments:
        notes.counts["assignments"] = len(assignments)
    start = _time(
        root.get("project-start"), _("{file}: the project").format(file=name), N_("start")
    )
    return Plan(
        name=(root.get("name") or "").strip() or PurePath(name).stem,
        start_date=start.date() if start else min(t.start for t in tasks if t.start),
        calendar=calendar,
        tasks=tasks,
        links=links,
        manager=(root.get("manager") or "").strip(),
        client=(root.get("company") or "").strip(),
        source_format=SOURCE_FORMAT,
        notes=notes,
        resources=resources,
        assignments=assignments,
    )


def _check_root(root: Element, name: str) -> None:
    tag = local_name(root)
    if tag != "project":
        raise InterchangeError(
            _(
                "{name} is not a GNOME Planner file (its root element is <{tag}>, not <project>)."
            ).format(name=name, tag=tag)
        )
    if root.get("mrproject-version") is None:
        if root.find("tasks/taskproperties") is not None:
            problem = _("{name} is not a GNOME Planner file (it looks like a GanttProject file).")
        else:
            problem = _("{name} is not a GNOME Planner file (no mrproject-version).")
        raise InterchangeError(problem.format(name=name))


def _time(text: str | None, where: str, what: str) -> dt.datetime | None:
    """Parse "20070223T080000Z"; Planner's Z marks no real time zone. `what` is marked N_."""
    if text is None or not text.strip():
        return None
    try:
        value = dt.datetime.strptime(text.strip().removesuffix("Z"), "%Y%m%dT%H%M%S")
    except ValueError:
        raise InterchangeError(impossible(where, what, text)) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InterchangeError(implausible(where, what, text))
    return value


# -- calendar ------------------------------------------------------------------------------


def _project_calendar(
    root: Element, name: str, notes: ImportNotes
) -> tuple[_Calendar, dict[str, str], dict[str, _Calendar]]:
    """The calendar the project names (else the first one), day-type id → name, and every
    calendar by id (the resources' among them)."""
    day_names = {
        d.get("id", ""): (d.get("name") or "").strip()
        for d in root.findall("calendars/day-types/day-type")
    }
    found: dict[str, _Calendar] = {}
    read: dict[Element, _Calendar] = {}
    holder = root.find("calendars")
    for element, base in nested(holder, "calendar") if holder is not None else ():
        cal = read[element] = _read_calendar(element, None if base is None else read[base], name)
        found.setdefault(element.get("id", ""), cal)
    wanted = root.get("calendar")
    if wanted in found:
        cal = found[wanted]
    elif found:
        cal = next(iter(found.values()))
    else:
        cal = _Calendar("Standard", (_WORKING,) * 5 + (_NONWORKING,) * 2, {}, {})
        notes.approximate("The file has no calendar; Monday–Friday, 8 h a day assumed.")
    used = {(r.get("calendar") or "").strip() for r in root.findall("resources/resource")}
    unused = [key for key, other in found.items() if other is not cal and key not in used]
    if unused:
        notes.drop(f"{len(unused)} calendar(s) no resource and not the project uses.")
    return cal, day_names, found


def _read_calendar(element: Element, parent: _Calendar | None, name: str) -> _Calendar:
    label = (element.get("name") or "").strip()
    where = _("{file}: calendar {name!r}").format(file=name, name=label)
    week_element = element.find("default-week")
    # A day the week leaves out is off in a base calendar and inherited in a derived one.
    missing = _USE_BASE if parent is not None else _NONWORKING
    week = tuple(
        (week_element.get(k) if week_element is not None else None) or missing for k in _WEEK_KEYS
    )
    hours = {
        kind.get("id", ""): tuple(
            _interval(i.get("start"), i.get("end"), where) for i in kind.findall("interval")
        )
        for kind in element.findall("overridden-day-types/overridden-day-type")
    }
    days: dict[dt.date, str] = {}
    for day in element.findall("days/day"):
        try:
            date = dt.datetime.strptime(day.get("date", ""), "%Y%m%d").date()
        except ValueError:
            raise InterchangeError(
                _("{where} has an impossible date: {date!r}.").format(
                    where=where, date=day.get("date")
                )
            ) from None
        kind = day.get("type", "day-type")
        days[date] = {"working": _WORKING, "nonworking": _NONWORKING, "use-base": _USE_BASE}.get(
            kind, day.get("id", _NONWORKING)
        )
    return _Calendar(label, week, hours, days, parent)


def _interval(start: str | None, end: str | None, where: str) -> tuple[int, int]:
    def minutes(text: str | None) -> int:
        text = (text or "").strip()
        if len(text) != 4 or not text.isdigit() or int(text[:2]) > 24 or int(text[2:]) > 59:
            raise InterchangeError(
                _("{where} has an impossible working time: {text!r}.").format(
                    where=where, text=text
                )
            )
        return min(int(text[:2]) * 60 + int(text[2:]), 24 * 60)

    first, last = minutes(start), minutes(end)
    # "2300"–"0000" and "0000"–"0000" run to midnight: an end not after the start means 24:00.
    return (first, last if last > first else 24 * 60)


def _day_seconds(cal: _Calendar, name: str, notes: ImportNotes) -> int:
    """Length of the usual working day: the commonest among the working weekdays."""
    lengths = [sum(b - a for a, b in cal.hours_of(cal.weekday_kind(d))) * 60 for d in range(7)]
    working = [n for n in lengths if n > 0]
    if not working:
        raise InterchangeError(
            _("{file}: the project calendar {name!r} has no working weekday.").format(
                file=name, name=cal.name
            )
        )
    usual = Counter(working).most_common(1)[0][0]
    for d, n in enumerate(lengths):
        if n and n != usual:
            notes.approximate(
                f"{_WEEK_KEYS[d].title()}days have {n / 3600:g} h of work, the other working "
                f"days {usual / 3600:g} h; all count as whole working days."
            )
    return usual


def _holidays(
    cal: _Calendar, day_names: dict[str, str], notes: ImportNotes
) -> list[tuple[dt.date, str]]:
    """Dated exceptions that take a usual working day off; other exceptions are noted."""
    out: list[tuple[dt.date, str]] = []
    for day in sorted(cal.exception_dates()):
        usual = bool(cal.hours_of(cal.weekday_kind(day.weekday())))
        kind = cal.kind_of(day)
        actual = bool(cal.hours_on(day))
        if usual and not actual:
            label = day_names.get(kind, "") if kind not in (_WORKING, _NONWORKING) else ""
            out.append((day, label))
        elif actual and not usual:
            notes.drop(f"Working day {day} on a usual day off (the calendar keeps weekdays only).")
    return out


def _worked(
    cal: _Calendar, start: dt.datetime, end: dt.datetime
) -> tuple[int, dt.date | None, dt.date | None]:
    """Working seconds in [start, end], and the first and last dates that have some."""
    total, first, last = 0, None, None
    day = start.date()
    while day <= end.date():
        midnight = dt.datetime.combine(day, dt.time())
        for a, b in cal.hours_on(day):
            lo = max(start, midnight + dt.timedelta(minutes=a))
            hi = min(end, midnight + dt.timedelta(minutes=b))
            if hi > lo:
                total += int((hi - lo).total_seconds())
                first = first or day
                last = day
        day += dt.timedelta(days=1)
    return total, first, last


# -- tasks ---------------------------------------------------------------------------------


def _read_tasks(
    root: Element, name: str, cal: _Calendar, day_seconds: int, notes: ImportNotes
) -> list[tuple[PlanTask, Element]]:
    """Walk the <task> tree depth first, so each summary comes before its tasks."""
    out: list[tuple[PlanTask, Element]] = []
    key_of: dict[Element, str] = {}
    seen: set[str] = set()
    holder = root.find("tasks")
    for element, parent in nested(holder, "task") if holder is not None else ():
        up = None if parent is None else key_of[parent]
        task = _read_task(element, up, name, cal, day_seconds, notes)
        if task.key in seen:
            raise InterchangeError(
                _("{name} lists task id {key} twice.").format(name=name, key=task.key)
            )
        seen.add(task.key)
        key_of[element] = task.key
        out.append((task, element))
    return out


def _read_task(
    element: Element,
    parent: str | None,
    name: str,
    cal: _Calendar,
    day_seconds: int,
    notes: ImportNotes,
) -> PlanTask:
    key = (element.get("id") or "").strip()
    title = (element.get("name") or "").strip()
    where = _("{file}: task {title!r} (id {key})").format(file=name, title=title, key=key)
    if not key:
        raise InterchangeError(_("{where} has no id.").format(where=where))
    start = _time(element.get("start"), where, N_("start"))
    end = _time(element.get("end"), where, N_("end"))
    if start is None or end is None:
        raise InterchangeError(_("{where} has no start or no end.").format(where=where))
    if end < start:
        raise InterchangeError(
            _("{where} ends ({end}) before it starts ({start}).").format(
                where=where, end=end, start=start
            )
        )
    work_start = _time(element.get("work-start"), where, N_("work start")) or start
    task = PlanTask(
        key=key, name=title, parent_key=parent, notes=(element.get("note") or "").strip()
    )
    seconds, first, last = _worked(cal, max(work_start, start), end)
    task.is_milestone = element.get("type") == "milestone"
    if not task.is_milestone and seconds == 0:
        task.is_milestone = True
        notes.approximate(f"Task {title!r} has no working time; imported as a milestone.")
    if task.is_milestone:
        # The file's own date: `work-start` of a milestone is the next working moment after it.
        task.duration, task.start, task.finish = 0, start.date(), start.date()
    else:
        task.start, task.finish = first, last
        task.duration = max(1, int(seconds / day_seconds + 0.5))
        exact = seconds / day_seconds
        # A summary's span follows its tasks; only a task's own rounding is news.
        if seconds != task.duration * day_seconds and element.find("task") is None:
            notes.approximate(
                f"Task {title!r}: {exact:.4g} working days rounded to {task.duration}."
            )
        declared = element.get("duration")
        if declared and declared.isdigit() and len(declared) < 16 and int(declared) != seconds:
            notes.approximate(
                f"Task {title!r}: its fixed duration is {int(declared) / day_seconds:.4g} days "
                f"but its dates span {exact:.4g}; the dates are kept."
            )
    task.percent_complete = percent_from_text(element.get("percent-complete"), title, notes)
    # Planner's fixed-work tasks keep their work as resources join (MS Project's fixed work).
    fixed_duration = (element.get("scheduling") or "").strip() == "fixed-duration"
    task.task_type = "fixed_duration" if fixed_duration else "fixed_work"
    task.effort_driven = not fixed_duration
    priority = _amount(element.get("priority"))
    if priority is not None:
        task.priority = min(int(priority) // 10, 1000)  # 0-9999 here, as MPXJ scales it
    constraint = element.find("constraint")
    if constraint is not None:
        kind = CONSTRAINTS.get(constraint.get("type", ""))
        at = _time(constraint.get("time"), where, N_("constraint date"))
        if kind is None or at is None:
            notes.drop(f"Task {title!r}: constraint {constraint.get('type')!r} is not kept.")
        else:
            task.constraint_type, task.constraint_date = kind, at.date()
    return task


# -- links and owners ----------------------------------------------------------------------


def _read_links(
    raw: list[tuple[PlanTask, Element]],
    by_key: dict[str, PlanTask],
    working_days_a_week: int,
    notes: ImportNotes,
) -> list[PlanLink]:
    links: list[PlanLink] = []
    for succ, element in raw:
        for p in element.findall("predecessors/predecessor"):
            pred = by_key.get((p.get("predecessor-id") or "").strip())
            if pred is None:
                notes.drop(
                    f"Link to {succ.name!r} from a task id {p.get('predecessor-id')!r} "
                    "not in the file."
                )
                continue
            where = f"Link {pred.name!r} → {succ.name!r}"
            kind = (p.get("type") or "FS").strip().upper()
            if kind not in LINK_TYPES:
                notes.approximate(f"{where}: unknown type {kind!r} read as FS.")
                kind = "FS"
            try:
                seconds = int((p.get("lag") or "0").strip())
            except ValueError:
                notes.approximate(
                    f"{where}: unreadable lag {clipped(p.get('lag') or '')!r} read as 0."
                )
                seconds = 0
            # A lag of over 30,000 years is no plan's; held there it stays a float.
            seconds = max(-_MAX_LAG_SECONDS, min(seconds, _MAX_LAG_SECONDS))
            # Elapsed days to working days at the calendar's rate (5 in 7 for Monday–Friday).
            elapsed = seconds / 86400
            lag = int(abs(elapsed) * working_days_a_week / 7 + 0.5)
            lag = -lag if seconds < 0 else lag
            if seconds:
                notes.approximate(
                    f"{where}: lag of {seconds / 3600:g} h elapsed time taken as {lag} "
                    f"working day{'' if abs(lag) == 1 else 's'}."
                )
            links.append(PlanLink(pred.key, succ.key, kind, lag))
    return links


def _read_owners(root: Element, by_key: dict[str, PlanTask]) -> None:
    """Owner = the names of the resources allocated to the task, in the file's order."""
    people = {
        r.get("id", ""): (r.get("name") or r.get("short-name") or "").strip()
        for r in root.findall("resources/resource")
    }
    assigned: dict[str, list[str]] = {}
    for a in root.findall("allocations/allocation"):
        who = people.get(a.get("resource-id", ""))
        if who and a.get("task-id") in by_key:
            assigned.setdefault(a.get("task-id", ""), []).append(who)
    for key, names in assigned.items():
        by_key[key].owner = ", ".join(dict.fromkeys(names))


def _read_team(
    root: Element,
    raw: list[tuple[PlanTask, Element]],
    cal: _Calendar,
    calendars: dict[str, _Calendar],
    notes: ImportNotes,
) -> tuple[list[PlanResource], list[PlanAssignment]]:
    """Resources (group as role, hourly standard rate, calendar's days off) and allocations.

    A task's `work` (seconds) is shared among its allocations in proportion to their units,
    as Planner (and MPXJ's PlannerReader) share it; without one, each works the duration.
    """
    groups = {
        g.get("id", ""): " ".join((g.get("name") or "").split())
        for g in root.findall("resource-groups/group")
    }
    resources: dict[str, PlanResource] = {}
    taken: set[str] = set()
    overtime: list[str] = []
    for element in root.findall("resources/resource"):
        key = element.get("id", "").strip()
        name = " ".join((element.get("name") or element.get("short-name") or "").split())
        if not key or not name or key in resources:
            continue
        unique = unique_name(name, taken)
        resource = PlanResource(
            key,
            unique,
            kind="material" if (element.get("type") or "1").strip() == "2" else "work",
            role=groups.get((element.get("group") or "").strip(), ""),
            email=(element.get("email") or "").strip()[:200],
            notes=(element.get("note") or "").strip(),
        )
        rate = _amount(element.get("std-rate"))
        if rate:
            resource.rates = [PlanRate(None, rate)]
        if _amount(element.get("ovt-rate")):
            overtime.append(unique)
        own = calendars.get((element.get("calendar") or "").strip())
        if own is not None and own is not cal and resource.kind == "work":
            _own_days(resource, own, cal)
        resources[key] = resource
    if overtime:
        shown = ", ".join(f"'{n}'" for n in overtime[:3]) + (", …" if len(overtime) > 3 else "")
        notes.drop(f"Overtime rates of {shown}: overtime is not planned apart from regular work.")
    by_task: dict[str, list[tuple[PlanResource, float]]] = {}
    for allocation in root.findall("allocations/allocation"):
        task_key = (allocation.get("task-id") or "").strip()
        person = resources.get((allocation.get("resource-id") or "").strip())
        percent = _amount(allocation.get("units"))
        if person is None:
            continue
        share = float(min(percent if percent is not None else Decimal(100), Decimal(10_000)) / 100)
        entries = by_task.setdefault(task_key, [])
        if all(r.key != person.key for r, _entry in entries):
            entries.append((person, share))
    assignments: list[PlanAssignment] = []
    for task, element in raw:
        entries = by_task.get(task.key, [])
        seconds = _amount(element.get("work"))
        if seconds is not None:
            task.work_hours = float(seconds) / 3600
        together = sum(units for r, units in entries if r.kind == "work")
        for person, units in entries:
            job = PlanAssignment(task.key, person.key, units=units)
            if person.kind == "work":
                if seconds is not None and together > 0:
                    job.work_hours = round(float(seconds) / 3600 * units / together, 4)
                else:
                    job.work_hours = task.duration * 8.0 * units
            assignments.append(job)
    return list(resources.values()), assignments


def _own_days(resource: PlanResource, own: _Calendar, project: _Calendar) -> None:
    """What a resource's calendar changes of the project's: weekdays and dated days off."""
    weekdays = frozenset(d for d in range(7) if own.hours_of(own.weekday_kind(d)))
    usual = frozenset(d for d in range(7) if project.hours_of(project.weekday_kind(d)))
    if weekdays and weekdays != usual:
        resource.working_weekdays = weekdays
    for day in sorted(own.exception_dates()):
        if project.hours_on(day) and not own.hours_on(day):
            resource.days_off.append((day, "Day off"))


def _amount(text: str | None) -> Decimal | None:
    """A non-negative number of the file, or None."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and 0 <= value < 10**15 else None
