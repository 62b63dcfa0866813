"""The shapes of each row: baseline, task bar with progress, summary bracket, milestone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Group, Path, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.batch import add_polygon, add_rect, shapes_of
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
from cpm_desktop.reports.pdf.gantt.texts import TextRun

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


@dataclass(slots=True)
class _Looks:
    """A page's shapes gathered by look, one path each, in the order they are painted.

    Shapes of different rows never overlap, so painting look by look instead of row by row
    changes nothing on paper; within a row the bar still covers its baseline's diamond.
    """

    baselines: Path = field(default_factory=lambda: shapes_of(BASELINE))
    baseline_diamonds: Path = field(default_factory=lambda: shapes_of(None, BASELINE, 0.8))
    bars: Path = field(default_factory=lambda: shapes_of(BAR, PROGRESS))
    critical_bars: Path = field(default_factory=lambda: shapes_of(CRITICAL_BAR, CRITICAL_PROGRESS))
    progress: Path = field(default_factory=lambda: shapes_of(PROGRESS))
    critical_progress: Path = field(default_factory=lambda: shapes_of(CRITICAL_PROGRESS))
    summaries: Path = field(default_factory=lambda: shapes_of(SUMMARY))
    milestones: Path = field(default_factory=lambda: shapes_of(MILESTONE))
    critical_milestones: Path = field(default_factory=lambda: shapes_of(CRITICAL_PROGRESS))
    labels: TextRun = field(default_factory=TextRun)

    def group(self) -> Group:
        """The paths that hold a shape, and the milestones' dates over them."""
        paths = (
            self.baselines,
            self.baseline_diamonds,
            self.bars,
            self.critical_bars,
            self.progress,
            self.critical_progress,
            self.summaries,
            self.milestones,
            self.critical_milestones,
        )
        group = Group(*(path for path in paths if path.points))
        if self.labels.strings:
            group.add(self.labels)
        return group


def row_shapes(rows: Sequence[GanttRow], sheet: Sheet) -> Group:
    """Draw the baseline and the bar of every dated row on the page."""
    metrics = RowMetrics.for_chart(sheet.with_baseline)
    looks = _Looks()
    for index, row in enumerate(rows):
        top = sheet.row_top(index)
        if has_baseline(row):
            _baseline(looks, row, sheet, top - metrics.baseline_top, metrics)
        if not dated(row):
            continue  # listed by name, without a bar
        if row.is_milestone:
            _milestone(looks, row, sheet, top - metrics.bar_top - metrics.bar_height / 2, metrics)
        elif row.is_summary:
            _summary(looks, row, sheet, top - metrics.bar_top, metrics)
        else:
            _task(looks, row, sheet, top - metrics.bar_top, metrics)
    return looks.group()


def _span(sheet: Sheet, start: dt.date, finish: dt.date) -> tuple[float, float] | None:
    """Return the clipped left and right x of the days start..finish, or None off the page."""
    left, right = sheet.x_of(start), sheet.x_of(max(start, finish), 1.0)
    if right < sheet.chart_left or left > sheet.width:
        return None
    left, right = sheet.clip(left), sheet.clip(right)
    return left, max(right, min(left + MIN_BAR, sheet.width))


def _task(looks: _Looks, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
    """A pale bar outlined in its strong colour, filled strong as far as the work is done."""
    assert row.start is not None
    assert row.finish is not None
    span = _span(sheet, row.start, row.finish)
    if span is None:
        return
    bar, done_part = (
        (looks.critical_bars, looks.critical_progress)
        if row.is_critical
        else (looks.bars, looks.progress)
    )
    left, right = span
    bottom = top - m.bar_height
    add_rect(bar, left, bottom, right - left, m.bar_height)
    percent = max(0, min(100, row.percent_complete))
    if percent:
        # Progress runs from the task's real start, which may lie left of this page.
        x0 = sheet.x_of(row.start)
        done = sheet.clip(x0 + (sheet.x_of(row.finish, 1.0) - x0) * percent / 100)
        if done > left:
            add_rect(done_part, left, bottom, done - left, m.bar_height)


def _summary(looks: _Looks, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
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
    add_polygon(looks.summaries, points)


def _milestone(looks: _Looks, row: GanttRow, sheet: Sheet, centre: float, m: RowMetrics) -> None:
    """A diamond on the milestone's day, critical in the critical colour, its date beside it."""
    assert row.start is not None
    x = sheet.x_of(row.start, 0.5)
    if not sheet.shows(x):
        return
    add_polygon(
        looks.critical_milestones if row.is_critical else looks.milestones,
        _diamond(x, centre, m.milestone_half),
    )
    label = day_month(row.start)
    room = sheet.width - (x + m.milestone_half + 2)
    if stringWidth(label, REGULAR, SMALL_SIZE) <= room:
        looks.labels.add(
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
        looks.labels.add(
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


def _baseline(looks: _Looks, row: GanttRow, sheet: Sheet, top: float, m: RowMetrics) -> None:
    """The thin grey bar of the baseline dates under the bar (a hollow diamond for milestones)."""
    assert row.baseline_start is not None
    assert row.baseline_finish is not None
    if row.is_milestone:
        x = sheet.x_of(row.baseline_start, 0.5)
        if sheet.shows(x):
            half = m.baseline_height / 2 + 1.2
            add_polygon(looks.baseline_diamonds, _diamond(x, top - m.baseline_height / 2, half))
        return
    span = _span(sheet, row.baseline_start, row.baseline_finish)
    if span is not None:
        left, right = span
        add_rect(looks.baselines, left, top - m.baseline_height, right - left, m.baseline_height)


def _diamond(x: float, y: float, half: float) -> list[float]:
    """The corners of a diamond centred on (x, y)."""
    return [x, y + half, x + half, y, x, y - half, x - half, y]
