"""Numbers and dates a client typed as text, read by the rules of the workbook's locale (CLDR).

A German user types "1.234,5", "4.000,00 €" or "18.05.2027", a French one "1 234,5" or
"18 mai 2027". Which rules apply is the workbook's locale when its state sheet records one,
else every locale of its language; a text those locales read differently ("1.234" is 1234 in
Germany and 1.234 in Switzerland) is refused as ambiguous, never guessed. English keeps what it
read before: numbers with "," grouping and ISO dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation

from babel.dates import get_date_format, get_month_names
from babel.numbers import (
    NumberFormatError,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from cpm_desktop.reports.excel.read_back.language import ENGLISH, Reading, fold
from cpm_desktop.texts import _

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# What may stand before or after an amount: a sign, a currency symbol or code, a percent sign.
_AFFIX = r"(?:[A-Z]{3}|Fr\.|[€$£¥%])?"
_NUMBER = re.compile(rf"([+-]?)\s*{_AFFIX}\s*([+-]?)\s*(\d[\d\s.,'’\u00a0\u202f]*)\s*{_AFFIX}")
_NUMERIC_DATE = re.compile(r"(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})\.?")
_NAMED_DATE = re.compile(r"(\d{1,2})(?:\.|er)?\s*([^\d\s]+?)\.?\s*(\d{4})")
CENTURY_CUT = 30  # two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx


class Ambiguous(ValueError):
    """A text the workbook's possible locales read as different values."""


def text_number(text: str, reading: Reading) -> Decimal | None:
    """The number `text` writes in the workbook's locale; None if it is none.

    Raises Ambiguous when the locales the workbook may follow read it differently.
    """
    found = _NUMBER.fullmatch(text.strip().replace("−", "-"))
    readings: set[Decimal] = set()
    if found is not None and not (found[1] and found[2]):
        negative = "-" in (found[1], found[2])
        for locale in reading.locales:
            number = _number_in(found[3].rstrip(), locale)
            if number is not None:
                readings.add(-number if negative else number)
    if len(readings) > 1:
        low, high = sorted(readings)
        raise Ambiguous(_either(_plain(low), _plain(high)))
    if readings:
        return readings.pop()
    if reading.language == ENGLISH:
        try:  # what English read before CLDR's rules: "1E+400", "12 500"
            return Decimal(_SPACES.sub("", text))
        except InvalidOperation:
            return None
    return None


def number_example(reading: Reading) -> str:
    """A number with decimals as the workbook's (first) locale writes it without grouping."""
    return f"1234{get_decimal_symbol(reading.locales[0])}50"


def _number_in(digits: str, locale: str) -> Decimal | None:
    group = get_group_symbol(locale)
    if group.isspace():
        digits = _SPACES.sub("", digits)  # a typed space groups as well as CLDR's narrow one
    elif group in "'’":
        digits = digits.replace("’", group).replace("'", group)
    try:
        return parse_decimal(digits, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None


def _plain(number: Decimal) -> str:
    return format(number, "f")


def text_date(text: str, reading: Reading) -> dt.date | None:
    """The date `text` writes: ISO in any workbook; "18.05.2027", "18. Mai 2027" in the
    workbook's language. Raises Ambiguous when its locales read it as different days."""
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if reading.language == ENGLISH:
        return None
    days = {day for locale in reading.locales if (day := _date_in(text, locale)) is not None}
    if len(days) > 1:
        first, last = sorted(days)
        raise Ambiguous(_either(first.isoformat(), last.isoformat()))
    return days.pop() if days else None


def date_hint(reading: Reading) -> str:
    """How a date is typed in the workbook's language: "DD.MM.YYYY" (German)."""
    if reading.language == ENGLISH:
        return "YYYY-MM-DD"
    separator = next(
        c for c in get_date_format("short", locale=reading.locales[0]).pattern if not c.isalpha()
    )
    return _either(f"DD{separator}MM{separator}YYYY", "YYYY-MM-DD")


def _either(first: str, second: str) -> str:
    """Two readings or forms in a problem's sentence: "1.5 or 15"."""
    return _("{first} or {second}").format(first=first, second=second)


def _date_in(text: str, locale: str) -> dt.date | None:
    if numeric := _NUMERIC_DATE.fullmatch(text):
        order = _order(locale)
        parts = dict(zip(order, (numeric[1], numeric[2], numeric[3]), strict=True))
        day, month, year = parts["d"], parts["M"], parts["y"]
        if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4):
            return None
        return _day(int(year), int(month), int(day), two_digits=len(year) == 2)
    if named := _NAMED_DATE.fullmatch(text):
        month = _months(locale).get(fold(named[2]).rstrip("."))
        if month is None:
            return None
        return _day(int(named[3]), month, int(named[1]), two_digits=False)
    return None


def _day(year: int, month: int, day: int, *, two_digits: bool) -> dt.date | None:
    if two_digits:
        year += 2000 if year < CENTURY_CUT else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.cache
def _order(locale: str) -> tuple[str, str, str]:
    """The order of day, month and year in the locale's short date ("d", "M", "y")."""
    pattern = get_date_format("short", locale=locale).pattern
    letters = sorted("dMy", key=pattern.index)
    return letters[0], letters[1], letters[2]


@functools.cache
def _months(locale: str) -> dict[str, int]:
    """Month number by its names in `locale`, long and short, folded and without a dot."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                names[fold(name).rstrip(".")] = number
    return names
