"""The KPI tiles' words: each KPI's title, value, detail line and RAG, as the PM reads them.

Shared by a project's tiles and a client's or the workspace's, so both say the same thing.
A KPI with nothing to measure shows "–" and no RAG, never a zero that looks like a result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain.kpi_meanings import KPI_MEANINGS
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.scheduling import CSAT_TREND_TEXT, KpiRag, PortfolioKpis, ProjectKpis
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from cpm_desktop.services.portfolio.kpis import CurrencyKpis
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import money_text, number_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

NONE = "–"
BY_CURRENCY = QT_TRANSLATE_NOOP("KpiText", "per currency")  # translated where shown
# Where a per-currency roll-up sends the PM to convert it.
SET_RATES = QT_TRANSLATE_NOOP(
    "KpiText", "Set exchange rates (Edit › Exchange Rates…) to roll up in one currency."
)


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
    return NONE if share is None else f"{number_text(share * 100, digits)} %"


def signed_percent_text(share: float | None) -> str:
    """A variance share with its sign: "+2.5 %", "−1.8 %"."""
    if share is None:
        return NONE
    return f"{number_text(share * 100, 1, signed=True)} %"


def signed_money_text(amount: Decimal, currency: str) -> str:
    """Money with an explicit sign, for variances."""
    sign = "−" if amount < 0 else "+"
    return f"{sign}{money_text(abs(amount), currency)}"


def ratio_text(value: float | None) -> str:
    """A performance index with two decimals, "–" when unknown."""
    return NONE if value is None else number_text(value, 2)


def csat_text(average: float | None) -> str:
    """A CSAT average out of 5."""
    return NONE if average is None else f"{number_text(average, 1)} / 5"


def days_text(days: int | None) -> str:
    """A finish variance in working days, signed: "+8 days", "0 days"."""
    if days is None:
        return NONE
    number = f"{days:+d}".replace("-", "−") if days else "0"
    if abs(days) == 1:
        return QCoreApplication.translate("KpiText", "{number} day").format(number=number)
    return QCoreApplication.translate("KpiText", "{number} days").format(number=number)


def project_tiles(standing: ProjectStanding, currency: str) -> list[Tile]:
    """The tiles of one project."""
    kpis, rags = standing.kpis, standing.rags
    ev_sv = kpis.ev_schedule_variance
    return [
        _on_time(kpis, rags),
        Tile(
            "finish_variance_days",
            QCoreApplication.translate("KpiText", "Finish variance"),
            days_text(kpis.finish_variance_days),
            _finish_detail(standing),
            rags.get("finish_variance_days"),
            KPI_MEANINGS["finish_variance_days"],
        ),
        Tile(
            "spi",
            QCoreApplication.translate("KpiText", "Schedule (SPI)"),
            ratio_text(kpis.spi),
            QCoreApplication.translate("KpiText", "EV − PV {amount}").format(
                amount=signed_money_text(ev_sv, currency)
            )
            if ev_sv is not None
            else NO_COST_DATA
            if not kpis.has_cost_data
            else QCoreApplication.translate("KpiText", "needs a status date and budgets"),
            rags.get("spi"),
            KPI_MEANINGS["spi"],
        ),
        Tile(
            "cpi",
            QCoreApplication.translate("KpiText", "Cost (CPI)"),
            ratio_text(kpis.cpi),
            QCoreApplication.translate("KpiText", "earned value ÷ actual cost")
            if kpis.cpi is not None
            else NO_COST_DATA
            if not kpis.has_cost_data
            else QCoreApplication.translate("KpiText", "no actual cost yet"),
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
        return QCoreApplication.translate("KpiText", "no baseline saved")
    late = standing.finish.late_milestones
    if not late:
        return QCoreApplication.translate("KpiText", "forecast finish vs baseline")
    slip = days_text(standing.finish.worst_milestone_slip)
    if late == 1:
        text = QCoreApplication.translate(
            "KpiText", "project finish; {count} milestone behind (up to {slip})"
        )
    else:
        text = QCoreApplication.translate(
            "KpiText", "project finish; {count} milestones behind (up to {slip})"
        )
    return text.format(count=late, slip=slip)


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
        budget = _per_currency(
            by_currency, _budget, QCoreApplication.translate("KpiText", "Budget variance")
        )
        margin = _per_currency(
            by_currency, _margin, QCoreApplication.translate("KpiText", "Margin")
        )
    else:
        budget = _budget(kpis, rags, currency or "")
        margin = _margin(kpis, rags, currency or "")
    return [
        Tile(
            "projects",
            QCoreApplication.translate("KpiText", "Projects"),
            str(kpis.project_count),
            (
                QCoreApplication.translate("KpiText", "for {count} client")
                if kpis.client_count == 1
                else QCoreApplication.translate("KpiText", "for {count} clients")
            ).format(count=kpis.client_count),
            None,
            QCoreApplication.translate("KpiText", "Projects in this view."),
        ),
        _on_time(kpis, rags),
        budget,
        _csat(kpis, rags),
        margin,
        Tile(
            "repeat",
            QCoreApplication.translate("KpiText", "Repeat business"),
            percent_text(share),
            QCoreApplication.translate(
                "KpiText", "{repeat} of {count} clients with more than one project"
            ).format(repeat=kpis.repeat_clients, count=kpis.client_count),
            None,
            QCoreApplication.translate(
                "KpiText", "Clients who came back: more than one project in this workspace."
            ),
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
        QCoreApplication.translate("KpiText", BY_CURRENCY),
        " · ".join(f"{code} {t.value}" for code, t in tiles),
        None,
        "\n".join([first.tip, "", *lines, "", QCoreApplication.translate("KpiText", SET_RATES)]),
    )


def _on_time(kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None]) -> Tile:
    counted = kpis.milestones_counted
    detail = (
        QCoreApplication.translate("KpiText", "{met} of {counted} milestones met").format(
            met=kpis.milestones_met, counted=counted
        )
        if counted
        else QCoreApplication.translate("KpiText", "no milestone due against a baseline yet")
    )
    return Tile(
        "on_time_rate",
        QCoreApplication.translate("KpiText", "On-time delivery"),
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
        _no_cost_data_or(kpis, QCoreApplication.translate("KpiText", "no budget set"))
        if variance is None
        else QCoreApplication.translate("KpiText", "{amount} at completion").format(
            amount=signed_money_text(variance, currency)
        )
    )
    if isinstance(kpis, PortfolioKpis):
        detail += _left_out(kpis.without_budget, QCoreApplication.translate("KpiText", "no budget"))
    return Tile(
        "budget_variance_pct",
        QCoreApplication.translate("KpiText", "Budget variance"),
        signed_percent_text(kpis.budget_variance_pct),
        detail,
        rags.get("budget_variance_pct"),
        KPI_MEANINGS["budget_variance_pct"],
    )


def _csat(kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None]) -> Tile:
    count = len(kpis.csat_scores)
    scores = (
        QCoreApplication.translate("KpiText", "{count} score")
        if count == 1
        else QCoreApplication.translate("KpiText", "{count} scores")
    ).format(count=count)
    detail = (
        f"{_(CSAT_TREND_TEXT[kpis.csat_trend])} · {scores}"
        if count
        else QCoreApplication.translate("KpiText", "no scored feedback yet")
    )
    return Tile(
        "csat_average",
        QCoreApplication.translate("KpiText", "Client satisfaction"),
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
            QCoreApplication.translate("KpiText", "no contract value set")
            if kpis.revenue is None
            else _no_cost_data_or(
                kpis, QCoreApplication.translate("KpiText", "no budget or cost to judge")
            )
        )
    else:
        detail = QCoreApplication.translate("KpiText", "{margin} on {revenue}").format(
            margin=money_text(kpis.margin, currency), revenue=money_text(kpis.revenue, currency)
        )
    if isinstance(kpis, PortfolioKpis):
        detail += _left_out(
            kpis.without_margin, QCoreApplication.translate("KpiText", "no contract value or cost")
        )
    return Tile(
        "margin_pct",
        QCoreApplication.translate("KpiText", "Margin"),
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
    if count == 1:
        text = QCoreApplication.translate("KpiText", " · {count} project left out ({why})")
    else:
        text = QCoreApplication.translate("KpiText", " · {count} projects left out ({why})")
    return text.format(count=count, why=why)


def _counts(kpis: ProjectKpis | PortfolioKpis) -> list[Tile]:
    return [
        Tile(
            "open_red_risks",
            QCoreApplication.translate("KpiText", "Red risks & issues"),
            str(kpis.red_items),
            f"{_risks(kpis.open_red_risks)}, {_issues(kpis.open_red_issues)}",
            red_items_rag(kpis.red_items),
            KPI_MEANINGS["red_items"],
        ),
        Tile(
            "pending_change_requests",
            QCoreApplication.translate("KpiText", "Pending changes"),
            str(kpis.pending_change_requests),
            QCoreApplication.translate("KpiText", "awaiting the client's decision"),
            None,
            KPI_MEANINGS["pending_change_requests"],
        ),
    ]


def _risks(count: int) -> str:
    """ "1 risk", "3 risks"."""
    if count == 1:
        return QCoreApplication.translate("KpiText", "{count} risk").format(count=count)
    return QCoreApplication.translate("KpiText", "{count} risks").format(count=count)


def _issues(count: int) -> str:
    """ "1 issue", "3 issues"."""
    if count == 1:
        return QCoreApplication.translate("KpiText", "{count} issue").format(count=count)
    return QCoreApplication.translate("KpiText", "{count} issues").format(count=count)
