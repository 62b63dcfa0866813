"""GanttChart: the timeline drawn beside the task table, rows aligned, scrolled by the table."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QToolTip, QWidget

from cpm_desktop.services.plan.timeline import Timeline
from cpm_desktop.ui.gantt.background import date_line_tooltip
from cpm_desktop.ui.gantt.drag import DragController
from cpm_desktop.ui.gantt.fit import FIT_MARGIN, fitted_zoom
from cpm_desktop.ui.gantt.frame import LABEL_GAP, Frame, LabelWidths
from cpm_desktop.ui.gantt.geometry import BarMetrics, RowAxis, TimeAxis, bar_extent, bar_rect
from cpm_desktop.ui.gantt.header import HeaderPainter
from cpm_desktop.ui.gantt.interactions import hit_test
from cpm_desktop.ui.gantt.layout import GanttLayout
from cpm_desktop.ui.gantt.link_index import LinkIndex
from cpm_desktop.ui.gantt.render import paint_chart
from cpm_desktop.ui.gantt.route_cache import RouteCache, Routes, Spans
from cpm_desktop.ui.gantt.timescale import DEFAULT_ZOOM, ZOOM_LEVELS
from cpm_desktop.ui.gantt.tooltip import tooltip_text
from cpm_desktop.ui.gantt.wheel import WheelReader
from cpm_desktop.ui.theme import colors

SCROLL_MARGIN = 40  # pixels left of a bar scrolled into view


class GanttChart(QAbstractScrollArea):
    """A Gantt chart: bars, links and timescale, painted only where the viewport shows them.

    It owns horizontal scrolling (its own scroll bar) but not vertical scrolling: the task
    table beside it sets the shown rows, their height and the vertical offset.
    """

    sig_move_requested = Signal(int, object)
    """A bar was dragged: task id, new start (datetime.date)."""
    sig_finish_requested = Signal(int, object)
    """A bar's end was dragged: task id, new finish (datetime.date)."""
    sig_link_requested = Signal(int, int)
    """A bar was dragged onto another: predecessor id, successor id."""
    sig_task_activated = Signal(int)
    """A bar was double-clicked: task id."""
    sig_task_clicked = Signal(int)
    """A bar or its row was clicked: task id (select it in the table)."""
    sig_vertical_scroll = Signal(int)
    """The wheel turned: pixels, positive away from the user (the table scrolls up by it)."""
    sig_zoom_changed = Signal(int)
    """The zoom changed: the new index into ZOOM_LEVELS."""

    ZOOM_LEVELS = ZOOM_LEVELS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = GanttLayout()
        self._row_ids: list[int] = []
        self._row_of: dict[int, int] = {}
        # Built at the next paint after the links or the rows change: a new timeline is
        # followed by its rows, and ten thousand links are indexed once, not twice.
        self._links: LinkIndex | None = None
        self._zoom = DEFAULT_ZOOM
        self._axis = TimeAxis(self._layout.origin, ZOOM_LEVELS[DEFAULT_ZOOM].pixels_per_day)
        self._rows = RowAxis(top=self.preferred_header_height(), row_height=28)
        self._metrics = BarMetrics.for_row(28, with_baseline=False)
        self._selected: int | None = None
        self._routes = RouteCache()
        self._chain_tasks: set[int] = set()
        self._over_allocated: frozenset[int] = frozenset()
        self._chain_links: set[int] = set()
        self._driver_lookup: Callable[[int], str] = lambda _task_id: ""
        self._today = dt.date.today()
        self._header = HeaderPainter()
        self._label_widths = LabelWidths()
        self._placed = False  # whether a timeline has been scrolled into view once
        self._drag = DragController(
            self.sig_move_requested.emit,
            self.sig_finish_requested.emit,
            self.sig_link_requested.emit,
        )
        self._wheel = WheelReader()
        self.setFrameShape(QFrame.Shape.NoFrame)  # the focus frame is painted instead
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        # Every pixel is painted (rows, the area below them, timescale, border): no fill
        # first, and Qt moves the pixels of an opaque viewport on a vertical scroll.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.horizontalScrollBar().setSingleStep(20)
        self._update_scroll_range()

    # -- data from the table ------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        """Show `timeline`, keeping the zoom and the date at the left edge."""
        end = self._layout.project_end
        if self._layout.update(timeline):
            if self._layout.project_end != end:  # the finish moved: so does the range's end
                self._update_scroll_range()
            self.viewport().update()
            return
        left = self._axis.origin + self._axis.day_at(0)
        self._layout = GanttLayout(timeline)
        self._label_widths.clear()
        self._axis.origin = self._layout.origin
        self._metrics = BarMetrics.for_row(self._rows.row_height, self._layout.has_baseline)
        self._links = None
        if self._placed:
            self._set_scroll((left - self._axis.origin) * self._axis.pixels_per_day)
        else:
            self._placed = True
            self._set_scroll((self._layout.project_start - 2) * self._axis.pixels_per_day)
        self.viewport().update()

    def set_rows(self, task_ids: list[int]) -> None:
        """Show these tasks' rows, top to bottom (children of collapsed summaries left out)."""
        self._row_ids = list(task_ids)
        self._row_of = {task_id: row for row, task_id in enumerate(self._row_ids)}
        self._rows.count = len(self._row_ids)
        self._links = None
        self.viewport().update()

    def set_row_height(self, px: int) -> None:
        """Match the table's row height."""
        self._rows.row_height = max(8, px)
        self._metrics = BarMetrics.for_row(self._rows.row_height, self._layout.has_baseline)
        self.viewport().update()

    def set_header_height(self, px: int) -> None:
        """Match the table header's height (the two-tier timescale fills it)."""
        self._rows.top = max(16, px)
        self.viewport().update()

    def preferred_header_height(self) -> int:
        """Return a header height where both tiers read at the current font size."""
        return 2 * (QFontMetrics(self.font()).height() + 8)

    def set_vertical_offset(self, px: int) -> None:
        """Follow the table's vertical scroll value (in pixels)."""
        if px == self._rows.offset:
            return
        dy = self._rows.offset - px
        self._rows.offset = px
        viewport = self.viewport()
        # The rows inside the frame's border move; the timescale and the border stay.
        rows = QRect(
            1, self._rows.top, viewport.width() - 2, viewport.height() - self._rows.top - 1
        )
        if self._drag.active or abs(dy) >= rows.height():
            viewport.update()  # a drag's ghost follows the pointer, not the rows
        else:
            viewport.scroll(0, dy, rows)  # only the uncovered strip is painted

    def set_selected_task(self, task_id: int | None) -> None:
        """Tint the row of the task selected in the table."""
        self._selected = task_id
        self.viewport().update()

    def set_highlight(self, task_ids: set[int], link_ids: set[int]) -> None:
        """Emphasise a driving chain: outline its bars and thicken its links."""
        self._chain_tasks = set(task_ids)
        self._chain_links = set(link_ids)
        self.viewport().update()

    def set_over_allocated(self, task_ids: frozenset[int]) -> None:
        """Mark the bars of these tasks: their people are over-allocated."""
        if task_ids != self._over_allocated:
            self._over_allocated = task_ids
            self.viewport().update()

    @property
    def over_allocated(self) -> frozenset[int]:
        """The tasks whose bars are marked over-allocated."""
        return self._over_allocated

    def set_driver_lookup(self, lookup: Callable[[int], str]) -> None:
        """Give the function that says what drives a task's start, for the tooltip."""
        self._driver_lookup = lookup

    def set_today(self, day: dt.date) -> None:
        """Set the date of the today line (tests fix it; the app leaves it at today)."""
        self._today = day
        self.viewport().update()

    # -- zoom and horizontal scrolling --------------------------------------------------

    @property
    def zoom_level(self) -> int:
        """Return the index of the zoom level in ZOOM_LEVELS."""
        return self._zoom

    @property
    def pixels_per_day(self) -> float:
        """Return the width of one day at the current zoom."""
        return self._axis.pixels_per_day

    def set_zoom(self, level: int, anchor_x: float | None = None) -> None:
        """Zoom to `level`, keeping the date under `anchor_x` (default: the middle) in place."""
        level = max(0, min(len(ZOOM_LEVELS) - 1, level))
        if level == self._zoom:
            return
        x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = self._axis.day_at(x)
        self._zoom = level
        self._axis.pixels_per_day = ZOOM_LEVELS[level].pixels_per_day
        self._set_scroll(day * self._axis.pixels_per_day - x)
        self.viewport().update()
        self.sig_zoom_changed.emit(level)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        """Show days wider."""
        self.set_zoom(self._zoom + 1, anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        """Show days narrower."""
        self.set_zoom(self._zoom - 1, anchor_x)

    def go_to_today(self) -> None:
        """Scroll so the today line sits a quarter of the way across."""
        day = self._today.toordinal() - self._axis.origin + 0.5
        self._set_scroll(day * self._axis.pixels_per_day - self.viewport().width() / 4)

    def scroll_to_task(self, task_id: int) -> None:
        """Scroll horizontally so the task's bar comes into view (unless it already is)."""
        bar = self._layout.bars.get(task_id)
        if bar is None:
            return
        left, right = bar_extent(bar, self._axis, self._metrics)
        if left >= 0 and right <= self.viewport().width():
            return
        self._set_scroll(left + self._axis.scroll - SCROLL_MARGIN)

    def fit_project(self) -> None:
        """Pick the closest zoom that shows the whole project and its labels, and centre it."""
        self._label_widths.set_font(self.font())
        width = max(1, self.viewport().width())
        level, scroll = fitted_zoom(
            self._layout, self._label_widths, self._metrics, ZOOM_LEVELS, width
        )
        self.set_zoom(level)
        self._set_scroll(scroll)

    def date_at(self, x: int) -> dt.date:
        """Return the date under viewport x."""
        return self._axis.date_at(x)

    def x_of(self, day: dt.date) -> float:
        """Return the viewport x where `day` begins."""
        return self._axis.x_of(day)

    def bar_rect(self, task_id: int) -> QRectF | None:
        """Return a shown bar's rectangle in viewport coordinates (None when not in a row)."""
        bar = self._layout.bars.get(task_id)
        row = self._row_of.get(task_id)
        if bar is None or row is None:
            return None
        return bar_rect(bar, self._axis, self._rows.y_of_row(row), self._metrics)

    def task_at(self, pos: QPointF) -> int | None:
        """Return the id of the task whose bar is at viewport `pos`."""
        hit = hit_test(self._frame(), pos)
        return hit.bar.task.id if hit else None

    def tooltip_at(self, pos: QPointF) -> str:
        """Return the tooltip for viewport `pos` (empty away from bars)."""
        frame = self._frame()
        if pos.y() < frame.rows.top:
            return date_line_tooltip(frame, pos.x())
        hit = hit_test(frame, pos)
        if hit is None:
            return ""
        task = hit.bar.task
        return tooltip_text(task, self._driver_lookup(task.id))

    def _set_scroll(self, value: float) -> None:
        """Scroll to `value` pixels, widening the range if need be so zooming keeps its anchor."""
        self._axis.scroll = round(value)
        self._update_scroll_range()

    def _update_scroll_range(self) -> None:
        bar = self.horizontalScrollBar()
        wanted = self._axis.scroll
        layout, ppd = self._layout, self._axis.pixels_per_day
        # The labels right of the last bars scroll into view too, whatever the zoom.
        widest = self._label_widths.widest(layout, self.font())
        labels = layout.project_end * ppd + LABEL_GAP + widest + FIT_MARGIN
        content = max(layout.last_day * ppd, labels + self._metrics.milestone_half)
        width = self.viewport().width()
        high = max(0, math.ceil(content - width))
        bar.blockSignals(True)
        bar.setRange(min(0, wanted), max(high, wanted))
        bar.setPageStep(max(1, width))
        bar.setValue(wanted)
        bar.blockSignals(False)
        self._axis.scroll = bar.value()
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Follow the horizontal scroll bar."""
        self._axis.scroll = self.horizontalScrollBar().value()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the scroll range in step with the width."""
        super().resizeEvent(event)
        self._update_scroll_range()

    # -- painting -----------------------------------------------------------------------

    def _frame(self, exposed: tuple[int, int] | None = None) -> Frame:
        viewport = self.viewport()
        palette = self.palette()
        self._label_widths.set_font(self.font())
        if self._links is None:
            self._links = LinkIndex(self._layout.links, self._row_of)
        routes, spans = self._routes_for(self._layout, self._links, self.font().key())
        return Frame(
            layout=self._layout,
            row_ids=self._row_ids,
            axis=self._axis,
            rows=self._rows,
            metrics=self._metrics,
            level=ZOOM_LEVELS[self._zoom],
            width=viewport.width(),
            height=viewport.height(),
            palette=colors(),
            base=palette.color(QPalette.ColorRole.Base),
            alternate_base=palette.color(QPalette.ColorRole.AlternateBase),
            font=self.font(),
            label_widths=self._label_widths,
            links=self._links,
            selected=self._selected,
            chain_tasks=self._chain_tasks,
            chain_links=self._chain_links,
            over_allocated=self._over_allocated,
            today=self._today,
            routes=routes,
            spans=spans,
            exposed=exposed,
        )

    def _routes_for(self, *key: object) -> tuple[Routes, Spans]:
        # The layout and link index themselves (compared by identity), not their id()s: an
        # id can be reused once the old object is gone.
        full_key = (
            *key,
            self._layout.version,
            self._rows.row_height,
            self._rows.top,
            self._metrics,
        )
        return self._routes.at(full_key, self._axis.pixels_per_day)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart (see render.paint_chart)."""
        painter = QPainter(self.viewport())
        area = event.rect()
        whole = area.top() <= 0 and area.bottom() >= self.viewport().height() - 1
        frame = self._frame(None if whole else (area.top(), area.bottom() + 1))
        paint_chart(painter, frame, self._header, self._drag.paint, self.hasFocus())
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus frame."""
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus frame."""
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        """Answer tooltip requests with the bar's facts."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- mouse and keyboard ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the row clicked; remember a press on a bar, to drag it."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        frame = self._frame()
        row = frame.rows.row_at(event.position().y())
        if row is not None:
            self.sig_task_clicked.emit(self._row_ids[row])
        self._drag.press(frame, event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag (move, resize or link), or show the resize cursor over a bar's end."""
        cursor = self._drag.move(self._frame(), event.position())
        if cursor == Qt.CursorShape.ArrowCursor:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(cursor)
        if self._drag.active:
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the drag: ask for the change it made."""
        if event.button() == Qt.MouseButton.LeftButton and self._drag.active:
            self._drag.release(self._frame(), event.position())
            self.viewport().unsetCursor()
            self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the task whose bar was double-clicked."""
        task_id = self.task_at(event.position())
        if task_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_task_activated.emit(task_id)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl zooms around the pointer, Shift scrolls sideways, else the table scrolls."""
        event.accept()
        bar = self.horizontalScrollBar()
        turn = self._wheel.read(event, self._rows.row_height, bar.singleStep())
        if turn.zoom_steps:
            self.set_zoom(self._zoom + turn.zoom_steps, event.position().x())
        if turn.sideways:
            bar.setValue(bar.value() + turn.sideways)
        if turn.vertical:
            self.sig_vertical_scroll.emit(turn.vertical)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels a drag; + and - zoom."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag.active:
            self._drag.cancel()
            self.viewport().unsetCursor()
            self.viewport().update()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)
