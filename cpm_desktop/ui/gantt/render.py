"""paint_chart: the order the chart's layers are painted in, back to front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from cpm_desktop.ui.gantt.arrows import paint_links
from cpm_desktop.ui.gantt.background import paint_background, paint_date_lines, paint_grid
from cpm_desktop.ui.gantt.frame import Frame
from cpm_desktop.ui.gantt.header import HeaderPainter
from cpm_desktop.ui.gantt.painter import paint_bars, paint_chain_halos, paint_labels


def paint_chart(
    painter: QPainter,
    frame: Frame,
    header: HeaderPainter,
    overlay: Callable[[QPainter, Frame], None],
    focused: bool,
) -> None:
    """Paint rows, shading, grid, date lines, links, bars, labels, the drag's `overlay`,
    then the timescale over the top and the frame (the focus colour when `focused`).

    Links go under the bars, so a link passing a bar in between hides behind it while its
    arrowhead, which stops at the bar's edge, stays visible.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(frame.font)
    painter.setClipRect(QRectF(0, frame.rows.top, frame.width, frame.height - frame.rows.top))
    paint_background(painter, frame)
    paint_grid(painter, frame)
    paint_date_lines(painter, frame)
    paint_chain_halos(painter, frame)
    rows = frame.visible_rows
    if rows:
        links = frame.links.crossing(rows.start, rows.stop - 1)
        paint_links(
            painter,
            links,
            frame.axis,
            frame.rows,
            frame.metrics,
            frame.width,
            frame.palette,
            frame.chain_links,
            frame.occupied,
            frame.routes,
        )
    paint_bars(painter, frame)
    paint_labels(painter, frame)
    overlay(painter, frame)
    if frame.exposed is None or frame.exposed[0] < frame.rows.top:
        # Clipped to itself: its separators' square caps reached half a pixel into the first
        # row, which a scroll moves away and does not paint again.
        painter.setClipRect(QRectF(0, 0, frame.width, frame.rows.top))
        header.paint(painter, frame)
    painter.setClipping(False)
    palette = frame.palette
    painter.setPen(QPen(QColor(palette.highlight if focused else palette.border)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawRect(0, 0, frame.width - 1, frame.height - 1)
