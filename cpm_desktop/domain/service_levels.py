"""Service levels: how often an SLA is measured, which way its target points, and the rules on
a measured value: met or missed, its RAG, the trend over the periods, the period a day is in.

One computation for every screen and file: the Service Levels page, the Overview's card, the
pack and `cpm-desktop slas` all rate a value with these functions.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

from cpm_desktop.domain.labels import Labelled
from cpm_desktop.domain.projects import Rag
from cpm_desktop.domain.trends import Trend


class SlaPeriod(Labelled):
    """The measurement period of a service level."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class SlaDirection(Labelled):
    """Whether a measured value meets the target at or above it (availability) or at or below
    it (resolution time)."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


# Signs people read beside a target: "≥ 99.5 %", "≤ 4 h".
DIRECTION_SIGNS = {SlaDirection.AT_LEAST: "≥", SlaDirection.AT_MOST: "≤"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Two values this close are the same figure: a float read back from text, or stored, may differ
# from the typed one in its last bits, and a value typed exactly on the target meets it.
_SAME = 1e-9


def shortfall(direction: SlaDirection, target: float, value: float) -> float:
    """How far `value` falls short of the target in the target's unit; zero or less is met."""
    return target - value if direction is SlaDirection.AT_LEAST else value - target


def meets(direction: SlaDirection, target: float, value: float) -> bool:
    """True when `value` meets the target: at or above it (at least), at or below (at most)."""
    return _at_most(shortfall(direction, target, value), 0.0)


def rag(direction: SlaDirection, target: float, tolerance: float, value: float) -> Rag:
    """Green when met, amber when missed by no more than `tolerance`, red beyond it."""
    short = shortfall(direction, target, value)
    if _at_most(short, 0.0):
        return Rag.GREEN
    return Rag.AMBER if _at_most(short, max(tolerance, 0.0)) else Rag.RED


def trend(values: Sequence[float]) -> Trend:
    """Which way the measured value moved: the latest period's value against the one before.

    "new" with fewer than two values. The trend is of the figure (up: a higher value); whether
    that is better depends on the direction (`improving`).
    """
    if len(values) < 2:
        return Trend.NEW
    latest, before = values[-1], values[-2]
    if _same(latest, before):
        return Trend.STEADY
    return Trend.UP if latest > before else Trend.DOWN


def improving(direction: SlaDirection, moved: Trend) -> bool | None:
    """True when the move brings the value towards meeting the target (up for an "at least"
    target), False when away from it; None when it did not move or is new."""
    if moved not in (Trend.UP, Trend.DOWN):
        return None
    return (moved is Trend.UP) == (direction is SlaDirection.AT_LEAST)


def trend_text(direction: SlaDirection, moved: Trend) -> str:
    """'↑ better', '↓ worse', '→ steady' or '• new': the figure's move and what it means."""
    better = improving(direction, moved)
    if better is None:
        return "→ steady" if moved is Trend.STEADY else "• new"
    arrow = "↑" if moved is Trend.UP else "↓"
    return f"{arrow} {'better' if better else 'worse'}"


def attainment(met: Iterable[bool]) -> tuple[int, int]:
    """(periods met, periods measured)."""
    flags = list(met)
    return sum(flags), len(flags)


def attainment_text(met: int, measured: int) -> str:
    """'5 of 6 periods met'; 'Not measured yet' without any period."""
    if not measured:
        return "Not measured yet"
    return f"{met} of {measured} period{'s' if measured != 1 else ''} met"


# -- periods ----------------------------------------------------------------------------------


def period_start(period: SlaPeriod, day: dt.date) -> dt.date:
    """The first day of the period `day` falls in: its week's Monday, month's or quarter's 1st."""
    if period is SlaPeriod.WEEKLY:
        return day - dt.timedelta(days=day.weekday())
    if period is SlaPeriod.MONTHLY:
        return day.replace(day=1)
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period_start(period: SlaPeriod, day: dt.date) -> dt.date:
    """The first day of the period after the one `day` falls in."""
    start = period_start(period, day)
    if period is SlaPeriod.WEEKLY:
        return start + dt.timedelta(days=7)
    months = 1 if period is SlaPeriod.MONTHLY else 3
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_label(period: SlaPeriod, start: dt.date) -> str:
    """A period as people name it: 'Week of 2 Nov 2026', 'Nov 2026', 'Q4 2026'."""
    if period is SlaPeriod.WEEKLY:
        return f"Week of {start.day} {MONTHS[start.month - 1]} {start.year}"
    if period is SlaPeriod.MONTHLY:
        return f"{MONTHS[start.month - 1]} {start.year}"
    return f"Q{(start.month - 1) // 3 + 1} {start.year}"


def short_period_label(period: SlaPeriod, start: dt.date) -> str:
    """A period in a narrow column: '2 Nov', 'Nov 26', 'Q4 26'."""
    if period is SlaPeriod.WEEKLY:
        return f"{start.day} {MONTHS[start.month - 1]}"
    if period is SlaPeriod.MONTHLY:
        return f"{MONTHS[start.month - 1]} {start.year % 100:02d}"
    return f"Q{(start.month - 1) // 3 + 1} {start.year % 100:02d}"


# -- figures ----------------------------------------------------------------------------------


def number_text(value: float) -> str:
    """A measured figure as typed: up to three decimals, no trailing zeros ('99.5', '4', '-2')."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", "−")


def value_text(value: float, unit: str) -> str:
    """A value with its unit: '99.2 %', '4.5 h', '12'."""
    number = number_text(value)
    return f"{number} {unit}" if unit else number


def target_text(direction: SlaDirection, target: float, unit: str) -> str:
    """The target as it reads beside the SLA: '≥ 99.5 %', '≤ 4 h'."""
    return f"{DIRECTION_SIGNS[direction]} {value_text(target, unit)}"


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_SAME, abs_tol=_SAME)


def _at_most(a: float, b: float) -> bool:
    return a <= b or _same(a, b)
