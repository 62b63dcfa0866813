"""How dates, durations and money read on screen (the user's locale, one style everywhere)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from cpm_desktop.ui.language import QT_TRANSLATE_NOOP


def qdate(day: dt.date) -> QDate:
    """Convert a Python date to a QDate."""
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> dt.date:
    """Convert a QDate to a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date | None) -> str:
    """Show a date with its weekday, e.g. 'Mon 07 Sep 2026' in English locales."""
    if day is None:
        return ""
    return QLocale().toString(qdate(day), "ddd dd MMM yyyy")


def short_date_text(day: dt.date | None) -> str:
    """Show a date compactly, e.g. '07 Sep 2026'."""
    if day is None:
        return ""
    return QLocale().toString(qdate(day), "dd MMM yyyy")


DAY_UNIT = QT_TRANSLATE_NOOP("Formatting", "d")
"""A working day's unit after a number: "5 d", "5 T", "5 j"."""
DAY_WORDS = (QT_TRANSLATE_NOOP("Formatting", "days"), QT_TRANSLATE_NOOP("Formatting", "day"))


def duration_text(days: int, *, signed: bool = False) -> str:
    """Show a duration in working days, e.g. '5 d'; `signed` for a variance ('+3 d', '−2 d')."""
    number = f"{days:+d}".replace("-", "−") if signed and days else str(days)
    return f"{number} {QCoreApplication.translate('Formatting', DAY_UNIT)}"


def money_text(amount: Decimal, currency: str) -> str:
    """Show an amount with the currency code, grouped by the locale, no cents; a negative
    amount with a real minus ("−745 CHF"), as the variances and the pack print it."""
    return f"{number_text(float(amount))} {currency}"


def number_text(value: float, decimals: int = 0, *, signed: bool = False) -> str:
    """A number as the user's locale writes it ("1,287.5", "1.287,5", "1 287,5"), grouped,
    with a real minus; `signed` writes a plus too ("+2.5"). Rounded as Python rounds, so the
    screen shows the figure the CLI and the exports print."""
    digits = f"{value:{'+' if signed else ''},.{decimals}f}"
    locale = grouping_locale()
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": "−"}
    return "".join(marks.get(char, char) for char in digits)


def grouping_locale() -> QLocale:
    """The user's locale with digit grouping on, which the C locale leaves off by default.

    On a projector 507500 reads as a phone number; 507,500 reads as money.
    """
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def entry_date_format() -> str:
    """The locale's short date format with a four-digit year, for typing dates."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no national convention (e.g. LANG=C): ISO, not Qt's "d MM yyyy"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def entry_date_text(day: dt.date | None) -> str:
    """Show a date as the user types one, e.g. '9/7/2026' in the US, '07.09.2026' in Germany."""
    return "" if day is None else QLocale().toString(qdate(day), entry_date_format())


def parse_date(text: str) -> dt.date:
    """Read a typed date: the locale's short form (2- or 4-digit year), ISO, or as shown."""
    text = text.strip()
    locale = QLocale()
    four = entry_date_format()
    two = four.replace("yyyy", "yy")
    # People leave out leading zeros ("7.9.26"): try the loose forms of the locale's too.
    loose = [form.replace("dd", "d").replace("MM", "M") for form in (four, two)]
    formats = (four, two, *loose, "yyyy-MM-dd", "ddd dd MMM yyyy", "dd MMM yyyy")
    for form in formats:
        parsed = locale.toDate(text, form)
        if parsed.isValid():
            year = parsed.year()
            if year < 100 or ("yyyy" not in form and year < 1970):
                year += 100 if year >= 1900 else 2000  # "26" means 2026, not 1926
            return dt.date(year, parsed.month(), parsed.day())
    example = entry_date_text(dt.date.today())
    raise ValueError(
        QCoreApplication.translate(
            "Formatting", "{text!r} is not a date: type it like {example}."
        ).format(text=text, example=example)
    )


def parse_working_days(text: str, what: str) -> int:
    """Read a whole number of working days: '5', '5d', '5 d', '5 days', or with the units of
    the window's language ('5 T', '5 Tage')."""
    units = {DAY_UNIT, *DAY_WORDS}
    units |= {QCoreApplication.translate("Formatting", unit) for unit in tuple(units)}
    cleaned = text.strip().lower()
    for unit in sorted((u.lower() for u in units), key=len, reverse=True):  # "days" before "d"
        if cleaned.endswith(unit):
            cleaned = cleaned.removesuffix(unit).strip()
            break
    if not cleaned.isdigit():
        raise ValueError(
            QCoreApplication.translate(
                "Formatting", "{text!r} is not a {what}: type whole working days, e.g. 5 or 5d."
            ).format(text=text, what=what)
        )
    return int(cleaned)


def parse_percent(text: str) -> int:
    """Read a % complete: '50', '50%', '50 %'."""
    cleaned = text.strip().removesuffix("%").strip()
    if not cleaned.isdigit() or int(cleaned) > 100:
        raise ValueError(
            QCoreApplication.translate(
                "Formatting", "{text!r} is not a % complete: type a whole number from 0 to 100."
            ).format(text=text)
        )
    return int(cleaned)


def amount_entry_text(amount: Decimal) -> str:
    """Show an amount as the user types one: grouped by the locale, cents only when there are."""
    cents = 0 if amount == amount.to_integral_value() else 2
    return grouping_locale().toString(float(amount), "f", cents)


def parse_money(text: str) -> Decimal:
    """Read a typed amount: the locale's grouping and decimal point, or plain 15000.50."""
    locale = QLocale()
    cleaned = "".join(text.split()).upper()
    for code in ("EUR", "USD", "GBP", "CHF", "€", "$", "£"):
        cleaned = cleaned.replace(code, "")
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group.strip():
        cleaned = cleaned.replace(group, "")
    if point != ".":
        cleaned = cleaned.replace(point, ".")
    try:
        amount = Decimal(cleaned or "0")
    except ArithmeticError:
        raise ValueError(_not_an_amount(text)) from None
    if not amount.is_finite():
        raise ValueError(_not_an_amount(text))
    return amount


def _not_an_amount(text: str) -> str:
    return QCoreApplication.translate(
        "Formatting", "{text!r} is not an amount: type it like 15000 or 15000.50."
    ).format(text=text)
