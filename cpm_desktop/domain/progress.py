"""How a task's progress is counted in whole working days, as the status cycle enters it."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


def done_days(duration: int, percent_complete: int) -> int:
    """The working days done of a task of `duration` days that is `percent_complete` % done."""
    return round(duration * percent_complete / 100)


def with_remaining(duration: int, percent_complete: int, remaining: int) -> tuple[int, int]:
    """A remaining duration typed, by MS Project's rule: the work done stays done, the duration
    becomes done + remaining and % complete done ÷ duration. Returns (duration, % complete);
    the caller refuses a task left with no duration at all (nothing done, nothing remaining)."""
    done = done_days(duration, percent_complete)
    total = done + remaining
    return total, 100 if remaining == 0 else round(100 * done / total)


class Progress(NamedTuple):
    """A task's % complete and actual dates."""

    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None


def as_planned(
    now: Progress, planned_percent: int, start: dt.date, finish: dt.date | None
) -> Progress:
    """A task marked 'as planned' (MS Project's Update as scheduled): the progress its schedule
    gives it, never less than it has; its scheduled start and, once done, finish as actuals."""
    percent = max(planned_percent, now.percent_complete)
    actual_finish = now.actual_finish
    if percent == 100 and actual_finish is None:
        actual_finish = finish
    return Progress(percent, now.actual_start or start, actual_finish)
