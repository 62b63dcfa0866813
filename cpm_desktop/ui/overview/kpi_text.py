"""The KPI tiles' words: each KPI's title, value, detail line and RAG, as the PM reads them.

Shared by a project's tiles and a client's or the workspace's, so both say the same thing.
A KPI with nothing to measure shows "–" and no RAG, never a zero that looks like a result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.domain.kpi_meanings import KPI_MEANINGS
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.scheduling import CSAT_TREND_TEXT, KpiRag, PortfolioKpis, ProjectKpis
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from cpm_desktop.services.portfolio.kpis import CurrencyKpis
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.ui.formatting import money_text

NONE = "–"
BY_CURRENCY = "per currency"
# Where a per-currency roll-up sends the PM to convert it.
SET_RATES = "Set exchange rates (Edit › Exchange Rates…) to roll up in one currency."


@dataclass(frozen=True, slots=True)
class Tile:
    """One KPI tile: a title, the big value, a line of detail, its RAG (None: not rated)."""

    key: str
    title: str
    value: str
    detail: str
    rag: str | None  # green, amber or red (a KPI RAG or a domain Rag)
    tip: str


def percent_text(share: float | None, digits: int = 0) -> str:
    """A share as a percentage, a loss with a real minus ("−6.2 %"); "–" when unknown."""
    return NONE if share is None else f"{share * 100:.{digits}f} %".replace("-", "−")


def signed_percent_text(share: float | None) -> str:
    """A variance share with its sign: "+2.5 %", "−1.8 %"."""
    if share is None:
        return NONE
    return f"{share * 100:+.1f} %".replace("-", "−")


def signed_money_text(amount: Decimal, currency: str) -> str:
    """Money with an explicit sign, for variances."""
    sign = "−" if amount < 0 else "+"
    return f"{sign}{money_text(abs(amount), currency)}"


def ratio_text(value: float | None) -> str:
    """A performance index with two decimals, "–" when unknown."""
    return NONE if value is None else f"{value:.2f}"


def csat_text(average: float | None) -> str:
    """A CSAT average out of 5."""
    return NONE if average is None else f"{average:.1f} / 5"


def days_text(days: int | None) -> str:
    """A finish variance in working days, signed: "+8 days", "0 days"."""
    if days is None:
        return NONE
    unit = "day" if abs(days) == 1 else "days"
    return f"{days:+d} {unit}".replace("-", "−") if days else f"0 {unit}"


def project_tiles(standing: ProjectStanding, currency: str) -> list[Tile]:
    """The tiles of one project."""
    kpis, rags = standing.kpis, standing.rags
    ev_sv = kpis.ev_schedule_variance
    return [
        _on_time(kpis, rags),
        Tile(
            "finish_variance_days",
            "Finish variance",
            days_text(kpis.finish_variance_days),
            _finish_detail(standing),
            rags.get("finish_variance_days"),
            KPI_MEANINGS["finish_variance_days"],
        ),
        Tile(
            "spi",
            "Schedule (SPI)",
            ratio_text(kpis.spi),
            f"EV − PV {signed_money_text(ev_sv, currency)}"
            if ev_sv is not None
            else NO_COST_DATA
            if not kpis.has_cost_data
            else "needs a status date and budgets",
            rags.get("spi"),
            KPI_MEANINGS["spi"],
        ),
        Tile(
            "cpi",
            "Cost (CPI)",
            ratio_text(kpis.cpi),
            "earned value ÷ actual cost"
            if kpis.cpi is not None
            else NO_COST_DATA
            if not kpis.has_cost_data
            else "no actual cost yet",
            rags.get("cpi"),
            KPI_MEANINGS["cpi"],
        ),
        _budget(kpis, rags, currency),
        _csat(kpis, rags),
        _margin(kpis, rags, currency),
        *_counts(kpis),
    ]


def _finish_detail(standing: ProjectStanding) -> str:
    """The finish tile's line: what it compares, and the milestones that slip meanwhile."""
    if standing.kpis.finish_variance_days is None:
        return "no baseline saved"
    late = standing.finish.late_milestones
    if not late:
        return "forecast finish vs baseline"
    slip = days_text(standing.finish.worst_milestone_slip)
    return f"project finish; {late} milestone{'' if late == 1 else 's'} behind (up to {slip})"


def portfolio_tiles(
    kpis: PortfolioKpis,
    rags: dict[str, KpiRag | None],
    currency: str | None,
    by_currency: Sequence[CurrencyKpis] = (),
) -> list[Tile]:
    """The tiles of a client's or the workspace's projects, pooled.

    `currency`: that of the roll-up's money; None when its projects' currencies differ and were
    not converted: the money tiles then show each currency's figures side by side.
    """
    share = kpis.repeat_share
    if currency is None and by_currency:
        budget = _per_currency(by_currency, _budget, "Budget variance")
        margin = _per_currency(by_currency, _margin, "Margin")
    else:
        budget = _budget(kpis, rags, currency or "")
        margin = _margin(kpis, rags, currency or "")
    return [
        Tile(
            "projects",
            "Projects",
            str(kpis.project_count),
            f"for {kpis.client_count} client" + ("" if kpis.client_count == 1 else "s"),
            None,
            "Projects in this view.",
        ),
        _on_time(kpis, rags),
        budget,
        _csat(kpis, rags),
        margin,
        Tile(
            "repeat",
            "Repeat business",
            percent_text(share),
            f"{kpis.repeat_clients} of {kpis.client_count} clients with more than one project",
            None,
            "Clients who came back: more than one project in this workspace.",
        ),
        *_counts(kpis),
    ]


def _per_currency(
    parts: Sequence[CurrencyKpis],
    tile: Callable[[PortfolioKpis, dict[str, KpiRag | None], str], Tile],
    title: str,
) -> Tile:
    """A money tile of a roll-up in several currencies: each currency's value, never a sum.

    No RAG: the currencies may stand differently; each one's RAG and sums are in the tooltip.
    """
    tiles = [(part.currency, tile(part.kpis, part.rags, part.currency)) for part in parts]
    first = tiles[0][1]
    lines = [
        f"{code}: {t.value}, {t.detail}" + (f" ({t.rag})" if t.rag else "") for code, t in tiles
    ]
    return Tile(
        first.key,
        title,
        BY_CURRENCY,
        " · ".join(f"{code} {t.value}" for code, t in tiles),
        None,
        "\n".join([first.tip, "", *lines, "", SET_RATES]),
    )


def _on_time(kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None]) -> Tile:
    counted = kpis.milestones_counted
    detail = (
        f"{kpis.milestones_met} of {counted} milestones met"
        if counted
        else "no milestone due against a baseline yet"
    )
    return Tile(
        "on_time_rate",
        "On-time delivery",
        percent_text(kpis.on_time_rate),
        detail,
        rags.get("on_time_rate"),
        KPI_MEANINGS["on_time_rate"],
    )


def _budget(
    kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None], currency: str
) -> Tile:
    variance = kpis.budget_variance
    detail = (
        _no_cost_data_or(kpis, "no budget set")
        if variance is None
        else f"{signed_money_text(variance, currency)} at completion"
    )
    if isinstance(kpis, PortfolioKpis):
        detail += _left_out(kpis.without_budget, "no budget")
    return Tile(
        "budget_variance_pct",
        "Budget variance",
        signed_percent_text(kpis.budget_variance_pct),
        detail,
        rags.get("budget_variance_pct"),
        KPI_MEANINGS["budget_variance_pct"],
    )


def _csat(kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None]) -> Tile:
    count = len(kpis.csat_scores)
    detail = (
        f"{CSAT_TREND_TEXT[kpis.csat_trend]} · {count} score" + ("" if count == 1 else "s")
        if count
        else "no scored feedback yet"
    )
    return Tile(
        "csat_average",
        "Client satisfaction",
        csat_text(kpis.csat_average),
        detail.strip(),
        rags.get("csat_average"),
        KPI_MEANINGS["csat_average"],
    )


def _margin(
    kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None], currency: str
) -> Tile:
    if kpis.margin is None or kpis.revenue is None:
        detail = (
            "no contract value set"
            if kpis.revenue is None
            else _no_cost_data_or(kpis, "no budget or cost to judge")
        )
    else:
        detail = f"{money_text(kpis.margin, currency)} on {money_text(kpis.revenue, currency)}"
    if isinstance(kpis, PortfolioKpis):
        detail += _left_out(kpis.without_margin, "no contract value or cost")
    return Tile(
        "margin_pct",
        "Margin",
        percent_text(kpis.margin_pct, 1),
        detail,
        rags.get("margin_pct"),
        KPI_MEANINGS["margin_pct"],
    )


def _no_cost_data_or(kpis: ProjectKpis | PortfolioKpis, why: str) -> str:
    """ "no cost data" for a project nothing prices (no rate, cost or budget cost), else `why`."""
    return NO_COST_DATA if isinstance(kpis, ProjectKpis) and not kpis.has_cost_data else why


def _left_out(count: int, why: str) -> str:
    """What a roll-up left out, e.g. " · 1 project left out (no budget)"."""
    if not count:
        return ""
    return f" · {count} project{'' if count == 1 else 's'} left out ({why})"


def _counts(kpis: ProjectKpis | PortfolioKpis) -> list[Tile]:
    return [
        Tile(
            "open_red_risks",
            "Red risks & issues",
            str(kpis.red_items),
            f"{kpis.open_red_risks} risk{'' if kpis.open_red_risks == 1 else 's'}, "
            f"{kpis.open_red_issues} issue{'' if kpis.open_red_issues == 1 else 's'}",
            red_items_rag(kpis.red_items),
            KPI_MEANINGS["red_items"],
        ),
        Tile(
            "pending_change_requests",
            "Pending changes",
            str(kpis.pending_change_requests),
            "awaiting the client's decision",
            None,
            KPI_MEANINGS["pending_change_requests"],
        ),
    ]
