"""Where things sit on one page's drawing: the name column, each band's y, and dates ↔ x."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpm_desktop.reports.pdf.gantt.pages import ROW_HEIGHT, TIER_HEIGHT, TITLE_HEIGHT


@dataclass(frozen=True, slots=True)
class Sheet:
    """One page's coordinates (reportlab's: y grows upwards from the drawing's foot)."""

    width: float
    height: float
    name_width: float  # the whole name column, WBS included
    wbs_width: float
    base_level: int  # the shallowest level shown, drawn without indent
    window: tuple[dt.date, dt.date]  # [start, end)
    points_per_day: float
    rows: int  # how many rows this page holds
    with_baseline: bool  # any row of the chart has a baseline: bars sit above it

    @property
    def chart_left(self) -> float:
        """Return the x where the time chart begins."""
        return self.name_width

    @property
    def scale_top(self) -> float:
        """Return the y of the timescale's top edge."""
        return self.height - TITLE_HEIGHT

    @property
    def rows_top(self) -> float:
        """Return the y of the first row's top edge."""
        return self.scale_top - 2 * TIER_HEIGHT

    @property
    def rows_bottom(self) -> float:
        """Return the y of the last row's bottom edge."""
        return self.rows_top - self.rows * ROW_HEIGHT

    def row_top(self, index: int) -> float:
        """Return the y of the top edge of the page's row `index`."""
        return self.rows_top - index * ROW_HEIGHT

    def x_of(self, day: dt.date, fraction: float = 0.0) -> float:
        """Return the x of the start of `day` (plus `fraction` of it), unclipped."""
        return self.chart_left + ((day - self.window[0]).days + fraction) * self.points_per_day

    def clip(self, x: float) -> float:
        """Return `x` held inside the chart area."""
        return min(max(x, self.chart_left), self.width)

    def shows(self, x: float) -> bool:
        """Tell whether `x` falls inside the chart area."""
        return self.chart_left <= x <= self.width
