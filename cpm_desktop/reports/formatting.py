"""Numbers, money and dates as a client reads them in a report (English, locale-independent)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

# Currencies written with their symbol before the amount; any other shows its ISO code
# ("CHF 4,000.00"), which is unambiguous where "$" or "kr" would not be.
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}
# Fixed English names: a GUI process may have switched the C locale, which %b follows.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CENT = Decimal("0.01")


def money(amount: Decimal, currency: str) -> str:
    """An amount with two decimals and thousands separators: '€12,500.00', 'CHF 4,000.00';
    a negative one with a real minus, as every percentage prints it: '−€250.00'."""
    value = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "−" if value < 0 else ""
    digits = f"{abs(value):,.2f}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{currency.upper()} {digits}"


def long_date(day: dt.date | None, empty: str = "–") -> str:
    """A date no reader can misread: '6 Oct 2026'; `empty` for None."""
    if day is None:
        return empty
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def working_days(count: int) -> str:
    """A count of working days: '1 working day', '6 working days'."""
    return f"{count} working day" if count == 1 else f"{count} working days"
