"""Converting a project's KPIs into another currency, and a mixed roll-up without money."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.scheduling import converted, roll_up, without_money
from tests.scheduling.test_kpis import kpis

M = Decimal


def test_conversion_scales_money_and_keeps_ratios() -> None:
    """Budget, revenue, cost and margin times the rate (to cents); the percentages unchanged."""
    project = kpis(contract="1000", budget="800", actual="300", to_complete="400")
    euros = converted(project, M("1.05"))
    assert (euros.current_budget, euros.revenue, euros.cost) == (M("840"), M("1050"), M("735"))
    assert euros.margin == euros.revenue - euros.cost  # type: ignore[operator]
    assert euros.budget_variance == euros.current_budget - euros.cost  # type: ignore[operator]
    assert euros.margin_pct == project.margin_pct
    assert euros.budget_variance_pct == project.budget_variance_pct
    assert (euros.on_time_rate, euros.csat_average) == (project.on_time_rate, project.csat_average)


def test_conversion_keeps_missing_money_missing() -> None:
    """A project without a contract value has no revenue in any currency."""
    project = dataclasses.replace(kpis(), revenue=None, margin=None)
    assert converted(project, M("3")).revenue is None
    assert converted(project, M("3")).margin is None


@given(amount=st.integers(0, 10**9), rate=st.decimals(M("0.00000001"), M("1000000"), places=8))
def test_conversion_rounds_each_amount_to_the_cent(amount: int, rate: Decimal) -> None:
    """Each converted amount is the exact product rounded half-even to cents."""
    euros = converted(kpis(contract=str(amount)), rate)
    assert euros.revenue == (M(amount) * rate).quantize(M("0.01"))
    assert euros.revenue is not None
    assert euros.revenue.as_tuple().exponent == -2


def test_a_mixed_roll_up_has_no_money_but_keeps_its_counts() -> None:
    """without_money blanks sums and money ratios; counts, on-time and CSAT stay pooled."""
    total = roll_up([kpis(project_id=1, open_red_risks=2), kpis(project_id=2, client_id=2)])
    mixed = without_money(total)
    assert (mixed.current_budget, mixed.revenue, mixed.cost, mixed.margin) == (None,) * 4
    assert (mixed.budget_variance, mixed.budget_variance_pct, mixed.margin_pct) == (None,) * 3
    assert (mixed.project_count, mixed.open_red_risks) == (2, 2)
    assert mixed.on_time_rate == total.on_time_rate
