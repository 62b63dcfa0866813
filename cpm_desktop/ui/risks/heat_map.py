"""HeatMapWidget: open risks counted on a 5×5 probability × impact grid, clickable to filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cpm_desktop.domain.risk_scoring import LEVEL_LABELS, risk_score, score_rag
from cpm_desktop.services.risks.views import HEAT_MAP_SIZE, HeatMap
from cpm_desktop.texts import _
from cpm_desktop.ui.risks.delegates import chip_text_color, rag_color
from cpm_desktop.ui.theme import colors

CELL = 48  # preferred cell size: counts readable from the back of a meeting room
AXIS = 30  # room for the level numbers and the axis title
MIN_CELL = 36  # the smallest cell, on a low screen, where a count still reads


class HeatMapWidget(QWidget):
    """Probability rows from 5 (top) to 1, impact columns 1..5; the selected cell outlined."""

    sig_cell_clicked = Signal(int, int)
    """Emitted with the probability and impact of the cell clicked (or chosen with the keys)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map: HeatMap | None = None
        self._amber_from, self._red_from = 5, 15
        self._selected: tuple[int, int] | None = None
        self._cursor = (3, 3)  # the cell the arrow keys are on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Shrinks towards its minimum on a low screen, so the register above keeps its rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMinimumSize(self.minimumSizeHint())
        self.setAccessibleName(QCoreApplication.translate("HeatMapWidget", "Risk heat map"))

    def sizeHint(self) -> QSize:
        return QSize(2 * AXIS + HEAT_MAP_SIZE * CELL + 8, 2 * AXIS + HEAT_MAP_SIZE * CELL + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * AXIS + HEAT_MAP_SIZE * MIN_CELL, 2 * AXIS + HEAT_MAP_SIZE * MIN_CELL)

    # -- content -------------------------------------------------------------------------

    def set_heat_map(self, heat_map: HeatMap | None, amber_from: int, red_from: int) -> None:
        """Show `heat_map` coloured by the project's thresholds (first amber and red score)."""
        self._map = heat_map
        self._amber_from, self._red_from = amber_from, red_from
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        """Outline the (probability, impact) cell the table is filtered to; None: none."""
        self._selected = cell
        if cell is not None:
            self._cursor = cell
        self.update()

    @property
    def selected(self) -> tuple[int, int] | None:
        """The (probability, impact) cell outlined, if any."""
        return self._selected

    def count(self, probability: int, impact: int) -> int:
        """The number shown in a cell."""
        return self._map.count(probability, impact) if self._map is not None else 0

    # -- geometry ------------------------------------------------------------------------

    def _cell_size(self) -> float:
        free = min(self.width() - 2 * AXIS - 8, self.height() - 2 * AXIS - 8)
        return max(24.0, min(float(CELL), free / HEAT_MAP_SIZE))

    def _origin(self) -> QPointF:
        size = self._cell_size() * HEAT_MAP_SIZE
        left = AXIS + max(0.0, (self.width() - 2 * AXIS - size) / 2)
        return QPointF(left, 4)

    def cell_rect(self, probability: int, impact: int) -> QRectF:
        """Where the cell of (probability, impact) is drawn."""
        size = self._cell_size()
        origin = self._origin()
        x = origin.x() + (impact - 1) * size
        y = origin.y() + (HEAT_MAP_SIZE - probability) * size
        return QRectF(x, y, size, size)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """The (probability, impact) under `point`, if any."""
        for probability in range(1, HEAT_MAP_SIZE + 1):
            for impact in range(1, HEAT_MAP_SIZE + 1):
                if self.cell_rect(probability, impact).contains(point):
                    return probability, impact
        return None

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QColor(c.base)
        number_font = self.font()
        number_font.setPointSizeF(number_font.pointSizeF() * 1.25)
        number_font.setBold(True)
        for probability in range(1, HEAT_MAP_SIZE + 1):
            for impact in range(1, HEAT_MAP_SIZE + 1):
                rect = self.cell_rect(probability, impact).adjusted(1.5, 1.5, -1.5, -1.5)
                score = risk_score(probability, impact)
                rag = score_rag(score, self._amber_from, self._red_from).value
                count = self.count(probability, impact)
                # Empty cells stay pale so the eye goes to where the risks are.
                fill = _blend(rag_color(rag), base, 0.85 if count else 0.32)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
                if count:
                    painter.setFont(number_font)
                    painter.setPen(chip_text_color(rag))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        self._paint_axes(painter)
        self._paint_outlines(painter)
        painter.end()

    def _paint_axes(self, painter: QPainter) -> None:
        c = colors()
        painter.setPen(QColor(c.muted_text))
        painter.setFont(self.font())
        size = self._cell_size()
        for level in range(1, HEAT_MAP_SIZE + 1):
            row = self.cell_rect(level, 1)
            painter.drawText(
                QRectF(row.left() - 18, row.top(), 14, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
            col = self.cell_rect(1, level)
            painter.drawText(
                QRectF(col.left(), col.bottom() + 2, col.width(), 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(level),
            )
        grid = QRectF(self._origin(), QSize(int(size * HEAT_MAP_SIZE), int(size * HEAT_MAP_SIZE)))
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 18, grid.width(), 20),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            QCoreApplication.translate("HeatMapWidget", "Impact →"),
        )
        painter.save()
        painter.translate(grid.left() - 30, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -10, grid.height(), 20),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("HeatMapWidget", "Probability →"),
        )
        painter.restore()

    def _paint_outlines(self, painter: QPainter) -> None:
        c = colors()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._selected is not None:
            painter.setPen(QPen(QColor(c.text), 3))
            painter.drawRoundedRect(self.cell_rect(*self._selected).adjusted(1, 1, -1, -1), 5, 5)
        if self.hasFocus():
            pen = QPen(QColor(c.highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(self.cell_rect(*self._cursor).adjusted(4, 4, -4, -4), 3, 3)

    # -- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._cursor = cell
        self.sig_cell_clicked.emit(*cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        p, i = self._cursor
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if key in moves:
            dp, di = moves[Qt.Key(key)]
            self._cursor = (_clamp(p + dp), _clamp(i + di))
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_cell_clicked.emit(p, i)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.cell_tip(*cell), self)
                return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def cell_tip(self, probability: int, impact: int) -> str:
        """What a cell means, in words."""
        return QCoreApplication.translate(
            "HeatMapWidget",
            "Probability {p} ({p_label}) × impact {i} ({i_label}): {count} open risk(s)\n"
            "Click to show only these; click again to show all",
        ).format(
            p=probability,
            p_label=_(LEVEL_LABELS[probability]),
            i=impact,
            i_label=_(LEVEL_LABELS[impact]),
            count=self.count(probability, impact),
        )


def _blend(color: QColor, base: QColor, amount: float) -> QColor:
    """`amount` of `color` over `base`."""
    return QColor(
        round(color.red() * amount + base.red() * (1 - amount)),
        round(color.green() * amount + base.green() * (1 - amount)),
        round(color.blue() * amount + base.blue() * (1 - amount)),
    )


def _clamp(level: int) -> int:
    return max(1, min(HEAT_MAP_SIZE, level))
