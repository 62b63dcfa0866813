"""Money: a Decimal stored as whole cents comes back as the same amount with two places."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.models.base import CENT, Money

DIALECT = None  # Money ignores the dialect


@given(st.integers(min_value=-(10**17), max_value=10**17))
def test_stored_cents_read_back_as_the_amount_with_two_places(cents: int) -> None:
    """Any stored value reads back as cents / 100, exponent -2 ("0.00", "-12.30")."""
    amount = Money().process_result_value(cents, DIALECT)  # type: ignore[arg-type]
    assert amount == Decimal(cents) / 100
    assert amount is not None
    assert amount.as_tuple().exponent == -2
    assert str(amount) == str((Decimal(cents) / 100).quantize(CENT))


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_an_amount_in_cents_survives_the_round_trip(amount: Decimal) -> None:
    """Writing and reading an amount of whole cents gives it back unchanged."""
    money = Money()
    stored = money.process_bind_param(amount, DIALECT)  # type: ignore[arg-type]
    assert money.process_result_value(stored, DIALECT) == amount  # type: ignore[arg-type]
