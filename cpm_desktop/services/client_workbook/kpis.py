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
from cpm_desktop.scheduling.kpis import CSAT_TREND_SCORES
from cpm_desktop.texts import N_, _, ngettext

_ZERO = Decimal("0.00")
TRENDS = {"up": "Up", "down": "Down", "steady": "Steady"}  # "new": too few scores, "–"
# The rows on the supplier's cost, and on its margin (their English labels: the keys).
COST_ROWS = (
    "Cost performance (CPI)",
    "Budget variance (budget less forecast)",
    "Budget variance, % of budget",
    "Cost (forecast at completion)",
)
MARGIN_ROWS = ("Margin", "Margin, % of revenue")
# The rows that need cost data (earned value or a forecast cost).
UNPRICED_ROWS = (*COST_ROWS, "Schedule performance (SPI)", *MARGIN_ROWS)
NO_COST_TEXT = N_("no cost data")  # scheduling.kpis.NO_COST_DATA, translated where written


def kpi_figures(
    kpis: ProjectKpis, rags: dict[str, KpiRag | None], view: Visibility
) -> tuple[Figure, ...]:
    """The KPI block's rows this audience may read, in the language being spoken: label,
    value (None when nothing is measured) and RAG. Cost rows need `view.cost`, margin rows
    `view.margin`."""
    hidden = (() if view.cost else COST_ROWS) + (() if view.margin else MARGIN_ROWS)
    priced = kpis.has_cost_data
    return tuple(
        # Nothing prices the project: its cost rows say so rather than show a dash.
        figure if priced or key not in UNPRICED_ROWS else _unpriced(figure)
        for key, figure in _figures(kpis, rags)
        if key not in hidden
    )


def trend_text(trend: str) -> str | None:
    """A CSAT trend as a figure says it ("Up", "Steigend"); None for too few scores."""
    word = TRENDS.get(trend)
    return _(word) if word is not None else None


def _unpriced(figure: Figure) -> Figure:
    return Figure(figure.label, _(NO_COST_TEXT), Unit.TEXT)


def _figures(kpis: ProjectKpis, rags: dict[str, KpiRag | None]) -> tuple[tuple[str, Figure], ...]:
    """Each row's key (its English label, or the start of it) and its figure, translated."""
    met, counted = kpis.milestones_met, kpis.milestones_counted
    on_time = (
        _("On-time delivery ({met} of {counted} milestones)").format(met=met, counted=counted)
        if counted
        else _("On-time delivery (no milestone due yet)")
    )
    scores = len(kpis.csat_scores)
    csat = ngettext(
        "CSAT average, 1–5 ({count} score)", "CSAT average, 1–5 ({count} scores)", scores
    ).format(count=scores)
    trend = _("CSAT trend (last {count} scores vs the {count} before)").format(
        count=CSAT_TREND_SCORES
    )
    rows: tuple[tuple[str, str, Decimal | float | int | str | None, Unit, str | None], ...] = (
        ("On-time delivery", on_time, kpis.on_time_rate, Unit.SHARE, rags.get("on_time_rate")),
        (
            "Finish variance (working days, + late)",
            _("Finish variance (working days, + late)"),
            kpis.finish_variance_days,
            Unit.DAYS,
            rags.get("finish_variance_days"),
        ),
        (
            "Cost performance (CPI)",
            _("Cost performance (CPI)"),
            kpis.cpi,
            Unit.RATIO,
            rags.get("cpi"),
        ),
        (
            "Schedule performance (SPI)",
            _("Schedule performance (SPI)"),
            kpis.spi,
            Unit.RATIO,
            rags.get("spi"),
        ),
        (
            "Budget variance (budget less forecast)",
            _("Budget variance (budget less forecast)"),
            kpis.budget_variance,
            Unit.MONEY,
            None,
        ),
        (
            "Budget variance, % of budget",
            _("Budget variance, % of budget"),
            kpis.budget_variance_pct,
            Unit.SHARE,
            rags.get("budget_variance_pct"),
        ),
        ("CSAT average", csat, kpis.csat_average, Unit.SCORE, rags.get("csat_average")),
        ("CSAT trend", trend, trend_text(kpis.csat_trend), Unit.TEXT, None),
        (
            "Revenue (contract + billable changes)",
            _("Revenue (contract + billable changes)"),
            kpis.revenue,
            Unit.MONEY,
            None,
        ),
        (
            "Cost (forecast at completion)",
            _("Cost (forecast at completion)"),
            kpis.cost,
            Unit.MONEY,
            None,
        ),
        ("Margin", _("Margin"), kpis.margin, Unit.MONEY, None),
        (
            "Margin, % of revenue",
            _("Margin, % of revenue"),
            kpis.margin_pct,
            Unit.SHARE,
            rags.get("margin_pct"),
        ),
        (
            "Red risks and issues (open)",
            _("Red risks and issues (open)"),
            kpis.red_items,
            Unit.COUNT,
            red_items_rag(kpis.red_items).value,
        ),
        (
            "Pending change requests",
            _("Pending change requests"),
            kpis.pending_change_requests,
            Unit.COUNT,
            None,
        ),
    )
    return tuple((key, Figure(label, value, unit, rag)) for key, label, value, unit, rag in rows)
