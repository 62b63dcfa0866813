"""Earned value: time-phased PV, EV/AC indices and forecasts, project sums and the S-curve."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.earned_value import (
    CurvePoint,
    EarnedValue,
    EvTask,
    planned_value,
    project_earned_value,
    s_curve,
    task_earned_value,
)

D = dt.date
M = Decimal
# September 2026: Mon 7 .. Sun 13, Mon 14 .. Sun 20, Mon 21 ...; Wednesday the 16th is a holiday.
HOLIDAY = D(2026, 9, 16)
CAL = WorkCalendar(holidays=[HOLIDAY])
# Thu 10, Fri 11, Mon 14, Tue 15, Thu 17, Fri 18, Mon 21, Tue 22, Wed 23, Thu 24: 10 working days
# over two weekends and the holiday.
START, FINISH = D(2026, 9, 10), D(2026, 9, 24)


def task(
    budget: str = "10000",
    start: dt.date = START,
    finish: dt.date = FINISH,
    percent: int = 0,
    cost: str = "0",
    actual_start: dt.date | None = None,
    actual_finish: dt.date | None = None,
    task_id: int = 1,
) -> EvTask:
    """A task with the 10-working-day span above unless told otherwise."""
    return EvTask(task_id, M(budget), start, finish, percent, M(cost), actual_start, actual_finish)


# -- planned value ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (D(2026, 9, 9), "0"),  # the day before the start
        (D(2025, 1, 1), "0"),  # long before
        (D(2026, 9, 10), "1000"),  # the first day counts as soon as it is over
        (D(2026, 9, 11), "2000"),
        (D(2026, 9, 12), "2000"),  # Saturday: nothing planned
        (D(2026, 9, 14), "3000"),  # working day 3
        (D(2026, 9, 15), "4000"),
        (HOLIDAY, "4000"),  # the holiday inside the span plans nothing
        (D(2026, 9, 17), "5000"),
        (D(2026, 9, 23), "9000"),
        (FINISH, "10000"),
        (D(2026, 9, 25), "10000"),  # after the finish
        (D(2030, 1, 1), "10000"),
    ],
)
def test_planned_value_is_linear_over_working_days(as_of: dt.date, expected: str) -> None:
    """PV spreads the budget evenly over the planned working days, skipping weekends/holidays."""
    assert planned_value(task(), CAL, as_of) == M(expected)


def test_planned_value_is_rounded_to_cents() -> None:
    """A third of a budget comes back in cents, rounded half up."""
    three_days = task("100", D(2026, 9, 7), D(2026, 9, 9))
    assert str(planned_value(three_days, CAL, D(2026, 9, 7))) == "33.33"
    assert str(planned_value(three_days, CAL, D(2026, 9, 8))) == "66.67"
    assert str(planned_value(task("0.01", D(2026, 9, 7), D(2026, 9, 8)), CAL, D(2026, 9, 7))) == (
        "0.01"  # exactly half a cent rounds up, not to even
    )


@pytest.mark.parametrize(
    ("day", "before", "on"),
    [
        (D(2026, 9, 17), D(2026, 9, 15), D(2026, 9, 17)),  # a Thursday (after the holiday)
        (D(2026, 9, 19), D(2026, 9, 18), D(2026, 9, 19)),  # a Saturday: no working day at all
    ],
)
def test_milestone_planned_value_jumps_on_its_day(
    day: dt.date, before: dt.date, on: dt.date
) -> None:
    """A milestone plans nothing before its day and its whole budget at the end of it."""
    milestone = task("500", day, day)
    assert planned_value(milestone, CAL, before) == 0
    assert planned_value(milestone, CAL, on) == M("500")
    assert planned_value(milestone, CAL, on + dt.timedelta(days=30)) == M("500")


def test_span_without_working_days_plans_everything_on_its_last_day() -> None:
    """A Saturday–Sunday span has no working day, so its budget lands on the Sunday."""
    weekend = task("800", D(2026, 9, 19), D(2026, 9, 20))
    assert planned_value(weekend, CAL, D(2026, 9, 19)) == 0
    assert planned_value(weekend, CAL, D(2026, 9, 20)) == M("800")


# -- task measures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("budget", "percent", "expected"),
    [
        ("10000", 35, "3500.00"),
        ("10000", 0, "0.00"),
        ("10000", 100, "10000.00"),
        ("1234.56", 33, "407.40"),  # 407.4048
        ("0.05", 50, "0.03"),  # 0.025: half a cent rounds up
    ],
)
def test_earned_value_is_budget_times_percent(budget: str, percent: int, expected: str) -> None:
    """EV is the budget times the percent complete, in cents."""
    result = task_earned_value(task(budget, percent=percent), CAL, D(2026, 9, 15))
    assert str(result.ev) == expected


def test_textbook_example() -> None:
    """BAC 100k, PV 50k, EV 40k, AC 45k gives the textbook variances, indices and forecasts."""
    ongoing = task("100000", percent=40, cost="45000")
    result = task_earned_value(ongoing, CAL, D(2026, 9, 17))  # 5 of 10 working days
    assert result == EarnedValue(
        bac=M("100000"),
        pv=M("50000"),
        ev=M("40000"),
        ac=M("45000"),
        sv=M("-10000"),
        cv=M("-5000"),
        spi=M("0.8"),
        cpi=M("0.889"),
        eac=M("112500"),  # BAC / exact CPI; BAC / 0.889 would give 112,485.94
        etc=M("67500"),
        vac=M("-12500"),
    )
    assert (str(result.spi), str(result.cpi)) == ("0.800", "0.889")
    assert (str(result.eac), str(result.etc), str(result.vac)) == (
        "112500.00",
        "67500.00",
        "-12500.00",
    )


def test_zero_divisors_give_no_index_and_the_fallback_forecast() -> None:
    """With no PV and no AC, SPI and CPI are None and EAC is AC + (BAC - EV)."""
    early = task(percent=10)  # 10% done before its planned start, nothing spent yet
    result = task_earned_value(early, CAL, D(2026, 9, 1))
    assert result.pv == 0
    assert result.spi is None
    assert result.cpi is None
    assert result.eac == M("9000")
    assert result.etc == M("9000")
    assert result.vac == M("1000")


def test_zero_cpi_falls_back_to_remaining_budget() -> None:
    """Money spent but nothing earned: CPI is 0.000 and EAC is AC + BAC, not a division by 0."""
    result = task_earned_value(task(cost="500"), CAL, D(2026, 9, 15))
    assert str(result.cpi) == "0.000"
    assert result.eac == M("10500")
    assert result.etc == M("10000")


def test_finished_task_forecasts_what_it_cost() -> None:
    """A complete task's EAC is its actual cost and nothing remains to spend."""
    done = task(percent=100, cost="12000", actual_start=START, actual_finish=FINISH)
    result = task_earned_value(done, CAL, D(2026, 10, 1))
    assert (result.eac, result.etc, result.vac) == (M("12000"), M(0), M("-2000"))


def test_etc_is_never_negative() -> None:
    """Even a credit line (negative budget) whose forecast is below its cost gives ETC 0."""
    credit = task("-100", cost="50")  # EAC = 50 + (-100 - 0) = -50, below AC
    result = task_earned_value(credit, CAL, D(2026, 9, 15))
    assert result.eac == M("-50")
    assert result.etc == 0


def test_invalid_tasks_are_refused() -> None:
    """Percent outside 0..100 and a finish before the start are refused at construction."""
    with pytest.raises(ValueError, match="percent"):
        task(percent=101)
    with pytest.raises(ValueError, match="finish"):
        task(start=FINISH, finish=START)


# -- project measures -------------------------------------------------------------------


def test_project_sums_tasks_and_takes_indices_from_the_sums() -> None:
    """Project BAC/PV/EV/AC are sums; CPI is EV sum / AC sum, not the average of task CPIs."""
    small = task("1000", percent=50, cost="1000", task_id=1)  # CPI 0.5
    big = task("6000", percent=50, cost="3000", task_id=2)  # CPI 1.0
    status = D(2026, 9, 17)  # 5 of the 10 working days of both spans
    result = project_earned_value([small, big], CAL, status)
    assert (result.bac, result.pv, result.ev, result.ac) == (M(7000), M(3500), M(3500), M(4000))
    assert result.cpi == M("0.875")  # the average of 0.5 and 1.0 would be 0.750
    assert result.spi == M("1.000")
    assert result.eac == M("8000")  # 7000 / 0.875
    assert result.sv == 0
    assert result.cv == M("-500")


def test_project_rounds_the_exact_sum_once() -> None:
    """Three thirds make a whole: the project PV is 1.00 though each task's PV shows 0.33."""
    thirds = [task("1", D(2026, 9, 7), D(2026, 9, 9), task_id=i) for i in range(3)]
    day = D(2026, 9, 7)
    assert [planned_value(t, CAL, day) for t in thirds] == [M("0.33")] * 3
    assert project_earned_value(thirds, CAL, day).pv == M("1.00")


def test_empty_project_is_all_zero() -> None:
    """No tasks: zero amounts, no indices."""
    result = project_earned_value([], CAL, START)
    assert (result.bac, result.pv, result.ev, result.ac, result.eac) == (M(0),) * 5
    assert (result.spi, result.cpi) == (None, None)


# -- S-curve ----------------------------------------------------------------------------

STATUS = D(2026, 9, 23)  # a Wednesday


def curve_tasks() -> list[EvTask]:
    """Four tasks around STATUS: in progress, a future milestone, finished, and unreported."""
    return [
        # planned 10 days from Thu 10; really started Fri 11: 8 working days up to Wed 23
        task("10000", percent=60, cost="7000", actual_start=D(2026, 9, 11), task_id=1),
        task("1000", D(2026, 10, 2), D(2026, 10, 2), task_id=2),  # milestone, Friday 2 Oct
        task(
            "2000",
            D(2026, 9, 7),
            D(2026, 9, 11),
            percent=100,
            cost="2500",
            actual_start=D(2026, 9, 7),
            actual_finish=D(2026, 9, 11),
            task_id=3,
        ),
        # progress reported but no actual start: no history, all of it shows at the status date
        task("1000", D(2026, 9, 21), D(2026, 9, 25), percent=10, cost="100", task_id=4),
    ]


def test_s_curve_points_are_fridays_and_the_status_date() -> None:
    """Points fall on each Friday from the first start to the last finish, plus the status date."""
    days = [point.day for point in s_curve(curve_tasks(), CAL, STATUS)]
    assert days == [D(2026, 9, 11), D(2026, 9, 18), STATUS, D(2026, 9, 25), D(2026, 10, 2)]


def test_s_curve_values() -> None:
    """PV is cumulative; EV/AC accrue over actual working days, equal the totals at the status."""
    points = s_curve(curve_tasks(), CAL, STATUS)
    totals = project_earned_value(curve_tasks(), CAL, STATUS)
    assert [p.pv for p in points] == [M(4000), M(8000), M(11600), M(13000), M(14000)]
    assert points[-1].pv == totals.bac
    # Fri 11: task 1 has 1 of its 8 actual days, task 3 is done; Fri 18: 5 of 8.
    assert [p.ev for p in points] == [M(2750), M(5750), M(8100), None, None]
    assert [p.ac for p in points] == [M(3375), M(6875), M(9600), None, None]
    assert points[2] == CurvePoint(STATUS, totals.pv, totals.ev, totals.ac)


def test_s_curve_history_ends_at_the_status_date() -> None:
    """An actual finish after the status date (bad data) accrues as if it ended at the status."""
    odd = task(
        "10000",
        D(2026, 9, 7),
        D(2026, 9, 18),
        percent=50,
        cost="4000",
        actual_start=D(2026, 9, 7),
        actual_finish=D(2026, 9, 24),
    )
    friday = s_curve([odd], CAL, D(2026, 9, 15))[0]  # 5 of the 7 working days 7..15 Sep
    assert (friday.day, friday.ev, friday.ac) == (D(2026, 9, 11), M("3571.43"), M("2857.14"))


def test_s_curve_status_on_a_friday_adds_no_point() -> None:
    """A Friday status date is one of the weekly points, not a second one."""
    days = [point.day for point in s_curve(curve_tasks(), CAL, D(2026, 9, 18))]
    assert days == [D(2026, 9, 11), D(2026, 9, 18), D(2026, 9, 25), D(2026, 10, 2)]


def test_s_curve_reaches_a_late_status_date() -> None:
    """A status date after every finish extends the Fridays to it; an early one is still shown."""
    late = [point.day for point in s_curve(curve_tasks(), CAL, D(2026, 10, 13))]
    assert late[-3:] == [D(2026, 10, 9), D(2026, 10, 13), D(2026, 10, 16)]
    early = s_curve(curve_tasks(), CAL, D(2026, 9, 2))
    assert early[0] == CurvePoint(D(2026, 9, 2), M(0), M(8100), M(9600))
    assert early[1].ev is None


def test_s_curve_of_nothing_is_empty() -> None:
    """No tasks, no curve."""
    assert s_curve([], CAL, STATUS) == []


# -- properties -------------------------------------------------------------------------

BASE = D(2026, 1, 1)
calendars = st.builds(
    WorkCalendar,
    working_weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    holidays=st.lists(st.dates(BASE, D(2026, 12, 31)), max_size=20),
)
days = st.dates(D(2025, 12, 1), D(2027, 2, 1))
money = st.integers(0, 10**8).map(lambda cents: M(cents) / 100)


@st.composite
def ev_tasks(draw: st.DrawFn, task_id: int = 1) -> EvTask:
    """Any valid leaf task in 2026, perhaps started, perhaps finished."""
    start = draw(st.dates(BASE, D(2026, 12, 1)))
    finish = start + dt.timedelta(days=draw(st.integers(0, 40)))
    actual_start = draw(st.none() | st.dates(start - dt.timedelta(days=10), finish))
    actual_finish = None
    if actual_start is not None:
        actual_finish = draw(
            st.none() | st.dates(actual_start, actual_start + dt.timedelta(days=60))
        )
    return EvTask(
        task_id,
        draw(money),
        start,
        finish,
        draw(st.integers(0, 100)),
        draw(money),
        actual_start,
        actual_finish,
    )


task_lists = st.lists(ev_tasks(), min_size=1, max_size=12)


@settings(deadline=None)
@given(calendars, ev_tasks(), days, days)
def test_pv_is_monotone_and_bounded(
    calendar: WorkCalendar, one: EvTask, day1: dt.date, day2: dt.date
) -> None:
    """PV never falls as the date advances and stays between 0 and the budget."""
    early, late = sorted((day1, day2))
    pv_early, pv_late = planned_value(one, calendar, early), planned_value(one, calendar, late)
    assert 0 <= pv_early <= pv_late <= one.budget


@settings(deadline=None)
@given(calendars, task_lists, days)
def test_project_pv_is_the_sum_of_task_pvs(
    calendar: WorkCalendar, tasks: list[EvTask], status: dt.date
) -> None:
    """Project PV is the sum of task PVs, give or take each task's rounding (half a cent)."""
    project = project_earned_value(tasks, calendar, status).pv
    task_sum = sum(planned_value(t, calendar, status) for t in tasks)
    assert abs(project - task_sum) <= M("0.005") * (len(tasks) + 1)


@settings(deadline=None)
@given(calendars, task_lists, days, st.lists(st.integers(0, 10**6), min_size=12, max_size=12))
def test_project_pv_is_exactly_the_sum_when_days_cost_whole_cents(
    calendar: WorkCalendar, tasks: list[EvTask], status: dt.date, daily_cents: list[int]
) -> None:
    """When each task's budget per working day is whole cents, no rounding: sums are exact."""
    tasks = [
        EvTask(
            t.id,
            M(cents * max(1, calendar.working_days_in(t.planned_start, t.planned_finish))) / 100,
            t.planned_start,
            t.planned_finish,
            t.percent_complete,
            t.actual_cost,
        )
        for t, cents in zip(tasks, daily_cents, strict=False)
    ]
    project = project_earned_value(tasks, calendar, status).pv
    assert project == sum(planned_value(t, calendar, status) for t in tasks)


@settings(deadline=None)
@given(calendars, task_lists, st.integers(0, 400))
def test_pv_is_bac_after_every_finish(
    calendar: WorkCalendar, tasks: list[EvTask], days_after: int
) -> None:
    """On or after the last planned finish, everything is planned: PV equals BAC."""
    status = max(t.planned_finish for t in tasks) + dt.timedelta(days=days_after)
    result = project_earned_value(tasks, calendar, status)
    assert result.pv == result.bac == sum(t.budget for t in tasks)
    assert all(planned_value(t, calendar, status) == t.budget for t in tasks)


@settings(deadline=None, max_examples=50)
@given(calendars, task_lists, days)
def test_s_curve_properties(calendar: WorkCalendar, tasks: list[EvTask], status: dt.date) -> None:
    """The curve: dates ascending, PV rising to BAC and matching the project PV of each day."""
    points = s_curve(tasks, calendar, status)
    totals = project_earned_value(tasks, calendar, status)
    assert [p.day for p in points] == sorted({p.day for p in points})
    assert all(p.day.weekday() == 4 for p in points if p.day != status)
    assert sum(p.day == status for p in points) == 1
    assert all(a.pv <= b.pv for a, b in pairwise(points))
    assert points[-1].pv == totals.bac
    assert points[-1].day >= max(t.planned_finish for t in tasks)
    for point in points:
        assert point.pv == project_earned_value(tasks, calendar, point.day).pv
    known = [p for p in points if p.day <= status]
    assert all(p.ev is None and p.ac is None for p in points if p.day > status)
    assert known[-1] == CurvePoint(status, totals.pv, totals.ev, totals.ac)
    evs = [p.ev for p in known]
    acs = [p.ac for p in known]
    assert all(a is not None and b is not None and a <= b for a, b in pairwise(evs))
    assert all(a is not None and b is not None and a <= b for a, b in pairwise(acs))
