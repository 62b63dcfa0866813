"""Numbers, money and dates as the reader of a report writes them, in the locale being spoken.

The default locale, British English, prints as the app always has ("€12,500.00", "$250.00",
"6 Sep 2026"), from these few lines rather than CLDR, whose "US$" and "Sept" no report of ours
has used; the others follow CLDR through `locale_format` ("516.627,74 €", "18. Mai 2027").
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.texts import current_locale, ngettext

# Currencies written with their symbol before the amount; any other shows its ISO code
# ("CHF 4,000.00"), which is unambiguous where "$" or "kr" would not be.
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}
# Fixed English names: a GUI process may have switched the C locale, which %b follows.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CENT = Decimal("0.01")


def money(amount: Decimal, currency: str) -> str:
    """An amount with two decimals and thousands separators: '€12,500.00', 'CHF 4,000.00';
    a negative one with a real minus, as every percentage prints it: '−€250.00'."""
    locale = current_locale()
    if locale != DEFAULT_LOCALE:
        return report_format(locale).money(amount, currency)
    value = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "−" if value < 0 else ""
    digits = f"{abs(value):,.2f}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{currency.upper()} {digits}"


def long_date(day: dt.date | None, empty: str = "–") -> str:
    """A date no reader can misread: '6 Oct 2026', '6. Oktober 2026'; `empty` for None."""
    if day is None:
        return empty
    locale = current_locale()
    if locale != DEFAULT_LOCALE:
        return report_format(locale).long_date(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def working_days(count: int) -> str:
    """A count of working days: '1 working day', '6 working days', '6 Arbeitstage'."""
    return ngettext("{count} working day", "{count} working days", count).format(count=count)
