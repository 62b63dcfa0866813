"""The executive summary's KPI lines: a project's KPIs as printed values with their RAG dots.

The values and RAGs are those of the KPI service and `scheduling.kpi_rags`, so the pack and the
KPI report never disagree; a KPI with nothing to measure prints "–" and no dot, never 0.
"""

from __future__ import annotations

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.reports.formatting import money
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.parts import DASH, signed
from cpm_desktop.scheduling import CSAT_TREND_TEXT, KpiRag
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from cpm_desktop.services.portfolio.standing import ProjectStanding

# The lines on the supplier's cost, and its margin (labels as printed).
COST_KPIS = ("Cost performance (CPI)", "Budget variance")
MARGIN_KPIS = ("Margin",)


def kpi_lines(standing: ProjectStanding, view: Visibility) -> tuple[pack.Kpi, ...]:
    """On-time rate, finish variance, CPI, SPI, budget variance, CSAT, margin, risks, changes.

    Each line's note says what the figure measures (`domain.kpi_meanings`), so a finish
    variance of 0 beside a late milestone reads as two true things. CPI and budget variance
    need `view.cost`, the margin `view.margin`: a client pack leaves them out.
    """
    hidden = (() if view.cost else COST_KPIS) + (() if view.margin else MARGIN_KPIS)
    return tuple(line for line in _all_lines(standing) if line.label not in hidden)


def _all_lines(standing: ProjectStanding) -> tuple[pack.Kpi, ...]:
    kpis, rags, currency = standing.kpis, standing.rags, standing.currency

    def rag(name: str) -> str:
        found: KpiRag | None = rags.get(name)
        return found or ""

    met, counted = kpis.milestones_met, kpis.milestones_counted
    share = kpis.budget_variance_pct
    variance = kpis.budget_variance
    budget = (
        DASH
        if share is None or variance is None
        else f"{money(variance, currency)} ({_percent(share)})"
    )
    late = standing.finish.late_milestones
    worst = standing.finish.worst_milestone_slip or 0
    slips = (
        f"; {_count(late, 'milestone')} behind their baseline, up to {_count(worst, 'working day')}"
        if late
        else ""
    )
    red = standing.risks
    csat = DASH if kpis.csat_average is None else f"{kpis.csat_average:.1f} of 5"
    return (
        pack.Kpi(
            "On-time delivery",
            _percent(kpis.on_time_rate),
            rag("on_time_rate"),
            f"{met} of {counted} milestones due met their baseline"
            if counted
            else "no milestone with a baseline is due yet",
        ),
        pack.Kpi(
            "Finish variance",
            signed(kpis.finish_variance_days),
            rag("finish_variance_days"),
            "working days, the project's forecast finish against its baseline finish" + slips
            if kpis.finish_variance_days is not None
            else "no baseline finish saved",
        ),
        pack.Kpi(
            "Cost performance (CPI)",
            _ratio(kpis.cpi),
            rag("cpi"),
            "EV ÷ AC; below 1.00 is over cost" if kpis.has_cost_data else NO_COST_DATA,
        ),
        pack.Kpi(
            "Schedule performance (SPI)",
            _ratio(kpis.spi),
            rag("spi"),
            "EV ÷ PV; below 1.00 is behind plan" if kpis.has_cost_data else NO_COST_DATA,
        ),
        pack.Kpi(
            "Budget variance",
            budget,
            rag("budget_variance_pct"),
            "budget − forecast cost; below 0 is over"
            if standing.has_budget and kpis.has_cost_data
            else "no budget set"
            if not standing.has_budget
            else NO_COST_DATA,
        ),
        pack.Kpi(
            "Client satisfaction (CSAT)",
            csat,
            rag("csat_average"),
            f"{_count(len(kpis.csat_scores), 'score')}; trend: {CSAT_TREND_TEXT[kpis.csat_trend]}",
        ),
        pack.Kpi(
            "Margin",
            _percent(kpis.margin_pct),
            rag("margin_pct"),
            "(revenue − forecast cost) ÷ revenue"
            if kpis.revenue is not None and kpis.has_cost_data
            else "no contract value set"
            if kpis.revenue is None
            else NO_COST_DATA,
        ),
        pack.Kpi(
            "Red risks and issues",
            str(red.red_items),
            red_items_rag(red.red_items).value,
            f"{_count(red.red_risks, 'red risk')}, {_count(red.red_issues, 'red issue')}, open",
        ),
        pack.Kpi(
            "Pending change requests",
            str(kpis.pending_change_requests),
            "",  # a count awaiting the client, not a rating: no dot, as on every other output
            "awaiting a decision",
        ),
    )


def _percent(value: float | None) -> str:
    """'87.5%' with a real minus for a negative share; '–' when unknown."""
    if value is None:
        return DASH
    text = f"{abs(value):.1%}"
    return f"−{text}" if value < 0 else text


def _ratio(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def _count(number: int, noun: str) -> str:
    """'1 red risk', '3 red risks', '0 scores'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
