"""Where each task of a plan sits for MS Project: its outline row and its 08:00/17:00 moments.

A task starts at 08:00 and finishes at 17:00. A milestone sits at 17:00 of its day when it
follows a finish (a finish-to-start or finish-to-finish link landing on its day, a finish
constraint on its day, or a reported actual finish), as MS Project shows a milestone after a
finish; otherwise at 08:00.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import PlanCalendar, PlanLink, PlanTask
from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.texts import _

FINISH_CONSTRAINTS = frozenset({"MFO", "FNET", "FNLT"})


@dataclass(frozen=True, slots=True, order=True)
class Moment:
    """A working-day boundary: the start (08:00) or the end (17:00) of `day`."""

    day: dt.date
    at_end: bool

    def text(self) -> str:
        """As MSPDI writes a date and time: 2026-09-07T08:00:00."""
        return f"{self.day.isoformat()}T{'17' if self.at_end else '08'}:00:00"


UNPLACED = Moment(dt.date.min, at_end=False)


@dataclass(slots=True)
class Row:
    """One task as written: its place in the outline and the moments it spans."""

    task: PlanTask
    uid: int
    level: int
    number: str
    children: list[Row]
    start: Moment = UNPLACED  # set by place before anything reads them
    finish: Moment = UNPLACED


# -- the outline --------------------------------------------------------------------------


def outline(tasks: list[PlanTask]) -> list[Row]:
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
    rows: list[Row] = []
    seen: set[int] = set()

    def walk(top: list[tuple[int, PlanTask]], level: int, prefix: str, into: list[Row]) -> None:
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
            row = Row(task, uid, depth, number, [])
            parent_list.append(row)
            rows.append(row)
            stack.append((siblings, depth, numbering, parent_list, i + 1))
            children = kids.get(task.key, []) if uid_of[task.key] == uid else []
            stack.append((children, depth + 1, f"{number}.", row.children, 0))

    top_level: list[Row] = []
    walk(kids.get(None, []), 1, "", top_level)
    for uid, task in enumerate(tasks, start=1):
        if uid not in seen:  # only reachable through a parent loop: start it at the top
            walk([(uid, task)], 1, "", top_level)
    return rows


def work_calendar(plan_calendar: PlanCalendar) -> WorkCalendar:
    """The plan's calendar for working-day arithmetic; a week without work is refused."""
    try:
        return WorkCalendar(
            plan_calendar.working_weekdays, [d for d, _day_name in plan_calendar.holidays]
        )
    except ValueError:
        raise InterchangeError(
            _(
                "The calendar {name!r} needs at least one working weekday "
                "(0 = Monday … 6 = Sunday) for MS Project to schedule on it."
            ).format(name=plan_calendar.name)
        ) from None


# -- dates --------------------------------------------------------------------------------


def place(
    rows: list[Row],
    keyed: dict[str, Row],
    links: list[PlanLink],
    calendar: WorkCalendar,
    project_start: dt.date,
) -> None:
    """Set each row's start and finish moments: leaves from their dates, summaries from kids."""
    milestones: list[tuple[Row, dt.date]] = []
    for row in rows:
        if row.children:
            continue
        start, finish = _leaf_days(row.task, calendar, project_start)
        if is_milestone(row.task):
            row.start = row.finish = Moment(start, at_end=False)
            milestones.append((row, start))
        else:
            row.start, row.finish = Moment(start, False), Moment(finish, True)
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
                row.start = row.finish = Moment(day, at_end=True)
                changed = True
        if changed:
            _roll_up(rows)


def _roll_up(rows: list[Row]) -> None:
    """A summary spans its children; children follow their parent, so go from the end."""
    for row in reversed(rows):
        if row.children:
            row.start = min(c.start for c in row.children)
            row.finish = max(c.finish for c in row.children)


def _leaf_days(
    task: PlanTask, calendar: WorkCalendar, project_start: dt.date
) -> tuple[dt.date, dt.date]:
    """The task's first and last day; a missing date is derived from the other and duration."""
    span = 0 if is_milestone(task) else max(task.duration - 1, 0)
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
    keyed: dict[str, Row],
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


def is_milestone(task: PlanTask) -> bool:
    """A milestone by flag or by zero duration, as MS Project treats a 0-day task."""
    return task.is_milestone or task.duration <= 0


# -- the header and the calendar ----------------------------------------------------------
