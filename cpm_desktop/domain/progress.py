"""How a task's progress is counted in whole working days, as the status cycle enters it."""

from __future__ import annotations


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
