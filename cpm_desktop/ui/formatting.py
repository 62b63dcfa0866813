"""How dates, durations and money read on screen (the user's locale, one style everywhere)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale


def qdate(day: dt.date) -> QDate:
    """Convert a Python date to a QDate."""
    return QDate(day.year, day.month, day.day)


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


def duration_text(days: int) -> str:
    """Show a duration in working days, e.g. '5 d'."""
    return f"{days} d"


def money_text(amount: Decimal, currency: str) -> str:
    """Show an amount with the currency code, grouped by the locale, no cents."""
    return f"{QLocale().toString(float(amount), 'f', 0)} {currency}"
