"""Fitting a project into the chart's width: every bar, baseline and label beside it in view.

Labels are as wide in pixels at every zoom while bars shrink, so the fit is tried zoom by zoom
from the closest: on a projector a name cut at the chart's edge is as lost as a missing bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from cpm_desktop.ui.gantt.frame import LabelWidths, label_x
from cpm_desktop.ui.gantt.geometry import BarMetrics, TimeAxis, bar_extent
from cpm_desktop.ui.gantt.layout import GanttLayout
from cpm_desktop.ui.gantt.timescale import ZoomLevel

FIT_MARGIN = 8  # pixels kept free at either edge of a fitted project


def drawn_extent(
    layout: GanttLayout, widths: LabelWidths, metrics: BarMetrics, pixels_per_day: float
) -> tuple[float, float]:
    """The left and right x (unscrolled) of everything drawn for the project at a zoom."""
    axis = TimeAxis(layout.origin, pixels_per_day)
    left = layout.project_start * pixels_per_day
    right = layout.project_end * pixels_per_day
    for bar in layout.bars.values():
        start = bar_extent(bar, axis, metrics)[0]
        if bar.baseline_start is not None:
            start = min(start, axis.x_of_day(bar.baseline_start))
        left = min(left, start)
        right = max(right, label_x(bar, axis, metrics) + widths.width(bar))
    return left, right


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
    for level in range(len(levels) - 1, -1, -1):
        left, right = drawn_extent(layout, widths, metrics, levels[level].pixels_per_day)
        if right - left <= room:
            return level, (left + right) / 2 - width / 2
    left, _ = drawn_extent(layout, widths, metrics, levels[0].pixels_per_day)
    return 0, left - FIT_MARGIN
