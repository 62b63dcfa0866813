"""The Timeline's rows, links, calendar and key dates: what the task table and Gantt draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from cpm_desktop.scheduling import Schedule


# TimelineTask and TimelineLink are built by the ten thousand on every edit, and frozen
# construction costs four times as much; nothing hashes them (the UI compares rows with ==).
@dataclass(slots=True)
class TimelineTask:
    """One task row of the Timeline, in outline order."""

    id: int
    parent_id: int | None
    wbs: str
    depth: int
    name: str
    duration: int  # working days; a summary's spans its tasks
    start: dt.date | None
    finish: dt.date | None  # the last working day
    percent_complete: int  # a summary's is rolled up, duration-weighted
    is_summary: bool
    is_milestone: bool
    owner: str
    predecessors: str  # e.g. "3FS+2d, 1.2SS-1d": WBS codes; FS and zero lag are left out
    total_slack: int | None  # working days; None when the plan cannot be scheduled
    is_critical: bool
    constraint: str  # ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO
    constraint_date: dt.date | None
    actual_start: dt.date | None
    actual_finish: dt.date | None
    baseline_start: dt.date | None  # baseline 0, None when the task has none
    baseline_finish: dt.date | None
    finish_variance: int | None  # working days later (+) or earlier (-) than baseline 0


@dataclass(slots=True)
class TimelineLink:
    """A dependency as drawn: predecessor → successor, type FS/SS/FF/SF, lag in working days."""

    id: int
    predecessor_id: int
    successor_id: int
    type: str
    lag: int


@dataclass(frozen=True, slots=True)
class TimelineCalendar:
    """Which days are worked: weekdays 0=Monday..6=Sunday, less the holidays, plus the days
    worked though their weekday is not (a weekend cut-over)."""

    working_weekdays: frozenset[int]
    holidays: frozenset[dt.date]
    worked_days: frozenset[dt.date] = frozenset()

    def is_working(self, day: dt.date) -> bool:
        """Tell whether `day` is a working day."""
        if day in self.worked_days:
            return True
        return day.weekday() in self.working_weekdays and day not in self.holidays


@dataclass(frozen=True, slots=True)
class Timeline:
    """A project's Timeline: rows in outline order, links, calendar and key dates."""

    project_id: int
    code: str
    tasks: list[TimelineTask]
    links: list[TimelineLink]
    calendar: TimelineCalendar
    start_date: dt.date
    status_date: dt.date | None
    finish_date: dt.date | None
    critical_count: int  # work tasks and milestones on the critical path
    # The engine's run the slack was read from (None when the plan cannot be scheduled): an
    # update after an edit compares the next run with it rather than every row's slack.
    schedule: Schedule | None = field(default=None, compare=False, repr=False)
    # Each task id's place in `tasks`, once an update has needed it: the updates after it
    # keep the outline, so they share it rather than each indexing 10,000 rows again.
    places: Mapping[int, int] | None = field(default=None, compare=False, repr=False)
