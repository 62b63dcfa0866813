"""Shorthands for the hand-computed CPM tests: a Mon–Fri calendar, dates, one-call scheduling.

September 2026, the month most cases use (project start Mon 7 Sep):

    Mo Tu We Th Fr Sa Su
        1  2  3  4  5  6
     7  8  9 10 11 12 13
    14 15 16 17 18 19 20
    21 22 23 24 25 26 27
    28 29 30
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cpm_desktop.scheduling import (
    LinkSpec,
    Schedule,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)

CAL = WorkCalendar()  # Monday–Friday, no holidays
MON_7 = dt.date(2026, 9, 7)  # the usual project start


def sep(day: int) -> dt.date:
    """A day of September 2026."""
    return dt.date(2026, 9, day)


def run(
    tasks: Sequence[TaskSpec],
    links: Sequence[LinkSpec] = (),
    *,
    status: dt.date | None = None,
    start: dt.date = MON_7,
    calendar: WorkCalendar = CAL,
) -> Schedule:
    """Schedule `tasks` on `calendar` from `start` (Mon 7 Sep 2026 unless told)."""
    return schedule_project(list(tasks), list(links), calendar, start, status)


def span(schedule: Schedule, task_id: int) -> tuple[dt.date, dt.date]:
    """(start, finish) of one scheduled task."""
    task = schedule.tasks[task_id]
    return task.start, task.finish


def late_span(schedule: Schedule, task_id: int) -> tuple[dt.date, dt.date]:
    """(late start, late finish) of one scheduled task."""
    task = schedule.tasks[task_id]
    return task.late_start, task.late_finish


def milestone(task_id: int, name: str, **fields: object) -> TaskSpec:
    """A zero-day milestone."""
    return TaskSpec(task_id, name, duration=0, is_milestone=True, **fields)  # type: ignore[arg-type]
