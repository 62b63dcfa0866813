"""Text and JSON of `cpm-desktop kpis`: every project's KPIs with RAGs, per client, in total."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

from cpm_desktop.domain.overall_status import OverallStatus
from cpm_desktop.scheduling import KpiRag, PortfolioKpis, ProjectKpis
from cpm_desktop.services.portfolio.exchange_rates import ExchangeRateRow
from cpm_desktop.services.portfolio.kpis import ClientKpiRow, CurrencyKpis, KpiReport
from cpm_desktop.services.portfolio.standing import FinishDates
from cpm_desktop.services.portfolio.status_words import badge_text, computed_reason

JSON_FORMAT_VERSION = 1
HEADER = (
    "Project",
    "Client",
    "On time",
    "Finish d",
    "Budget var",
    "CPI",
    "SPI",
    "CSAT",
    "Margin",
    "Red R+I",
    "Pending CRs",
)
MARK = {"green": "G", "amber": "A", "red": "R", None: "-"}
MONEY = ("current_budget", "budget_variance", "revenue", "cost", "margin")
MONEY_HEADER = ("Roll-up money", "Currency", "Budget", "Variance", "Revenue", "Cost", "Margin")
# Where the app keeps the rates: the advice a per-currency roll-up gives.
SET_RATES = "Set exchange rates in the app (Edit › Exchange Rates…) to roll up in one currency."


def kpis_json(report: KpiReport) -> str:
    """Render the report as JSON: money as exact strings, ratios as floats, RAGs or null."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "client": report.client,
        "currencies": list(report.currencies),
        "reporting_currency": report.reporting_currency,
        "rates_used": [_rate(rate) for rate in report.rates_used],
        "missing_rates": list(report.missing_rates),
        "projects": [
            {
                "code": row.code,
                "name": row.name,
                "client": row.client,
                "currency": row.currency,
                "as_of": row.as_of.isoformat(),
                **_plain(row.kpis),
                "rag": row.rags,
                "overall": _overall(row.overall),
                "finish": _finish(row.finish),
                "rate": _rate(report.project_rates.get(row.project_id)),
            }
            for row in report.projects
        ],
        "clients": [
            {
                "client": row.client,
                **_plain(row.kpis),
                "rag": row.rags,
                "currency": row.currency,
                "by_currency": _by_currency(row.by_currency),
            }
            for row in report.clients
        ],
        "total": {
            **_plain(report.total),
            "rag": report.total_rags,
            "currency": report.total_currency,
            "by_currency": _by_currency(report.total_by_currency),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def kpis_table(report: KpiReport) -> str:
    """Render the projects, then the client roll-ups and the total, as aligned text tables."""
    lines: list[tuple[str, ...]] = [(*HEADER, "Overall")]
    for row in report.projects:
        overall = badge_text(row.overall).replace(" · ", " ")
        lines.append((row.code, row.client[:28], *_cells(row.kpis, row.rags), overall))
    groups = list(report.clients)
    if report.client is None:
        groups.append(
            ClientKpiRow(
                "Workspace",
                report.total,
                report.total_rags,
                report.total_currency,
                report.total_by_currency,
            )
        )
    roll_ups = [(name, kpis, rags) for group in groups for name, _code, kpis, rags in _parts(group)]
    text = _aligned(lines, left=2)
    text += [
        "",
        *_aligned(
            [("Roll-up", *HEADER[2:]), *((name, *_cells(k, r)) for name, k, r in roll_ups)],
            left=1,
        ),
    ]
    text += ["", *_aligned([MONEY_HEADER, *_money_lines(groups)], left=2), *_money_note(report)]
    total = report.total
    share = "-" if total.repeat_share is None else f"{total.repeat_share:.0%}"
    text += [
        "",
        f"Repeat business: {total.repeat_clients} of {total.client_count} clients "
        f"with more than one project ({share}).",
    ]
    unpriced = [row.code for row in report.projects if not row.kpis.has_cost_data]
    if unpriced:
        text.append(f"No cost data (no CPI, budget variance or margin): {', '.join(unpriced)}.")
    for count, what in (
        (total.without_budget, "no budget set"),
        (total.without_margin, "no contract value or cost"),
    ):
        if count:
            text.append(f"Left out of the roll-up's money: {count} project(s) with {what}.")
    return "\n".join(text)


def _parts(
    group: ClientKpiRow,
) -> list[tuple[str, str | None, PortfolioKpis, dict[str, KpiRag | None]]]:
    """A roll-up's rows: itself, then one per currency when its money is not in one."""
    name = group.client[:28]
    rows = [(name, group.currency, group.kpis, group.rags)]
    rows += [(f"{name} ({c.currency})", c.currency, c.kpis, c.rags) for c in group.by_currency]
    return rows


def _money_lines(groups: Sequence[ClientKpiRow]) -> list[tuple[str, ...]]:
    """Each roll-up's sums, in one currency: converted, its only one, or one line per currency."""
    return [
        (name, code, *(_money(getattr(kpis, field)) for field in MONEY))
        for group in groups
        for name, code, kpis, _rags in _parts(group)
        if code is not None
    ]


def _money_note(report: KpiReport) -> list[str]:
    """Which rates the roll-ups used, or why their money stays per currency."""
    if report.converted:
        if not report.rates_used:
            return []
        rates = "; ".join(rate.text for rate in report.rates_used)
        return [f"Converted into {report.reporting_currency} at {rates}."]
    if len(report.currencies) <= 1:
        return []
    lines = [f"Roll-up money per currency ({', '.join(report.currencies)}), not converted."]
    if report.missing_rates:
        lines.append(
            f"No rate into {report.reporting_currency} for "
            f"{', '.join(report.missing_rates)} on or before a project's status date."
        )
    return [*lines, SET_RATES]


def _by_currency(parts: Sequence[CurrencyKpis]) -> list[dict[str, object]]:
    return [{"currency": c.currency, **_plain(c.kpis), "rag": c.rags} for c in parts]


def _rate(rate: ExchangeRateRow | None) -> dict[str, object] | None:
    """A rate as JSON: 1 `currency` = `rate` (exact string) `quote_currency` from `valid_from`."""
    if rate is None:
        return None
    return {
        "currency": rate.currency,
        "quote_currency": rate.quote_currency,
        "valid_from": rate.valid_from.isoformat(),
        "rate": str(rate.rate.normalize()),
    }


def _money(value: object) -> str:
    return "-" if value is None else f"{value:,.2f}"


def _cells(kpis: ProjectKpis | PortfolioKpis, rags: dict[str, KpiRag | None]) -> tuple[str, ...]:
    """The numeric cells of a row, each rated KPI followed by its RAG letter (- for none)."""
    # A roll-up has no finish variance, CPI or SPI (see scheduling.kpis.roll_up): blank cells.
    finish = cpi = spi = ""
    if isinstance(kpis, ProjectKpis):
        finish = _rated(_n(kpis.finish_variance_days), rags["finish_variance_days"])
        cpi = _rated(_ratio(kpis.cpi), rags["cpi"])
        spi = _rated(_ratio(kpis.spi), rags["spi"])
    csat = "" if kpis.csat_average is None else f"{kpis.csat_average:.1f} {kpis.csat_trend}"
    return (
        _rated(_pct(kpis.on_time_rate), rags["on_time_rate"]),
        finish,
        _rated(_pct(kpis.budget_variance_pct), rags["budget_variance_pct"]),
        cpi,
        spi,
        _rated(csat, rags["csat_average"]),
        _rated(_pct(kpis.margin_pct), rags["margin_pct"]),
        f"{kpis.open_red_risks}+{kpis.open_red_issues}",
        str(kpis.pending_change_requests),
    )


def _aligned(lines: Sequence[tuple[str, ...]], left: int) -> list[str]:
    """Lines as columns: the first `left` cells left-aligned, the numbers right-aligned."""
    widths = [max(len(line[c]) for line in lines) for c in range(len(lines[0]))]
    text = [
        "  ".join(
            cell.ljust(widths[c]) if c < left else cell.rjust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    return text


def _plain(kpis: ProjectKpis | PortfolioKpis) -> dict[str, object]:
    """The KPI fields as JSON values: Decimal money as strings, CSAT scores as pairs."""
    fields: dict[str, object] = {}
    for name in kpis.__dataclass_fields__:
        value = getattr(kpis, name)
        if name == "csat_scores":
            value = [{"day": s.day.isoformat(), "score": s.score} for s in value]
        elif name in MONEY or name == "ev_schedule_variance":
            value = None if value is None else str(value)  # exact: no floats for money
        fields[name] = value
    return fields


def _rated(text: str, rag: KpiRag | None) -> str:
    return f"{text} {MARK[rag]}" if text else MARK[rag]


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _n(value: int | None) -> str:
    return "" if value is None else f"{value:+d}"


def _overall(overall: OverallStatus) -> dict[str, object]:
    """The overall status: shown RAG, who set it, the computed RAG and why."""
    return {
        "rag": overall.rag,
        "source": overall.source,
        "computed": overall.computed,
        "reason": computed_reason(overall),
    }


def _finish(finish: FinishDates) -> dict[str, object]:
    """The finish dates as ISO text (null when unknown), and the milestones behind."""
    return {
        name: value.isoformat() if isinstance(value, dt.date) else value
        for name, value in dataclasses.asdict(finish).items()
    }
