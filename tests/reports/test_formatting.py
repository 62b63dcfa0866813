"""Money, dates and day counts as a printed report writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.reports.formatting import long_date, money, working_days


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("12500", "EUR", "€12,500.00"),
        ("4000", "CHF", "CHF 4,000.00"),
        ("0.5", "GBP", "£0.50"),
        ("1234567.891", "USD", "$1,234,567.89"),
        ("0.005", "EUR", "€0.01"),  # half a cent rounds up, as accountants do
        ("-250", "EUR", "−€250.00"),
        ("99", "sek", "SEK 99.00"),
    ],
)
def test_money(amount: str, currency: str, text: str) -> None:
    """Two decimals, thousands separators, the symbol before, or the ISO code and a space."""
    assert money(Decimal(amount), currency) == text


def test_dates_and_days() -> None:
    """Dates spell the month in English whatever the locale; one day is singular."""
    assert long_date(dt.date(2026, 10, 6)) == "6 Oct 2026"
    assert long_date(dt.date(2027, 12, 31)) == "31 Dec 2027"
    assert long_date(None) == "–"
    assert working_days(1) == "1 working day"
    assert working_days(0) == "0 working days"
