"""Zoom levels and the calendar units of the two-tier timescale, with labels longest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from cpm_desktop.scheduling.time_units import Unit, unit_next, unit_start


@dataclass(frozen=True, slots=True)
class ZoomLevel:
    """How wide a day is, and which units the upper and lower tiers show."""

    pixels_per_day: float
    upper: Unit
    lower: Unit


ZOOM_LEVELS: tuple[ZoomLevel, ...] = (
    ZoomLevel(0.4, Unit.YEAR, Unit.QUARTER),
    ZoomLevel(0.75, Unit.YEAR, Unit.QUARTER),
    ZoomLevel(1.5, Unit.QUARTER, Unit.MONTH),
    ZoomLevel(3.0, Unit.QUARTER, Unit.MONTH),
    ZoomLevel(6.0, Unit.MONTH, Unit.WEEK),
    ZoomLevel(12.0, Unit.MONTH, Unit.WEEK),
    ZoomLevel(24.0, Unit.WEEK, Unit.DAY),
    ZoomLevel(40.0, Unit.WEEK, Unit.DAY),
)
DEFAULT_ZOOM = 5  # month / week: a few months of a typical project on screen


def cells(unit: Unit, first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """Yield (start, next start) of each unit covering the days first..last."""
    start = unit_start(first, unit)
    while start <= last:
        following = unit_next(start, unit)
        yield start, following
        start = following


def labels(unit: Unit, start: dt.date, upper: bool) -> tuple[str, ...]:
    """Candidate labels of the cell starting on `start`, longest first.

    The upper tier names the year; the lower one leaves it to the upper tier. The painter
    takes the first candidate that fits, so labels never run into the next cell.
    """
    locale = QLocale()
    year = str(start.year)
    short_year = f"’{start.year % 100:02d}"
    if unit is Unit.YEAR:
        return (year, short_year)
    if unit is Unit.QUARTER:
        quarter = QCoreApplication.translate("GanttChart", "Q{number}").format(
            number=(start.month - 1) // 3 + 1
        )
        return (f"{quarter} {year}", quarter) if upper else (quarter,)
    if unit is Unit.MONTH:
        long = locale.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
        short = locale.standaloneMonthName(start.month, QLocale.FormatType.ShortFormat)
        if upper:
            return (f"{long} {year}", f"{short} {year}", f"{short} {short_year}", short)
        return (long, short, short[:1])
    if unit is Unit.WEEK:
        return _week_labels(start, upper, locale)
    weekday = locale.dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    return (f"{weekday} {start.day}", f"{weekday[:1]} {start.day}", str(start.day))


def _week_labels(start: dt.date, upper: bool, locale: QLocale) -> tuple[str, ...]:
    week = QCoreApplication.translate("GanttChart", "W{number}").format(
        number=start.isocalendar().week
    )
    end = start + dt.timedelta(days=6)

    def month(day: dt.date) -> str:
        return locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)

    # The order of day and month, and any dot after the day, are the language's (German "7. Sep").
    first = QCoreApplication.translate("GanttChart", "{day} {month}").format(
        day=start.day, month=month(start)
    )
    if upper:
        if start.month == end.month:
            span = QCoreApplication.translate(
                "GanttChart", "{day}–{last_day} {month} {year}"
            ).format(day=start.day, last_day=end.day, month=month(end), year=end.year)
        else:
            span = QCoreApplication.translate(
                "GanttChart", "{first} – {last_day} {month} {year}"
            ).format(first=first, last_day=end.day, month=month(end), year=end.year)
        return (f"{week} · {span}", f"{week} · {first} {start.year}", f"{week} · {first}", week)
    return (f"{week} · {first}", first, week, str(start.day))
