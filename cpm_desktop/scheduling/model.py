"""Plain data in and out of the scheduler: no database, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class DriverKind(StrEnum):
    """What set a task's start: the answer to 'why did this date move?'."""

    PROJECT_START = "project start"
    LINK = "link"
    CONSTRAINT = "constraint"
    STATUS_DATE = "status date"
    ACTUAL_START = "actual start"
    CHILDREN = "children"


# The inputs are plain (not frozen) slotted dataclasses: a service builds one per task on every
# edit, and frozen construction costs four times as much. The engine never changes them, and
# takes a TaskSpec it has scheduled before as unchanged: a caller hands a changed task anew.
@dataclass(slots=True)
class TaskSpec:
    """One task as the scheduler sees it; constraint names follow MS Project (ASAP, SNET...)."""

    id: int
    name: str
    parent_id: int | None = None
    duration: int = 1
    is_milestone: bool = False
    constraint: str = "ASAP"
    constraint_date: dt.date | None = None
    percent_complete: int = 0
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    # Working days levelling delays the start after links, constraints and the status date
    # placed it (MS Project's leveling delay); progress (an actual start) overrides it.
    leveling_delay: int = 0


@dataclass(slots=True)
class LinkSpec:
    """A dependency: link type FS/SS/FF/SF and lag in working days (negative = lead)."""

    predecessor: int
    successor: int
    type: str = "FS"
    lag: int = 0


@dataclass(frozen=True, slots=True)
class Driver:
    """The bound that set a task's start; `link` is (predecessor id, type, lag) for a link."""

    kind: DriverKind
    link: tuple[int, str, int] | None = None


@dataclass(slots=True)
class ScheduledTask:
    """The schedule of one task.

    `start`/`finish` are the dates MS Project shows (early dates; late ones for an ALAP task;
    actual ones once reported); a finish is the last working day, a milestone's start and
    finish are its day. Slacks are in working days; negative slack is a conflict.
    """

    id: int
    start: dt.date
    finish: dt.date
    duration: int
    is_summary: bool
    driver: Driver
    early_start: dt.date
    early_finish: dt.date
    late_start: dt.date
    late_finish: dt.date
    total_slack: int
    free_slack: int
    critical: bool


# (task id, start, finish, duration, total slack, critical): what a service stores per task.
TaskDates = tuple[int, dt.date, dt.date, int, int, bool]


class TaskResults(Mapping[int, ScheduledTask]):
    """Per-task results by task id, plus cheaper reads of a few fields for every task.

    A run's results build each ScheduledTask when it is read; `dates` and `driver` answer
    from the run's arrays instead, without building one.
    """

    def dates(self) -> list[TaskDates]:
        """(id, start, finish, duration, total slack, critical) per task, in input order."""
        return [
            (t.id, t.start, t.finish, t.duration, t.total_slack, t.critical) for t in self.values()
        ]

    def slack(self) -> dict[int, tuple[int, bool]]:
        """(total slack, critical) per task id: what the Timeline shows beside stored dates."""
        return {t.id: (t.total_slack, t.critical) for t in self.values()}

    def changed_dates(self, previous: TaskResults) -> list[TaskDates]:
        """As dates(), only the tasks whose start, finish or duration differ from those of
        `previous` (a schedule of the same tasks in the same order; else ValueError)."""
        mine, theirs = self.dates(), previous.dates()
        _same_tasks([d[0] for d in mine], [d[0] for d in theirs])
        return [d for d, e in zip(mine, theirs, strict=True) if d[1:4] != e[1:4]]

    def changed_slack(self, previous: TaskResults) -> dict[int, tuple[int, bool]]:
        """As slack(), only the tasks whose total slack or critical flag differ from those of
        `previous` (a schedule of the same tasks in the same order; else ValueError)."""
        mine, theirs = self.slack(), previous.slack()
        _same_tasks(list(mine), list(theirs))
        return {task_id: value for task_id, value in mine.items() if theirs[task_id] != value}

    def driver(self, task_id: int) -> Driver:
        """What set the start of task `task_id` (KeyError for an unknown id)."""
        return self[task_id].driver


def _same_tasks(mine: list[int], theirs: list[int]) -> None:
    """Raise ValueError unless both lists name the same tasks in the same order."""
    if mine != theirs:
        raise ValueError("The two schedules are not of the same tasks in the same order.")


@dataclass(frozen=True, slots=True)
class Schedule:
    """The result of one scheduling run: per-task results by task id, the project finish."""

    tasks: TaskResults
    finish: dt.date | None
    critical_count: int  # work tasks and milestones (not summaries) on the critical path


class CycleError(ValueError):
    """The links form a loop; `names` lists the tasks in it, in order."""

    def __init__(self, names: list[str]) -> None:
        super().__init__("Dependency loop: " + " → ".join([*names, names[0]]))
        self.names = names
