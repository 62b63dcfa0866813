"""Pure rules of the register: labels, score, RAG thresholds, EMV and trends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.risk_scoring import (
    PROBABILITY_PERCENT,
    expected_value,
    exposure,
    level_label,
    risk_score,
    score_rag,
    severity_rag,
    trend,
)

D = dt.date


def test_levels_have_the_five_labels() -> None:
    """Levels 1..5 read Very low, Low, Medium, High, Very high."""
    assert [level_label(n) for n in range(1, 6)] == [
        "Very low",
        "Low",
        "Medium",
        "High",
        "Very high",
    ]


def test_score_is_probability_times_impact() -> None:
    """The score multiplies the two levels: 1..25."""
    assert risk_score(1, 1) == 1
    assert risk_score(3, 4) == 12
    assert risk_score(5, 5) == 25


@pytest.mark.parametrize(
    ("score", "rag"),
    [(1, Rag.GREEN), (4, Rag.GREEN), (5, Rag.AMBER), (12, Rag.AMBER), (15, Rag.RED), (25, Rag.RED)],
)
def test_default_thresholds_are_green_to_4_amber_to_12_red_from_15(score: int, rag: Rag) -> None:
    """Defaults: 1–4 green, 5–12 amber, 15–25 red (boundaries included)."""
    assert score_rag(score) == rag


def test_custom_thresholds_apply_at_their_boundaries() -> None:
    """With amber from 3 and red from 10, 2 is green, 3 and 9 amber, 10 red."""
    assert score_rag(2, 3, 10) == Rag.GREEN
    assert score_rag(3, 3, 10) == Rag.AMBER
    assert score_rag(9, 3, 10) == Rag.AMBER
    assert score_rag(10, 3, 10) == Rag.RED


def test_issue_rag_follows_severity() -> None:
    """Severity 1–2 green, 3 amber, 4–5 red."""
    assert [severity_rag(s) for s in range(1, 6)] == [
        Rag.GREEN,
        Rag.GREEN,
        Rag.AMBER,
        Rag.RED,
        Rag.RED,
    ]


def test_emv_weights_the_cost_by_the_documented_percentages() -> None:
    """1=10 %, 2=30 %, 3=50 %, 4=70 %, 5=90 %; an issue (no probability) counts in full."""
    assert PROBABILITY_PERCENT == {1: 10, 2: 30, 3: 50, 4: 70, 5: 90}
    cost = Decimal("40000.00")
    assert [expected_value(p, cost) for p in range(1, 6)] == [
        Decimal("4000.00"),
        Decimal("12000.00"),
        Decimal("20000.00"),
        Decimal("28000.00"),
        Decimal("36000.00"),
    ]
    assert expected_value(None, cost) == cost
    assert expected_value(3, Decimal("0.01")) == Decimal("0.00")  # half a cent: to even


def test_exposure_is_the_score_or_the_severity() -> None:
    """A risk's trend compares scores, an issue's its severity."""
    assert exposure(3, 4, None) == 12
    assert exposure(None, None, 4) == 4


def test_trend_compares_with_the_value_in_force_when_the_date_began() -> None:
    """Changes on or after `since` count; the last one before it is the reference."""
    history = [(D(2026, 9, 10), 6), (D(2026, 10, 1), 12), (D(2026, 11, 20), 9)]
    assert trend(history, 9, D(2026, 11, 20)) == Trend.DOWN  # 12 → 9 on the day itself
    assert trend(history, 9, D(2026, 11, 21)) == Trend.STEADY
    assert trend(history, 9, D(2026, 9, 11)) == Trend.UP  # 6 → 9
    assert trend(history, 9, D(2026, 9, 10)) == Trend.NEW  # raised that day


def test_trend_uses_the_last_change_of_a_day_and_ignores_input_order() -> None:
    """Two changes on one day: the later-recorded one holds; the list may come unsorted."""
    history = [(D(2026, 10, 5), 20), (D(2026, 9, 1), 4), (D(2026, 10, 5), 8)]
    assert trend(history, 8, D(2026, 11, 1)) == Trend.STEADY
    assert trend([], 8, D(2026, 11, 1)) == Trend.NEW
