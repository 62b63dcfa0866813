"""The executive summary's KPI lines: a project's KPIs as printed values with their RAG dots.

The values and RAGs are those of the KPI service and `scheduling.kpi_rags`, so the pack and the
KPI report never disagree; a KPI with nothing to measure prints "–" and no dot, never 0. The
lines are written in the language being spoken (`texts.speaking`).
"""

from __future__ import annotations

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.reports.formatting import money, working_days
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.parts import DASH, signed
from cpm_desktop.scheduling import KpiRag
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.services.steering_pack.words import (
    no_cost_data,
    number,
    percent,
    ratio,
    trend_words,
)
from cpm_desktop.texts import N_, _, ngettext

ON_TIME = N_("On-time delivery")
FINISH_VARIANCE = N_("Finish variance")
CPI = N_("Cost performance (CPI)")
SPI = N_("Schedule performance (SPI)")
BUDGET_VARIANCE = N_("Budget variance")
CSAT = N_("Client satisfaction (CSAT)")
MARGIN = N_("Margin")
RED_ITEMS = N_("Red risks and issues")
PENDING = N_("Pending change requests")
# The lines on the supplier's cost, and its margin: left out by their English name, before
# the label is translated.
COST_KPIS = (CPI, BUDGET_VARIANCE)
MARGIN_KPIS = (MARGIN,)


def kpi_lines(standing: ProjectStanding, view: Visibility) -> tuple[pack.Kpi, ...]:
    """On-time rate, finish variance, CPI, SPI, budget variance, CSAT, margin, risks, changes.

    Each line's note says what the figure measures (`domain.kpi_meanings`), so a finish
    variance of 0 beside a late milestone reads as two true things. CPI and budget variance
    need `view.cost`, the margin `view.margin`: a client pack leaves them out.
    """
    hidden = (() if view.cost else COST_KPIS) + (() if view.margin else MARGIN_KPIS)
    return tuple(
        pack.Kpi(_(name), value, rag, note)
        for name, value, rag, note in _all_lines(standing)
        if name not in hidden
    )


def _all_lines(standing: ProjectStanding) -> tuple[tuple[str, str, str, str], ...]:
    """(English name, value, RAG, note) of every line."""
    kpis, rags, currency = standing.kpis, standing.rags, standing.currency

    def rag(name: str) -> str:
        found: KpiRag | None = rags.get(name)
        return found or ""

    costed = kpis.has_cost_data
    met, counted = kpis.milestones_met, kpis.milestones_counted
    share = kpis.budget_variance_pct
    variance = kpis.budget_variance
    budget = (
        DASH
        if share is None or variance is None
        else f"{money(variance, currency)} ({percent(share)})"
    )
    red = standing.risks
    csat = (
        DASH
        if kpis.csat_average is None
        else _("{score} of 5").format(score=number(kpis.csat_average, 1))
    )
    one = ratio(1.0)
    return (
        (
            ON_TIME,
            percent(kpis.on_time_rate),
            rag("on_time_rate"),
            ngettext(
                "{met} of {counted} milestone due met its baseline",
                "{met} of {counted} milestones due met their baseline",
                counted,
            ).format(met=met, counted=counted)
            if counted
            else _("no milestone with a baseline is due yet"),
        ),
        (
            FINISH_VARIANCE,
            signed(kpis.finish_variance_days),
            rag("finish_variance_days"),
            _finish_note(standing)
            if kpis.finish_variance_days is not None
            else _("no baseline finish saved"),
        ),
        (
            CPI,
            ratio(kpis.cpi),
            rag("cpi"),
            _("EV ÷ AC; below {one} is over cost").format(one=one) if costed else no_cost_data(),
        ),
        (
            SPI,
            ratio(kpis.spi),
            rag("spi"),
            _("EV ÷ PV; below {one} is behind plan").format(one=one) if costed else no_cost_data(),
        ),
        (
            BUDGET_VARIANCE,
            budget,
            rag("budget_variance_pct"),
            _("budget − forecast cost; below 0 is over")
            if standing.has_budget and costed
            else _("no budget set")
            if not standing.has_budget
            else no_cost_data(),
        ),
        (
            CSAT,
            csat,
            rag("csat_average"),
            ngettext(
                "{count} score; trend: {trend}",
                "{count} scores; trend: {trend}",
                len(kpis.csat_scores),
            ).format(count=len(kpis.csat_scores), trend=trend_words(kpis.csat_trend)),
        ),
        (
            MARGIN,
            percent(kpis.margin_pct),
            rag("margin_pct"),
            _("(revenue − forecast cost) ÷ revenue")
            if kpis.revenue is not None and costed
            else _("no contract value set")
            if kpis.revenue is None
            else no_cost_data(),
        ),
        (
            RED_ITEMS,
            str(red.red_items),
            red_items_rag(red.red_items).value,
            _("{risks}, {issues}, open").format(
                risks=ngettext("{count} red risk", "{count} red risks", red.red_risks).format(
                    count=red.red_risks
                ),
                issues=ngettext("{count} red issue", "{count} red issues", red.red_issues).format(
                    count=red.red_issues
                ),
            ),
        ),
        (
            PENDING,
            str(kpis.pending_change_requests),
            "",  # a count awaiting the client, not a rating: no dot, as on every other output
            _("awaiting a decision"),
        ),
    )


def _finish_note(standing: ProjectStanding) -> str:
    """What the finish variance measures, and the milestones slipping behind it."""
    note = _("working days, the project's forecast finish against its baseline finish")
    late = standing.finish.late_milestones
    if not late:
        return note
    worst = working_days(standing.finish.worst_milestone_slip or 0)
    slips = ngettext(
        "{count} milestone behind its baseline, up to {days}",
        "{count} milestones behind their baseline, up to {days}",
        late,
    ).format(count=late, days=worst)
    return _("{note}; {slips}").format(note=note, slips=slips)
