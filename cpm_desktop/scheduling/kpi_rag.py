"""Red/amber/green for each KPI, with every threshold in this one place.

A KPI that is None (nothing to measure) has no RAG: a grey dot, not a green one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cpm_desktop.scheduling.kpis import PortfolioKpis, ProjectKpis

# The values of models.enums.Rag (a StrEnum, so they compare equal), which we may not import.
KpiRag = Literal["green", "amber", "red"]


@dataclass(frozen=True, slots=True)
class Band:
    """Thresholds of a KPI: green from `green`, amber from `amber`, red beyond.

    Higher is better unless `lower_is_better`; each threshold itself belongs to the better band.
    """

    green: float
    amber: float
    lower_is_better: bool = False


ON_TIME = Band(green=0.90, amber=0.75)  # share of milestones met
CPI = Band(green=0.95, amber=0.85)
SPI = Band(green=0.95, amber=0.85)
CSAT = Band(green=4.0, amber=3.5)  # mean score, 1..5
# Share of the budget left after the forecast at completion; as the steering pack's budget RAG
# (estimate at completion over the budget: above 1.00 amber, above 1.05 red).
BUDGET_VARIANCE = Band(green=0.0, amber=-0.05)
# Working days late at the finish; as the steering pack's schedule RAG (1 amber, 10 red).
FINISH_VARIANCE = Band(green=0, amber=9, lower_is_better=True)
MARGIN_TARGET = 0.20  # the workspace's default margin %; a project may have its own
MARGIN_AMBER_BELOW_TARGET = 0.10  # amber down to ten points under the target


def margin_band(target: float = MARGIN_TARGET) -> Band:
    """The margin % band for a target: green from the target, amber down to 10 points under."""
    # Rounded so that e.g. 0.4 - 0.1 is 0.3, not a hair above it (a boundary value turning red).
    return Band(green=target, amber=round(target - MARGIN_AMBER_BELOW_TARGET, 9))


def rag(value: float | None, band: Band) -> KpiRag | None:
    """The RAG of `value` in `band`; None when the value is None."""
    if value is None:
        return None
    if band.lower_is_better:
        value, green, amber = -value, -band.green, -band.amber
    else:
        green, amber = band.green, band.amber
    if value >= green:
        return "green"
    return "amber" if value >= amber else "red"


def kpi_rags(
    kpis: ProjectKpis | PortfolioKpis, margin_target: float = MARGIN_TARGET
) -> dict[str, KpiRag | None]:
    """The RAG of each rated KPI, by the KPI's field name (a portfolio has no CPI, SPI, finish)."""
    rags = {
        "on_time_rate": rag(kpis.on_time_rate, ON_TIME),
        "budget_variance_pct": rag(kpis.budget_variance_pct, BUDGET_VARIANCE),
        "csat_average": rag(kpis.csat_average, CSAT),
        "margin_pct": rag(kpis.margin_pct, margin_band(margin_target)),
    }
    if isinstance(kpis, ProjectKpis):
        rags["cpi"] = rag(kpis.cpi, CPI)
        rags["spi"] = rag(kpis.spi, SPI)
        rags["finish_variance_days"] = rag(kpis.finish_variance_days, FINISH_VARIANCE)
    return rags
