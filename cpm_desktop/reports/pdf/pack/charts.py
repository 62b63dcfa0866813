"""What the pack's line charts share: a time axis in months, quiet axes, a one-row legend."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.lib.colors import Color

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.scale import month_abbreviation
from cpm_desktop.reports.pdf.style import MUTED, RULE, TEXT

MAX_MONTH_LABELS = 12


def time_axes(plot: LinePlot, first: int, last: int) -> None:
    """Days (ordinals) `first`..`last` across, labelled by month; both axes in the quiet style."""
    x, y = plot.xValueAxis, plot.yValueAxis
    x.valueMin, x.valueMax = first, last
    x.valueSteps = month_steps(first, last)
    x.labelTextFormat = month_label
    for axis in (x, y):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 8
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    y.visibleGrid = True
    y.gridStrokeColor = RULE
    y.gridStrokeWidth = 0.4
    x.labels.dy = -4


def month_steps(first: int, last: int) -> list[int]:
    """First days of months between two ordinals, thinned to at most 12 labels."""
    day = dt.date.fromordinal(first).replace(day=1)
    steps = []
    while day.toordinal() <= last:
        if day.toordinal() >= first:
            steps.append(day.toordinal())
        day = (day + dt.timedelta(days=32)).replace(day=1)
    every = max(1, -(-len(steps) // MAX_MONTH_LABELS))
    return steps[::every] or [first, last]


def month_label(ordinal: float) -> str:
    """A day's month as an axis label: 'Nov 26', 'Okt 26', 'oct. 26'."""
    day = dt.date.fromordinal(int(ordinal))
    return f"{month_abbreviation(day)} {day.year % 100:02d}"


def legend(pairs: list[tuple[Color, str]], x: float, *, step: float = 130) -> Legend:
    """The series' colours and names in one row under the plot, from `x`."""
    key = Legend()
    key.x, key.y = x, 10
    key.alignment = "right"
    key.columnMaximum = 1
    key.deltax = step
    key.dx, key.dy = 14, 3
    key.fontName = REGULAR
    key.fontSize = 8.5
    key.fillColor = TEXT
    key.colorNamePairs = pairs
    key.strokeWidth = 0
    return key
