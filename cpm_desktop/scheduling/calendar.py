"""Working-day arithmetic in O(1) per call, through an index of working days.

Day numbers are ordinals (`date.toordinal()`). The index covers a window of years around
the dates asked for and grows on demand, so each call is a couple of list look-ups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

MONDAY_TO_FRIDAY = frozenset(range(5))
_GROW_DAYS = 366 * 10
_EPOCH = dt.date(2000, 1, 1).toordinal()


class WorkCalendar:
    """Working weekdays (0 = Monday), holiday dates and worked exceptions (a day worked
    though its weekday is not), with O(1) working-day arithmetic."""

    def __init__(
        self,
        working_weekdays: Iterable[int] = MONDAY_TO_FRIDAY,
        holidays: Iterable[dt.date] = (),
        worked_days: Iterable[dt.date] = (),
    ) -> None:
        self.working_weekdays = frozenset(working_weekdays)
        if not self.working_weekdays or not self.working_weekdays <= set(range(7)):
            raise ValueError("a calendar needs at least one working weekday, each 0..6")
        self.worked_days = frozenset(worked_days)
        self.holidays = frozenset(holidays) - self.worked_days
        self._holiday_ordinals = frozenset(day.toordinal() for day in self.holidays)
        self._worked_ordinals = frozenset(day.toordinal() for day in self.worked_days)
        # The index as one tuple, replaced whole when it grows: services share one calendar
        # per content (also across threads), so no reader may see a half-grown index.
        # (ordinal of the first indexed day, working days in [first, day) for each indexed day,
        #  ordinals of the indexed working days ascending, global index of the first indexed
        #  day counted from the epoch 2000-01-01)
        before, working = self._scan(_EPOCH, _EPOCH + 366 * 40)
        self._index: tuple[int, list[int], list[int], int] = (_EPOCH, before, working, 0)

    def is_working(self, day: dt.date) -> bool:
        """Tell whether `day` is a working day."""
        if day in self.worked_days:
            return True
        return day.weekday() in self.working_weekdays and day not in self.holidays

    def index(self, day: dt.date) -> int:
        """Working days from the epoch (2000-01-01) to `day`: the working-day 'clock' of `day`.

        A working day and the non-working days just before it share an index.
        """
        ordinal = day.toordinal()
        first, before, _, offset = self._index
        while ordinal < first:
            first, before, _, offset = self._grow(backward=True)
        while ordinal >= first + len(before):
            first, before, _, offset = self._grow(backward=False)
        return offset + before[ordinal - first]

    def day_at(self, index: int) -> dt.date:
        """Return the working day whose index is `index` (inverse of `index` on working days)."""
        _, _, working, offset = self._index
        while index < offset:
            _, _, working, offset = self._grow(backward=True)
        while index - offset >= len(working):
            _, _, working, offset = self._grow(backward=False)
        return dt.date.fromordinal(working[index - offset])

    def days(self, first: int, last: int) -> list[dt.date]:
        """The working days whose indexes run from `first` to `last`, both included."""
        self.day_at(first)  # the index grows to hold both ends
        self.day_at(last)
        _, _, working, offset = self._index
        return list(map(dt.date.fromordinal, working[first - offset : last - offset + 1]))

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return `day` if it is a working day, else the first working day after it."""
        return self.day_at(self.index(day))

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return `day` if it is a working day, else the last working day before it."""
        return day if self.is_working(day) else self.day_at(self.index(day) - 1)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """Move `count` working days from the working day on or after `day` (negative: back)."""
        return self.day_at(self.index(day) + count)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Count working days in [start, end): negative when end is before start."""
        return self.index(end) - self.index(start)

    def working_days_in(self, start: dt.date, finish: dt.date) -> int:
        """Count working days from `start` to `finish`, both included (0 if finish < start)."""
        return max(0, self.index(finish + dt.timedelta(days=1)) - self.index(start))

    # -- the index -------------------------------------------------------------------

    def _grow(self, *, backward: bool) -> tuple[int, list[int], list[int], int]:
        """Index more days before or after the indexed ones; return the new index.

        Each growth at least doubles the window, so reaching a date far away rescans the
        days a few times, not once per ten years (a plan running to the year 9999 took
        minutes); the window stops at the first and last dates Python has.
        """
        old_first, old_before, _, old_offset = self._index
        first, end = old_first, old_first + len(old_before)
        more = max(_GROW_DAYS, len(old_before))
        if backward:
            if first <= 1:
                raise OverflowError("date out of the supported range")
            first = max(1, first - more)
        else:
            if end > dt.date.max.toordinal():
                raise OverflowError("date out of the supported range")
            end = min(dt.date.max.toordinal() + 1, end + more)
        before, working = self._scan(first, end)
        # Keep every index handed out so far valid: shift by the working days added in front.
        self._index = (first, before, working, old_offset - before[old_first - first])
        return self._index

    def _scan(self, first: int, end: int) -> tuple[list[int], list[int]]:
        """Working days before each day of [first, end), and the working days in it."""
        before: list[int] = []
        working: list[int] = []
        # Plain ints, no date objects: ordinal 1 (1 January of year 1) is a Monday.
        works = [weekday in self.working_weekdays for weekday in range(7)]
        holidays, worked = self._holiday_ordinals, self._worked_ordinals
        add_before, add_working = before.append, working.append
        for ordinal in range(first, end):
            add_before(len(working))
            if (works[(ordinal - 1) % 7] and ordinal not in holidays) or ordinal in worked:
                add_working(ordinal)
        return before, working
