"""The KPI tiles' words: nothing measured reads "–" without a RAG, variances carry a sign."""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.scheduling import PortfolioKpis, ProjectKpis, kpi_rags
from cpm_desktop.ui.overview.kpi_text import (
    days_text,
    percent_text,
    portfolio_tiles,
    project_tiles,
    signed_percent_text,
)

ZERO = Decimal(0)


def empty_project() -> ProjectKpis:
    return ProjectKpis(
        project_id=1,
        client_id=1,
        milestones_met=0,
        milestones_counted=0,
        on_time_rate=None,
        finish_variance_days=None,
        ev_schedule_variance=None,
        cpi=None,
        spi=None,
        current_budget=ZERO,
        budget_variance=ZERO,
        budget_variance_pct=None,
        csat_scores=(),
        csat_average=None,
        csat_trend="new",
        revenue=ZERO,
        cost=ZERO,
        margin=ZERO,
        margin_pct=None,
        open_red_risks=0,
        pending_change_requests=0,
    )


def test_a_project_with_nothing_measured_shows_dashes_and_no_rag() -> None:
    kpis = empty_project()
    tiles = {t.key: t for t in project_tiles(kpis, kpi_rags(kpis), "EUR")}
    for key in ("on_time_rate", "finish_variance_days", "spi", "cpi", "csat_average"):
        assert tiles[key].value == "–", key
        assert tiles[key].rag is None, key
    assert tiles["on_time_rate"].detail == "no milestone due against a baseline yet"
    assert tiles["csat_average"].detail == "no scored feedback yet"
    assert tiles["open_red_risks"].value == "0"


def test_portfolio_tiles_say_repeat_business_in_clients() -> None:
    kpis = PortfolioKpis(
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
        pending_change_requests=2,
    )
    tiles = {t.key: t for t in portfolio_tiles(kpis, kpi_rags(kpis), "EUR")}
    assert tiles["repeat"].value == "50 %"
    assert tiles["repeat"].detail == "1 of 2 clients with more than one project"
    assert tiles["on_time_rate"].detail == "3 of 4 milestones met"
    assert tiles["on_time_rate"].rag == "amber"
    assert tiles["budget_variance_pct"].value == "−5.0 %"
    assert tiles["projects"].detail == "for 2 clients"


def test_numbers_read_with_signs_and_units() -> None:
    assert days_text(8) == "+8 days"
    assert days_text(-1) == "−1 day"
    assert days_text(0) == "0 days"
    assert days_text(None) == "–"
    assert percent_text(0.6666) == "67 %"
    assert signed_percent_text(0.025) == "+2.5 %"
    assert signed_percent_text(None) == "–"
