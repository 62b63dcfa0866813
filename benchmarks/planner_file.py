"""Write a Plan as a GNOME Planner 0.14 `.planner` file, for the side-by-side benchmark.

Only what the benchmark's generated plans hold: tasks nested by outline, their dates as our
engine schedules them, predecessors with their type and lag, the plan's calendar. The app
itself only reads this format (`interchange/planner_read.py`); this writer lives here.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from cpm_desktop.interchange.model import Plan, PlanTask
from cpm_desktop.scheduling import LinkSpec, TaskSpec, WorkCalendar, schedule_project

DAY_SECONDS = 8 * 3600  # Planner's standard day: 08:00–12:00 and 13:00–17:00
_WEEK_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WORKING, _NONWORKING = "0", "1"


def planner_xml(plan: Plan) -> bytes:
    """The plan as Planner writes a project: one calendar, the task tree, predecessors."""
    dates = _scheduled_dates(plan)
    root = ET.Element(
        "project",
        {
            "name": plan.name,
            "company": plan.client,
            "manager": plan.manager,
            "phase": "",
            "project-start": _stamp(plan.start_date, 0),
            "mrproject-version": "2",
            "calendar": "1",
        },
    )
    ET.SubElement(root, "properties")
    ET.SubElement(root, "phases")
    _write_calendar(ET.SubElement(root, "calendars"), plan)
    _write_tasks(ET.SubElement(root, "tasks"), plan, dates)
    ET.SubElement(root, "resource-groups")
    ET.SubElement(root, "resources")
    ET.SubElement(root, "allocations")
    ET.indent(root, space="  ")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0"?>\n' + body + b"\n"


def _scheduled_dates(plan: Plan) -> dict[str, tuple[dt.date, dt.date]]:
    """Start and finish of each task by key, as our engine schedules the plan."""
    ids = {task.key: number for number, task in enumerate(plan.tasks, start=1)}
    specs = [
        TaskSpec(
            ids[t.key],
            t.name,
            ids[t.parent_key] if t.parent_key is not None else None,
            duration=t.duration,
            is_milestone=t.is_milestone,
        )
        for t in plan.tasks
    ]
    links = [
        LinkSpec(ids[x.predecessor_key], ids[x.successor_key], x.type, x.lag) for x in plan.links
    ]
    calendar = WorkCalendar(plan.calendar.working_weekdays, [d for d, _ in plan.calendar.holidays])
    results = schedule_project(specs, links, calendar, plan.start_date).tasks
    return {key: (results[i].start, results[i].finish) for key, i in ids.items()}


def _stamp(day: dt.date, hour: int) -> str:
    """Planner's time stamp; its Z marks no real time zone."""
    return f"{day:%Y%m%d}T{hour:02d}0000Z"


def _write_calendar(holder: ET.Element, plan: Plan) -> None:
    kinds = ET.SubElement(holder, "day-types")
    for key, name, text in (
        ("0", "Working", "A default working day"),
        ("1", "Nonworking", "A default non working day"),
        ("2", "Use base", "Use day from base calendar"),
    ):
        ET.SubElement(kinds, "day-type", {"id": key, "name": name, "description": text})
    calendar = ET.SubElement(holder, "calendar", {"id": "1", "name": plan.calendar.name})
    working = plan.calendar.working_weekdays
    ET.SubElement(
        calendar,
        "default-week",
        {k: _WORKING if d in working else _NONWORKING for d, k in enumerate(_WEEK_KEYS)},
    )
    hours = ET.SubElement(
        ET.SubElement(calendar, "overridden-day-types"), "overridden-day-type", {"id": _WORKING}
    )
    ET.SubElement(hours, "interval", {"start": "0800", "end": "1200"})
    ET.SubElement(hours, "interval", {"start": "1300", "end": "1700"})
    days = ET.SubElement(calendar, "days")
    for day, _name in plan.calendar.holidays:
        ET.SubElement(days, "day", {"date": f"{day:%Y%m%d}", "type": "day-type", "id": "1"})


def _write_tasks(holder: ET.Element, plan: Plan, dates: dict[str, tuple[dt.date, dt.date]]) -> None:
    """Each task inside its summary's element; a task's predecessors inside its own."""
    # Planner's lag is elapsed seconds: a working day of lag is 7/5 calendar days, which
    # our reader turns back into the same working days.
    per_week = len(plan.calendar.working_weekdays)
    incoming: dict[str, list[tuple[str, str, int]]] = {}
    for link in plan.links:
        lag = round(link.lag * 7 / per_week * 86400)
        incoming.setdefault(link.successor_key, []).append((link.predecessor_key, link.type, lag))
    parents = {t.parent_key for t in plan.tasks}
    elements: dict[str, ET.Element] = {}
    for task in plan.tasks:
        where = holder if task.parent_key is None else elements[task.parent_key]
        start, finish = dates[task.key]
        element = elements[task.key] = ET.SubElement(
            where, "task", _task_attributes(task, start, finish, task.key in parents)
        )
        if task.key in incoming:
            predecessors = ET.SubElement(element, "predecessors")
            for number, (key, kind, lag) in enumerate(incoming[task.key], start=1):
                attributes = {"id": str(number), "predecessor-id": key, "type": kind}
                if lag:
                    attributes["lag"] = str(lag)
                ET.SubElement(predecessors, "predecessor", attributes)


def _task_attributes(
    task: PlanTask, start: dt.date, finish: dt.date, is_summary: bool
) -> dict[str, str]:
    milestone = task.is_milestone and not is_summary
    work = 0 if milestone or is_summary else task.duration * DAY_SECONDS
    return {
        "id": task.key,
        "name": task.name,
        "note": task.notes,
        "work": str(work),
        "start": _stamp(start, 8),
        "end": _stamp(start, 8) if milestone else _stamp(finish, 17),
        "work-start": _stamp(start, 8),
        "percent-complete": str(task.percent_complete),
        "priority": "0",
        "type": "milestone" if milestone else "normal",
        "scheduling": "fixed-work",
    }
