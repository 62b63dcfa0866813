"""HeaderPainter: the two-tier timescale above the rows, with the today and status-date tags."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen

from cpm_desktop.ui.gantt.background import date_line_positions
from cpm_desktop.ui.gantt.frame import Frame
from cpm_desktop.ui.gantt.timescale import Unit, cells, labels

PADDING = 4.0  # between a label and its cell's edges
# The cells whose labels decide a tier's label form: the longest names and shortest months.
_SAMPLE = {
    Unit.YEAR: (dt.date(2026, 1, 1), dt.date(2029, 12, 31)),
    Unit.QUARTER: (dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
    Unit.MONTH: (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    Unit.WEEK: (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    Unit.DAY: (dt.date(2026, 8, 10), dt.date(2026, 9, 6)),
}


@lru_cache(maxsize=8192)
def _labels(unit: Unit, start: dt.date, upper: bool) -> tuple[str, ...]:
    return labels(unit, start, upper)


class HeaderPainter:
    """Paints the timescale; remembers label widths per font, as they are measured often."""

    def __init__(self) -> None:
        self._font_key = ""
        self._widths: dict[str, float] = {}
        self._choices: dict[tuple[Unit, bool, float], int] = {}
        self._metrics: QFontMetricsF | None = None

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw both tiers, their separators, then the date tags, in 0..rows.top."""
        height = float(frame.rows.top)
        tier = height / 2
        palette = frame.palette
        painter.fillRect(QRectF(0, 0, frame.width, height), QColor(palette.button))
        font = self._fit_font(frame.font, tier)
        painter.setFont(font)
        layout, axis = frame.layout, frame.axis
        first, last = axis.visible_days(frame.width)
        first_date, last_date = layout.date(first), layout.date(last)
        border = QPen(QColor(palette.border), 1)
        text = QColor(palette.text)
        ascent_offset = self._text_offset()
        for unit, upper, top in ((frame.level.upper, True, 0.0), (frame.level.lower, False, tier)):
            pad = PADDING if upper else PADDING / 2
            choice = self._choice(unit, upper, axis.pixels_per_day, pad)
            for start, following in cells(unit, first_date, last_date):
                left, right = axis.x_of(start), axis.x_of(following)
                painter.setPen(border)
                x = round(right) - 0.5
                painter.drawLine(QPointF(x, top), QPointF(x, top + tier))
                candidates = _labels(unit, start, upper)
                if choice >= len(candidates):
                    continue
                label = candidates[choice]
                width = self._width(label)
                if width + 2 * pad > right - left:
                    continue
                if upper:
                    # Stick to the left edge while the cell's start is scrolled out of view.
                    text_x = min(max(left, 0.0) + pad, right - pad - width)
                else:
                    # Centred; a cell half scrolled out keeps its label in the part in view.
                    text_x = (left + right - width) / 2
                    text_x = min(max(text_x, pad), frame.width - pad - width)
                    text_x = max(min(text_x, right - pad - width), left + pad)
                if text_x < 0 or text_x + width > frame.width:
                    continue  # a label cut at the chart's edge reads as another one ("3")
                painter.setPen(text)
                painter.drawText(QPointF(text_x, top + tier / 2 + ascent_offset), label)
        painter.setPen(border)
        painter.drawLine(QPointF(0, tier - 0.5), QPointF(frame.width, tier - 0.5))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(frame.width, height - 0.5))
        self._paint_tags(painter, frame, font, tier)

    def _paint_tags(self, painter: QPainter, frame: Frame, font: QFont, tier: float) -> None:
        """Mark the today and status-date lines with a small triangle at the foot of the scale.

        No text: a tag would cover the tier labels; hovering the mark names the line.
        """
        height = frame.rows.top
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for x, color, _ in date_line_positions(frame):
            if x < -6 or x > frame.width + 6:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawPolygon(
                [QPointF(x - 5, height - 7), QPointF(x + 5, height - 7), QPointF(x, height - 1)]
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _fit_font(self, base: QFont, tier: float) -> QFont:
        """Return the font shrunk, if need be, so a line fits a tier."""
        font = QFont(base)
        pixels = QFontInfo(base).pixelSize()
        font.setPixelSize(max(8, min(pixels, round(tier * 0.62))))
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._widths = {}
            self._choices = {}
            self._metrics = QFontMetricsF(font)
        return font

    def _text_offset(self) -> float:
        assert self._metrics is not None
        return (self._metrics.ascent() - self._metrics.descent()) / 2

    def _width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            assert self._metrics is not None
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def _choice(self, unit: Unit, upper: bool, pixels_per_day: float, pad: float) -> int:
        """Return which label form a tier uses: the longest that fits every cell of a
        sample year, so neighbours read alike and the form does not flip while scrolling."""
        key = (unit, upper, pixels_per_day)
        choice = self._choices.get(key)
        if choice is None:
            choice = 0
            for start, following in cells(unit, *_SAMPLE[unit]):
                room = (following - start).days * pixels_per_day - 2 * pad
                candidates = _labels(unit, start, upper)
                while choice < len(candidates) and self._width(candidates[choice]) > room:
                    choice += 1
            self._choices[key] = choice
        return choice
