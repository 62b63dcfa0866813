"""KPIs read from the workspace: each project's standing, then rolled up by client and in all.

A project's KPIs are those of its standing (`services.portfolio.standing`), the one place they
are computed; the formulas themselves live in `scheduling.kpis`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import CpmError, NotFoundError
from cpm_desktop.models import Client, Project
from cpm_desktop.scheduling import KpiRag, PortfolioKpis, ProjectKpis, kpi_rags, roll_up
from cpm_desktop.services.portfolio.standing import ProjectStanding, project_standing


class ClientNotFoundError(NotFoundError):
    """A client name given to a read names no client of the workspace."""

    def __init__(self, name: str) -> None:
        CpmError.__init__(self, f"No client named {name!r} in this workspace.")
        self.kind = "client"
        self.ident = name


@dataclass(frozen=True, slots=True)
class ClientKpiRow:
    """One client's roll-up over its projects, with its RAGs."""

    client: str
    kpis: PortfolioKpis
    rags: dict[str, KpiRag | None]


@dataclass(frozen=True, slots=True)
class KpiReport:
    """Projects by client and code, the roll-up per client, and the total of them all."""

    client: str | None  # the one client asked for, else None: the whole workspace
    projects: tuple[ProjectStanding, ...]
    clients: tuple[ClientKpiRow, ...]
    total: PortfolioKpis
    total_rags: dict[str, KpiRag | None]
    currencies: tuple[str, ...]  # more than one: roll-up money is summed without conversion


def kpi_report(
    session: Session, *, client: str | None = None, as_of: dt.date | None = None
) -> KpiReport:
    """Every project's standing (or one client's), each client's roll-up and the total."""
    clients = _clients(session, client)
    query = (
        select(Project.id)
        .join(Client, Client.id == Project.client_id)
        .where(Project.client_id.in_(clients))
        .order_by(Client.name, Project.code)
    )
    rows = tuple(project_standing(session, pid, as_of=as_of) for pid in session.scalars(query))
    by_client: dict[str, list[ProjectKpis]] = {}
    for row in rows:
        by_client.setdefault(row.client, []).append(row.kpis)
    client_rows = tuple(
        ClientKpiRow(name, total, kpi_rags(total))
        for name, group in by_client.items()
        for total in (roll_up(group),)
    )
    total = roll_up(row.kpis for row in rows)
    chosen = next(iter(clients.values())) if client is not None else None
    currencies = tuple(sorted({row.currency for row in rows}))
    return KpiReport(chosen, rows, client_rows, total, kpi_rags(total), currencies)


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
