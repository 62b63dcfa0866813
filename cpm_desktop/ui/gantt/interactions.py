"""Mouse gestures on bars, one class each: move a bar, drag its end, draw a link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.gantt.frame import Frame
from cpm_desktop.ui.gantt.geometry import anchor_y, bar_extent, bar_rect
from cpm_desktop.ui.gantt.layout import Bar, Kind
from cpm_desktop.ui.gantt.painter import diamond as diamond_shape

HANDLE = 5.0  # how near a bar's right end a press resizes instead of moving


class Part(Enum):
    """Which part of a bar the pointer is on."""

    BODY = "body"
    END = "end"


@dataclass(frozen=True, slots=True)
class Hit:
    """A bar under the pointer: its row, the bar and the part."""

    row: int
    bar: Bar
    part: Part


def hit_test(frame: Frame, pos: QPointF) -> Hit | None:
    """Return the bar at `pos`, with a few pixels of slack so thin bars are easy to grab."""
    row = frame.rows.row_at(pos.y())
    if row is None:
        return None
    bar = frame.layout.bars.get(frame.row_ids[row])
    if bar is None:
        return None
    rect = bar_rect(bar, frame.axis, frame.rows.y_of_row(row), frame.metrics)
    if bar.kind is Kind.SUMMARY:
        rect.setHeight(frame.metrics.summary_height * 2)
    x, y = pos.x(), pos.y()
    if not rect.top() - 4 <= y <= rect.bottom() + 4:
        return None
    if bar.kind is Kind.TASK:
        # The handle shrinks on short bars so their body can still be grabbed to move.
        handle = min(HANDLE, rect.width() / 3)
        if rect.right() - handle <= x <= rect.right() + HANDLE:
            return Hit(row, bar, Part.END)
    if rect.left() - 3 <= x <= rect.right() + 3:
        return Hit(row, bar, Part.BODY)
    return None


class Gesture:
    """A drag in progress: follows the pointer, draws feedback, asks for a change on release."""

    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, hit: Hit, press: QPointF) -> None:
        self.hit = hit
        self.press = press
        self.pos = press

    def move(self, pos: QPointF) -> None:
        """Follow the pointer."""
        self.pos = pos

    def release(self, frame: Frame) -> None:
        """Finish: ask for the change (if any)."""

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw the feedback of the drag so far."""

    def days_moved(self, frame: Frame) -> int:
        """Return the whole days the pointer has moved since the press (snapping)."""
        return round((self.pos.x() - self.press.x()) / frame.axis.pixels_per_day)


class MoveBar(Gesture):
    """Drag a bar sideways; on release ask for the new start date."""

    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(self, hit: Hit, press: QPointF, request: Callable[[int, dt.date], None]) -> None:
        super().__init__(hit, press)
        self._request = request

    def release(self, frame: Frame) -> None:
        """Ask for the start moved by whole days, if it moved."""
        days = self.days_moved(frame)
        start = self.hit.bar.task.start
        if days and start is not None:
            self._request(self.hit.bar.task.id, start + dt.timedelta(days=days))

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw the bar where it would land, with its new start."""
        days = self.days_moved(frame)
        bar = self.hit.bar
        start = bar.task.start
        if start is None:
            return
        rect = bar_rect(bar, frame.axis, frame.rows.y_of_row(self.hit.row), frame.metrics)
        rect.translate(days * frame.axis.pixels_per_day, 0)
        _ghost(painter, frame, rect, diamond=bar.kind is Kind.MILESTONE)
        day = date_text(start + dt.timedelta(days=days))
        _tag(
            painter,
            frame,
            rect,
            QCoreApplication.translate("GanttChart", "Start: {date}").format(date=day),
        )


class ResizeBar(Gesture):
    """Drag a bar's right end; on release ask for the new finish date."""

    cursor = Qt.CursorShape.SizeHorCursor

    def __init__(self, hit: Hit, press: QPointF, request: Callable[[int, dt.date], None]) -> None:
        super().__init__(hit, press)
        self._request = request

    def new_finish(self, frame: Frame) -> dt.date:
        """Return the finish the drag has reached; never before the start."""
        bar = self.hit.bar
        end = max(bar.start + 1, bar.end + self.days_moved(frame))
        return frame.layout.date(end - 1)

    def release(self, frame: Frame) -> None:
        """Ask for the new finish, if it changed."""
        finish = self.new_finish(frame)
        if finish != self.hit.bar.task.finish:
            self._request(self.hit.bar.task.id, finish)

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw the bar stretched to the new finish, with that date."""
        finish = self.new_finish(frame)
        rect = bar_rect(self.hit.bar, frame.axis, frame.rows.y_of_row(self.hit.row), frame.metrics)
        rect.setRight(frame.axis.x_of(finish + dt.timedelta(days=1)))
        _ghost(painter, frame, rect, diamond=False)
        _tag(
            painter,
            frame,
            rect,
            QCoreApplication.translate("GanttChart", "Finish: {date}").format(
                date=date_text(finish)
            ),
        )


class DrawLink(Gesture):
    """Drag from a bar onto another task's row; on release ask for a finish-to-start link."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, hit: Hit, press: QPointF, request: Callable[[int, int], None]) -> None:
        super().__init__(hit, press)
        self._request = request

    def target(self, frame: Frame) -> Hit | None:
        """Return the row and bar under the pointer when it can be the successor."""
        row = frame.rows.row_at(self.pos.y())
        if row is None or row == self.hit.row:
            return None
        bar = frame.layout.bars.get(frame.row_ids[row])
        return Hit(row, bar, Part.BODY) if bar is not None else None

    def release(self, frame: Frame) -> None:
        """Ask for the link when released over another task."""
        target = self.target(frame)
        if target is not None:
            self._request(self.hit.bar.task.id, target.bar.task.id)

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw a rubber band from the predecessor's end to the pointer; ring the target."""
        bar = self.hit.bar
        color = QColor(frame.palette.highlight)
        start = QPointF(
            bar_extent(bar, frame.axis, frame.metrics)[1],
            frame.rows.y_of_row(self.hit.row) + anchor_y(bar, frame.metrics),
        )
        target = self.target(frame)
        if target is not None:
            top = frame.rows.y_of_row(target.row)
            ring = bar_rect(target.bar, frame.axis, top, frame.metrics).adjusted(-3, -3, 3, 3)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 3, 3)
        pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(start, self.pos)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(start, 3.5, 3.5)


def _ghost(painter: QPainter, frame: Frame, rect: QRectF, diamond: bool) -> None:
    color = QColor(frame.palette.highlight)
    fill = QColor(color)
    fill.setAlpha(70)
    painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    if diamond:
        painter.drawPolygon(diamond_shape(rect.center(), rect.width() / 2))
    else:
        painter.drawRoundedRect(rect, 2, 2)


def _tag(painter: QPainter, frame: Frame, anchor: QRectF, text: str) -> None:
    """Write `text` on a small plate right of `anchor`, readable over bars and lines."""
    metrics = QFontMetricsF(frame.font)
    width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
    plate = QRectF(anchor.right() + 8, anchor.center().y() - height / 2, width, height)
    painter.setPen(QPen(QColor(frame.palette.highlight), 1))
    painter.setBrush(QColor(frame.palette.base))
    painter.drawRoundedRect(plate, 3, 3)
    painter.setPen(QColor(frame.palette.text))
    painter.setFont(frame.font)
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
