"""The Summary's KPI block: the rows of the project's standing, as the workbook prints them.

The standing is built from the read models the workbook has already read
(`standing.standing_from`): `project_standing` would read the timeline, change log, risk
register and earned value again, 1.1 s more for a 10,000-task plan.
"""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.reports.excel.content import Figure, Unit
from cpm_desktop.scheduling import (
    KpiRag,
    ProjectKpis,
)
from cpm_desktop.scheduling.kpis import CSAT_TREND_SCORES, NO_COST_DATA

_ZERO = Decimal("0.00")
TRENDS = {"up": "Up", "down": "Down", "steady": "Steady"}  # "new": too few scores, "–"
# The rows on the supplier's cost, and on its margin (labels as written).
COST_ROWS = (
    "Cost performance (CPI)",
    "Budget variance (budget less forecast)",
    "Budget variance, % of budget",
    "Cost (forecast at completion)",
)
MARGIN_ROWS = ("Margin", "Margin, % of revenue")
# The rows that need cost data (earned value or a forecast cost).
UNPRICED_ROWS = (*COST_ROWS, "Schedule performance (SPI)", *MARGIN_ROWS)


def kpi_figures(
    kpis: ProjectKpis, rags: dict[str, KpiRag | None], view: Visibility
) -> tuple[Figure, ...]:
    """The KPI block's rows this audience may read: label, value (None when nothing is
    measured) and RAG. Cost rows need `view.cost`, margin rows `view.margin`."""
    hidden = (() if view.cost else COST_ROWS) + (() if view.margin else MARGIN_ROWS)
    return tuple(f for f in _all_figures(kpis, rags) if f.label not in hidden)


def _all_figures(kpis: ProjectKpis, rags: dict[str, KpiRag | None]) -> tuple[Figure, ...]:
    figures = _figures(kpis, rags)
    if kpis.has_cost_data:
        return figures
    # Nothing prices the project: its cost rows say so rather than show a dash.
    return tuple(
        Figure(f.label, NO_COST_DATA, Unit.TEXT) if f.label in UNPRICED_ROWS else f for f in figures
    )


def _figures(kpis: ProjectKpis, rags: dict[str, KpiRag | None]) -> tuple[Figure, ...]:
    met, counted = kpis.milestones_met, kpis.milestones_counted
    on_time = f"{met} of {counted} milestones" if counted else "no milestone due yet"
    scores = len(kpis.csat_scores)
    return (
        Figure(
            f"On-time delivery ({on_time})", kpis.on_time_rate, Unit.SHARE, rags.get("on_time_rate")
        ),
        Figure(
            "Finish variance (working days, + late)",
            kpis.finish_variance_days,
            Unit.DAYS,
            rags.get("finish_variance_days"),
        ),
        Figure("Cost performance (CPI)", kpis.cpi, Unit.RATIO, rags.get("cpi")),
        Figure("Schedule performance (SPI)", kpis.spi, Unit.RATIO, rags.get("spi")),
        Figure("Budget variance (budget less forecast)", kpis.budget_variance, Unit.MONEY),
        Figure(
            "Budget variance, % of budget",
            kpis.budget_variance_pct,
            Unit.SHARE,
            rags.get("budget_variance_pct"),
        ),
        Figure(
            f"CSAT average, 1–5 ({scores} score{'' if scores == 1 else 's'})",
            kpis.csat_average,
            Unit.SCORE,
            rags.get("csat_average"),
        ),
        Figure(
            f"CSAT trend (last {CSAT_TREND_SCORES} scores vs the {CSAT_TREND_SCORES} before)",
            TRENDS.get(kpis.csat_trend),
            Unit.TEXT,
        ),
        Figure("Revenue (contract + billable changes)", kpis.revenue, Unit.MONEY),
        Figure("Cost (forecast at completion)", kpis.cost, Unit.MONEY),
        Figure("Margin", kpis.margin, Unit.MONEY),
        Figure("Margin, % of revenue", kpis.margin_pct, Unit.SHARE, rags.get("margin_pct")),
        Figure(
            "Red risks and issues (open)",
            kpis.red_items,
            Unit.COUNT,
            red_items_rag(kpis.red_items).value,
        ),
        Figure("Pending change requests", kpis.pending_change_requests, Unit.COUNT),
    )
