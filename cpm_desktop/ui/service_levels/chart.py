"""SlaChart: an SLA's recent values as a line against its target, each point in its RAG colour.

Painted with QPainter in the theme's colours, as the Overview's charts are: the target dashed,
the band of the tolerance (where a miss is amber) tinted, a dot per period.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cpm_desktop.domain.service_levels import SlaDirection
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.services.service_levels.wording import short_period_label, value_text
from cpm_desktop.ui.chart_frame import framed_painter
from cpm_desktop.ui.theme import colors, rag_color

MOST_POINTS = 12  # a quarter of weeks, a year of months
MARGIN = 10.0
DOT = 4.0


def nice_bounds(low: float, high: float) -> tuple[float, float]:
    """The range drawn: a little wider than the values, its ends on a round step (1, 2 or 5
    times a power of ten), so the axis reads 99 and 100, not 99.085 and 100.005."""
    pad = (high - low) * 0.08 or max(abs(high) * 0.05, 1.0)
    low, high = low - pad, high + pad
    magnitude = 10 ** math.floor(math.log10(high - low))
    step = next(
        m * magnitude for m in (0.1, 0.2, 0.5, 1, 2, 5, 10) if (high - low) / (m * magnitude) <= 5
    )
    return math.floor(low / step) * step, math.ceil(high / step) * step


class SlaChart(QWidget):
    """The selected SLA's last periods, oldest to the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 150)
        self.sla: ServiceLevelRow | None = None

    def sizeHint(self) -> QSize:
        """Room for a dozen periods and their labels."""
        return QSize(420, 200)

    def set_sla(self, sla: ServiceLevelRow | None) -> None:
        """Draw this SLA (None: nothing selected)."""
        self.sla = sla
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Frame, title, then the target, the tolerance band and the values."""
        c = colors()
        painter = framed_painter(self)
        metrics = painter.fontMetrics()
        line = metrics.height()
        sla = self.sla
        points = sla.recent(MOST_POINTS) if sla else ()
        title = (
            QCoreApplication.translate("SlaChart", "{reference} against {target}").format(
                reference=sla.reference, target=sla.target_text
            )
            if sla
            else QCoreApplication.translate("SlaChart", "Values over time")
        )
        painter.setPen(QColor(c.text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), title)
        font.setBold(False)
        painter.setFont(font)
        area = QRectF(MARGIN, MARGIN + line + 6, self.width() - 2 * MARGIN, 0)
        area.setBottom(self.height() - MARGIN)
        if sla is None or not points:
            painter.setPen(QColor(c.muted_text))
            text = (
                QCoreApplication.translate("SlaChart", "Select a service level.")
                if sla is None
                else QCoreApplication.translate("SlaChart", "No values recorded yet.")
            )
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            return
        values = [m.value for m in points]
        band = (
            sla.target - sla.tolerance
            if sla.direction is SlaDirection.AT_LEAST
            else (sla.target + sla.tolerance)
        )
        low = min(*values, sla.target, band)
        high = max(*values, sla.target, band)
        low, high = nice_bounds(low, high)
        label_width = max(
            metrics.horizontalAdvance(value_text(v, "")) for v in (low, high, sla.target)
        )
        label_width += 8
        plot = area.adjusted(label_width, 4, -8, -(line + 6))

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / (high - low)

        step = plot.width() / max(len(points), 1)

        def x_of(n: int) -> float:
            return plot.left() + step * (n + 0.5)

        # The tolerance band: where a miss is amber.
        if sla.tolerance:
            amber = QColor(c.rag_amber)
            amber.setAlpha(40)
            top, bottom = sorted((y_of(sla.target), y_of(band)))
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), amber)
        painter.setPen(QPen(QColor(c.border), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        target_y = y_of(sla.target)
        painter.setPen(QPen(QColor(c.rag_green), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), target_y), QPointF(plot.right(), target_y))
        painter.setPen(QColor(c.muted_text))
        for value in (low, high, sla.target):
            painter.drawText(
                QRectF(area.left(), y_of(value) - line / 2, label_width - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                value_text(value, ""),
            )
        path = QPainterPath(QPointF(x_of(0), y_of(values[0])))
        for n, value in enumerate(values[1:], start=1):
            path.lineTo(QPointF(x_of(n), y_of(value)))
        painter.setPen(QPen(QColor(c.highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        # Period labels: as many as fit without touching, always the latest.
        widest = max(metrics.horizontalAdvance(short_period_label(sla.period, m.period_start))
                     for m in points) + 8  # fmt: skip
        every = max(1, int(widest // step) + (1 if widest > step else 0))
        for n, measure in enumerate(points):
            point = QPointF(x_of(n), y_of(measure.value))
            painter.setPen(QPen(QColor(c.base), 1.5))
            painter.setBrush(rag_color(measure.rag.value) or QColor(c.text))
            painter.drawEllipse(point, DOT, DOT)
            if (len(points) - 1 - n) % every == 0:
                painter.setPen(QColor(c.muted_text))
                painter.drawText(
                    QRectF(x_of(n) - step * every / 2, plot.bottom() + 3, step * every, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    short_period_label(sla.period, measure.period_start),
                )
        painter.end()
