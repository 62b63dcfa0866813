"""What the pack's composed sentences share: scheduling/'s words marked for the catalogues, and
numbers, percentages and ratios as the reader writes them.

scheduling/ is pure (it names no catalogue), so its few reader-facing texts are marked here
and translated where they are written: `_(NO_COST_DATA)`, `trend_words(kpis.csat_trend)`.
"""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.reports.locale_format import MINUS, NO_BREAK, report_format
from cpm_desktop.reports.pdf.pack.parts import DASH
from cpm_desktop.scheduling.kpis import CSAT_TREND_TEXT, NO_COST_DATA
from cpm_desktop.texts import N_, _, current_language, current_locale

# scheduling.kpis's texts, as they are there (tests/services/steering_pack checks they match).
SCHEDULING_TEXTS = (
    N_("no cost data"),
    N_("▲ improving"),
    N_("▼ falling"),
    N_("▶ steady"),
    N_("too few to trend"),
)


def no_cost_data() -> str:
    """'no cost data' in the reader's language."""
    return _(NO_COST_DATA)


def trend_words(trend: str) -> str:
    """The CSAT trend as words: '▲ improving', '▲ steigend'."""
    return _(CSAT_TREND_TEXT[trend])


def number(value: Decimal | float | int, decimals: int = 0) -> str:
    """A number with the reader's grouping and decimal mark: '1,287', '0.93'; '0,93'."""
    return report_format(current_locale()).number(value, decimals)


def percent(share: Decimal | float | None, decimals: int = 1) -> str:
    """A share as a percentage with a real minus: '87.5%' ('87,5 %' in German); '–' unknown."""
    if share is None:
        return DASH
    if current_language() == "en":  # as every English output has always printed it
        text = f"{abs(share):.{decimals}%}"
    else:
        text = f"{number(Decimal(str(abs(share))) * 100, decimals)}{NO_BREAK}%"
    return f"{MINUS}{text}" if share < 0 else text


def points(value: float, decimals: int = 0) -> str:
    """A figure already in percent: '32%' ('32 %' in German)."""
    if current_language() == "en":
        return f"{value:.{decimals}f}%"
    return f"{number(value, decimals)}{NO_BREAK}%"


def ratio(value: float | None) -> str:
    """A ratio to two decimals: '0.93', '0,93'; '–' unknown."""
    return DASH if value is None else number(value, 2)
