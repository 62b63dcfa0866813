"""Dates, money and numbers in a client's locale, from CLDR's data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.locales import LOCALES
from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.locale_format import ReportFormat

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale", "day", "amount", "currency", "written"),
    [
        ("de_DE", dt.date(2027, 5, 18), "516627.74", "EUR", ("18. Mai 2027", f"516.627,74{NBSP}€")),
        ("fr_FR", dt.date(2027, 5, 18), "-250", "EUR", ("18 mai 2027", f"−250,00{NBSP}€")),
        ("de_CH", dt.date(2026, 10, 6), "4000", "CHF", ("6. Oktober 2026", f"CHF{NBSP}4'000.00")),
        ("en_GB", dt.date(2026, 10, 6), "4000", "CHF", ("6 Oct 2026", f"CHF{NBSP}4,000.00")),
    ],
)
def test_each_locale_writes_as_its_readers_do(
    locale: str, day: dt.date, amount: str, currency: str, written: tuple[str, str]
) -> None:
    formats = ReportFormat(locale)
    assert (formats.long_date(day), formats.money(Decimal(amount), currency)) == written


def test_english_writes_what_the_reports_always_wrote() -> None:
    """en_GB through CLDR gives the English reports' own dates and money (but for the space
    that sets a currency code apart)."""
    formats = ReportFormat("en_GB")
    for day in (dt.date(2026, 1, 1), dt.date(2027, 5, 18), dt.date(2026, 12, 31)):
        assert formats.long_date(day) == long_date(day)
    for amount in ("0", "12500", "-250.5", "1234567.891"):
        assert formats.money(Decimal(amount), "EUR") == money(Decimal(amount), "EUR")
    assert formats.long_date(None) == "–"


def test_numbers_take_the_locales_grouping_and_decimal_mark() -> None:
    assert ReportFormat("de_DE").number(Decimal("1287.5"), 1) == "1.287,5"
    assert ReportFormat("en_GB").number(-3960) == "−3,960"


@given(
    st.sampled_from(list(LOCALES)),
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(["EUR", "CHF", "USD", "GBP", "SEK"]),
)
def test_money_always_shows_its_digits_and_a_real_minus(
    locale: str, amount: Decimal, currency: str
) -> None:
    text = ReportFormat(locale).money(amount, currency)
    assert "-" not in text
    assert text.startswith("−") or "−" in text or amount >= 0
    digits = "".join(c for c in text if c.isdigit())
    assert digits.lstrip("0") == f"{abs(amount):.2f}".replace(".", "").lstrip("0")
