"""Paints behind the bars: row stripes, non-working days, grid and the date lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QRegion

from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.gantt.frame import Frame
from cpm_desktop.ui.gantt.timescale import cells

MIN_SHADED_DAY = 3.0  # narrower days are not shaded: the stripes would only add noise


def paint_background(painter: QPainter, frame: Frame) -> None:
    """Stripe the rows as the table does (so they visibly align), tint the selected one and
    shade non-working days (weekends, holidays) once a day is wide enough to show them.

    Everything is filled opaque, in colours mixed here: translucent fills over the whole
    height cost the raster engine ten to a hundred times more, which a scroll cannot afford.
    """
    rows, width = frame.rows, frame.width
    plain = {0: frame.base, 1: frame.alternate_base}
    selected = _over(QColor(frame.palette.gantt_selected_row), frame.base)
    shade = QColor(frame.palette.gantt_nonworking)
    # Each row colour with the regions it fills; below the last row is the base colour (the
    # chart fills every pixel itself: a scroll keeps what it does not paint again).
    regions: dict[str, tuple[QColor, QRegion]] = {}
    below = round(rows.y_of_row(rows.count))
    if below < frame.height:
        painter.fillRect(QRect(0, below, width, frame.height - below), frame.base)
        regions[frame.base.name()] = (frame.base, QRegion(0, below, width, frame.height - below))
    for row in frame.visible_rows:
        is_selected = frame.selected is not None and frame.row_ids[row] == frame.selected
        color = selected if is_selected else plain[row % 2]
        top = round(rows.y_of_row(row))
        rect = QRect(0, top, width, round(rows.y_of_row(row + 1)) - top)
        painter.fillRect(rect, color)
        entry = regions.setdefault(color.name(), (color, QRegion()))
        regions[color.name()] = (color, entry[1].united(rect))
    runs = _nonworking_runs(frame)
    if not runs:
        return
    painter.save()
    for color, region in regions.values():
        painter.setClipRegion(region, Qt.ClipOperation.IntersectClip)
        shaded = _over(shade, color)
        for left, right in runs:
            painter.fillRect(QRect(left, rows.top, right - left, frame.height - rows.top), shaded)
        painter.restore()
        painter.save()
    painter.restore()


def _nonworking_runs(frame: Frame) -> list[tuple[int, int]]:
    """Return the x ranges of the runs of visible non-working days (none when too narrow)."""
    axis, layout = frame.axis, frame.layout
    if axis.pixels_per_day < MIN_SHADED_DAY:
        return []
    first, last = axis.visible_days(frame.width)
    runs = []
    run_start: int | None = None
    for day in range(first, last + 2):
        working = day > last or layout.calendar.is_working(layout.date(day))
        if not working and run_start is None:
            run_start = day
        elif working and run_start is not None:
            runs.append((round(axis.x_of_day(run_start)), round(axis.x_of_day(day))))
            run_start = None
    return runs


def _over(top: QColor, bottom: QColor) -> QColor:
    """Return the opaque colour `top` (with its alpha) makes over `bottom`."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


def paint_grid(painter: QPainter, frame: Frame) -> None:
    """Draw light vertical lines at the lower tier's boundaries, stronger at the upper's."""
    axis = frame.axis
    layout = frame.layout
    first, last = axis.visible_days(frame.width)
    first_date, last_date = layout.date(first), layout.date(last)
    top, bottom = float(frame.rows.top), float(frame.height)
    for unit, color in (
        (frame.level.lower, frame.palette.gantt_grid),
        (frame.level.upper, frame.palette.border),
    ):
        painter.setPen(QPen(QColor(color), 1))
        for start, _ in cells(unit, first_date, last_date):
            x = round(axis.x_of(start)) + 0.5
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def paint_date_lines(painter: QPainter, frame: Frame) -> None:
    """Draw the today line (mid-day) and the status-date line (end of that day, dashed)."""
    top, bottom = float(frame.rows.top), float(frame.height)
    for x, color, style in date_line_positions(frame):
        pen = QPen(QColor(color), 2 if style == Qt.PenStyle.SolidLine else 1.5)
        pen.setStyle(style)
        painter.setPen(pen)
        start = top
        if style != Qt.PenStyle.SolidLine:
            # The dashes keep their place among the rows (a scroll moves the pixels on screen
            # and paints only the strip it uncovers): the line starts a whole number of dash
            # periods above the rows' top as scrolled.
            period = sum(pen.dashPattern()) * pen.widthF()
            start = top - frame.rows.offset % period
        painter.drawLine(QPointF(x, start), QPointF(x, bottom))


def date_line_positions(frame: Frame) -> list[tuple[float, str, Qt.PenStyle]]:
    """Return (x, colour, pen style) of the today and status-date lines."""
    lines = []
    layout, axis = frame.layout, frame.axis
    if frame.today is not None:
        x = axis.x_of_day(layout.day(frame.today) + 0.5)
        lines.append((round(x) + 0.0, frame.palette.gantt_today, Qt.PenStyle.SolidLine))
    if layout.status_date is not None:
        x = axis.x_of_day(layout.day(layout.status_date) + 1)
        lines.append((round(x) + 0.0, frame.palette.gantt_status_date, Qt.PenStyle.DashLine))
    return lines


def date_line_tooltip(frame: Frame, x: float) -> str:
    """Name the today or status-date line near `x` in the timescale, if any."""
    days = {Qt.PenStyle.SolidLine: frame.today, Qt.PenStyle.DashLine: frame.layout.status_date}
    for line_x, _, style in date_line_positions(frame):
        if abs(line_x - x) <= 6:
            day = date_text(days[style])
            if style == Qt.PenStyle.SolidLine:
                return QCoreApplication.translate("GanttChart", "Today: {date}").format(date=day)
            return QCoreApplication.translate("GanttChart", "Status date: {date}").format(date=day)
    return ""
