"""WorkCalendar: working-day arithmetic over weekends and holidays, near and far from 2000."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import WorkCalendar

D = dt.date
ONE_DAY = dt.timedelta(days=1)
# September 2026: Mon 7 .. Sun 13, Mon 14 ...; Wednesday the 9th is a holiday below.
HOLIDAY = D(2026, 9, 9)


@pytest.fixture
def cal() -> WorkCalendar:
    """Monday–Friday with one holiday on Wednesday 2026-09-09."""
    return WorkCalendar(holidays=[HOLIDAY])


def brute_force_count(calendar: WorkCalendar, start: dt.date, end: dt.date) -> int:
    """Working days in [start, end) counted one by one."""
    count, day = 0, start
    while day < end:
        count += calendar.is_working(day)
        day += ONE_DAY
    return count


def test_weekends_and_holidays_are_not_working(cal: WorkCalendar) -> None:
    """Saturday, Sunday and the holiday are off; an ordinary Tuesday is on."""
    assert cal.is_working(D(2026, 9, 8))
    assert not cal.is_working(HOLIDAY)
    assert not cal.is_working(D(2026, 9, 12))
    assert not cal.is_working(D(2026, 9, 13))


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (D(2026, 9, 7), 0, D(2026, 9, 7)),  # Monday + 0 = Monday
        (D(2026, 9, 8), 1, D(2026, 9, 10)),  # over the holiday
        (D(2026, 9, 10), 2, D(2026, 9, 14)),  # Thursday + 2 = Monday, over the weekend
        (D(2026, 9, 12), 0, D(2026, 9, 14)),  # a Saturday rolls to Monday first
        (D(2026, 9, 12), 1, D(2026, 9, 15)),
        (D(2026, 9, 14), -1, D(2026, 9, 11)),  # back over the weekend
        (D(2026, 9, 10), -1, D(2026, 9, 8)),  # back over the holiday
        (D(2026, 9, 7), 10, D(2026, 9, 22)),
    ],
)
def test_add_working_days(cal: WorkCalendar, start: dt.date, count: int, expected: dt.date) -> None:
    """Adding or subtracting working days skips weekends and holidays."""
    assert cal.add_working_days(start, count) == expected


@pytest.mark.parametrize(
    ("day", "next_day", "previous_day"),
    [
        (D(2026, 9, 8), D(2026, 9, 8), D(2026, 9, 8)),  # a working day is its own answer
        (HOLIDAY, D(2026, 9, 10), D(2026, 9, 8)),
        (D(2026, 9, 12), D(2026, 9, 14), D(2026, 9, 11)),
        (D(2026, 9, 13), D(2026, 9, 14), D(2026, 9, 11)),
    ],
)
def test_next_and_previous_working_day(
    cal: WorkCalendar, day: dt.date, next_day: dt.date, previous_day: dt.date
) -> None:
    """next/previous_working_day step over weekends and holidays in the right direction."""
    assert cal.next_working_day(day) == next_day
    assert cal.previous_working_day(day) == previous_day


def test_counting_working_days(cal: WorkCalendar) -> None:
    """[Mon 7, Mon 14) holds 4 working days; Mon 7..Fri 11 inclusive too; reversed is negative."""
    assert cal.working_days_between(D(2026, 9, 7), D(2026, 9, 14)) == 4
    assert cal.working_days_between(D(2026, 9, 14), D(2026, 9, 7)) == -4
    assert cal.working_days_in(D(2026, 9, 7), D(2026, 9, 11)) == 4
    assert cal.working_days_in(D(2026, 9, 12), D(2026, 9, 13)) == 0
    assert cal.working_days_in(D(2026, 9, 11), D(2026, 9, 7)) == 0


def test_custom_weekdays() -> None:
    """A Sunday–Thursday week works Sundays and rests on Fridays and Saturdays."""
    cal = WorkCalendar(working_weekdays=[6, 0, 1, 2, 3])
    assert cal.is_working(D(2026, 9, 13))  # Sunday
    assert not cal.is_working(D(2026, 9, 11))  # Friday
    assert cal.add_working_days(D(2026, 9, 10), 1) == D(2026, 9, 13)


@pytest.mark.parametrize("weekdays", [[], [7], [-1, 0]])
def test_calendar_needs_valid_working_weekdays(weekdays: list[int]) -> None:
    """A calendar with no working weekday, or a weekday outside 0..6, is refused."""
    with pytest.raises(ValueError, match="working weekday"):
        WorkCalendar(working_weekdays=weekdays)


def test_far_past_and_future_dates_work_and_indices_stay_consistent() -> None:
    """1950 and 2150 work; the index of a 2026 date is unchanged after the index grows."""
    cal = WorkCalendar(holidays=[D(1950, 1, 2), D(2150, 6, 1)])
    near = D(2026, 9, 7)
    index_before = cal.index(near)
    day_before = cal.day_at(index_before + 3)
    past, future = D(1950, 1, 2), D(2150, 6, 1)
    assert not cal.is_working(past)  # holiday (a Monday)
    assert cal.next_working_day(past) == D(1950, 1, 3)
    assert cal.add_working_days(D(2150, 5, 29), 1) == D(2150, 6, 2)  # Fri + 1, over the holiday
    assert cal.index(near) == index_before
    assert cal.day_at(index_before + 3) == day_before
    assert cal.working_days_between(past, near) == brute_force_count(cal, past, near)
    assert cal.working_days_between(near, future) == brute_force_count(cal, near, future)
    assert cal.add_working_days(past, cal.working_days_between(past, future)) == (
        cal.next_working_day(future)
    )


def test_grow_backward_after_forward_keeps_earlier_answers() -> None:
    """Answers given before the index grows backwards are the same afterwards."""
    cal = WorkCalendar()
    future = D(2140, 3, 3)
    answers = {n: cal.add_working_days(future, n) for n in (-400, 0, 400)}
    cal.previous_working_day(D(1901, 1, 1))
    assert {n: cal.add_working_days(future, n) for n in answers} == answers


def test_the_index_reaches_the_first_and_last_dates_python_has() -> None:
    """Year 9999 and year 1 index right (and fast), and a day beyond them is an OverflowError."""
    cal = WorkCalendar(holidays=[D(9999, 12, 28), D(1, 1, 3)])
    late, early = D(9999, 12, 20), D(1, 1, 1)
    assert cal.working_days_between(late, D.max) == brute_force_count(cal, late, D.max)
    assert cal.working_days_between(early, D(1, 1, 9)) == brute_force_count(cal, early, D(1, 1, 9))
    assert cal.previous_working_day(D.max) == D(9999, 12, 31)  # a Friday
    with pytest.raises(OverflowError):
        cal.add_working_days(D.max, 1)
    with pytest.raises(OverflowError):
        cal.add_working_days(early, -5)


# ------------------------------------------------------------------------------ properties

days = st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31))
random_calendars = st.builds(
    WorkCalendar,
    working_weekdays=st.sets(st.integers(0, 6), min_size=1),
    holidays=st.lists(st.dates(min_value=D(2020, 1, 1), max_value=D(2031, 12, 31)), max_size=30),
)
# Shared across examples on purpose: their indices grow (to 1900 and 2199) while earlier
# answers must stay right, and growing once keeps the property tests fast.
SHARED_CALENDARS = [
    WorkCalendar(),
    WorkCalendar(holidays=[D(2026, 12, 25), D(2027, 1, 1), D(1999, 12, 31), D(2100, 3, 1)]),
    WorkCalendar(working_weekdays=[6, 0, 1, 2, 3]),
    WorkCalendar(working_weekdays=[2], holidays=[D(2026, 9, 9), D(2026, 9, 16)]),
    WorkCalendar(
        working_weekdays=range(7), holidays=[D(1950, 5, 1) + dt.timedelta(7 * k) for k in range(50)]
    ),
]
# Any date from 1900 to 2199 on a shared calendar, or a random calendar near today.
calendar_and_day = st.one_of(
    st.tuples(st.sampled_from(SHARED_CALENDARS), days),
    st.tuples(random_calendars, st.dates(min_value=D(2010, 1, 1), max_value=D(2035, 12, 31))),
)


@settings(max_examples=60, deadline=None, database=None)
@given(case=calendar_and_day, n=st.integers(-2000, 2000))
def test_adding_then_subtracting_returns_the_next_working_day(
    case: tuple[WorkCalendar, dt.date], n: int
) -> None:
    """add_working_days(add_working_days(d, n), -n) is next_working_day(d)."""
    cal, day = case
    there = cal.add_working_days(day, n)
    assert cal.add_working_days(there, -n) == cal.next_working_day(day)


@settings(max_examples=60, deadline=None, database=None)
@given(case=calendar_and_day, n=st.integers(-2000, 2000))
def test_counting_undoes_adding(case: tuple[WorkCalendar, dt.date], n: int) -> None:
    """working_days_between(a, add_working_days(a, n)) == n, for a working day a."""
    cal, day = case
    start = cal.next_working_day(day)
    assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


@settings(max_examples=60, deadline=None, database=None)
@given(case=calendar_and_day, n=st.integers(-2000, 2000))
def test_results_are_always_working_days(case: tuple[WorkCalendar, dt.date], n: int) -> None:
    """add/next/previous always land on a working day, on the right side of `day`."""
    cal, day = case
    assert cal.is_working(cal.add_working_days(day, n))
    nxt, prev = cal.next_working_day(day), cal.previous_working_day(day)
    assert cal.is_working(nxt)
    assert cal.is_working(prev)
    assert prev <= day <= nxt
    assert cal.working_days_between(prev, nxt) <= 1


@settings(max_examples=40, deadline=None, database=None)
@given(
    cal=random_calendars,
    start=st.dates(min_value=D(2018, 1, 1), max_value=D(2034, 12, 31)),
    length=st.integers(0, 400),
)
def test_counts_match_a_day_by_day_count(cal: WorkCalendar, start: dt.date, length: int) -> None:
    """working_days_between and working_days_in agree with counting day by day."""
    end = start + dt.timedelta(days=length)
    expected = brute_force_count(cal, start, end)
    assert cal.working_days_between(start, end) == expected
    assert cal.working_days_in(start, end) == expected + cal.is_working(end)


@settings(max_examples=60, deadline=None)
@given(first=st.integers(-40_000, 40_000), length=st.integers(0, 400))
def test_days_lists_the_working_days_of_a_run_of_indexes(first: int, length: int) -> None:
    """days(first, last) is day_at of each index in turn, both ends included, however far
    from 2000 the indexes reach (the index grows to hold them)."""
    calendar = WorkCalendar(holidays=[HOLIDAY])
    last = first + length
    assert calendar.days(first, last) == [calendar.day_at(i) for i in range(first, last + 1)]
