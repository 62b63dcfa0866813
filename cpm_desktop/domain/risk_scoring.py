"""Pure rules of the risk register: labels, score, RAG, expected monetary value and trend.

Probability and impact are judged on a 1..5 scale. For the expected monetary value each
probability level stands for a chance of happening (the middle of its band):

    1 Very low = 10 %   2 Low = 30 %   3 Medium = 50 %   4 High = 70 %   5 Very high = 90 %

An issue has happened: it has no probability, its EMV is its whole cost impact, and its RAG
follows its severity (1–2 green, 3 amber, 4–5 red) rather than a score.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal

from cpm_desktop.domain.projects import Rag
from cpm_desktop.domain.risks import Trend

LEVEL_LABELS: dict[int, str] = {1: "Very low", 2: "Low", 3: "Medium", 4: "High", 5: "Very high"}
PROBABILITY_PERCENT: dict[int, int] = {1: 10, 2: 30, 3: 50, 4: 70, 5: 90}
DEFAULT_AMBER_FROM = 5  # scores 1–4 green
DEFAULT_RED_FROM = 15  # scores 5–12 amber, 15–25 red
ISSUE_AMBER_FROM, ISSUE_RED_FROM = 3, 4  # severities
CENT = Decimal("0.01")


def level_label(level: int) -> str:
    """The word shown for a 1..5 probability, impact or severity level."""
    return LEVEL_LABELS[level]


def risk_score(probability: int, impact: int) -> int:
    """Probability × impact: 1..25."""
    return probability * impact


def score_rag(
    score: int, amber_from: int = DEFAULT_AMBER_FROM, red_from: int = DEFAULT_RED_FROM
) -> Rag:
    """RAG of a score under a project's thresholds (the first amber and the first red score)."""
    if score >= red_from:
        return Rag.RED
    if score >= amber_from:
        return Rag.AMBER
    return Rag.GREEN


def severity_rag(severity: int) -> Rag:
    """RAG of an issue by its severity: 1–2 green, 3 amber, 4–5 red."""
    return score_rag(severity, ISSUE_AMBER_FROM, ISSUE_RED_FROM)


def expected_value(probability: int | None, cost_impact: Decimal) -> Decimal:
    """EMV: the cost impact weighted by the probability's percentage (100 % for an issue)."""
    percent = 100 if probability is None else PROBABILITY_PERCENT[probability]
    return (cost_impact * percent / 100).quantize(CENT, rounding=ROUND_HALF_EVEN)


def exposure(probability: int | None, impact: int | None, severity: int | None) -> int:
    """The number a trend compares: a risk's score, or an issue's severity."""
    if severity is not None:
        return severity
    assert probability is not None
    assert impact is not None
    return risk_score(probability, impact)


def trend(history: Iterable[tuple[dt.date, int]], current: int, since: dt.date) -> Trend:
    """Compare `current` with the exposure in force when `since` began.

    `history` holds (date, exposure) per recorded change, in any order; changes dated on
    `since` itself count as changes since then. With no change before `since`, the entry is NEW.
    """
    before = [(day, value) for day, value in history if day < since]
    if not before:
        return Trend.NEW
    # Several changes on one day: the last recorded (stable sort keeps insertion order).
    _, then = sorted(before, key=lambda item: item[0])[-1]
    if current > then:
        return Trend.UP
    if current < then:
        return Trend.DOWN
    return Trend.STEADY
