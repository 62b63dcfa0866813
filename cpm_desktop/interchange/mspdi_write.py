"""Writing a plan as MS Project XML (MSPDI) for MS Project 2010+, ProjectLibre and MPXJ.

Elements follow the order of the MSPDI schema (Project 2007 schema plus the 2010 `Manual`
flags), because MS Project reads the file as a sequence and drops what is out of place. Link
type codes, lag units, constraint codes, day types and the exception form are the ones checked
with MPXJ in `testdata/interchange/MSPDI-FACTS.md`. The output is deterministic: no GUIDs, no
creation or save times, so the same plan always gives the same bytes.

Times of day: a task starts at 08:00 and finishes at 17:00 (the Standard calendar's 8 hours,
08:00-12:00 and 13:00-17:00). A milestone sits at 17:00 of its day when it follows a finish (a
finish-to-start or finish-to-finish link landing on its day, a finish constraint on its day, or
a reported actual finish), as MS Project shows a milestone after a finish; otherwise at 08:00.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink, PlanTask
from cpm_desktop.scheduling.calendar import WorkCalendar

NAMESPACE = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
# LinkLag is in tenths of a minute of working time (MSPDI-FACTS.md).
LAG_UNITS_PER_DAY = MINUTES_PER_DAY * 10
LINK_TYPE_CODES = {"FF": 0, "FS": 1, "SF": 2, "SS": 3}
CONSTRAINT_CODES = {
    "ASAP": 0, "ALAP": 1, "MSO": 2, "MFO": 3, "SNET": 4, "SNLT": 5, "FNET": 6, "FNLT": 7,
}  # fmt: skip
FINISH_CONSTRAINTS = frozenset({"MFO", "FNET", "FNLT"})
FORMAT_DAYS = "7"  # DurationFormat / LagFormat 7 = days

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Characters XML 1.0 cannot carry at all (not even escaped); a parser rejects the whole file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# MS Project refuses resource names holding square brackets or the list separator.
_NOT_IN_RESOURCE_NAME = str.maketrans({"[": "(", "]": ")", ",": ";"})
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}
_WORKING_TIMES = (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00"))


@dataclass(frozen=True, slots=True, order=True)
class _Moment:
    """A working-day boundary: the start (08:00) or the end (17:00) of `day`."""

    day: dt.date
    at_end: bool

    def text(self) -> str:
        """As MSPDI writes a date and time: 2026-09-07T08:00:00."""
        return f"{self.day.isoformat()}T{'17' if self.at_end else '08'}:00:00"


_UNPLACED = _Moment(dt.date.min, at_end=False)


@dataclass(slots=True)
class _Row:
    """One task as written: its place in the outline and the moments it spans."""

    task: PlanTask
    uid: int
    level: int
    number: str
    children: list[_Row]
    start: _Moment = _UNPLACED  # set by _place before anything reads them
    finish: _Moment = _UNPLACED


def write_mspdi(plan: Plan) -> bytes:
    """Return `plan` as an MS Project XML file (UTF-8, standalone), the same bytes each time."""
    calendar = _work_calendar(plan.calendar)
    rows = _outline(plan.tasks)
    keyed: dict[str, _Row] = {}
    for row in sorted(rows, key=lambda r: r.uid):
        keyed.setdefault(row.task.key, row)  # a repeated key means its first task, as for UIDs
    links = [
        link
        for link in plan.links
        if link.predecessor_key in keyed
        and link.successor_key in keyed
        and link.predecessor_key != link.successor_key
    ]  # a link to a task not in the plan has nowhere to point in the file
    _place(rows, keyed, links, calendar, plan.start_date)
    project_start = _Moment(plan.start_date, at_end=False)
    first = min([project_start, *(r.start for r in rows)])
    last = max([project_start, *(r.finish for r in rows)])

    root = Element("Project", xmlns=NAMESPACE)
    _header(root, plan, project_start, last)
    _calendar(SubElement(root, "Calendars"), plan.calendar)
    tasks = SubElement(root, "Tasks")
    _project_task(tasks, plan, first, last, calendar)
    incoming: dict[str, list[PlanLink]] = {}
    for link in links:
        incoming.setdefault(link.successor_key, []).append(link)
    for position, row in enumerate(rows, start=1):
        task = _task(tasks, row, position, calendar)
        for link in incoming.get(row.task.key, []):
            _predecessor(task, keyed[link.predecessor_key].uid, link)
        _baseline(task, row)
    _resources(root, rows)
    indent(root, space="\t")
    return _DECLARATION + tostring(root, encoding="unicode").encode("utf-8")


# -- the outline --------------------------------------------------------------------------


def _outline(tasks: list[PlanTask]) -> list[_Row]:
    """Rows in outline order (each parent followed by its subtree), numbered 1, 1.1, 1.2 …

    UIDs follow the plan's order (1..n), so the same plan keeps the same UIDs. MS Project
    derives the hierarchy from the sequence of outline levels, so a child listed before its
    parent is moved under it; a parent key that is unknown or part of a loop is ignored.
    """
    uid_of: dict[str, int] = {}
    for uid, task in enumerate(tasks, start=1):
        uid_of.setdefault(task.key, uid)
    kids: dict[str | None, list[tuple[int, PlanTask]]] = {}
    for uid, task in enumerate(tasks, start=1):
        parent = task.parent_key if task.parent_key in uid_of else None
        kids.setdefault(None if parent == task.key else parent, []).append((uid, task))
    rows: list[_Row] = []
    seen: set[int] = set()

    def walk(top: list[tuple[int, PlanTask]], level: int, prefix: str, into: list[_Row]) -> None:
        """Append `top` and their subtrees, depth first, numbering below `prefix`."""
        # Explicit stack: a 10,000-level outline must not hit Python's recursion limit.
        stack = [(top, level, prefix, into, 0)]
        while stack:
            siblings, depth, numbering, parent_list, i = stack.pop()
            while i < len(siblings) and siblings[i][0] in seen:
                i += 1
            if i == len(siblings):
                continue
            uid, task = siblings[i]
            seen.add(uid)
            number = f"{numbering}{len(parent_list) + 1}"
            row = _Row(task, uid, depth, number, [])
            parent_list.append(row)
            rows.append(row)
            stack.append((siblings, depth, numbering, parent_list, i + 1))
            children = kids.get(task.key, []) if uid_of[task.key] == uid else []
            stack.append((children, depth + 1, f"{number}.", row.children, 0))

    top_level: list[_Row] = []
    walk(kids.get(None, []), 1, "", top_level)
    for uid, task in enumerate(tasks, start=1):
        if uid not in seen:  # only reachable through a parent loop: start it at the top
            walk([(uid, task)], 1, "", top_level)
    return rows


def _work_calendar(plan_calendar: PlanCalendar) -> WorkCalendar:
    """The plan's calendar for working-day arithmetic; a week without work is refused."""
    try:
        return WorkCalendar(plan_calendar.working_weekdays, [d for d, _ in plan_calendar.holidays])
    except ValueError:
        raise InterchangeError(
            f"The calendar {plan_calendar.name!r} needs at least one working weekday "
            "(0 = Monday … 6 = Sunday) for MS Project to schedule on it."
        ) from None


# -- dates --------------------------------------------------------------------------------


def _place(
    rows: list[_Row],
    keyed: dict[str, _Row],
    links: list[PlanLink],
    calendar: WorkCalendar,
    project_start: dt.date,
) -> None:
    """Set each row's start and finish moments: leaves from their dates, summaries from kids."""
    milestones: list[tuple[_Row, dt.date]] = []
    for row in rows:
        if row.children:
            continue
        start, finish = _leaf_days(row.task, calendar, project_start)
        if _is_milestone(row.task):
            row.start = row.finish = _Moment(start, at_end=False)
            milestones.append((row, start))
        else:
            row.start, row.finish = _Moment(start, False), _Moment(finish, True)
    _roll_up(rows)
    incoming: dict[str, list[PlanLink]] = {}
    for link in links:
        incoming.setdefault(link.successor_key, []).append(link)
    # Whether a milestone ends its day depends on its predecessors' moments, milestones and
    # summaries included: iterate to the least fixed point. Flags only turn on, so this ends,
    # usually after one or two passes.
    changed = True
    while changed:
        changed = False
        for row, day in milestones:
            if not row.start.at_end and _follows_finish(
                row.task, day, incoming.get(row.task.key, []), keyed, calendar
            ):
                row.start = row.finish = _Moment(day, at_end=True)
                changed = True
        if changed:
            _roll_up(rows)


def _roll_up(rows: list[_Row]) -> None:
    """A summary spans its children; children follow their parent, so go from the end."""
    for row in reversed(rows):
        if row.children:
            row.start = min(c.start for c in row.children)
            row.finish = max(c.finish for c in row.children)


def _leaf_days(
    task: PlanTask, calendar: WorkCalendar, project_start: dt.date
) -> tuple[dt.date, dt.date]:
    """The task's first and last day; a missing date is derived from the other and duration."""
    span = 0 if _is_milestone(task) else max(task.duration - 1, 0)
    if task.start is not None and task.finish is not None:
        return task.start, max(task.start, task.finish)
    if task.start is not None:
        return task.start, calendar.add_working_days(task.start, span)
    if task.finish is not None:
        return calendar.add_working_days(task.finish, -span), task.finish
    start = calendar.next_working_day(project_start)  # unscheduled: where MS Project puts it
    return start, calendar.add_working_days(start, span)


def _follows_finish(
    task: PlanTask,
    day: dt.date,
    incoming: list[PlanLink],
    keyed: dict[str, _Row],
    calendar: WorkCalendar,
) -> bool:
    """Whether a milestone on `day` is placed there by something's finish (so at 17:00)."""
    if task.actual_finish is not None:
        return True  # a reached milestone sits at the end of its day
    if task.constraint_type in FINISH_CONSTRAINTS and task.constraint_date == day:
        return True
    for link in incoming:
        if link.type not in ("FS", "FF"):
            continue  # SS/SF links hand on a start, which is 08:00
        end = keyed[link.predecessor_key].finish
        # A finish at 17:00 plus lag lands at 17:00, `lag` working days on (or back).
        if end.at_end and calendar.add_working_days(end.day, link.lag) == day:
            return True
    return False


def _is_milestone(task: PlanTask) -> bool:
    """A milestone by flag or by zero duration, as MS Project treats a 0-day task."""
    return task.is_milestone or task.duration <= 0


# -- the header and the calendar ----------------------------------------------------------


def _header(root: Element, plan: Plan, start: _Moment, finish: _Moment) -> None:
    """Project properties, in schema order, before the collections."""
    currency = _clean(plan.currency, 3).upper()
    _fill(
        root,
        SaveVersion=14,  # Project 2010: the oldest reader we promise
        Name=_clean(plan.name, 255),
        Title=_clean(plan.name, 512),
        Company=_clean(plan.client, 512) or None,
        Manager=_clean(plan.manager, 512) or None,
        ScheduleFromStart=1,
        StartDate=start.text(),
        FinishDate=finish.text(),
        CurrencyDigits=2,
        CurrencySymbol=_CURRENCY_SYMBOLS.get(currency),
        CurrencyCode=currency,
        CalendarUID=1,
        DefaultStartTime="08:00:00",
        DefaultFinishTime="17:00:00",
        MinutesPerDay=MINUTES_PER_DAY,
        # One working week of the plan's calendar (2400 for Monday to Friday).
        MinutesPerWeek=MINUTES_PER_DAY * len(plan.calendar.working_weekdays),
        DaysPerMonth=20,
        DefaultTaskType=1,  # fixed duration, as our tasks are
        DurationFormat=FORMAT_DAYS,
        # Keep the actual costs written instead of recomputing them from (absent) rates.
        EditableActualCosts=1,
        HonorConstraints=1,  # our scheduler lets a constraint win over a link
        WeekStartDay=1,
        StatusDate=_Moment(plan.status_date, True).text() if plan.status_date else None,
        NewTasksAreManual=0,  # Project 2010+: keep every task auto-scheduled
    )


def _calendar(calendars: Element, plan_calendar: PlanCalendar) -> None:
    """Calendar UID 1: the working week and each holiday as a 2007+ exception."""
    calendar = SubElement(calendars, "Calendar")
    _fill(
        calendar,
        UID=1,
        Name=_clean(plan_calendar.name, 512) or "Standard",
        IsBaseCalendar=1,
        IsBaselineCalendar=0,
        BaseCalendarUID=-1,
    )
    weekdays = SubElement(calendar, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday … 7 = Saturday; our weekdays count from Monday
        working = (day_type + 5) % 7 in plan_calendar.working_weekdays
        weekday = SubElement(weekdays, "WeekDay")
        _fill(weekday, DayType=day_type, DayWorking=int(working))
        if working:
            times = SubElement(weekday, "WorkingTimes")
            for begin, end in _WORKING_TIMES:
                _fill(SubElement(times, "WorkingTime"), FromTime=begin, ToTime=end)
    holidays: dict[dt.date, str] = {}
    for day, name in sorted(plan_calendar.holidays, key=lambda h: h[0]):
        holidays.setdefault(day, name)  # MS Project refuses overlapping exceptions
    if not holidays:
        return
    exceptions = SubElement(calendar, "Exceptions")
    for day, name in holidays.items():
        exception = SubElement(exceptions, "Exception")
        _fill(exception, EnteredByOccurrences=0)
        period = SubElement(exception, "TimePeriod")
        _fill(period, FromDate=f"{day.isoformat()}T00:00:00", ToDate=f"{day.isoformat()}T23:59:00")
        # Type 1 = daily: a single day, not a recurrence.
        _fill(exception, Occurrences=1, Name=_clean(name, 512), Type=1, DayWorking=0)


# -- tasks --------------------------------------------------------------------------------


def _project_task(
    tasks: Element, plan: Plan, start: _Moment, finish: _Moment, calendar: WorkCalendar
) -> None:
    """Task UID 0: the project summary MS Project shows as the outline's root."""
    _fill(
        SubElement(tasks, "Task"),
        UID=0,
        ID=0,
        Name=_clean(plan.name, 512),
        Active=1,
        Manual=0,
        Type=1,
        IsNull=0,
        WBS=0,
        OutlineNumber=0,
        OutlineLevel=0,
        Start=start.text(),
        Finish=finish.text(),
        Duration=_duration(_minutes_between(start, finish, calendar)),
        DurationFormat=FORMAT_DAYS,
        Milestone=0,
        Summary=1,
    )


def _task(tasks: Element, row: _Row, position: int, calendar: WorkCalendar) -> Element:
    """One task, without its links and baseline (the caller appends those in schema order)."""
    task, element = row.task, SubElement(tasks, "Task")
    milestone = not row.children and _is_milestone(task)
    if row.children:
        minutes = _minutes_between(row.start, row.finish, calendar)
    else:
        minutes = 0 if milestone else task.duration * MINUTES_PER_DAY
    percent = min(max(task.percent_complete, 0), 100)
    done = round(minutes * percent / 100)
    actual_start = _Moment(task.actual_start, row.start.at_end) if task.actual_start else None
    actual_finish = _Moment(task.actual_finish, True) if task.actual_finish else None
    _fill(
        element,
        UID=row.uid,
        ID=position,
        Name=_clean(task.name, 512),
        Active=1,
        Manual=0,
        Type=1,  # fixed duration: assigning an owner must not change the dates
        IsNull=0,
        WBS=row.number,
        OutlineNumber=row.number,
        OutlineLevel=row.level,
        Start=row.start.text(),
        Finish=row.finish.text(),
        Duration=_duration(minutes),
        DurationFormat=FORMAT_DAYS,
        Estimated=0,  # no "?" after durations in MS Project
        Milestone=int(milestone),
        Summary=int(bool(row.children)),
        # The budget is the task's own fixed cost: with no resource rates MS Project computes
        # Cost = FixedCost, so writing only Cost would lose it on the first recalculation.
        FixedCost=_money(task.budget_cost),
        FixedCostAccrual=2,  # prorated, as percent-complete earned value is
        PercentComplete=percent,
        Cost=_money(task.budget_cost),
        ActualStart=actual_start.text() if actual_start else None,
        ActualFinish=actual_finish.text() if actual_finish else None,
        ActualDuration=_duration(done),
        ActualCost=_money(task.actual_cost),
        RemainingDuration=_duration(minutes - done),
    )
    kind = task.constraint_type if task.constraint_type in CONSTRAINT_CODES else "ASAP"
    at_finish = kind in FINISH_CONSTRAINTS
    day = None if kind in ("ASAP", "ALAP") else task.constraint_date
    if day is None and kind not in ("ASAP", "ALAP"):
        # A dated constraint without its date: pin it where the plan has the task.
        day = (row.finish if at_finish else row.start).day
    _fill(
        element,
        ConstraintType=CONSTRAINT_CODES[kind],
        CalendarUID=-1,  # no task calendar: the project's applies
        ConstraintDate=_Moment(day, at_finish).text() if day else None,
        Notes=_clean(task.notes) or None,
    )
    return element


def _predecessor(task: Element, predecessor_uid: int, link: PlanLink) -> None:
    """One PredecessorLink on the successor; an unknown link type is written as FS."""
    _fill(
        SubElement(task, "PredecessorLink"),
        PredecessorUID=predecessor_uid,
        Type=LINK_TYPE_CODES.get(link.type, LINK_TYPE_CODES["FS"]),
        CrossProject=0,
        LinkLag=link.lag * LAG_UNITS_PER_DAY,
        LagFormat=FORMAT_DAYS,
    )


def _baseline(element: Element, row: _Row) -> None:
    """Baseline 0, when the plan holds one for this task."""
    task = row.task
    start, finish, days = task.baseline_start, task.baseline_finish, task.baseline_duration
    if start is None and finish is None and days is None and task.baseline_cost is None:
        return
    # A baseline milestone keeps the time of day the milestone has now.
    zero = days == 0 or (days is None and task.is_milestone)
    _fill(
        SubElement(element, "Baseline"),
        Number=0,
        Start=_Moment(start, zero and row.start.at_end).text() if start else None,
        Finish=_Moment(finish, not zero or row.start.at_end).text() if finish else None,
        Duration=None if days is None else _duration(days * MINUTES_PER_DAY),
        DurationFormat=None if days is None else FORMAT_DAYS,
        Cost=None if task.baseline_cost is None else _money(task.baseline_cost),
    )


# -- resources ----------------------------------------------------------------------------


def _resources(root: Element, rows: list[_Row]) -> None:
    """One work resource per owner name, assigned at 100 % to each task it owns."""
    uid_of: dict[str, int] = {}
    pairs: dict[tuple[int, int], None] = {}  # ordered and without repeats
    for row in rows:
        for raw in row.task.owner.split(", "):
            name = _clean(raw, 512).translate(_NOT_IN_RESOURCE_NAME).strip()
            if name:
                pairs[row.uid, uid_of.setdefault(name, len(uid_of) + 1)] = None
    resources = SubElement(root, "Resources")
    for name, uid in uid_of.items():
        _fill(SubElement(resources, "Resource"), UID=uid, ID=uid, Name=name, Type=1, IsNull=0)
    assignments = SubElement(root, "Assignments")
    for number, (task_uid, resource_uid) in enumerate(pairs, start=1):
        _fill(
            SubElement(assignments, "Assignment"),
            UID=number,
            TaskUID=task_uid,
            ResourceUID=resource_uid,
            Units=1,
        )


# -- values -------------------------------------------------------------------------------


def _fill(parent: Element, **values: object) -> None:
    """Append one child per keyword, in the order given (the schema's); None leaves it out."""
    for tag, value in values.items():
        if value is not None:
            SubElement(parent, tag).text = str(value)


def _clean(text: str, limit: int | None = None) -> str:
    """Text XML 1.0 can hold, cut to the schema's maximum length for the field."""
    cleaned = _NOT_XML.sub("", text)
    return cleaned if limit is None else cleaned[:limit]


def _duration(minutes: int) -> str:
    """ISO 8601 working time, as MS Project writes it: PT16H0M0S is two 8-hour days."""
    minutes = max(minutes, 0)
    return f"PT{minutes // 60}H{minutes % 60}M0S"


def _minutes_between(start: _Moment, finish: _Moment, calendar: WorkCalendar) -> int:
    """Working minutes from one day boundary to a later one."""
    days = calendar.index(finish.day) - calendar.index(start.day)
    return (days + finish.at_end - start.at_end) * MINUTES_PER_DAY


def _money(amount: Decimal) -> str:
    """MSPDI keeps money in hundredths (MPXJ divides by 100): 1234.56 is written 123456."""
    if not amount.is_finite():
        return "0"
    return format((amount * 100).normalize(), "f")
