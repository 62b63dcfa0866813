"""Calendar units of a timescale, year to day, and where each begins: for screen and paper."""

from __future__ import annotations

import datetime as dt
from enum import Enum


class Unit(Enum):
    """A calendar unit one tier of the timescale is divided into."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


def unit_start(day: dt.date, unit: Unit) -> dt.date:
    """Return the first day of the `unit` holding `day` (weeks start on Monday, as ISO weeks)."""
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        return day.replace(day=1)
    if unit is Unit.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def unit_next(start: dt.date, unit: Unit) -> dt.date:
    """Return the first day of the unit after the one starting on `start`."""
    if unit is Unit.DAY:
        return start + dt.timedelta(days=1)
    if unit is Unit.WEEK:
        return start + dt.timedelta(days=7)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
