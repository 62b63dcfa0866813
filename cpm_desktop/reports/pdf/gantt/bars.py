"""The shapes of each row: baseline, task bar with progress, summary bracket, milestone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Group, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.content import GanttRow, dated, has_baseline
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.look import (
    BAR,
    BASELINE,
    CRITICAL_BAR,
    CRITICAL_PROGRESS,
    MILESTONE,
    MUTED,
    PROGRESS,
    SMALL_SIZE,
    SUMMARY,
)
from cpm_desktop.reports.pdf.gantt.scale import day_month

MIN_BAR = 1.5  # points: a one-day task on a quarter scale still shows


@dataclass(frozen=True, slots=True)
class RowMetrics:
    """Vertical placement inside a row, in points down from its top edge (as on screen)."""

    bar_top: float
    bar_height: float
    baseline_top: float
    baseline_height: float
    summary_height: float  # the bracket's band; its pointed ends hang below it
    milestone_half: float

    @staticmethod
    def for_chart(with_baseline: bool) -> RowMetrics:
        """Centred bars, or (any baseline in the chart) every bar raised above its baseline."""
        if with_baseline:
            return RowMetrics(2.0, 5.5, 8.5, 2.0, 2.8, 3.8)
        return RowMetrics(3.0, 6.0, 9.0, 0.0, 3.0, 4.0)


def row_shapes(rows: Sequence[GanttRow], sheet: Sheet) -> Group:
    """Draw the baseline and the bar of every dated row on the page."""
    metrics = RowMetrics.for_chart(sheet.with_baseline)
    group = Group()
    for index, row in enumerate(rows):
        top = sheet.row_top(index)
        if has_baseline(row):
            _baseline(group, row, sheet, top - metrics.baseline_top, metrics)
        if not dated(row):
            continue  # listed by name, without a bar
        if row.is_milestone:
            _milestone(group, row, sheet, top - metrics.bar_top - metrics.bar_height / 2, metrics)
        elif row.is_summary:
            _summary(group, row, sheet, top - metrics.bar_top, metrics)
        else:
            _task(group, row, sheet, top - metrics.bar_top, metrics)
    return group


def _span(sheet: Sheet, start: dt.date, finish: dt.date) -> tuple[float, float] | None:
    """Return the clipped left and right x of the days start..finish, or None off the page."""
    left, right = sheet.x_of(start), sheet.x_of(max(start, finish), 1.0)
    if right < sheet.chart_left or left > sheet.width:
        return None
    left, right = sheet.clip(left), sheet.clip(right)
    return left, max(right, min(left + MIN_BAR, sheet.width))


def _task(group: Group, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
    """A pale bar outlined in its strong colour, filled strong as far as the work is done."""
    assert row.start is not None
    assert row.finish is not None
    span = _span(sheet, row.start, row.finish)
    if span is None:
        return
    fill, strong = (CRITICAL_BAR, CRITICAL_PROGRESS) if row.is_critical else (BAR, PROGRESS)
    left, right = span
    bottom = top - m.bar_height
    group.add(
        Rect(
            left,
            bottom,
            right - left,
            m.bar_height,
            fillColor=fill,
            strokeColor=strong,
            strokeWidth=0.5,
        )
    )
    percent = max(0, min(100, row.percent_complete))
    if percent:
        # Progress runs from the task's real start, which may lie left of this page.
        x0 = sheet.x_of(row.start)
        done = sheet.clip(x0 + (sheet.x_of(row.finish, 1.0) - x0) * percent / 100)
        if done > left:
            group.add(
                Rect(left, bottom, done - left, m.bar_height, fillColor=strong, strokeColor=None)
            )


def _summary(group: Group, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
    """The bracket: a band with pointed ends hanging below, like the screen's."""
    assert row.start is not None
    assert row.finish is not None
    span = _span(sheet, row.start, row.finish)
    if span is None:
        return
    left, right = span
    band = m.summary_height
    tip = min(band, (right - left) / 2)
    bottom = top - band
    points = [
        left,
        top,
        right,
        top,
        right,
        bottom - tip,
        right - tip,
        bottom,
        left + tip,
        bottom,
        left,
        bottom - tip,
    ]
    group.add(Polygon(points, fillColor=SUMMARY, strokeColor=None))


def _milestone(group: Group, row: GanttRow, sheet: Sheet, centre: float, m: RowMetrics) -> None:
    """A diamond on the milestone's day, critical in the critical colour, its date beside it."""
    assert row.start is not None
    x = sheet.x_of(row.start, 0.5)
    if not sheet.shows(x):
        return
    colour = CRITICAL_PROGRESS if row.is_critical else MILESTONE
    group.add(_diamond(x, centre, m.milestone_half, colour, None))
    label = day_month(row.start)
    room = sheet.width - (x + m.milestone_half + 2)
    if stringWidth(label, REGULAR, SMALL_SIZE) <= room:
        group.add(
            String(
                x + m.milestone_half + 2,
                centre - SMALL_SIZE * 0.35,
                label,
                fontName=REGULAR,
                fontSize=SMALL_SIZE,
                fillColor=MUTED,
            )
        )
    else:  # at the page's right edge the date goes on the left
        group.add(
            String(
                x - m.milestone_half - 2,
                centre - SMALL_SIZE * 0.35,
                label,
                fontName=REGULAR,
                fontSize=SMALL_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )


def _baseline(group: Group, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
    """The thin grey bar of the baseline dates under the bar (a hollow diamond for milestones)."""
    assert row.baseline_start is not None
    assert row.baseline_finish is not None
    if row.is_milestone:
        x = sheet.x_of(row.baseline_start, 0.5)
        if sheet.shows(x):
            half = m.baseline_height / 2 + 1.2
            group.add(_diamond(x, top - m.baseline_height / 2, half, None, BASELINE))
        return
    span = _span(sheet, row.baseline_start, row.baseline_finish)
    if span is not None:
        left, right = span
        group.add(
            Rect(
                left,
                top - m.baseline_height,
                right - left,
                m.baseline_height,
                fillColor=BASELINE,
                strokeColor=None,
            )
        )


def _diamond(x: float, y: float, half: float, fill: Color | None, stroke: Color | None) -> Polygon:
    """A diamond centred on (x, y)."""
    points = [x, y + half, x + half, y, x, y - half, x - half, y]
    return Polygon(points, fillColor=fill, strokeColor=stroke, strokeWidth=0.8)
