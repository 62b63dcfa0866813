"""Two small charts of the portfolio: CSAT over time, and budget burn against earned value.

Painted with QPainter in the theme's colours: a picture that reads faster than a column of
numbers, not a charting package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cpm_desktop.ui.chart_frame import framed_painter
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.theme import Colors, colors

MARGIN = 10


def series_colors(c: Colors) -> list[QColor]:
    """Distinct, calm colours for one line per project."""
    return [
        QColor(name)
        for name in (
            c.highlight,
            c.gantt_critical_progress,
            c.gantt_status_date,
            c.gantt_today,
            c.rag_amber,
        )
    ]


@dataclass(frozen=True, slots=True)
class CsatSeries:
    """One project's scores over time."""

    label: str
    points: tuple[tuple[dt.date, int], ...]


@dataclass(frozen=True, slots=True)
class BurnRow:
    """One project's spend: budget, actual cost so far, and the value earned for it."""

    label: str
    budget: Decimal | None  # None: no budget set (left out of the chart)
    actual: Decimal
    earned: float | None  # share of the planned work's value earned, 0..1
    currency: str


class _Chart(QWidget):
    """A chart's frame: a title, a calm message when there is nothing to draw."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty = empty
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)

    def sizeHint(self) -> QSize:
        """Room for a few lines and a legend."""
        return QSize(420, 220)

    def _start(self) -> tuple[QPainter, Colors, QRectF]:
        c = colors()
        painter = framed_painter(self)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(MARGIN, MARGIN / 2, self.width(), height + 4),
            Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        font.setBold(False)
        painter.setFont(font)
        area = QRectF(
            MARGIN,
            MARGIN + height + 4,
            self.width() - 2 * MARGIN,
            self.height() - 2 * MARGIN - height - 4,
        )
        return painter, c, area

    def _say_empty(self, painter: QPainter, c: Colors, area: QRectF) -> None:
        painter.setPen(QColor(c.muted_text))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty)


class CsatTrendChart(_Chart):
    """CSAT scores (1–5) over time, one line per project, the 4.0 target dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CsatTrendChart", "Client satisfaction over time"),
            QCoreApplication.translate("CsatTrendChart", "No scored feedback yet."),
            parent,
        )
        self.setObjectName("csatChart")
        self.series: list[CsatSeries] = []

    def set_series(self, series: Sequence[CsatSeries]) -> None:
        """Draw these projects' scores (projects without scores are left out)."""
        self.series = [s for s in series if s.points]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes, grid lines at each score, then each project's line and legend."""
        painter, c, area = self._start()
        if not self.series:
            self._say_empty(painter, c, area)
            painter.end()
            return
        metrics = painter.fontMetrics()
        legend_height = metrics.height() + 6
        label_width = metrics.horizontalAdvance("5") + 8
        plot = area.adjusted(label_width, 4, -8, -(legend_height + metrics.height() + 4))
        days = [d for s in self.series for d, _ in s.points]
        first, last = min(days), max(days)
        span = max((last - first).days, 1)

        def at(day: dt.date, score: float) -> QPointF:
            x = plot.left() + plot.width() * (day - first).days / span
            return QPointF(x, plot.bottom() - plot.height() * (score - 1) / 4)

        for score in range(1, 6):
            y = at(first, score).y()
            pen = QPen(QColor(c.border), 1)
            if score == 4:  # the green threshold: a dashed target line
                pen = QPen(QColor(c.rag_green), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(c.muted_text))
            painter.drawText(
                QRectF(area.left(), y - 8, label_width - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        painter.setPen(QColor(c.muted_text))
        for day, align in (
            (first, Qt.AlignmentFlag.AlignLeft),
            (last, Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(
                QRectF(plot.left(), plot.bottom() + 2, plot.width(), metrics.height()),
                align,
                short_date_text(day),
            )
        palette = series_colors(c)
        x = plot.left()
        for n, series in enumerate(self.series):
            color = palette[n % len(palette)]
            points = [at(d, s) for d, s in sorted(series.points)]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            for point in points:
                painter.drawEllipse(point, 3, 3)
            legend_y = area.bottom() - metrics.height()
            painter.fillRect(QRectF(x, legend_y + metrics.height() / 2 - 2, 14, 4), color)
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x + 18, legend_y + metrics.ascent()), series.label)
            x += 18 + metrics.horizontalAdvance(series.label) + 16
        painter.end()


class BudgetBurnChart(_Chart):
    """Per project: the budget as a track, actual cost filled in, earned value as a tick.

    Spend running ahead of the tick means money goes out faster than work is done.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("BudgetBurnChart", "Budget burn"),
            QCoreApplication.translate("BudgetBurnChart", "No project has a budget yet."),
            parent,
        )
        self.setObjectName("burnChart")
        self.rows: list[BurnRow] = []

    def set_rows(self, rows: Sequence[BurnRow]) -> None:
        """Draw these projects (those without a budget are left out)."""
        self.rows = [r for r in rows if r.budget]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """One labelled bar per project, with a legend line at the foot."""
        painter, c, area = self._start()
        if not self.rows:
            self._say_empty(painter, c, area)
            painter.end()
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        band = min(3 * line, (area.height() - line - 6) / len(self.rows))
        bar_height = max(8.0, min(14.0, band - line - 6))
        for n, row in enumerate(self.rows):
            top = area.top() + n * band
            assert row.budget  # rows without a budget were left out
            spent = float(row.actual / row.budget)
            text = QCoreApplication.translate(
                "BudgetBurnChart", "{label}: {actual} of {budget} spent ({share})"
            ).format(
                label=row.label,
                actual=money_text(row.actual, row.currency),
                budget=money_text(row.budget, row.currency),
                share=f"{spent:.0%}",
            )
            if row.earned is not None:
                text += QCoreApplication.translate("BudgetBurnChart", " · earned {share}").format(
                    share=f"{row.earned:.0%}"
                )
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(area.left(), top + metrics.ascent()), text)
            track = QRectF(area.left(), top + line + 3, area.width(), bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.alternate_base))
            painter.drawRoundedRect(track, 3, 3)
            over = spent > 1
            fill = QRectF(track.left(), track.top(), track.width() * min(spent, 1.0), bar_height)
            painter.setBrush(QColor(c.rag_red if over else c.gantt_bar_progress))
            painter.drawRoundedRect(fill, 3, 3)
            if row.earned is not None:
                x = track.left() + track.width() * min(row.earned, 1.0)
                painter.setPen(QPen(QColor(c.text), 2))
                painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3))
        painter.setPen(QColor(c.muted_text))
        painter.drawText(
            QRectF(area.left(), area.bottom() - line, area.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate(
                "BudgetBurnChart", "Bar: actual cost of the current budget · tick: earned value"
            ),
        )
        painter.end()
