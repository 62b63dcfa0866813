"""The Summary's KPI block: the rows of the project's standing, as the workbook prints them.

The standing is built from the read models the workbook has already read
(`standing.standing_from`): `project_standing` would read the timeline, change log, risk
register and earned value again, 1.1 s more for a 10,000-task plan.
"""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.reports.excel.content import Figure, Unit
from cpm_desktop.scheduling import (
    KpiRag,
    ProjectKpis,
)
from cpm_desktop.scheduling.kpis import CSAT_TREND_SCORES

_ZERO = Decimal("0.00")
TRENDS = {"up": "Up", "down": "Down", "steady": "Steady"}  # "new": too few scores, "–"


def kpi_figures(kpis: ProjectKpis, rags: dict[str, KpiRag | None]) -> tuple[Figure, ...]:
    """The KPI block's rows: label, value (None when nothing is measured) and RAG."""
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
        Figure("Open red risks", kpis.open_red_risks, Unit.COUNT),
        Figure("Pending change requests", kpis.pending_change_requests, Unit.COUNT),
    )
