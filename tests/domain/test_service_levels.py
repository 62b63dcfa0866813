"""Service levels: met or missed, RAG, trend and periods, the one computation every view shows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.service_levels import (
    SlaDirection,
    SlaPeriod,
    attainment_text,
    improving,
    meets,
    next_period_start,
    number_text,
    period_label,
    period_start,
    rag,
    target_text,
    trend,
    trend_text,
)

LEAST, MOST = SlaDirection.AT_LEAST, SlaDirection.AT_MOST
figures = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
tolerances = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
days = st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31))


@pytest.mark.parametrize(
    ("direction", "value", "expected"),
    [
        (LEAST, 99.6, Rag.GREEN),
        (LEAST, 99.5, Rag.GREEN),  # on the target meets it
        (LEAST, 99.3, Rag.AMBER),
        (LEAST, 99.2, Rag.AMBER),  # exactly the tolerance short: still amber
        (LEAST, 99.1, Rag.RED),
        (MOST, 99.4, Rag.GREEN),
        (MOST, 99.8, Rag.AMBER),
        (MOST, 99.9, Rag.RED),
    ],
)
def test_green_when_met_amber_within_the_tolerance_red_beyond(
    direction: SlaDirection, value: float, expected: Rag
) -> None:
    """A 99.5 target with a 0.3 tolerance, read both ways."""
    assert rag(direction, 99.5, 0.3, value) is expected
    assert meets(direction, 99.5, value) == (expected is Rag.GREEN)


def test_without_a_tolerance_any_miss_is_red() -> None:
    """Tolerance 0: the smallest miss is red."""
    assert rag(MOST, 4.0, 0.0, 4.01) is Rag.RED
    assert rag(MOST, 4.0, 0.0, 4.0) is Rag.GREEN


@given(figures, tolerances, figures)
def test_the_directions_mirror_each_other(target: float, tolerance: float, value: float) -> None:
    """At most t is at least −t with every value negated: met and RAG agree."""
    assert meets(LEAST, target, value) == meets(MOST, -target, -value)
    assert rag(LEAST, target, tolerance, value) is rag(MOST, -target, tolerance, -value)


@given(figures, tolerances, figures, figures)
def test_a_worse_value_never_rates_better(
    target: float, tolerance: float, a: float, b: float
) -> None:
    """For an 'at least' target the lower of two values never has the better RAG."""
    order = [Rag.GREEN, Rag.AMBER, Rag.RED]
    low, high = sorted((a, b))
    assert order.index(rag(LEAST, target, tolerance, low)) >= order.index(
        rag(LEAST, target, tolerance, high)
    )
    assert (rag(LEAST, target, tolerance, high) is Rag.GREEN) == meets(LEAST, target, high)


@given(st.lists(figures, max_size=8))
def test_trend_is_the_latest_against_the_one_before_and_mirrors(values: list[float]) -> None:
    """Negated values move the other way; fewer than two values are new."""
    moved = trend(values)
    mirrored = trend([-v for v in values])
    swap = {Trend.UP: Trend.DOWN, Trend.DOWN: Trend.UP}
    assert mirrored is swap.get(moved, moved)
    if len(values) < 2:
        assert moved is Trend.NEW
    for direction in SlaDirection:
        assert improving(direction, moved) == improving(
            LEAST if direction is MOST else MOST, mirrored
        )


def test_trend_says_whether_the_move_is_better_for_the_target() -> None:
    """Availability going down is worse; a resolution time going down is better."""
    assert trend([99.8, 99.3]) is Trend.DOWN
    assert trend_text(LEAST, Trend.DOWN) == "↓ worse"
    assert trend_text(MOST, Trend.DOWN) == "↓ better"
    assert trend_text(MOST, Trend.UP) == "↑ worse"
    assert trend([2.0, 2.0]) is Trend.STEADY
    assert trend_text(MOST, Trend.STEADY) == "→ steady"
    assert trend_text(LEAST, trend([1.0])) == "• new"


@given(st.sampled_from(list(SlaPeriod)), days)
def test_a_day_falls_in_one_period(period: SlaPeriod, day: dt.date) -> None:
    """The period's start is on or before the day, the next period's start after it."""
    start = period_start(period, day)
    assert start <= day < next_period_start(period, day)
    assert period_start(period, start) == start
    assert period_start(period, next_period_start(period, day)) == next_period_start(period, day)


def test_periods_start_on_monday_the_first_and_the_quarter() -> None:
    """Wednesday 4 Nov 2026 is in the week of 2 Nov, November, and Q4 (from 1 Oct)."""
    day = dt.date(2026, 11, 4)
    assert period_start(SlaPeriod.WEEKLY, day) == dt.date(2026, 11, 2)
    assert period_start(SlaPeriod.MONTHLY, day) == dt.date(2026, 11, 1)
    assert period_start(SlaPeriod.QUARTERLY, day) == dt.date(2026, 10, 1)
    assert next_period_start(SlaPeriod.QUARTERLY, day) == dt.date(2027, 1, 1)
    assert next_period_start(SlaPeriod.MONTHLY, dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
    assert period_label(SlaPeriod.WEEKLY, dt.date(2026, 11, 2)) == "Week of 2 Nov 2026"
    assert period_label(SlaPeriod.QUARTERLY, dt.date(2026, 10, 1)) == "Q4 2026"


def test_figures_read_as_typed() -> None:
    """Targets and values: no trailing zeros, the unit after a space, a real minus."""
    assert target_text(LEAST, 99.5, "%") == "≥ 99.5 %"
    assert target_text(MOST, 4.0, "h") == "≤ 4 h"
    assert number_text(-2.25) == "−2.25"
    assert number_text(-0.0001) == "0"
    assert attainment_text(5, 6) == "5 of 6 periods met"
    assert attainment_text(0, 0) == "Not measured yet"
