"""Read MS Project XML (MSPDI) into a Plan: outline, durations, links, calendar, owners, baseline.

Whole working days are all a plan keeps: every value that had to be rounded or guessed is
written to `plan.notes`, and everything left out is listed there too.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from xml.etree.ElementTree import Element

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import ImportNotes, Plan, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_calendar import read_project_calendar
from cpm_desktop.interchange.mspdi_resources import (
    hours_of,
    leveling_delay,
    read_assignments,
    read_resources,
    task_type,
)
from cpm_desktop.interchange.mspdi_values import (
    ELAPSED_FORMATS,
    assigned_names,
    flag_of,
    fmt_days,
    int_of,
    lag_days,
    parse_datetime,
    parse_iso_duration,
    project_date,
    project_start,
    read_currency,
    read_money,
    read_percent,
    read_time,
    read_units,
    round_half_away,
    some_tasks,
    text_of,
)
from cpm_desktop.interchange.text_values import clipped
from cpm_desktop.interchange.xml_input import parse_xml
from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.texts import _

SOURCE_FORMAT = "MS Project XML"
CONSTRAINTS = {0: "ASAP", 1: "ALAP", 2: "MSO", 3: "MFO", 4: "SNET", 5: "SNLT", 6: "FNET", 7: "FNLT"}
LINK_TYPES = {0: "FF", 1: "FS", 2: "SF", 3: "SS"}
MAX_OWNER = 200
_DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class _Context:
    """What every task needs while reading: the file's units and its calendar."""

    file: str
    notes: ImportNotes
    calendar: WorkCalendar
    minutes_per_day: int
    minutes_per_week: int
    day_start: dt.time
    default_task_type: int = 0  # DefaultTaskType: 0 fixed units, 1 fixed duration, 2 fixed work

    def finish_day(self, finish: dt.datetime, start: dt.datetime | None) -> dt.date:
        """A finish at (or before) the start of a working day ends the working day before."""
        day = finish.date()
        if finish.time() > self.day_start or (start is not None and day <= start.date()):
            return day
        before = self.calendar.previous_working_day(day - _DAY)
        return max(before, start.date()) if start is not None else before


@dataclass(slots=True)
class _Row:
    """A task being read, with what the second pass (durations, links) needs of its element."""

    task: PlanTask
    element: Element
    level: int
    days: Fraction | None  # working days as the file gives them; None when it gives none
    noted: bool = False  # the duration already has a note (e.g. elapsed time)


def read_mspdi(data: bytes, name: str) -> Plan:
    """Read an MS Project XML file into a Plan, or raise InterchangeError saying why not."""
    root = parse_xml(data, name)
    for element in root.iter():
        # Project writes `xmlns="http://schemas.microsoft.com/project"`, the XSD says
        # `.../project/2007`, other tools write none: match on local names only.
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    if root.tag != "Project":
        raise InterchangeError(
            _("{name} is not an MS Project XML file (its root element is <{tag}>).").format(
                name=name, tag=root.tag
            )
        )
    notes = ImportNotes()
    calendar, calendar_uid = read_project_calendar(root, notes)
    per_day, per_week = read_units(root, notes)
    ctx = _Context(
        name,
        notes,
        WorkCalendar(calendar.working_weekdays, (d for d, _day_name in calendar.holidays)),
        per_day,
        per_week,
        read_time(text_of(root, "DefaultStartTime"), dt.time(8)),
        int_of(root, "DefaultTaskType") or 0,
    )
    if text_of(root, "ScheduleFromStart") == "0":
        notes.drop(
            "The file is scheduled from its finish date; it is imported as scheduled "
            "from its start."
        )
    rows, skipped = _read_rows(root, ctx, calendar_uid)
    parents = {row.task.parent_key for row in rows if row.task.parent_key is not None}
    for row in rows:
        _set_duration(row, row.task.key in parents, ctx)
    links = _read_links(rows, skipped, ctx)
    _set_owners(root, rows, ctx)
    tasks = [row.task for row in rows]
    resources = read_resources(root, calendar, notes)
    assignments = read_assignments(root, {t.key: t for t in tasks}, resources, ctx.calendar, notes)
    notes.counts = {
        "tasks": sum(t.key not in parents for t in tasks),  # work items, milestones included
        "summaries": len(parents),
        "milestones": sum(t.is_milestone and t.key not in parents for t in tasks),
        "links": len(links),
        "holidays": len(calendar.holidays),
    }
    if resources:
        notes.counts["resources"] = len(resources)
    if assignments:
        notes.counts["assignments"] = len(assignments)
    return Plan(
        name=text_of(root, "Title") or text_of(root, "Name") or Path(name).stem,
        start_date=project_start(root, tasks, name),
        status_date=project_date(root, "StatusDate", name),
        calendar=calendar,
        tasks=tasks,
        links=links,
        currency=read_currency(root, notes),
        manager=text_of(root, "Manager") or "",
        client=text_of(root, "Company") or "",
        source_format=SOURCE_FORMAT,
        notes=notes,
        resources=list(resources.values()),
        assignments=assignments,
    )


def _read_rows(
    root: Element, ctx: _Context, calendar_uid: str | None
) -> tuple[list[_Row], dict[str, tuple[str, Element]]]:
    """Tasks in file (outline) order; skipped rows by UID with why and their element."""
    rows: list[_Row] = []
    seen: set[str] = set()
    skipped: dict[str, tuple[str, Element]] = {}
    open_rows: list[_Row] = []  # the current outline path: each row's possible parents
    own_calendar: list[str] = []
    manual: list[str] = []
    for position, element in enumerate(root.findall("Tasks/Task"), start=1):
        uid, title = text_of(element, "UID"), text_of(element, "Name")
        if uid == "0":
            skipped[uid] = ("the project summary task", element)
            continue
        if flag_of(element, "IsNull") or title is None:
            if uid is not None:
                skipped[uid] = ("a blank row", element)
            continue
        if uid is None:
            raise InterchangeError(
                _("In {file}, task '{title}' (row {row}) has no UID.").format(
                    file=ctx.file, title=title, row=position
                )
            )
        if uid in seen:
            raise InterchangeError(
                _("{file} lists task UID {uid} twice.").format(file=ctx.file, uid=uid)
            )
        seen.add(uid)
        level = int_of(element, "OutlineLevel")
        if level is None:
            number = text_of(element, "OutlineNumber")
            level = number.count(".") + 1 if number else 1
        level = max(level, 1)
        while open_rows and open_rows[-1].level >= level:
            open_rows.pop()
        parent = open_rows[-1].task.key if open_rows else None
        row = _read_task(element, PlanTask(uid, title, parent_key=parent), level, ctx)
        if text_of(element, "CalendarUID") not in (None, "-1", calendar_uid):
            own_calendar.append(title)
        if flag_of(element, "Manual"):
            manual.append(title)
        rows.append(row)
        open_rows.append(row)
    # One line each, not one per task: a Project 2010+ file may mark every task manual.
    if own_calendar:
        ctx.notes.drop(
            f"{some_tasks(own_calendar)} set to a calendar other than the project's; the project "
            "calendar is used."
        )
    if manual:
        ctx.notes.drop(
            f"{some_tasks(manual)} manually scheduled in the file; scheduled automatically here."
        )
    return rows, skipped


def _read_task(element: Element, task: PlanTask, level: int, ctx: _Context) -> _Row:
    """Every field of one task but its duration, owner and links."""
    label, notes = f"Task '{task.name}'", ctx.notes

    def when(tag: str, within: Element = element) -> dt.datetime | None:
        text = text_of(within, tag)
        if text is None:
            return None
        try:
            return parse_datetime(text)
        except ValueError:
            raise InterchangeError(
                _("In {file}, task '{title}' (UID {uid}) has an impossible date '{text}'.").format(
                    file=ctx.file, title=task.name, uid=task.key, text=clipped(text)
                )
            ) from None

    start, finish = when("Start"), when("Finish")
    task.start = start.date() if start else None
    task.finish = ctx.finish_day(finish, start) if finish else None
    task.is_milestone = flag_of(element, "Milestone")
    kind = int_of(element, "ConstraintType") or 0
    task.constraint_type = CONSTRAINTS.get(kind, "ASAP")
    if kind not in CONSTRAINTS:
        notes.drop(f"{label}: constraint type {kind} is unknown; scheduled as soon as possible.")
    constraint = when("ConstraintDate")
    if constraint is not None and task.constraint_type not in ("ASAP", "ALAP"):
        finish_kind = task.constraint_type in ("MFO", "FNET", "FNLT")
        task.constraint_date = (
            ctx.finish_day(constraint, None) if finish_kind else constraint.date()
        )
    task.percent_complete = read_percent(element, label, notes)
    actual_start, actual_finish = when("ActualStart"), when("ActualFinish")
    if actual_start is not None and task.percent_complete == 0 and not _has_actual_work(element):
        # Some writers (Aspose) fill actual dates on untouched tasks: no progress, no actuals.
        notes.drop(f"{label}: actual dates without any progress are ignored.")
        actual_start = actual_finish = None
    task.actual_start = actual_start.date() if actual_start else None
    if actual_finish is not None:
        task.actual_finish = ctx.finish_day(actual_finish, actual_start)
    task.notes = (text_of(element, "Notes") or "").replace("\r\n", "\n")
    task.budget_cost = read_money(element, "Cost", label, notes) or Decimal(0)
    task.actual_cost = read_money(element, "ActualCost", label, notes) or Decimal(0)
    task.cost = read_money(element, "Cost", label, notes)
    task.work_hours = hours_of(text_of(element, "Work"))
    task.fixed_cost = read_money(element, "FixedCost", label, notes) or Decimal(0)
    task.task_type = task_type(element, ctx.default_task_type)
    task.effort_driven = flag_of(element, "EffortDriven")
    priority = int_of(element, "Priority")
    task.priority = 500 if priority is None else min(max(priority, 0), 1000)
    weekdays = len(ctx.calendar.working_weekdays)
    task.leveling_delay = leveling_delay(element, ctx.minutes_per_day, weekdays, label, notes)
    for baseline in element.findall("Baseline"):
        if (int_of(baseline, "Number") or 0) != 0:
            continue  # baselines 1-10 are not kept
        b_start, b_finish = when("Start", baseline), when("Finish", baseline)
        task.baseline_start = b_start.date() if b_start else None
        task.baseline_finish = ctx.finish_day(b_finish, b_start) if b_finish else None
        task.baseline_cost = read_money(baseline, "Cost", label, notes)
        task.baseline_work_hours = hours_of(text_of(baseline, "Work"))
        days, _finish = _file_days(baseline, None, f"{label}: baseline", ctx)
        if days is not None:
            task.baseline_duration = max(round_half_away(days), 0)
            if task.baseline_duration != days and days > 0:
                notes.approximate(
                    f"{label}: baseline duration {fmt_days(days)} rounded to "
                    f"{fmt_days(task.baseline_duration)}."
                )
    days, noted = _file_days(element, start, label, ctx)
    return _Row(task, element, level, days, noted)


def _file_days(
    element: Element, start: dt.datetime | None, label: str, ctx: _Context
) -> tuple[Fraction | None, bool]:
    """Working days of `Duration` (DurationFormat says if elapsed) and whether it was noted."""
    text = text_of(element, "Duration")
    if text is None:
        return None, False
    parsed = parse_iso_duration(text)
    if parsed is None:
        return None, False  # the caller reports it with the value it falls back to
    if int_of(element, "DurationFormat") not in ELAPSED_FORMATS:
        return parsed.working_days(ctx.minutes_per_day, ctx.minutes_per_week), False
    # Elapsed time runs through nights and weekends: count the working days it covers.
    calendar_days = parsed.calendar_days()
    if start is not None and calendar_days > 0:
        end = start.date() + dt.timedelta(days=round_half_away(calendar_days))
        working = ctx.calendar.working_days_between(start.date(), end)
    else:
        weekdays = len(ctx.calendar.working_weekdays)
        working = round_half_away(calendar_days * weekdays / 7)
    if calendar_days > 0:
        working = max(working, 1)  # a few hours still take a working day
    ctx.notes.approximate(
        f"{label}: elapsed duration of {fmt_days(calendar_days)} (calendar) "
        f"taken as {fmt_days(working)} of work."
    )
    return Fraction(working), True


def _set_duration(row: _Row, is_summary: bool, ctx: _Context) -> None:
    """Whole working days; a summary's is derived later, so only work items get notes."""
    task, label, notes = row.task, f"Task '{row.task.name}'", ctx.notes
    days = row.days
    if days is None:
        if task.start is not None and task.finish is not None:
            days = Fraction(ctx.calendar.working_days_in(task.start, task.finish))
            source = "from its dates"
        else:
            days, source = Fraction(1), "assumed"
        text = text_of(row.element, "Duration")
        if not is_summary and not task.is_milestone:
            shown = f" ('{clipped(text)}')" if text else ""
            notes.approximate(
                f"{label} has no readable duration{shown}; {fmt_days(days)} {source}."
            )
        row.noted = True
    if days < 0:
        notes.approximate(f"{label}: negative duration {fmt_days(days)} taken as 0.")
        days, row.noted = Fraction(0), True
    row.days = days
    # A part of a day still takes that day in a day-based plan (MS Project shows the task
    # finishing on it), so partial days round up, not to the nearest day.
    whole = math.ceil(days)
    if task.is_milestone or is_summary:
        if task.is_milestone and days > 0 and not is_summary:
            notes.approximate(
                f"{label} is a milestone; its duration of {fmt_days(days)} is not kept."
            )
        task.duration = 0 if task.is_milestone else whole
        return
    if days == 0:
        task.is_milestone = True
        notes.approximate(f"{label} has no duration; it is imported as a milestone.")
    elif fmt_days(whole) != fmt_days(days) and not row.noted:
        # Only a rounding the report can show: never "1.25e+14 days rounded up to 1.25e+14".
        notes.approximate(f"{label}: duration {fmt_days(days)} rounded up to {fmt_days(whole)}.")
    task.duration = whole


def _read_links(
    rows: list[_Row], skipped: dict[str, tuple[str, Element]], ctx: _Context
) -> list[PlanLink]:
    """PredecessorLink of every task, lag converted to whole working days."""
    notes, by_uid = ctx.notes, {row.task.key: row for row in rows}
    for skipped_uid, (why, element) in skipped.items():
        count = len(element.findall("PredecessorLink"))
        if count:
            notes.drop(f"{count} link(s) of {why} (UID {skipped_uid}) left out.")
    links: list[PlanLink] = []
    for row in rows:
        label = f"Task '{row.task.name}'"
        for link in row.element.findall("PredecessorLink"):
            uid = text_of(link, "PredecessorUID")
            kind = int_of(link, "Type")
            if flag_of(link, "CrossProject"):
                notes.drop(
                    f"{label}: link from another project "
                    f"({text_of(link, 'CrossProjectName') or '?'}) left out."
                )
            elif uid is None:
                notes.drop(f"{label}: a link without a predecessor left out.")
            elif uid in skipped:
                notes.drop(f"{label}: link from {skipped[uid][0]} (UID {uid}) left out.")
            elif uid not in by_uid:
                notes.drop(f"{label}: link from unknown task UID {uid} left out.")
            elif kind is not None and kind not in LINK_TYPES:
                notes.drop(f"{label}: link from task UID {uid} of unknown type {kind} left out.")
            else:
                predecessor = by_uid[uid]
                base = predecessor.days if predecessor.days is not None else Fraction(0)
                where = f"Link '{predecessor.task.name}' → '{row.task.name}'"
                weekdays = len(ctx.calendar.working_weekdays)
                lag = lag_days(link, base, ctx.minutes_per_day, weekdays, where, notes)
                links.append(
                    PlanLink(uid, row.task.key, LINK_TYPES[1 if kind is None else kind], lag)
                )
    return links


def _set_owners(root: Element, rows: list[_Row], ctx: _Context) -> None:
    """Owner = the names of the resources assigned to the task, in file order."""
    by_uid = {row.task.key: row.task for row in rows}
    for uid, owners in assigned_names(root).items():
        task = by_uid.get(uid)
        if task is None:
            continue  # an assignment of the project summary or of a blank row
        task.owner = ", ".join(owners)
        if len(task.owner) > MAX_OWNER:
            ctx.notes.approximate(
                f"Task '{task.name}': the names of its {len(owners)} resources are cut to "
                f"{MAX_OWNER} characters."
            )
            task.owner = task.owner[:MAX_OWNER]


def _has_actual_work(element: Element) -> bool:
    """True when the task reports time spent (ActualDuration or ActualWork above zero)."""
    for tag in ("ActualDuration", "ActualWork"):
        text = text_of(element, tag)
        if text and any(ch.isdigit() and ch != "0" for ch in text):
            return True
    return False
