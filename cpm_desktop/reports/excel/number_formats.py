"""Excel number formats: money in the project currency, dates, whole numbers, percentages.

Each currency format names its symbol in Excel's `[$symbol-locale]` form, which Excel and
LibreOffice both show, whatever the reader's own locale: "€ 12,500.00", "CHF 4,000.00".
"""

from __future__ import annotations

import re

# Excel's own spellings of the common currencies (symbol and locale of the "Currency" list).
_SYMBOLS = {
    "EUR": "[$€-2] ",
    "GBP": "[$£-809]",
    "USD": "[$$-409]",
    "CHF": "[$CHF] ",
}
_ISO_CODE = re.compile("[A-Z]{3}")
AMOUNT = "#,##0.00"

DATE = "d mmm yyyy"  # '6 Oct 2026': month names follow the reader's Excel language
WEEK = "d mmm"  # the Gantt's week headers
DATE_TIME = "d mmm yyyy hh:mm"
WHOLE = "0"
SIGNED_WHOLE = "+0;-0;0"  # variances: late is +, early is -
PERCENT = '0"%"'  # whole numbers 0..100 shown with a % sign (the read-back wants 0..100)
RATIO = "0.00"  # SPI, CPI
SHARE = "0.0%"  # fractions (0.255 → 25.5%): shares, rates, margins
SCORE = "0.0"  # a mean CSAT score
HOURS = "#,##0.0"  # hours of work


def currency_format(code: str) -> str:
    """The number format of amounts in ISO currency `code` ("EUR" → € before the amount)."""
    code = code.strip().upper()
    symbol = _SYMBOLS.get(code)
    if symbol is None:
        # Any other ISO code shows as itself, which no reader can mistake; anything that is
        # not a code would break the format, so it is left out.
        symbol = f"[${code}] " if _ISO_CODE.fullmatch(code) else ""
    return symbol + AMOUNT
