"""Dates, numbers and money as a reader of one locale writes them, from CLDR's data (Babel).

English keeps the abbreviated month a report has always printed ("6 Oct 2026"); the other
languages write the month out as their readers do ("18. Mai 2027", "18 mai 2027"). Two rules of
CLDR that Babel leaves to the caller are applied here: a currency code is set apart from the
digits next to it ("CHF 4,000.00", not "CHF4,000.00"), and a negative amount takes a real minus
sign ("−€250.00"), as every percentage in a report does.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from cpm_desktop.domain.locales import DEFAULT_LOCALE, language_of

CENT = Decimal("0.01")
MINUS = "\u2212"
NO_BREAK = "\u00a0"
# A currency code (three capitals) touching a digit on either side.
_CODE_BEFORE = re.compile(r"([A-Z]{3})(?=[\d\u2212-])")
_CODE_AFTER = re.compile(r"(?<=\d)([A-Z]{3})")


class ReportFormat:
    """The formats of one locale ("de_CH"): dates, amounts of money, plain numbers."""

    def __init__(self, locale: str = DEFAULT_LOCALE) -> None:
        self.locale = locale
        self.language = language_of(locale)
        self._babel = Locale.parse(locale)
        self._date_format = "medium" if self.language == "en" else "long"

    def long_date(self, day: dt.date | None, empty: str = "–") -> str:
        """A date no reader of the locale can misread ("6 Oct 2026", "18. Mai 2027"); `empty`
        for None."""
        if day is None:
            return empty
        return format_date(day, self._date_format, locale=self._babel)

    def money(self, amount: Decimal, currency: str) -> str:
        """An amount to the cent in the locale's way ("€12,500.00", "516.627,74 €",
        "CHF 4'000.00")."""
        value = amount.quantize(CENT, rounding=ROUND_HALF_UP)
        if not value:
            value = abs(value)  # -0.004 rounds to 0.00, which has no sign
        text = format_currency(value, currency.upper(), locale=self._babel)
        text = text.replace("-", MINUS)
        text = _CODE_BEFORE.sub(rf"\1{NO_BREAK}", text)
        return _CODE_AFTER.sub(rf"{NO_BREAK}\1", text)

    def number(self, value: Decimal | float | int, decimals: int = 0) -> str:
        """A number with the locale's grouping and decimal mark ("1.287,5")."""
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        text = format_decimal(value, format=pattern, locale=self._babel)
        return text.replace("-", MINUS)


@functools.cache
def report_format(locale: str) -> ReportFormat:
    """The ReportFormat of `locale`, made once (Babel's locale data is slow to load)."""
    return ReportFormat(locale)
