"""KPIs read from the workspace: each project's standing, then rolled up by client and in all.

A project's KPIs are those of its standing (`services.portfolio.standing`), the one place they
are computed; the formulas themselves live in `scheduling.kpis`. The roll-ups convert money
into the workspace's reporting currency (`exchange_rates`) or keep it per currency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import CpmError, NotFoundError
from cpm_desktop.models import Client, Project
from cpm_desktop.scheduling import (
    KpiRag,
    PortfolioKpis,
    ProjectKpis,
    kpi_rags,
    roll_up,
    without_money,
)
from cpm_desktop.scheduling import converted as converted_kpis
from cpm_desktop.services.portfolio import stored_standing
from cpm_desktop.services.portfolio.exchange_rates import (
    ExchangeRateRow,
    ExchangeRates,
    exchange_rates,
    rate_on,
)
from cpm_desktop.services.portfolio.standing import (
    ProjectStanding,
    project_standing,
    stored_standings,
)
from cpm_desktop.texts import _


class ClientNotFoundError(NotFoundError):
    """A client name given to a read names no client of the workspace."""

    def __init__(self, name: str) -> None:
        CpmError.__init__(self, _("No client named {name!r} in this workspace.").format(name=name))
        self.kind = "client"
        self.ident = name


@dataclass(frozen=True, slots=True)
class CurrencyKpis:
    """The projects of one currency rolled up on their own: money in that currency, unmixed."""

    currency: str
    kpis: PortfolioKpis
    rags: dict[str, KpiRag | None]


@dataclass(frozen=True, slots=True)
class ClientKpiRow:
    """One client's roll-up over its projects, with its RAGs."""

    client: str
    kpis: PortfolioKpis
    rags: dict[str, KpiRag | None]
    currency: str | None = None  # of the money in `kpis`; None: several, not converted
    by_currency: tuple[CurrencyKpis, ...] = ()  # the money per currency when `currency` is None


@dataclass(frozen=True, slots=True)
class KpiReport:
    """Projects by client and code, the roll-up per client, and the total of them all.

    The roll-ups' money is in one currency (`total_currency`): the reporting currency when
    every project's money could be converted into it, else the projects' own currency when
    they share one. Otherwise it is never summed across currencies: the roll-ups leave money
    out and `total_by_currency` (each client's `by_currency`) gives it per currency.
    Each project's own figures stay in its own currency.
    """

    client: str | None  # the one client asked for, else None: the whole workspace
    projects: tuple[ProjectStanding, ...]
    clients: tuple[ClientKpiRow, ...]
    total: PortfolioKpis
    total_rags: dict[str, KpiRag | None]
    currencies: tuple[str, ...]  # the projects' currencies
    reporting_currency: str | None = None  # the workspace's setting; None: not set
    total_currency: str | None = None  # of the roll-ups' money; None: several, not converted
    total_by_currency: tuple[CurrencyKpis, ...] = ()
    rates_used: tuple[ExchangeRateRow, ...] = ()  # the rates the roll-ups converted with
    project_rates: dict[int, ExchangeRateRow] = field(default_factory=dict)  # by project id
    missing_rates: tuple[str, ...] = ()  # currencies without a rate for some project's day

    @property
    def converted(self) -> bool:
        """True when the roll-ups' money was converted into the reporting currency."""
        return self.reporting_currency is not None and self.total_currency == (
            self.reporting_currency
        )


def kpi_report(
    session: Session, *, client: str | None = None, as_of: dt.date | None = None
) -> KpiReport:
    """Every project's standing (or one client's), each client's roll-up and the total.

    Money rolls up in the reporting currency when every project's currency has a rate for its
    as-of day (or is that currency); otherwise per currency, never mixed. On a team server
    the standings stored and still current are read, not computed again (`stored_standing.py`).
    """
    clients = _clients(session, client)
    query = (
        select(Project.id)
        .join(Client, Client.id == Project.client_id)
        .where(Project.client_id.in_(clients))
        .order_by(Client.name, Project.code)
    )
    ids = list(session.scalars(query))
    stored = stored_standing.in_use(session)
    current = stored_standings(session, ids, as_of).current if stored else {}
    rows = tuple(current.get(pid) or project_standing(session, pid, as_of=as_of) for pid in ids)
    settings = exchange_rates(session)
    reporting = settings.reporting_currency
    rates, missing = _rates_for(rows, settings)
    currencies = tuple(sorted({row.currency for row in rows}))
    converted = reporting is not None and not missing
    if converted:
        pooled = {
            row.project_id: converted_kpis(row.kpis, rates[row.project_id].rate)
            if row.project_id in rates
            else row.kpis
            for row in rows
        }
    else:
        pooled = {row.project_id: row.kpis for row in rows}
    by_client: dict[str, list[ProjectStanding]] = {}
    for row in rows:
        by_client.setdefault(row.client, []).append(row)
    client_rows = tuple(
        ClientKpiRow(name, *_roll_up(group, pooled, reporting if converted else None))
        for name, group in by_client.items()
    )
    total, total_rags, total_currency, total_by_currency = _roll_up(
        rows, pooled, reporting if converted else None
    )
    chosen = next(iter(clients.values())) if client is not None else None
    used = tuple(sorted(set(rates.values()), key=lambda r: (r.currency, r.valid_from)))
    return KpiReport(
        chosen,
        rows,
        client_rows,
        total,
        total_rags,
        currencies,
        reporting_currency=reporting,
        total_currency=total_currency,
        total_by_currency=total_by_currency,
        rates_used=used if converted else (),
        project_rates=rates if converted else {},
        missing_rates=missing,
    )


def _rates_for(
    rows: Sequence[ProjectStanding], settings: ExchangeRates
) -> tuple[dict[int, ExchangeRateRow], tuple[str, ...]]:
    """Each converted project's rate on its as-of day, and the currencies lacking one."""
    reporting = settings.reporting_currency
    if reporting is None:
        return {}, ()
    in_use = settings.in_use()
    found: dict[int, ExchangeRateRow] = {}
    missing: set[str] = set()
    for row in rows:
        if row.currency == reporting:
            continue
        rate = rate_on(in_use, row.currency, reporting, row.as_of)
        if rate is None:
            missing.add(row.currency)
        else:
            found[row.project_id] = rate
    return found, tuple(sorted(missing))


def _roll_up(
    rows: Sequence[ProjectStanding], pooled: dict[int, ProjectKpis], converted_to: str | None
) -> tuple[PortfolioKpis, dict[str, KpiRag | None], str | None, tuple[CurrencyKpis, ...]]:
    """A group's roll-up, its RAGs, its money's currency, and its money per currency if mixed."""
    total = roll_up(pooled[row.project_id] for row in rows)
    currencies = sorted({row.currency for row in rows})
    if converted_to is not None or len(currencies) <= 1:
        currency = converted_to or (currencies[0] if currencies else None)
        return total, kpi_rags(total), currency, ()
    per_currency = tuple(
        CurrencyKpis(code, kpis, kpi_rags(kpis))
        for code in currencies
        for kpis in (roll_up(row.kpis for row in rows if row.currency == code),)
    )
    mixed = without_money(total)  # counts, on-time and CSAT pool across currencies; money not
    return mixed, kpi_rags(mixed), None, per_currency


def _clients(session: Session, name: str | None) -> dict[int, str]:
    """Client names by id: all of them, or the one named `name` (case-insensitive)."""
    every = {i: n for i, n in session.execute(select(Client.id, Client.name))}
    if name is None:
        return every
    wanted = name.strip().casefold()
    # In Python, not SQL: SQLite's lower() folds ASCII only, and clients are few.
    found = {i: n for i, n in every.items() if n.casefold() == wanted}
    if not found:
        raise ClientNotFoundError(name)
    return found
