"""ProgressDraft: the progress typed on the sheet and the tasks marked "as planned", before Finish.

No Qt: the sheet's model shows what the draft says each task will be once `record_status`
has run, by the service's own order (the tasks marked as planned first, then what was typed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from cpm_desktop.domain.progress import Progress, as_planned, done_days, with_remaining
from cpm_desktop.services.status_cycle.progress import ProgressEntry, ProgressRow

Field = Literal["percent_complete", "actual_start", "actual_finish", "remaining"]
FieldValue = int | dt.date | None


@dataclass(frozen=True, slots=True)
class ShownProgress:
    """A task's progress as it will be saved: typed values, the as-planned preview, or as is."""

    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    remaining: int
    as_planned: bool
    typed: frozenset[str]  # the fields the PM typed

    def behind(self, row: ProgressRow) -> bool:
        """Less done than the schedule says for the status date."""
        return self.percent_complete < row.planned_percent


class ProgressDraft:
    """What the PM entered on the sheet, by task id; nothing is written until Finish."""

    def __init__(self) -> None:
        self._entries: dict[int, ProgressEntry] = {}
        self._as_planned: set[int] = set()

    # -- reading ---------------------------------------------------------------------------

    def progress(self) -> dict[int, ProgressEntry]:
        """The typed progress per task, as `record_status(progress=...)` takes it."""
        return {
            task_id: ProgressEntry(**entry) for task_id, entry in self._entries.items() if entry
        }

    def as_planned(self) -> tuple[int, ...]:
        """The tasks marked as planned, in id order."""
        return tuple(sorted(self._as_planned))

    def is_empty(self) -> bool:
        """True when nothing was typed or marked."""
        return not self._as_planned and not any(self._entries.values())

    def shown(self, row: ProgressRow) -> ShownProgress:
        """`row` as it will be once saved (the service's rules, previewed)."""
        entry = self._entries.get(row.task_id, ProgressEntry())
        marked = row.task_id in self._as_planned
        percent, start, finish = _base(row, marked)
        duration = row.duration
        if "actual_start" in entry:
            start = entry["actual_start"]
        if "actual_finish" in entry:
            finish = entry["actual_finish"]
        if "percent_complete" in entry:
            percent = entry["percent_complete"]
        remaining = duration - done_days(duration, percent)
        if "remaining" in entry and not row.is_milestone:
            remaining = entry["remaining"]
            total, after = with_remaining(duration, percent, remaining)
            if total > 0:  # else update_progress refuses it: shown as typed until then
                percent = after
        return ShownProgress(percent, start, finish, remaining, marked, frozenset(entry))

    # -- changing --------------------------------------------------------------------------

    def set_field(self, row: ProgressRow, name: Field, value: FieldValue) -> None:
        """Type `value` into one field of `row`; typing what it already shows types nothing."""
        entry = self._entries.setdefault(row.task_id, ProgressEntry())
        entry.pop(name, None)
        if value != getattr(self.shown(row), name):
            entry[name] = value

    def set_as_planned(self, task_ids: Iterable[int], marked: bool = True) -> None:
        """Mark (or unmark) tasks as planned."""
        if marked:
            self._as_planned.update(task_ids)
        else:
            self._as_planned.difference_update(task_ids)

    def keep_only(self, task_ids: Iterable[int]) -> None:
        """Forget what was entered for tasks no longer on the sheet (another status date)."""
        kept = set(task_ids)
        self._entries = {k: v for k, v in self._entries.items() if k in kept}
        self._as_planned &= kept


def _base(row: ProgressRow, marked: bool) -> Progress:
    """% complete, actual start and actual finish before anything typed: as the task is, or
    as `mark_as_planned` leaves it."""
    now = Progress(row.percent_complete, row.actual_start, row.actual_finish)
    if not marked or row.start is None:
        return now
    return as_planned(now, row.planned_percent, row.start, row.finish)
