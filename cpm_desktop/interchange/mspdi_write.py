"""Writing a plan as MS Project XML (MSPDI) for MS Project 2010+, ProjectLibre and MPXJ.

Elements follow the order of the MSPDI schema (Project 2007 schema plus the 2010 `Manual`
flags), because MS Project reads the file as a sequence and drops what is out of place. Link
type codes, lag units, constraint codes, day types and the exception form are the ones checked
with MPXJ in `testdata/interchange/MSPDI-FACTS.md`. The output is deterministic: no GUIDs, no
creation or save times, so the same plan always gives the same bytes.

Times of day follow the Standard calendar's 8 hours (08:00-12:00, 13:00-17:00); where each task
and milestone sits is decided in `mspdi_placement`.
"""

from __future__ import annotations

import datetime as dt
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink
from cpm_desktop.interchange.mspdi_placement import (
    FINISH_CONSTRAINTS,
    Moment,
    Row,
    is_milestone,
    outline,
    place,
    work_calendar,
)
from cpm_desktop.interchange.mspdi_progress import Rescheduled, actual_moments, status_moves
from cpm_desktop.interchange.mspdi_team import (
    clean,
    duration,
    fill,
    money,
    resource_calendars,
    write_resource_calendar,
    write_team,
)
from cpm_desktop.scheduling.calendar import WorkCalendar

NAMESPACE = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
# LinkLag is in tenths of a minute of working time (MSPDI-FACTS.md).
LAG_UNITS_PER_DAY = MINUTES_PER_DAY * 10
LINK_TYPE_CODES = {"FF": 0, "FS": 1, "SF": 2, "SS": 3}
CONSTRAINT_CODES = {
    "ASAP": 0,
    "ALAP": 1,
    "MSO": 2,
    "MFO": 3,
    "SNET": 4,
    "SNLT": 5,
    "FNET": 6,
    "FNLT": 7,
}
FORMAT_DAYS = "7"  # DurationFormat / LagFormat 7 = days
TASK_TYPE_CODES = {"fixed_units": 0, "fixed_duration": 1, "fixed_work": 2}

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}
_WORKING_TIMES = (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00"))


def write_mspdi(plan: Plan) -> bytes:
    """Return `plan` as an MS Project XML file (UTF-8, standalone), the same bytes each time."""
    calendar = work_calendar(plan.calendar)
    rows = outline(plan.tasks)
    keyed: dict[str, Row] = {}
    for row in sorted(rows, key=lambda r: r.uid):
        keyed.setdefault(row.task.key, row)  # a repeated key means its first task, as for UIDs
    links = [
        link
        for link in plan.links
        if link.predecessor_key in keyed
        and link.successor_key in keyed
        and link.predecessor_key != link.successor_key
    ]  # a link to a task not in the plan has nowhere to point in the file
    place(rows, keyed, links, calendar, plan.start_date)
    moves = status_moves(rows, keyed, links, calendar, plan.start_date, plan.status_date)
    project_start = Moment(plan.start_date, at_end=False)
    first = min([project_start, *(r.start for r in rows)])
    last = max([project_start, *(r.finish for r in rows)])

    root = Element("Project", xmlns=NAMESPACE)
    _header(root, plan, project_start, last)
    calendars = SubElement(root, "Calendars")
    _calendar(calendars, plan.calendar)
    own_calendars = resource_calendars(plan, first_uid=2)
    by_key = {r.key: r for r in plan.resources}
    for key, uid in own_calendars.items():
        write_resource_calendar(calendars, by_key[key], uid, plan.calendar.working_weekdays)
    team_costs = _has_team_costs(plan)
    tasks = SubElement(root, "Tasks")
    _project_task(tasks, plan, first, last, calendar)
    incoming: dict[str, list[PlanLink]] = {}
    for link in links:
        incoming.setdefault(link.successor_key, []).append(link)
    for position, row in enumerate(rows, start=1):
        task = _task(tasks, row, position, calendar, moves.get(row.uid), team_costs)
        for link in incoming.get(row.task.key, []):
            _predecessor(task, keyed[link.predecessor_key].uid, link)
        _baseline(task, row)
    write_team(root, plan, rows, own_calendars, calendar)
    indent(root, space="\t")
    return _DECLARATION + tostring(root, encoding="unicode").encode("utf-8")


def _header(root: Element, plan: Plan, start: Moment, finish: Moment) -> None:
    """Project properties, in schema order, before the collections."""
    currency = clean(plan.currency, 3).upper()
    fill(
        root,
        SaveVersion=14,  # Project 2010: the oldest reader we promise
        Name=clean(plan.name, 255),
        Title=clean(plan.name, 512),
        Company=clean(plan.client, 512) or None,
        Manager=clean(plan.manager, 512) or None,
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
        DefaultTaskType=0,  # fixed units, as new tasks are here and in MS Project
        DurationFormat=FORMAT_DAYS,
        # Keep the actual costs written instead of recomputing them from (absent) rates.
        EditableActualCosts=1,
        HonorConstraints=1,  # our scheduler lets a constraint win over a link
        WeekStartDay=1,
        StatusDate=Moment(plan.status_date, True).text() if plan.status_date else None,
        NewTasksAreManual=0,  # Project 2010+: keep every task auto-scheduled
    )


def _calendar(calendars: Element, plan_calendar: PlanCalendar) -> None:
    """Calendar UID 1: the working week and each holiday as a 2007+ exception."""
    calendar = SubElement(calendars, "Calendar")
    fill(
        calendar,
        UID=1,
        Name=clean(plan_calendar.name, 512) or "Standard",
        IsBaseCalendar=1,
        IsBaselineCalendar=0,
        BaseCalendarUID=-1,
    )
    weekdays = SubElement(calendar, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday … 7 = Saturday; our weekdays count from Monday
        working = (day_type + 5) % 7 in plan_calendar.working_weekdays
        weekday = SubElement(weekdays, "WeekDay")
        fill(weekday, DayType=day_type, DayWorking=int(working))
        if working:
            times = SubElement(weekday, "WorkingTimes")
            for begin, end in _WORKING_TIMES:
                fill(SubElement(times, "WorkingTime"), FromTime=begin, ToTime=end)
    holidays: dict[dt.date, str] = {}
    for day, name in sorted(plan_calendar.holidays, key=lambda h: h[0]):
        holidays.setdefault(day, name)  # MS Project refuses overlapping exceptions
    if not holidays:
        return
    exceptions = SubElement(calendar, "Exceptions")
    for day, name in holidays.items():
        exception = SubElement(exceptions, "Exception")
        fill(exception, EnteredByOccurrences=0)
        period = SubElement(exception, "TimePeriod")
        fill(period, FromDate=f"{day.isoformat()}T00:00:00", ToDate=f"{day.isoformat()}T23:59:00")
        # Type 1 = daily: a single day, not a recurrence.
        fill(exception, Occurrences=1, Name=clean(name, 512), Type=1, DayWorking=0)


# -- tasks --------------------------------------------------------------------------------


def _project_task(
    tasks: Element, plan: Plan, start: Moment, finish: Moment, calendar: WorkCalendar
) -> None:
    """Task UID 0: the project summary MS Project shows as the outline's root."""
    fill(
        SubElement(tasks, "Task"),
        UID=0,
        ID=0,
        Name=clean(plan.name, 512),
        Active=1,
        Manual=0,
        Type=1,
        IsNull=0,
        WBS=0,
        OutlineNumber=0,
        OutlineLevel=0,
        Start=start.text(),
        Finish=finish.text(),
        Duration=duration(_minutes_between(start, finish, calendar)),
        DurationFormat=FORMAT_DAYS,
        Milestone=0,
        Summary=1,
    )


def _task(
    tasks: Element,
    row: Row,
    position: int,
    calendar: WorkCalendar,
    moved: Rescheduled | None,
    team_costs: bool,
) -> Element:
    """One task, without its links and baseline (the caller appends those in schema order).

    `moved`: the constraint (and split) that keeps it where the status date put it.
    `team_costs`: the plan prices its tasks (rates, fixed costs); otherwise a task's budget is
    written as its fixed cost, which is what MS Project shows as the cost of a task without
    priced resources.
    """
    task, element = row.task, SubElement(tasks, "Task")
    milestone = not row.children and is_milestone(task)
    if row.children:
        minutes = _minutes_between(row.start, row.finish, calendar)
    else:
        minutes = 0 if milestone else task.duration * MINUTES_PER_DAY
    percent = min(max(task.percent_complete, 0), 100)
    done = round(minutes * percent / 100)
    actual_start, actual_finish = actual_moments(row, calendar)
    if team_costs:
        fixed = task.fixed_cost
        cost = task.cost if task.cost is not None else task.fixed_cost
    else:
        fixed = cost = task.budget_cost
    work = None if task.work_hours is None else round(task.work_hours * 60)
    fill(
        element,
        UID=row.uid,
        ID=position,
        Name=clean(task.name, 512),
        Active=1,
        Manual=0,
        Type=TASK_TYPE_CODES.get(task.task_type, 0),
        IsNull=0,
        WBS=row.number,
        OutlineNumber=row.number,
        OutlineLevel=row.level,
        Priority=min(max(task.priority, 0), 1000),
        Start=row.start.text(),
        Finish=row.finish.text(),
        Duration=duration(minutes),
        DurationFormat=FORMAT_DAYS,
        Work=None if work is None else duration(work),
        Stop=moved.stop.text() if moved and moved.stop else None,
        Resume=moved.resume.text() if moved and moved.resume else None,
        EffortDriven=int(task.effort_driven),
        Estimated=0,  # no "?" after durations in MS Project
        Milestone=int(milestone),
        Summary=int(bool(row.children)),
        # Without priced resources MS Project computes Cost = FixedCost, so a budget written
        # only as Cost would be lost on the first recalculation.
        FixedCost=money(fixed),
        FixedCostAccrual=2,  # prorated, as percent-complete earned value is
        PercentComplete=percent,
        Cost=money(cost),
        ActualStart=actual_start.text() if actual_start else None,
        ActualFinish=actual_finish.text() if actual_finish else None,
        ActualDuration=duration(done),
        ActualCost=money(task.actual_cost),
        RemainingDuration=duration(minutes - done),
    )
    kind = task.constraint_type if task.constraint_type in CONSTRAINT_CODES else "ASAP"
    day = None if kind in ("ASAP", "ALAP") else task.constraint_date
    if moved is not None:
        kind, day = moved.constraint, moved.day
    at_finish = kind in FINISH_CONSTRAINTS
    if day is None and kind not in ("ASAP", "ALAP"):
        # A dated constraint without its date: pin it where the plan has the task.
        day = (row.finish if at_finish else row.start).day
    delay = max(task.leveling_delay, 0)
    fill(
        element,
        ConstraintType=CONSTRAINT_CODES[kind],
        CalendarUID=-1,  # no task calendar: the project's applies
        ConstraintDate=Moment(day, at_finish).text() if day else None,
        # LevelingDelay is in tenths of a minute, like LinkLag (MSPDI-FACTS.md).
        LevelingDelay=delay * LAG_UNITS_PER_DAY if delay else None,
        LevelingDelayFormat=FORMAT_DAYS if delay else None,
        Notes=clean(task.notes) or None,
    )
    return element


def _has_team_costs(plan: Plan) -> bool:
    """Whether the plan prices its tasks itself (a rate, an assignment's cost, a fixed cost)."""
    return (
        any(r.rates for r in plan.resources)
        or any(a.cost_amount is not None for a in plan.assignments)
        or any(t.fixed_cost or t.cost is not None for t in plan.tasks)
    )


def _predecessor(task: Element, predecessor_uid: int, link: PlanLink) -> None:
    """One PredecessorLink on the successor; an unknown link type is written as FS."""
    fill(
        SubElement(task, "PredecessorLink"),
        PredecessorUID=predecessor_uid,
        Type=LINK_TYPE_CODES.get(link.type, LINK_TYPE_CODES["FS"]),
        CrossProject=0,
        LinkLag=link.lag * LAG_UNITS_PER_DAY,
        LagFormat=FORMAT_DAYS,
    )


def _baseline(element: Element, row: Row) -> None:
    """Baseline 0, when the plan holds one for this task."""
    task = row.task
    start, finish, days = task.baseline_start, task.baseline_finish, task.baseline_duration
    if (start, finish, days, task.baseline_cost, task.baseline_work_hours) == (None,) * 5:
        return
    # A baseline milestone keeps the time of day the milestone has now.
    zero = days == 0 or (days is None and task.is_milestone)
    fill(
        SubElement(element, "Baseline"),
        Number=0,
        Start=Moment(start, zero and row.start.at_end).text() if start else None,
        Finish=Moment(finish, not zero or row.start.at_end).text() if finish else None,
        Duration=None if days is None else duration(days * MINUTES_PER_DAY),
        DurationFormat=None if days is None else FORMAT_DAYS,
        Work=None
        if task.baseline_work_hours is None
        else duration(round(task.baseline_work_hours * 60)),
        Cost=None if task.baseline_cost is None else money(task.baseline_cost),
    )


# -- values -------------------------------------------------------------------------------


def _minutes_between(start: Moment, finish: Moment, calendar: WorkCalendar) -> int:
    """Working minutes from one day boundary to a later one."""
    days = calendar.index(finish.day) - calendar.index(start.day)
    return (days + finish.at_end - start.at_end) * MINUTES_PER_DAY
