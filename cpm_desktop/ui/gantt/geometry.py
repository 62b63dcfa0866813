"""Where things are: days ↔ x, rows ↔ y, and where a bar sits inside its row."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from cpm_desktop.ui.gantt.layout import Bar, Kind


@dataclass(slots=True)
class TimeAxis:
    """Maps day numbers (days since `origin`, an ordinal) to viewport x and back."""

    origin: int
    pixels_per_day: float
    scroll: int = 0  # the horizontal scroll bar's value, in pixels

    def x_of_day(self, day: float) -> float:
        """Return the x of the start of day number `day`."""
        return day * self.pixels_per_day - self.scroll

    def day_at(self, x: float) -> float:
        """Return the (fractional) day number under `x`."""
        return (x + self.scroll) / self.pixels_per_day

    def x_of(self, day: dt.date) -> float:
        """Return the x where `day` begins."""
        return self.x_of_day(day.toordinal() - self.origin)

    def date_at(self, x: float) -> dt.date:
        """Return the date under `x`."""
        return dt.date.fromordinal(self.origin + math.floor(self.day_at(x)))

    def visible_days(self, width: int) -> tuple[int, int]:
        """Return the first and last day numbers (inclusive) a viewport `width` wide shows."""
        return math.floor(self.day_at(0)), math.floor(self.day_at(width))


@dataclass(slots=True)
class RowAxis:
    """Maps row indexes to viewport y, below the timescale and scrolled like the table."""

    top: int  # the timescale's height: row 0 starts here when not scrolled
    row_height: int
    offset: int = 0  # the table's vertical scroll value, in pixels
    count: int = 0

    def y_of_row(self, row: int) -> float:
        """Return the y of the top edge of `row`."""
        return self.top + row * self.row_height - self.offset

    def row_at(self, y: float) -> int | None:
        """Return the row under `y`, or None above the first or below the last row."""
        if y < self.top:
            return None
        row = math.floor((y - self.top + self.offset) / self.row_height)
        return row if 0 <= row < self.count else None

    def between(self, y_top: int, y_bottom: int) -> range:
        """Return the rows that reach, even partly, from viewport y_top to y_bottom (exclusive)."""
        first = max(0, (y_top - self.top + self.offset) // self.row_height)
        last = (y_bottom - self.top + self.offset - 1) // self.row_height
        return range(first, min(self.count, last + 1))


@dataclass(frozen=True, slots=True)
class BarMetrics:
    """Vertical placement of the shapes inside a row, in pixels from the row's top."""

    bar_top: float
    bar_height: float
    baseline_top: float
    baseline_height: float
    summary_height: float  # the bracket's band; its pointed ends hang below it
    milestone_half: float  # half the diamond's width and height

    @property
    def centre(self) -> float:
        """Return the y of the bar's middle, where links attach."""
        return self.bar_top + self.bar_height / 2

    @staticmethod
    def for_row(row_height: int, with_baseline: bool) -> BarMetrics:
        """Lay out a row: centred bars, or (tracking Gantt) the bar above its baseline."""
        if with_baseline:
            # Every row uses the tracking layout when any task has a baseline, so bars of
            # tasks with and without one line up.
            bar_height = max(6.0, round(row_height * 0.4))
            bar_top = max(2.0, round(row_height * 0.2))
            baseline_height = max(3.0, round(row_height * 0.14))
            baseline_top = bar_top + bar_height + 2
        else:
            bar_height = max(6.0, round(row_height * 0.5))
            bar_top = round((row_height - bar_height) / 2)
            baseline_height = 0.0
            baseline_top = bar_top + bar_height
        return BarMetrics(
            bar_top=bar_top,
            bar_height=bar_height,
            baseline_top=baseline_top,
            baseline_height=baseline_height,
            summary_height=max(4.0, round(bar_height * 0.45)),
            milestone_half=max(4.0, round(bar_height / 2 + 1)),
        )


def bar_extent(bar: Bar, axis: TimeAxis, metrics: BarMetrics) -> tuple[float, float]:
    """Return the left and right x of a bar (a milestone's diamond tips)."""
    if bar.kind is Kind.MILESTONE:
        centre = axis.x_of_day(bar.centre)
        return centre - metrics.milestone_half, centre + metrics.milestone_half
    return axis.x_of_day(bar.start), axis.x_of_day(bar.end)


def anchor_y(bar: Bar, metrics: BarMetrics) -> float:
    """Return the y (from the row's top) where links meet the bar."""
    if bar.kind is Kind.SUMMARY:
        return metrics.bar_top + metrics.summary_height / 2
    return metrics.centre


def bar_rect(bar: Bar, axis: TimeAxis, row_top: float, metrics: BarMetrics) -> QRectF:
    """Return the rectangle a bar is drawn in (a milestone's diamond's bounding square)."""
    left, right = bar_extent(bar, axis, metrics)
    if bar.kind is Kind.MILESTONE:
        top = row_top + metrics.centre - metrics.milestone_half
        return QRectF(left, top, right - left, 2 * metrics.milestone_half)
    return QRectF(left, row_top + metrics.bar_top, right - left, metrics.bar_height)
