"""How a sheet's columns go onto paper: fitted to one page wide, or over pages at a readable size.

Plain arithmetic on column widths in points, no openpyxl: page_setup.py measures the sheet and
applies the answer. The rule (issue 19): shrink a sheet to one page wide only while its smallest
text still prints at MIN_PRINTED_SIZE points or more; otherwise print it at the largest scale
that needs the fewest pages across, with a column break where each page ends.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

MIN_PRINTED_SIZE = 8.0  # points: the smallest text a client reads on paper
SMALLEST_SCALE = 10  # per cent: Excel's lower limit
# Points per unit of column width, on the wide side: LibreOffice prints a unit as 5.55 pt,
# Excel as 7 pixels (5.25 pt). A column estimated wider only leaves a little room unused.
POINTS_PER_UNIT = 5.7
DEFAULT_WIDTH = 8.43  # Excel's width of a column without one


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What the packing needs to know of a sheet's printed columns (1-based numbers)."""

    widths: tuple[float, ...]  # points at 100 %, column 1 first; 0 for a hidden column
    title_columns: int = 0  # the leading columns repeated on every page across
    # Columns a page may begin at; None: any. Where none fits, a page breaks at any column.
    page_starts: frozenset[int] | None = None
    sections: frozenset[int] = frozenset()  # columns that always begin a page (the Gantt)


@dataclass(frozen=True, slots=True)
class PrintLayout:
    """How a sheet prints: fitted to the page width, or at `scale` with column breaks."""

    fit_to_width: bool
    scale: int  # per cent; when fitted, the scale Excel will choose (at most 100)
    breaks: tuple[int, ...]  # columns that begin a new page across, ascending
    title_columns: int  # leading columns to repeat on each page (0 when one page wide)


def smallest_scale(smallest_font: float) -> int:
    """The lowest scale in per cent that still prints `smallest_font` at MIN_PRINTED_SIZE."""
    if smallest_font <= MIN_PRINTED_SIZE:
        return 100
    return max(SMALLEST_SCALE, math.ceil(100 * MIN_PRINTED_SIZE / smallest_font))


def plan_layout(columns: ColumnPlan, room: float, smallest_font: float) -> PrintLayout:
    """The layout of `columns` on pages `room` points wide whose text is `smallest_font` at least.

    Fitted to one page wide when the shrink keeps the text readable; otherwise the scale, from
    100 % down to the readable limit, that takes the fewest pages across (the largest such
    scale), and the column breaks that go with it.
    """
    total = sum(columns.widths)
    lowest = smallest_scale(smallest_font)
    fitted_scale = min(100, math.floor(100 * room / total)) if total else 100
    if fitted_scale >= lowest:
        return PrintLayout(True, fitted_scale, (), 0)
    best: tuple[tuple[int, ...], int, int] | None = None  # breaks, scale, title columns
    for scale in range(100, lowest - 1, -1):
        room_at_scale = room * 100 / scale  # the room in points at 100 %
        titles = _title_columns(columns, room_at_scale)
        breaks = page_breaks(columns, room_at_scale, titles)
        if best is None or len(breaks) < len(best[0]):
            best = breaks, scale, titles
    assert best is not None  # the loop runs at least once: lowest <= 100
    breaks, scale, titles = best
    return PrintLayout(False, scale, breaks, titles if breaks else 0)


def page_breaks(columns: ColumnPlan, room: float, title_columns: int) -> tuple[int, ...]:
    """The columns that begin a page when `columns` are dealt onto pages `room` points wide.

    Each page takes as many whole columns as fit; it ends before the last allowed page start
    that fits (a month boundary in the Gantt), else before the first column that does not fit.
    Pages after the first lose the width of the `title_columns` repeated on them.
    """
    widths = columns.widths
    titles = sum(widths[:title_columns])
    breaks: list[int] = []
    start, used, last_allowed = 1, 0.0, 0
    number = 1
    while number <= len(widths):
        width = widths[number - 1]
        if number > start:
            allowed = _may_start(columns, number)
            if number in columns.sections or used + width > room:
                cut = number if allowed or not last_allowed else last_allowed
                breaks.append(cut)
                start, used, last_allowed, number = cut, titles, 0, cut
                continue
            if allowed:
                last_allowed = number
        used += width
        number += 1
    return tuple(breaks)


def _title_columns(columns: ColumnPlan, room: float) -> int:
    """The title columns to repeat, or none when they would fill more than half a page."""
    titles = columns.title_columns
    return titles if sum(columns.widths[:titles]) <= room / 2 else 0


def _may_start(columns: ColumnPlan, number: int) -> bool:
    starts = columns.page_starts
    return starts is None or number in starts or number in columns.sections


def column_widths(widths: Sequence[float | None], hidden: Collection[int]) -> tuple[float, ...]:
    """Points per column from widths in characters (None: Excel's default), hidden ones 0."""
    return tuple(
        0.0 if number in hidden else points(width) for number, width in enumerate(widths, start=1)
    )


def points(width: float | None) -> float:
    """The printed width at 100 % of a column `width` characters wide."""
    return (DEFAULT_WIDTH if width is None else width) * POINTS_PER_UNIT
