"""The printed timescale: calendar units, their labels, and the scale a project is drawn at.

The units and labels follow the screen's timescale (ui/gantt/timescale.py), without Qt and in
the reader's language (month names from CLDR, as Babel has them; the default locale keeps the
English abbreviations every report has printed); the scale is the finest pair of tiers whose
lower cells stay readable on paper. Past MAX_ACROSS pages of the coarsest scale (some 25 years)
the scale is squeezed instead: a page of rows never spans more pages across, so the chart's
page count grows with its rows alone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from babel.dates import format_date, format_skeleton

from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.scheduling.time_units import Unit, unit_next, unit_start
from cpm_desktop.texts import _, current_locale

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


MAX_ACROSS = 3  # pages of time a run of rows is spread over, at most

# Average length in days, to estimate how many cells a span holds.
_DAYS = {Unit.DAY: 1.0, Unit.WEEK: 7.0, Unit.MONTH: 30.44, Unit.QUARTER: 91.31, Unit.YEAR: 365.25}


@dataclass(frozen=True, slots=True)
class Tiers:
    """The upper and lower units of the timescale, and the width a lower cell needs to be read."""

    upper: Unit
    lower: Unit
    min_cell: float  # points: the lower tier's shortest label at its font size, plus air


# Finest first. Day and week cells need room for "30", month cells for "Sep", quarter cells
# for "Q4" (at 7 pt, with 1.5 pt of air each side).
TIERS = (
    Tiers(Unit.WEEK, Unit.DAY, 13.0),
    Tiers(Unit.MONTH, Unit.WEEK, 13.0),
    Tiers(Unit.QUARTER, Unit.MONTH, 16.0),
    Tiers(Unit.YEAR, Unit.QUARTER, 16.0),
)


@dataclass(frozen=True, slots=True)
class Scale:
    """How the chart's dates map to points: the tiers, points per day and each page's window."""

    tiers: Tiers
    points_per_day: float
    windows: tuple[tuple[dt.date, dt.date], ...]  # [start, end) of the days each page shows


def cells(unit: Unit, first: dt.date, end: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """Yield (start, next start) of each unit covering the days first..end (exclusive)."""
    start = unit_start(first, unit)
    while start < end:
        following = unit_next(start, unit)
        yield start, following
        start = following


def month_abbreviation(day: dt.date) -> str:
    """The month of `day`, abbreviated as the reader does: 'Sep', 'Okt', 'sept.'."""
    locale = current_locale()
    if locale == DEFAULT_LOCALE:
        return MONTHS[day.month - 1]
    return format_date(day, "LLL", locale=locale)


def month_name(day: dt.date) -> str:
    """The month of `day` written out: 'September', 'Oktober', 'septembre'."""
    locale = current_locale()
    if locale == DEFAULT_LOCALE:
        return LONG_MONTHS[day.month - 1]
    return format_date(day, "LLLL", locale=locale)


def short_date(day: dt.date) -> str:
    """A day with its month abbreviated: '12 Mar 2026', '12. März 2026', '12 mars 2026'."""
    locale = current_locale()
    if locale == DEFAULT_LOCALE:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return format_skeleton("yMMMd", day, locale=locale)


def day_month(day: dt.date) -> str:
    """A day and its month, the year left out: '12 Mar', '12. März', '12 mars'."""
    locale = current_locale()
    if locale == DEFAULT_LOCALE:
        return f"{day.day} {MONTHS[day.month - 1]}"
    return format_skeleton("MMMd", day, locale=locale)


def labels(unit: Unit, start: dt.date, upper: bool) -> tuple[str, ...]:
    """Candidate labels of the cell starting on `start`, longest first (the first that fits)."""
    year, short_year = str(start.year), f"’{start.year % 100:02d}"
    if unit is Unit.YEAR:
        return (year, short_year)
    if unit is Unit.QUARTER:
        quarter = _("Q{quarter}").format(quarter=(start.month - 1) // 3 + 1)
        return (f"{quarter} {year}", f"{quarter} {short_year}", quarter) if upper else (quarter,)
    month = month_abbreviation(start)
    if unit is Unit.MONTH:
        if upper:
            return (f"{month_name(start)} {year}", f"{month} {year}", month)
        # "sept." loses its dot before it loses its letters.
        return tuple(dict.fromkeys((month, month.rstrip("."), month[:1])))
    if unit is Unit.WEEK:
        if upper:
            week = _("W{week}").format(week=start.isocalendar().week)
            day = short_date(start)
            return (f"{week} · {day}", day, week)
        return (str(start.day),)
    return (str(start.day),)


def date_span(chart: PrintedGantt) -> tuple[dt.date, dt.date]:
    """Return the first and last day the chart must show: bars, baselines and status date."""
    days: list[dt.date] = [chart.status_date] if chart.status_date else []
    for row in chart.rows:
        dates = (row.start, row.finish, row.baseline_start, row.baseline_finish)
        days.extend(day for day in dates if day is not None)
    if not days:
        return chart.today, chart.today
    return min(days), max(days)


def choose_scale(first: dt.date, last: dt.date, width: float) -> Scale:
    """Return the finest scale that fits first..last into `width` points on one page.

    Only past the coarsest tiers (a decade or so) is time split over several pages, and over
    MAX_ACROSS at most: a longer span narrows its cells past their labels' width.
    """
    for tiers in TIERS:
        start, end = _padded(first, last, tiers)
        needed = tiers.min_cell * (end - start).days / _DAYS[tiers.lower]
        if needed <= width:
            return Scale(tiers, width / (end - start).days, ((start, end),))
    tiers = TIERS[-1]
    start, end = _padded(first, last, tiers)
    parts = list(cells(tiers.lower, start, end))
    per_page = max(math.floor(width / tiers.min_cell), math.ceil(len(parts) / MAX_ACROSS))
    windows = tuple(_split(parts, per_page))
    widest = max((b - a).days for a, b in windows)
    return Scale(tiers, width / widest, windows)


def rules_lower_cells(tiers: Tiers, points_per_day: float) -> bool:
    """Tell whether the lower tier's cells are wide enough to be ruled through the rows.

    A squeezed scale's quarters may be a few points wide: ruled, they would grey the chart.
    """
    return points_per_day * _DAYS[tiers.lower] >= tiers.min_cell / 2


def _padded(first: dt.date, last: dt.date, tiers: Tiers) -> tuple[dt.date, dt.date]:
    """Widen first..last to whole lower cells (whole weeks for a day scale, never a sliver).

    A day is added at each end first, so a milestone on the first or last day is not cut.
    """
    unit = Unit.WEEK if tiers.lower is Unit.DAY else tiers.lower
    start = unit_start(first - dt.timedelta(days=1), unit)
    return start, unit_next(unit_start(last + dt.timedelta(days=1), unit), unit)


def _split(
    parts: Iterable[tuple[dt.date, dt.date]], per_page: int
) -> Iterator[tuple[dt.date, dt.date]]:
    """Group consecutive cells into windows of at most `per_page`, as even as possible."""
    every = list(parts)
    pages = math.ceil(len(every) / max(1, per_page))
    size = math.ceil(len(every) / pages)
    for index in range(0, len(every), size):
        group = every[index : index + size]
        yield group[0][0], group[-1][1]
