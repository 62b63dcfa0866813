"""The KPI tiles' words: nothing measured reads "–" without a RAG, variances carry a sign."""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.scheduling import PortfolioKpis, kpi_rags
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.ui.overview.kpi_text import (
    days_text,
    percent_text,
    portfolio_tiles,
    project_tiles,
    signed_percent_text,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import make_project


def test_a_project_with_nothing_measured_shows_dashes_and_no_rag(workspace: Workspace) -> None:
    """A bare project: every measured KPI reads "–" without a dot; missing money says so."""
    ids = make_project(workspace)
    standing = workspace.run(project_standing, ids.project_id)
    tiles = {t.key: t for t in project_tiles(standing, "EUR")}
    for key in ("on_time_rate", "finish_variance_days", "spi", "cpi", "csat_average"):
        assert tiles[key].value == "–", key
        assert tiles[key].rag is None, key
    assert tiles["on_time_rate"].detail == "no milestone due against a baseline yet"
    assert tiles["csat_average"].detail == "no scored feedback yet"
    assert tiles["budget_variance_pct"].detail == "no cost data"
    assert tiles["margin_pct"].detail == "no contract value set"
    assert (tiles["open_red_risks"].value, tiles["open_red_risks"].rag) == ("0", "green")


def _kpis() -> PortfolioKpis:
    return PortfolioKpis(
        project_count=3,
        client_count=2,
        repeat_clients=1,
        repeat_share=0.5,
        milestones_met=3,
        milestones_counted=4,
        on_time_rate=0.75,
        current_budget=Decimal(100),
        budget_variance=Decimal(-5),
        budget_variance_pct=-0.05,
        csat_scores=(),
        csat_average=None,
        csat_trend="new",
        revenue=Decimal(120),
        cost=Decimal(105),
        margin=Decimal(15),
        margin_pct=0.125,
        open_red_risks=1,
        open_red_issues=1,
        pending_change_requests=2,
        without_budget=1,
    )


def test_portfolio_tiles_say_repeat_business_in_clients() -> None:
    kpis = _kpis()
    tiles = {t.key: t for t in portfolio_tiles(kpis, kpi_rags(kpis), "EUR")}
    assert tiles["repeat"].value == "50 %"
    assert tiles["repeat"].detail == "1 of 2 clients with more than one project"
    assert tiles["on_time_rate"].detail == "3 of 4 milestones met"
    assert tiles["on_time_rate"].rag == "amber"
    assert tiles["budget_variance_pct"].value == "−5.0 %"
    assert tiles["projects"].detail == "for 2 clients"
    assert tiles["budget_variance_pct"].detail.endswith("1 project left out (no budget)")
    assert (tiles["open_red_risks"].value, tiles["open_red_risks"].detail) == (
        "2",
        "1 risk, 1 issue",
    )


def test_numbers_read_with_signs_and_units() -> None:
    assert days_text(8) == "+8 days"
    assert days_text(-1) == "−1 day"
    assert days_text(0) == "0 days"
    assert days_text(None) == "–"
    assert percent_text(0.6666) == "67 %"
    assert signed_percent_text(0.025) == "+2.5 %"
    assert signed_percent_text(None) == "–"


def test_portfolio_money_in_several_currencies_is_shown_per_currency() -> None:
    """Money not converted: the budget and margin tiles list each currency, never one sum."""
    from dataclasses import replace

    from cpm_desktop.scheduling import without_money
    from cpm_desktop.services.portfolio.kpis import CurrencyKpis
    from cpm_desktop.ui.overview.kpi_text import BY_CURRENCY, SET_RATES

    chf = _kpis()
    eur = replace(chf, budget_variance=Decimal(10), budget_variance_pct=0.1)
    parts = [CurrencyKpis("CHF", chf, kpi_rags(chf)), CurrencyKpis("EUR", eur, kpi_rags(eur))]
    mixed = without_money(chf)
    tiles = {t.key: t for t in portfolio_tiles(mixed, kpi_rags(mixed), None, parts)}
    budget = tiles["budget_variance_pct"]
    assert (budget.value, budget.rag) == (BY_CURRENCY, None)
    assert budget.detail == "CHF −5.0 % · EUR +10.0 %"
    assert "CHF: −5.0 %, −5 CHF at completion" in budget.tip
    assert budget.tip.endswith(SET_RATES)
    assert tiles["margin_pct"].detail == "CHF 12.5 % · EUR 12.5 %"
