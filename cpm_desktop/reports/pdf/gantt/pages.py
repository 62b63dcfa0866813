"""Which rows and which time window go on each page, and the fixed heights of a page's parts."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from cpm_desktop.reports.pdf.gantt.content import GanttRow

TITLE_HEIGHT = 18.0  # the chart's title and "rows a–b of n" above the timescale
TIER_HEIGHT = 12.0  # each of the timescale's two tiers
ROW_HEIGHT = 12.0  # 7.5 pt names with air above and below: the smallest that reads on paper
LEGEND_HEIGHT = 20.0  # the key under the rows
FIXED_HEIGHT = TITLE_HEIGHT + 2 * TIER_HEIGHT + LEGEND_HEIGHT


@dataclass(frozen=True, slots=True)
class Page:
    """One printed page: a run of rows and the days it shows."""

    rows: tuple[GanttRow, ...]
    first_index: int  # the index of rows[0] in the chart, to say "rows a–b of n"
    window: tuple[dt.date, dt.date]  # [start, end)
    number: int  # 1-based
    count: int


def rows_per_page(height: float) -> int:
    """Return how many rows fit under the title, timescale and legend in `height` points."""
    return max(1, math.floor((height - FIXED_HEIGHT) / ROW_HEIGHT))


def page_height(rows: int) -> float:
    """Return the height a page of `rows` rows takes."""
    return FIXED_HEIGHT + rows * ROW_HEIGHT


def plan_pages(
    rows: tuple[GanttRow, ...], windows: tuple[tuple[dt.date, dt.date], ...], height: float
) -> list[Page]:
    """Split the rows down pages of `height`, and each run of rows across the time windows.

    Runs are made even (300 rows on 9 pages of 33 or 34, not 8 full pages and a stub); a run of
    rows is printed across all its windows before the next run, as one reads a wide chart.
    """
    capacity = rows_per_page(height)
    count = max(1, math.ceil(len(rows) / capacity))
    size, longer = divmod(len(rows), count)  # the first `longer` runs take one row more
    runs: list[tuple[int, tuple[GanttRow, ...]]] = []
    start = 0
    for index in range(count):
        end = start + size + (index < longer)
        runs.append((start, rows[start:end]))
        start = end
    total = len(runs) * len(windows)
    pages: list[Page] = []
    for first, run in runs:
        for window in windows:
            pages.append(Page(run, first, window, len(pages) + 1, total))
    return pages
