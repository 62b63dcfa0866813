"""Forward pass of the critical path method over a working calendar.

Time is measured in working-day instants: instant i is the start of working day i of the
calendar's index, so a task of duration d starting at s ends at instant s + d (the end of
working day s + d - 1). Links and constraints are lower bounds on the start instant.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.model import (
    CycleError,
    Driver,
    DriverKind,
    LinkSpec,
    Schedule,
    ScheduledTask,
    TaskSpec,
)
from cpm_desktop.scheduling.order import topological_order

_ONE_DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class _Times:
    start: int
    end: int
    # A milestone placed by a predecessor's finish shows on that day, not the next one.
    at_day_end: bool
    driver: Driver

    @property
    def starts_at_day_end(self) -> bool:
        """Only a milestone can start at the end of a day (e.g. right after a finish)."""
        return self.at_day_end and self.end == self.start

    @property
    def ends_at_day_end(self) -> bool:
        """A task with work ends at a day's end; a milestone where it was placed."""
        return self.end > self.start or self.at_day_end


def schedule_project(
    tasks: list[TaskSpec],
    links: list[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None = None,
) -> Schedule:
    """Compute early dates of every task; raise CycleError naming the tasks of a loop."""
    by_id = {task.id: task for task in tasks}
    children: dict[int, list[int]] = defaultdict(list)
    for task in tasks:
        if task.parent_id is not None and task.parent_id in by_id:
            children[task.parent_id].append(task.id)
    incoming: dict[int, list[LinkSpec]] = defaultdict(list)
    for link in links:
        if link.predecessor in by_id and link.successor in by_id:
            incoming[link.successor].append(link)

    def ancestors_and_self(task_id: int) -> list[int]:
        chain = [task_id]
        parent = by_id[task_id].parent_id
        while parent is not None and parent in by_id:
            chain.append(parent)
            parent = by_id[parent].parent_id
        return chain

    # A link into a summary binds every task beneath it; a summary waits for its children.
    prerequisites: dict[int, list[int]] = {}
    for task in tasks:
        if task.id in children:
            prerequisites[task.id] = list(children[task.id])
        else:
            prerequisites[task.id] = [
                link.predecessor for a in ancestors_and_self(task.id) for link in incoming[a]
            ]
    order = topological_order([t.id for t in tasks], prerequisites)
    if order.cycle:
        raise CycleError([by_id[i].name for i in order.cycle])

    origin = calendar.index(project_start)
    status = calendar.index(status_date + _ONE_DAY) if status_date else None
    times: dict[int, _Times] = {}
    for task_id in order.ids:
        task = by_id[task_id]
        if task_id in children:
            kids = [times[k] for k in children[task_id]]
            first = min(kids, key=lambda k: k.start)
            times[task_id] = _Times(
                start=first.start,
                end=max(k.end for k in kids),
                at_day_end=False,
                driver=Driver(DriverKind.CHILDREN),
            )
            continue
        bounds = [link for a in ancestors_and_self(task_id) for link in incoming[a]]
        times[task_id] = _leaf_times(task, bounds, times, calendar, origin, status)

    result: dict[int, ScheduledTask] = {}
    for task in tasks:
        t = times[task.id]
        start, finish = _dates(t, calendar)
        result[task.id] = ScheduledTask(
            id=task.id,
            start=start,
            finish=finish,
            duration=t.end - t.start,
            is_summary=task.id in children,
            driver=t.driver,
        )
    _roll_up_display_dates(order.ids, children, result, calendar)
    return Schedule(tasks=result, finish=max((r.finish for r in result.values()), default=None))


def _leaf_times(
    task: TaskSpec,
    links: list[LinkSpec],
    times: dict[int, _Times],
    calendar: WorkCalendar,
    origin: int,
    status: int | None,
) -> _Times:
    duration = 0 if task.is_milestone else task.duration
    start, at_day_end, driver = origin, False, Driver(DriverKind.PROJECT_START)

    def raise_to(candidate: int, end_anchored: bool, why: Driver) -> None:
        nonlocal start, at_day_end, driver
        if candidate > start or (candidate == start and end_anchored and not at_day_end):
            start, at_day_end, driver = candidate, end_anchored, why

    for link in links:
        pred = times[link.predecessor]
        why = Driver(DriverKind.LINK, (link.predecessor, link.type, link.lag))
        if link.type == "FS":
            raise_to(pred.end + link.lag, pred.ends_at_day_end, why)
        elif link.type == "SS":
            raise_to(pred.start + link.lag, pred.starts_at_day_end, why)
        elif link.type == "FF":
            raise_to(pred.end + link.lag - duration, pred.ends_at_day_end, why)
        else:  # SF
            raise_to(pred.start + link.lag - duration, pred.starts_at_day_end, why)

    constrained = Driver(DriverKind.CONSTRAINT)
    if task.constraint_date is not None:
        on = calendar.index(task.constraint_date)
        after = calendar.index(task.constraint_date + _ONE_DAY)
        if task.constraint == "SNET":
            raise_to(on, False, constrained)
        elif task.constraint == "FNET":
            raise_to(after - duration, duration == 0, constrained)
        elif task.constraint == "MSO":
            start, at_day_end, driver = on, False, constrained
        elif task.constraint == "MFO":
            start, at_day_end, driver = after - duration, duration == 0, constrained

    if task.actual_start is not None:
        start = calendar.index(task.actual_start)
        driver = Driver(DriverKind.ACTUAL_START)
        if task.actual_finish is not None:
            end = max(start, calendar.index(task.actual_finish + _ONE_DAY))
            if duration == 0:  # a reached milestone sits at the end of its actual day
                return _Times(end, end, True, driver)
            return _Times(start, end, False, driver)
        done = duration * task.percent_complete // 100
        remaining = duration - done
        end = start + duration
        if status is not None:
            end = max(end, max(start + done, status) + remaining)
        return _Times(start, end, at_day_end, driver)

    if status is not None and task.percent_complete == 0:
        raise_to(status, False, Driver(DriverKind.STATUS_DATE))
    return _Times(start, start + duration, at_day_end, driver)


def _dates(t: _Times, calendar: WorkCalendar) -> tuple[dt.date, dt.date]:
    if t.end == t.start:
        day = calendar.day_at(t.start - 1 if t.at_day_end else t.start)
        return day, day
    return calendar.day_at(t.start), calendar.day_at(t.end - 1)


def _roll_up_display_dates(
    children_first: list[int],
    children: dict[int, list[int]],
    result: dict[int, ScheduledTask],
    calendar: WorkCalendar,
) -> None:
    """Summaries span their children's shown dates (a milestone at a day's end included)."""
    for task_id in children_first:
        kids = children.get(task_id)
        if not kids:
            continue
        start = min(result[k].start for k in kids)
        finish = max(result[k].finish for k in kids)
        old = result[task_id]
        result[task_id] = ScheduledTask(
            id=old.id,
            start=start,
            finish=finish,
            duration=calendar.working_days_in(start, finish),
            is_summary=True,
            driver=old.driver,
        )
