"""A plan's columns as the driver returns them, made into the engine's input; no SQLAlchemy.

What the reschedule reads through SQLAlchemy (`plan_memory.py`) and the read-only commands read
through plain sqlite3 (`quick_schedule.py`) are the same columns, so both turn them into
TaskSpecs and stored dates here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from cpm_desktop.scheduling import TaskDates, TaskSpec

# The task columns the engine reads, in TaskSpec's field order, then the stored dates.
TASK_COLUMNS = (
    "id",
    "name",
    "parent_id",
    "duration",
    "is_milestone",
    "constraint_type",
    "constraint_date",
    "percent_complete",
    "actual_start",
    "actual_finish",
    "leveling_delay",
    "start",
    "finish",
)

StoredDates = tuple[list[dt.date | None], list[dt.date | None], list[int]]


def task_columns(rows: Sequence[Sequence[Any]]) -> tuple[list[TaskSpec], StoredDates]:
    """TaskSpecs and the stored (start, finish, duration) columns of rows of TASK_COLUMNS,
    dates as ISO text or dates."""
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) or [()] * len(TASK_COLUMNS)
    (
        ids,
        names,
        parents,
        durations,
        milestones,
        constraints,
        constraint_dates,
        percents,
        actual_starts,
        actual_finishes,
        delays,
        starts,
        finishes,
    ) = columns
    specs = list(
        map(
            TaskSpec,
            ids,
            names,
            parents,
            durations,
            map(bool, milestones),  # sqlite3 hands a flag over as 1 or 0
            constraints,
            dates_of(constraint_dates),
            percents,
            dates_of(actual_starts),
            dates_of(actual_finishes),
            delays,
        )
    )
    return specs, (dates_of(starts), dates_of(finishes), list(durations))


def scheduled_changes(
    stored: tuple[Iterable[dt.date | None], Iterable[dt.date | None], Iterable[int]],
    computed: Iterable[TaskDates],
    summaries: Collection[int | None],
) -> list[tuple[int, dt.date, dt.date, int]]:
    """(id, start, finish, duration) of each task whose `stored` values (start, finish and
    duration columns, in the order of `computed`) differ from the engine's `computed` ones:
    what a reschedule writes. A work task's duration is the user's, never rewritten; a
    summary's (`summaries`: the ids of the plan's parents) spans its tasks."""
    changes = []
    for (task_id, start, finish, duration, _, _), old_start, old_finish, old_duration in zip(
        computed, *stored, strict=True
    ):
        if task_id not in summaries:
            duration = old_duration
        if start != old_start or finish != old_finish or duration != old_duration:
            changes.append((task_id, start, finish, duration))
    return changes


def dates_of(values: Sequence[object]) -> list[dt.date | None]:
    """The dates of a column selected as text (`plan_rows.as_text`), one per value (None
    stays None)."""
    parsed = parse_dates(values)
    return [parsed[value] for value in values]


def parse_dates(values: Iterable[object]) -> dict[object, dt.date | None]:
    """Each distinct value of columns selected as text (`plan_rows.as_text`), mapped to its
    date.

    A value is ISO text (SQLite), already a date (drivers that convert), or None. A plan holds
    far fewer distinct dates than tasks, so each is parsed once.
    """
    return {value: _date(value) for value in set(values)}


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
