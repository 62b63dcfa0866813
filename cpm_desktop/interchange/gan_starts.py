"""Where a GanttProject task starts, said in constraints our scheduler keeps.

GanttProject has no 'as soon as possible': its scheduler (`task/algorithm/SchedulerImpl.java`)
moves a task only along its incoming links. A 'Strong' link sets the start exactly where the link
puts it; a 'Rubber' one only pushes it later; a task without links stays where the user placed
it; an earliest start (thirdDate, switched on) is a floor. Our import gives every work task and
milestone a Start No Earlier Than its date in the file, as MS Project does when a start is typed,
so the plan shows the dates the user saw. Where a Strong link alone already puts a task on that
date, the task goes back to following its links (its own earliest start, if any, kept), so it
still moves with them later, as in GanttProject.
"""

from __future__ import annotations

import datetime as dt

from cpm_desktop.interchange.model import ImportNotes, PlanLink, PlanTask
from cpm_desktop.scheduling import (
    CycleError,
    DriverKind,
    LinkSpec,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)


def hold_starts(
    tasks: list[PlanTask],
    links: list[PlanLink],
    strong: set[str],
    work: WorkCalendar,
    project_start: dt.date,
    notes: ImportNotes,
) -> None:
    """Give work tasks a Start No Earlier Than their file date; free those Strong links place.

    `strong` holds the keys of tasks with an incoming Strong link. Tasks are in outline order
    (each summary before its tasks), as the reader gives them.
    """
    parents = {t.parent_key for t in tasks if t.parent_key is not None}
    own: dict[str, tuple[str, dt.date | None]] = {}  # what the file itself constrains
    linked: set[str] = set()  # placed by a Strong link on the task or a summary above it
    for t in tasks:
        if t.parent_key in linked or t.key in strong:
            linked.add(t.key)
        if t.key in parents or t.start is None:
            continue
        own[t.key] = (t.constraint_type, t.constraint_date)
        floor = t.constraint_date if t.constraint_type == "SNET" else None
        t.constraint_type = "SNET"
        t.constraint_date = max(t.start, floor) if floor is not None else t.start
    freed = _placed_by_links(tasks, links, work, project_start, linked & own.keys())
    for t in tasks:
        if t.key in freed:
            t.constraint_type, t.constraint_date = own[t.key]
    held = len(own) - len(freed)
    if own:
        line = (
            f"{_tasks(held, 'starts', 'start')} no earlier than the date GanttProject shows (as "
            "MS Project does when a start is typed), so the plan keeps the dates seen in "
            "GanttProject"
        )
        if freed:
            follow = _tasks(
                len(freed),
                "that links place there follows its links",
                "that links place there follow their links",
            )
            line += f"; {follow}"
        notes.approximate(line + ".")


def _placed_by_links(
    tasks: list[PlanTask],
    links: list[PlanLink],
    work: WorkCalendar,
    project_start: dt.date,
    candidates: set[str],
) -> set[str]:
    """Keys of `candidates` whose start a link sets, not the constraint (then it is redundant).

    Taking such a constraint away moves nothing: each start is the latest of its bounds, and
    only bounds that are not the latest go. A plan our scheduler refuses (a loop, or one
    running past the year 9999) keeps every start held.
    """
    if not candidates:
        return set()
    number = {t.key: i for i, t in enumerate(tasks)}
    specs = [
        TaskSpec(
            id=i,
            name=t.name,
            parent_id=number.get(t.parent_key) if t.parent_key is not None else None,
            duration=t.duration,
            is_milestone=t.is_milestone,
            constraint=t.constraint_type,
            constraint_date=t.constraint_date,
        )
        for i, t in enumerate(tasks)
    ]
    specs_links = [
        LinkSpec(number[lk.predecessor_key], number[lk.successor_key], lk.type, lk.lag)
        for lk in links
        if lk.predecessor_key != lk.successor_key
    ]
    try:
        schedule = schedule_project(specs, specs_links, work, project_start)
    except (CycleError, OverflowError):  # a loop, or lags that run past the year 9999
        return set()
    return {key for key in candidates if schedule.tasks.driver(number[key]).kind is DriverKind.LINK}


def _tasks(count: int, one: str, many: str) -> str:
    """`1 task starts`, `2 tasks start`: a count of tasks with its verb agreeing."""
    return f"1 task {one}" if count == 1 else f"{count} tasks {many}"
