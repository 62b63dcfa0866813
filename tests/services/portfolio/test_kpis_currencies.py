"""The roll-ups' money: in the reporting currency with rates, else per currency, never mixed."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.exchange_rates import (
    add_exchange_rate,
    set_reporting_currency,
)
from cpm_desktop.services.portfolio.kpis import KpiReport, kpi_report
from cpm_desktop.services.portfolio.projects import NewProject, create_project, set_status_date
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY

STATUS = dt.date(2026, 11, 20)
CENT = Decimal("0.01")


def _project(
    ws: Workspace, client_id: int, code: str, currency: str, budget: int, contract: int
) -> int:
    with ws.transaction() as s:
        pid = create_project(
            s,
            NewProject(
                client_id=client_id,
                code=code,
                name=code,
                start_date=MONDAY,
                currency=currency,
                budget=Decimal(budget),
                contract_value=Decimal(contract),
            ),
        ).id
        set_status_date(s, pid, STATUS)
        return pid


def _portfolio(ws: Workspace) -> None:
    """Acme: one EUR and one CHF project; Beta: one CHF project."""
    with ws.transaction() as s:
        acme = create_client(s, "Acme").id
        beta = create_client(s, "Beta").id
    _project(ws, acme, "ACME-CHF", "CHF", 500, 600)
    _project(ws, acme, "ACME-EUR", "EUR", 1000, 1300)
    _project(ws, beta, "BETA-CHF", "CHF", 200, 300)


def _report(ws: Workspace, **kwargs: object) -> KpiReport:
    with ws.transaction() as s:
        return kpi_report(s, **kwargs)  # type: ignore[arg-type]


def _revenue(report: KpiReport, currency: str) -> Decimal:
    """The sum of the revenue of the report's projects in `currency`, in their own money."""
    return sum(
        (r.kpis.revenue or Decimal(0) for r in report.projects if r.currency == currency),
        Decimal(0),
    )


def test_without_a_reporting_currency_money_is_summed_per_currency(workspace: Workspace) -> None:
    """No rate: the total's money is left out, and each currency's sum is its projects' sum."""
    _portfolio(workspace)
    report = _report(workspace)
    assert report.currencies == ("CHF", "EUR")
    assert (report.reporting_currency, report.total_currency, report.converted) == (
        None,
        None,
        False,
    )
    assert (report.total.revenue, report.total.margin_pct, report.total.current_budget) == (
        None,
        None,
        None,
    )
    assert report.total.project_count == 3  # counts still pool across currencies
    sums = {c.currency: c.kpis.revenue for c in report.total_by_currency}
    assert sums == {"CHF": Decimal(900), "EUR": Decimal(1300)}
    assert sums == {code: _revenue(report, code) for code in ("CHF", "EUR")}
    chf = next(c for c in report.total_by_currency if c.currency == "CHF")
    assert chf.kpis.margin_pct is not None
    assert chf.rags["margin_pct"] is not None
    acme, beta = report.clients
    assert (acme.currency, [c.currency for c in acme.by_currency]) == (None, ["CHF", "EUR"])
    assert acme.kpis.revenue is None
    assert (beta.currency, beta.by_currency, beta.kpis.revenue) == ("CHF", (), Decimal(300))


def test_with_rates_money_rolls_up_in_the_reporting_currency(workspace: Workspace) -> None:
    """EUR with a CHF rate: CHF money is converted for the roll-ups, projects keep their own."""
    _portfolio(workspace)
    with workspace.transaction() as s:
        set_reporting_currency(s, "EUR")
        rate = add_exchange_rate(s, "CHF", dt.date(2026, 1, 1), "1.05")
    report = _report(workspace)
    assert (report.total_currency, report.converted, report.missing_rates) == ("EUR", True, ())
    assert report.rates_used == (rate,)
    assert report.total_by_currency == ()
    assert report.total.revenue == Decimal(1300) + Decimal(900) * Decimal("1.05")
    assert report.total.margin == report.total.revenue - (report.total.cost or 0)
    acme = report.clients[0]
    assert (acme.currency, acme.kpis.revenue) == ("EUR", Decimal(1300) + Decimal(630))
    chf_project = next(r for r in report.projects if r.code == "ACME-CHF")
    assert chf_project.kpis.revenue == Decimal(600)  # the project's own figures: CHF
    assert report.project_rates[chf_project.project_id] == rate
    assert set(report.project_rates) == {
        r.project_id for r in report.projects if r.currency == "CHF"
    }


def test_a_rate_only_from_after_a_projects_day_is_missing(workspace: Workspace) -> None:
    """A CHF rate valid from the day after the status date does not reach back: per currency."""
    _portfolio(workspace)
    with workspace.transaction() as s:
        set_reporting_currency(s, "EUR")
        add_exchange_rate(s, "CHF", STATUS + dt.timedelta(days=1), "1.05")
    report = _report(workspace)
    assert (report.missing_rates, report.converted, report.total_currency) == (
        ("CHF",),
        False,
        None,
    )
    assert report.rates_used == ()
    assert [c.currency for c in report.total_by_currency] == ["CHF", "EUR"]
    # Asked as of a later day, the rate applies and the roll-up converts.
    later = _report(workspace, as_of=STATUS + dt.timedelta(days=3))
    assert later.converted


def test_each_project_takes_the_rate_of_its_own_day(workspace: Workspace) -> None:
    """Two CHF projects with different status dates convert with different rates."""
    _portfolio(workspace)
    with workspace.transaction() as s:
        set_reporting_currency(s, "EUR")
        old = add_exchange_rate(s, "CHF", dt.date(2026, 1, 1), "1.00")
        new = add_exchange_rate(s, "CHF", dt.date(2026, 11, 1), "2.00")
        beta = next(r for r in kpi_report(s).projects if r.code == "BETA-CHF")
        set_status_date(s, beta.project_id, dt.date(2026, 10, 30))
    report = _report(workspace)
    rates = {
        r.code: report.project_rates[r.project_id] for r in report.projects if r.currency == "CHF"
    }
    assert rates == {"ACME-CHF": new, "BETA-CHF": old}
    assert report.rates_used == (old, new)
    assert report.total.revenue == Decimal(1300) + Decimal(600) * 2 + Decimal(300)


def test_reporting_currency_of_every_project_needs_no_rate(workspace: Workspace) -> None:
    """All projects in CHF, reporting in CHF: converted, no rate used."""
    with workspace.transaction() as s:
        client = create_client(s, "Gamma").id
        set_reporting_currency(s, "CHF")
    _project(workspace, client, "G-1", "CHF", 100, 150)
    report = _report(workspace)
    assert (report.converted, report.total_currency, report.rates_used) == (True, "CHF", ())
    assert report.total.revenue == Decimal(150)


_codes = itertools.count()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    projects=st.lists(
        st.tuples(st.sampled_from(["CHF", "EUR", "GBP"]), st.integers(1, 10**6)),
        min_size=1,
        max_size=4,
    )
)
def test_per_currency_sums_are_the_sums_of_each_currencys_projects(
    workspace: Workspace, projects: list[tuple[str, int]]
) -> None:
    """Any projects in any currencies, no rates: each currency's revenue and budget sums are
    exactly those of its projects, and money is never summed across currencies."""
    number = next(_codes)
    with workspace.transaction() as s:
        client = create_client(s, f"Client {number}").id
    for i, (currency, amount) in enumerate(projects):
        _project(workspace, client, f"P{number}-{i}", currency, amount, amount * 2)
    report = _report(workspace, client=f"Client {number}")
    currencies = sorted({c for c, _ in projects})
    if len(currencies) == 1:
        assert report.total_currency == currencies[0]
        assert report.total.revenue == sum(Decimal(a * 2) for _, a in projects)
        return
    assert report.total.revenue is None
    assert [c.currency for c in report.total_by_currency] == currencies
    for part in report.total_by_currency:
        mine = [a for c, a in projects if c == part.currency]
        assert part.kpis.revenue == sum(Decimal(a * 2) for a in mine)
        assert part.kpis.current_budget == sum(Decimal(a) for a in mine)
        assert part.kpis.project_count == len(mine)
