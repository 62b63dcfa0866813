"""Frame: what one paint needs; where labels go and how wide they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.gantt.arrows import STUB
from cpm_desktop.ui.gantt.geometry import BarMetrics, RowAxis, TimeAxis, bar_extent
from cpm_desktop.ui.gantt.layout import Bar, GanttLayout, Kind
from cpm_desktop.ui.gantt.link_index import LinkIndex
from cpm_desktop.ui.gantt.timescale import ZoomLevel
from cpm_desktop.ui.theme import Colors

LABEL_GAP = STUB + 6  # past the link stub, so a link's turn never touches the label
LABEL_EDGE = 4  # pixels a label keeps clear of the chart's right edge


class LabelWidths:
    """Remembers how wide each label is in one font (links are routed around them).

    By what the label shows (a task's name, bold for a summary; a milestone's date), not by
    task: an edit that hands back thousands of rows with new dates or slack keeps them.
    """

    def __init__(self) -> None:
        self._font_key = ""
        self._widths: dict[tuple[object, ...], float] = {}
        self._metrics = (QFontMetricsF(QFont()), QFontMetricsF(QFont()))
        self._widest = 0.0
        self._widest_of: tuple[object, ...] = ()  # (layout, its version, font) measured

    def clear(self) -> None:
        """Forget the widths (a new layout: the names may have changed)."""
        self._widths = {}

    def set_font(self, font: QFont) -> None:
        """Measure in `font` from now on (bold for summaries)."""
        key = font.key()
        if key != self._font_key:
            bold = QFont(font)
            bold.setBold(True)
            self._font_key, self._widths = key, {}
            self._metrics = (QFontMetricsF(font), QFontMetricsF(bold))

    def width(self, bar: Bar) -> float:
        """Return the width of `bar`'s label."""
        key = _label_key(bar)
        width = self._widths.get(key)
        if width is None:
            metrics = self._metrics[1 if bar.kind is Kind.SUMMARY else 0]
            width = self._widths[key] = metrics.horizontalAdvance(label_text(bar))
        return width

    def widest(self, layout: GanttLayout, font: QFont) -> float:
        """The widest label of `layout`'s bars in `font` (the scroll range reaches past it):
        measured once per layout and font; after an in-place update, the widest of that and
        the labels not measured yet."""
        self.set_font(font)
        layout_of, version, font_key = self._widest_of or (None, 0, "")
        if (layout_of, font_key) != (layout, self._font_key):
            self._widest = max(map(self.width, layout.bars.values()), default=0.0)
        elif version != layout.version:
            # A label that got shorter leaves the range a little wide until the next rebuild:
            # measuring every label again costs more than the rest of an edit's repaint.
            # One update since the last measure: only the labels it changed can be new.
            bars = layout.relabelled if version == layout.version - 1 else layout.bars.values()
            widths = self._widths
            new = [bar for bar in bars if _label_key(bar) not in widths]
            self._widest = max(map(self.width, new), default=self._widest)
        self._widest_of = (layout, layout.version, self._font_key)
        return self._widest


def _label_key(bar: Bar) -> tuple[object, ...]:
    """What a bar's label width depends on (label_text and the weight)."""
    if bar.kind is Kind.MILESTONE:
        return (None, bar.task.start)
    return (bar.kind is Kind.SUMMARY, bar.task.name)


def label_in_view(text: str, x: float, width: float, metrics: QFontMetricsF) -> str:
    """The label as drawn at `x` in a chart `width` wide: whole, or shortened with "…" where
    it would run past the right edge (the bar's tooltip names the task), or "" if no room."""
    room = width - x - LABEL_EDGE
    if metrics.horizontalAdvance(text) <= room:
        return text
    if room < metrics.horizontalAdvance("M…"):
        return ""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


def label_text(bar: Bar) -> str:
    """Return the label beside a bar: the task's name, or a milestone's date."""
    if bar.kind is Kind.MILESTONE and bar.task.start is not None:
        # Qt's date format, the language's order of day and month (German "7. Sep").
        day_month = QCoreApplication.translate("GanttChart", "d MMM")
        return QLocale().toString(qdate(bar.task.start), day_month)
    return bar.task.name


@dataclass(slots=True)
class Frame:
    """Everything one paint needs, gathered by the chart."""

    layout: GanttLayout
    row_ids: Sequence[int]
    axis: TimeAxis
    rows: RowAxis
    metrics: BarMetrics
    level: ZoomLevel
    width: int
    height: int
    palette: Colors
    base: QColor
    alternate_base: QColor
    font: QFont
    label_widths: LabelWidths
    links: LinkIndex
    selected: int | None = None
    chain_tasks: set[int] = field(default_factory=set)
    chain_links: set[int] = field(default_factory=set)
    over_allocated: frozenset[int] = frozenset()  # tasks whose people are over-allocated
    today: dt.date | None = None
    # Link routes in unscrolled coordinates, by link id, kept by the chart while the data,
    # rows, zoom and row height stay the same: a scroll step then only translates them.
    routes: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    # What each row's bar, baseline and label cover, unscrolled, by row: kept with the routes
    # (routing a link scores the rows it crosses, and zooming routes every link in view).
    spans: dict[int, tuple[float, float] | None] = field(default_factory=dict)
    # The y range this paint covers (None: the whole viewport). A vertical scroll moves the
    # pixels still on screen and paints only the strip it uncovers.
    exposed: tuple[int, int] | None = None

    @property
    def visible_rows(self) -> range:
        """Return the rows to paint: those the viewport (or the exposed strip) shows, and one
        more each side, whose shapes may reach into it.

        A baseline milestone's diamond hangs a few pixels into the row below: painted from
        the row above the view too, the first row reads the same whether it was painted now
        or moved up by a scroll.
        """
        top, bottom = (self.rows.top, self.height) if self.exposed is None else self.exposed
        margin = self.rows.row_height
        return self.rows.between(top - margin, bottom + margin)

    def occupied(self, row: int) -> tuple[float, float] | None:
        """Return the x range a row's bar, baseline and label cover (None without a bar)."""
        if row in self.spans:
            span = self.spans[row]
        else:
            span = self.spans[row] = self._span(row)
        if span is None:
            return None
        scroll = self.axis.scroll
        return span[0] - scroll, span[1] - scroll

    def _span(self, row: int) -> tuple[float, float] | None:
        """What `row`'s bar, baseline and label cover, unscrolled."""
        bar = self.layout.bars.get(self.row_ids[row])
        if bar is None:
            return None
        axis = TimeAxis(self.axis.origin, self.axis.pixels_per_day)
        left = bar_extent(bar, axis, self.metrics)[0]
        if bar.baseline_start is not None:
            left = min(left, axis.x_of_day(bar.baseline_start))
        right = label_x(bar, axis, self.metrics) + self.label_widths.width(bar)
        return left, right


def label_x(bar: Bar, axis: TimeAxis, metrics: BarMetrics) -> float:
    """Return where a bar's label starts: past the bar and its baseline, never over either."""
    right = bar_extent(bar, axis, metrics)[1]
    if bar.baseline_end is not None:
        right = max(right, axis.x_of_day(bar.baseline_end))
    return right + LABEL_GAP
