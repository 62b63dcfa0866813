"""WorkCalendar's worked days: a day worked though its weekday is not (a weekend cut-over)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import WorkCalendar

D = dt.date
ONE_DAY = dt.timedelta(days=1)
SATURDAY = D(2026, 9, 12)  # Monday 2026-09-07 .. Sunday 2026-09-13


def test_a_worked_saturday_is_a_working_day_and_counts() -> None:
    """The Saturday is worked, the Sunday is not; five days from Monday end on the Saturday."""
    cal = WorkCalendar(worked_days=[SATURDAY])
    assert cal.is_working(SATURDAY)
    assert not cal.is_working(SATURDAY + ONE_DAY)
    assert cal.working_days_in(D(2026, 9, 7), D(2026, 9, 13)) == 6
    assert cal.add_working_days(D(2026, 9, 11), 1) == SATURDAY
    assert cal.add_working_days(SATURDAY, 1) == D(2026, 9, 14)
    assert cal.next_working_day(SATURDAY) == SATURDAY
    assert cal.previous_working_day(SATURDAY + ONE_DAY) == SATURDAY


def test_a_worked_day_wins_over_a_holiday_on_the_same_date() -> None:
    """Listed as both, the day is worked (the exception to the exception)."""
    cal = WorkCalendar(holidays=[SATURDAY, D(2026, 9, 9)], worked_days=[SATURDAY])
    assert cal.is_working(SATURDAY)
    assert not cal.is_working(D(2026, 9, 9))


@settings(max_examples=40, deadline=None, database=None)
@given(
    weekdays=st.sets(st.integers(0, 6), min_size=1),
    holidays=st.lists(st.dates(D(2026, 1, 1), D(2027, 12, 31)), max_size=20),
    worked=st.lists(st.dates(D(2026, 1, 1), D(2027, 12, 31)), max_size=20),
    start=st.dates(D(2025, 6, 1), D(2028, 6, 1)),
    span=st.integers(0, 400),
)
def test_counting_agrees_with_is_working_day_by_day(
    weekdays: set[int], holidays: list[dt.date], worked: list[dt.date], start: dt.date, span: int
) -> None:
    """The index counts exactly the days is_working says are worked, worked days included."""
    cal = WorkCalendar(weekdays, holidays, worked)
    end = start + dt.timedelta(span)
    by_hand = sum(cal.is_working(start + dt.timedelta(k)) for k in range(span))
    assert cal.working_days_between(start, end) == by_hand
    for day in worked:
        assert cal.is_working(day)
