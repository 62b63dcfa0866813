"""Excel number formats: money in the project currency, dates, whole numbers, percentages.

English keeps the formats the workbook has always had: each currency named in Excel's
`[$symbol-locale]` form, "€ 12,500.00", "CHF 4,000.00", and "6 Oct 2026" dates whose month
names follow the reader's Excel. Another locale's formats begin with its locale tag
("[$-407]"): LibreOffice then writes the decimal mark and grouping of that locale whatever its
own ("516.627,74 €"), Excel takes them from the reader's system as always. Dates are the
locale's numeric short dates ("18.05.2027", "18/05/2027"), as German and French workbooks
write them, and fit the narrow date columns; the money symbol stands where CLDR puts it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from babel import Locale
from babel.numbers import get_currency_symbol

from cpm_desktop.domain.locales import DEFAULT_LOCALE, language_of

# Excel's own spellings of the common currencies (symbol and locale of the "Currency" list).
_SYMBOLS = {
    "EUR": "[$€-2] ",
    "GBP": "[$£-809]",
    "USD": "[$$-409]",
    "CHF": "[$CHF] ",
}
_ISO_CODE = re.compile("[A-Z]{3}")
# A symbol that can stand in a `[$symbol-id]` tag: no bracket, no dash, no quote.
_TAG_SYMBOL = re.compile(r"[^\[\]\-\"\\;]{1,6}")
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

# Windows' locale ids (LCID) of the locales a client may have, as Excel's tags write them.
LOCALE_IDS = {
    "en_GB": 0x809,
    "en_US": 0x409,
    "de_DE": 0x407,
    "de_AT": 0xC07,
    "de_CH": 0x807,
    "fr_FR": 0x40C,
    "fr_BE": 0x80C,
    "fr_CH": 0x100C,
}
# A locale's numeric date: day, month, year in its order, with its separator.
_DATES = {"de": ("dd.mm.yyyy", "dd.mm."), "fr": ("dd/mm/yyyy", "dd/mm")}


@dataclass(frozen=True, slots=True)
class NumberFormats:
    """The number formats of a workbook written for one locale."""

    locale: str
    date: str
    week: str  # a week's Monday in the Gantt's and the Workload's headers
    date_time: str
    whole: str
    signed: str
    percent: str
    ratio: str
    share: str
    score: str
    hours: str

    def money(self, code: str) -> str:
        """The format of amounts in ISO currency `code` as the locale writes them."""
        if language_of(self.locale) == "en":
            return currency_format(code)
        return _local_money(self.locale, code.strip().upper())


@functools.cache
def number_formats(locale: str = DEFAULT_LOCALE) -> NumberFormats:
    """The formats of `locale`: English ones as they always were, others under its tag."""
    language = language_of(locale)
    if language == "en" or locale not in LOCALE_IDS:
        return NumberFormats(
            locale, DATE, WEEK, DATE_TIME, WHOLE, SIGNED_WHOLE, PERCENT, RATIO, SHARE, SCORE, HOURS
        )
    tag = _tag(locale)
    date, week = _DATES.get(language, ("yyyy-mm-dd", "dd.mm."))
    return NumberFormats(
        locale,
        date=tag + date,
        week=tag + week,
        date_time=f"{tag}{date} hh:mm",
        whole=tag + WHOLE,
        signed=f"{tag}+0;{tag}-0;{tag}0",
        percent=tag + PERCENT,
        ratio=tag + RATIO,
        share=tag + SHARE,
        score=tag + SCORE,
        hours=tag + HOURS,
    )


def currency_format(code: str) -> str:
    """The number format of amounts in ISO currency `code` ("EUR" → € before the amount)."""
    code = code.strip().upper()
    symbol = _SYMBOLS.get(code)
    if symbol is None:
        # Any other ISO code shows as itself, which no reader can mistake; anything that is
        # not a code would break the format, so it is left out.
        symbol = f"[${code}] " if _ISO_CODE.fullmatch(code) else ""
    return symbol + AMOUNT


def _tag(locale: str) -> str:
    return f"[$-{LOCALE_IDS[locale]:X}]"


def _local_money(locale: str, code: str) -> str:
    """'[$-407]#,##0.00 [$€-407]': the locale's symbol on the side CLDR writes it."""
    tag = _tag(locale)
    if not _ISO_CODE.fullmatch(code):
        return tag + AMOUNT
    symbol = get_currency_symbol(code, locale=locale)
    if not _TAG_SYMBOL.fullmatch(symbol):
        symbol = code
    named = f"[${symbol}-{LOCALE_IDS[locale]:X}]"
    before = Locale.parse(locale).currency_formats["standard"].pattern.startswith("¤")
    return f"{tag}{named} {AMOUNT}" if before else f"{tag}{AMOUNT} {named}"
