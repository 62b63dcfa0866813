"""Paints the bars: baselines, task bars with progress, summary brackets, milestones, labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from cpm_desktop.ui.gantt.frame import LABEL_EDGE, Frame, label_in_view, label_text, label_x
from cpm_desktop.ui.gantt.geometry import bar_extent, bar_rect
from cpm_desktop.ui.gantt.layout import Bar, Kind
from cpm_desktop.ui.theme import Colors
from cpm_desktop.ui.workload.marks import paint_warning

_OFFSCREEN = 20.0  # bars are clipped this far outside the viewport to keep coordinates small


def paint_bars(painter: QPainter, frame: Frame) -> None:
    """Draw baselines, bars, summary brackets and milestone diamonds of the shown rows."""
    bars = frame.layout.bars
    for row in frame.visible_rows:
        bar = bars.get(frame.row_ids[row])
        if bar is None:
            continue
        left, right = bar_extent(bar, frame.axis, frame.metrics)
        if right < -_OFFSCREEN and (bar.baseline_end is None or bar.baseline_end < bar.end):
            continue
        row_top = frame.rows.y_of_row(row)
        if bar.baseline_start is not None and bar.baseline_end is not None:
            _paint_baseline(painter, frame, bar, row_top)
        if left > frame.width + _OFFSCREEN:
            continue
        rect = bar_rect(bar, frame.axis, row_top, frame.metrics)
        if bar.kind is Kind.MILESTONE:
            _paint_milestone(painter, frame, bar, rect)
        elif bar.kind is Kind.SUMMARY:
            _paint_summary(painter, frame, _clipped(rect, frame.width))
        else:
            paint_task_bar(painter, frame.palette, bar, _clipped(rect, frame.width))
            if bar.task.id in frame.over_allocated:
                _paint_over_allocation(painter, frame, rect)


def paint_chain_halos(painter: QPainter, frame: Frame) -> None:
    """Put a soft glow behind the bars of the highlighted driving chain (under the links, so
    arrowheads stay visible)."""
    if not frame.chain_tasks:
        return
    glow = QColor(frame.palette.highlight)
    glow.setAlpha(90)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    for row in frame.visible_rows:
        task_id = frame.row_ids[row]
        bar = frame.layout.bars.get(task_id)
        if bar is None or task_id not in frame.chain_tasks:
            continue
        rect = bar_rect(bar, frame.axis, frame.rows.y_of_row(row), frame.metrics)
        if bar.kind is Kind.SUMMARY:
            rect.setHeight(frame.metrics.summary_height * 2)
        painter.drawRoundedRect(_clipped(rect, frame.width).adjusted(-3, -3, 3, 3), 4, 4)


def paint_task_bar(painter: QPainter, palette: Colors, bar: Bar, rect: QRectF) -> None:
    """Draw a work task's bar: pale remaining part, strong progress part, thin outline."""
    critical = bar.task.is_critical
    fill = QColor(palette.gantt_critical_bar if critical else palette.gantt_bar)
    strong = QColor(palette.gantt_critical_progress if critical else palette.gantt_bar_progress)
    if rect.width() < 2:  # a day at the widest zoom-out is under a pixel: keep it visible
        rect = QRectF(rect.left(), rect.top(), 2, rect.height())
    painter.setPen(QPen(strong, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    percent = max(0, min(100, bar.task.percent_complete))
    if percent:
        done = QRectF(rect.left(), rect.top(), rect.width() * percent / 100, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(strong)
        painter.drawRoundedRect(done, 2, 2)


def _paint_over_allocation(painter: QPainter, frame: Frame, rect: QRectF) -> None:
    """Outline the bar in red, with the warning triangle inside its end where the bar is
    long enough (links and the label stay clear): its people are planned beyond their
    capacity on one of its days."""
    red = QColor(frame.palette.rag_red)
    shown = _clipped(rect, frame.width)
    painter.setPen(QPen(red, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(shown.adjusted(1, 1, -1, -1), 2, 2)
    side = rect.height() - 2
    if shown.width() >= 3 * side:
        paint_warning(painter, QRectF(shown.right() - side - 2, rect.top() + 1, side, side), red)


def _paint_summary(painter: QPainter, frame: Frame, rect: QRectF) -> None:
    band = frame.metrics.summary_height
    tip = min(band, rect.width() / 2)
    left, right, top = rect.left(), max(rect.right(), rect.left() + 2), rect.top()
    bottom = top + band
    bracket = QPolygonF(
        [
            QPointF(left, top),
            QPointF(right, top),
            QPointF(right, bottom + tip),
            QPointF(right - tip, bottom),
            QPointF(left + tip, bottom),
            QPointF(left, bottom + tip),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(frame.palette.gantt_summary))
    painter.drawPolygon(bracket)


def _paint_milestone(painter: QPainter, frame: Frame, bar: Bar, rect: QRectF) -> None:
    color = frame.palette.gantt_critical_progress if bar.task.is_critical else None
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color or frame.palette.gantt_milestone))
    painter.drawPolygon(diamond(rect.center(), rect.width() / 2))


def _paint_baseline(painter: QPainter, frame: Frame, bar: Bar, row_top: float) -> None:
    assert bar.baseline_start is not None
    assert bar.baseline_end is not None
    metrics, axis = frame.metrics, frame.axis
    color = QColor(frame.palette.gantt_baseline)
    top = row_top + metrics.baseline_top
    if bar.kind is Kind.MILESTONE:
        centre = QPointF(
            axis.x_of_day((bar.baseline_start + bar.baseline_end) / 2),
            top + metrics.baseline_height / 2,
        )
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(diamond(centre, metrics.baseline_height / 2 + 2))
        return
    left = axis.x_of_day(bar.baseline_start)
    rect = QRectF(left, top, axis.x_of_day(bar.baseline_end) - left, metrics.baseline_height)
    painter.fillRect(_clipped(rect, frame.width), color)


def paint_labels(painter: QPainter, frame: Frame) -> None:
    """Write each bar's name (a milestone's date) right of the bar and of its baseline."""
    bold = QFont(frame.font)
    bold.setBold(True)
    metrics = QFontMetricsF(frame.font)
    bold_metrics = QFontMetricsF(bold)
    text_offset = (metrics.ascent() - metrics.descent()) / 2
    painter.setPen(QColor(frame.palette.text))
    for row in frame.visible_rows:
        bar = frame.layout.bars.get(frame.row_ids[row])
        if bar is None:
            continue
        x = label_x(bar, frame.axis, frame.metrics)
        if x > frame.width:
            continue
        y = frame.rows.y_of_row(row) + frame.metrics.centre + text_offset
        summary = bar.kind is Kind.SUMMARY
        text = label_text(bar)
        if x + frame.label_widths.width(bar) > frame.width - LABEL_EDGE:
            text = label_in_view(text, x, frame.width, bold_metrics if summary else metrics)
        painter.setFont(bold if summary else frame.font)
        painter.drawText(QPointF(x, y), text)
    painter.setFont(frame.font)


def diamond(centre: QPointF, half: float) -> QPolygonF:
    """Return a diamond (a milestone) centred on `centre`."""
    x, y = centre.x(), centre.y()
    return QPolygonF(
        [QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half), QPointF(x - half, y)]
    )


def _clipped(rect: QRectF, width: int) -> QRectF:
    left = max(rect.left(), -_OFFSCREEN)
    right = min(rect.right(), width + _OFFSCREEN)
    return QRectF(left, rect.top(), max(0.0, right - left), rect.height())
