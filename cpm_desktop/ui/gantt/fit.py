"""Fitting a project into the chart's width: every bar, baseline and label beside it in view.

Labels are as wide in pixels at every zoom while bars shrink, so the fit is tried zoom by zoom
from the closest: on a projector a name cut at the chart's edge is as lost as a missing bar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from cpm_desktop.ui.gantt.frame import LABEL_GAP, LabelWidths
from cpm_desktop.ui.gantt.geometry import BarMetrics
from cpm_desktop.ui.gantt.layout import GanttLayout, Kind
from cpm_desktop.ui.gantt.timescale import ZoomLevel

FIT_MARGIN = 8  # pixels kept free at either edge of a fitted project


class DrawnExtent:
    """The left and right x (unscrolled) of everything drawn for a project, at any zoom.

    Each edge is a day times the zoom plus pixels that do not zoom (half a diamond, the gap
    and a label), so at every zoom the outermost is among the few edges no other beats on
    both: those are kept, and each zoom tried measures only them.
    """

    def __init__(self, layout: GanttLayout, widths: LabelWidths, metrics: BarMetrics) -> None:
        half = metrics.milestone_half
        starts: list[float] = []  # days whose start is a left edge
        centres: list[float] = []  # milestones' days: their diamond reaches half a diamond left
        # Right edges: (day, label width), by the pixels the bar's own end adds (0 or half).
        ends: dict[float, list[tuple[float, float]]] = {0.0: [], half: []}
        for bar in layout.bars.values():
            width = widths.width(bar)
            if bar.kind is Kind.MILESTONE:
                centres.append(bar.centre)
                ends[half].append((bar.centre, width))
            else:
                starts.append(bar.start)
                ends[0.0].append((bar.end, width))
            if bar.baseline_start is not None:
                starts.append(bar.baseline_start)
            if bar.baseline_end is not None:
                ends[0.0].append((bar.baseline_end, width))
        self._layout = layout
        self._half = half
        self._first = min(starts, default=None)
        self._first_centre = min(centres, default=None)
        self._ends = {added: _unbeaten(pairs) for added, pairs in ends.items()}

    def at(self, pixels_per_day: float) -> tuple[float, float]:
        """The left and right x at `pixels_per_day` (as each bar's own edges give them)."""
        ppd = pixels_per_day
        left = self._layout.project_start * ppd
        if self._first is not None:
            left = min(left, self._first * ppd)
        if self._first_centre is not None:
            left = min(left, self._first_centre * ppd - self._half)
        right = self._layout.project_end * ppd
        for added, pairs in self._ends.items():
            for day, width in pairs:
                # In label_x's order: the bar's end, the gap, then the label.
                right = max(right, day * ppd + added + LABEL_GAP + width)
        return left, right


def _unbeaten(ends: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The (day, label width) pairs no other pair equals or beats on both."""
    kept: list[tuple[float, float]] = []
    widest = -math.inf
    for day, width in sorted(ends, reverse=True):
        if width > widest:
            kept.append((day, width))
            widest = width
    return kept


def fitted_zoom(
    layout: GanttLayout,
    widths: LabelWidths,
    metrics: BarMetrics,
    levels: Sequence[ZoomLevel],
    width: int,
) -> tuple[int, float]:
    """The closest zoom showing the whole project with its labels in `width`, and the scroll.

    The scroll centres what is drawn; when even the farthest zoom is too narrow, the
    project's start is put at the left edge and the rest scrolls into view.
    """
    room = width - 2 * FIT_MARGIN
    extent = DrawnExtent(layout, widths, metrics)
    for level in range(len(levels) - 1, -1, -1):
        left, right = extent.at(levels[level].pixels_per_day)
        if right - left <= room:
            return level, (left + right) / 2 - width / 2
    left, _ = extent.at(levels[0].pixels_per_day)
    return 0, left - FIT_MARGIN
