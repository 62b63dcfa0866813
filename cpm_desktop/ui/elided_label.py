"""ElidedLabel: one line of text that gives way with "…" when narrow, never cut mid-letter."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A plain-text, one-line label: shortened with "…" when its room is too narrow, the
    whole text then in its tooltip (after any tooltip of its own).

    For a line that should give way to its neighbours (a count beside filters, a summary
    beside buttons) rather than push them out of the window.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, shortened if it does not fit."""
        self._full = text
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        """The whole text, however much of it shows (`QLabel.text(label)`: as painted)."""
        return self._full

    def setToolTip(self, tip: str) -> None:
        """A tooltip of the label's own; the whole text joins it while shortened."""
        self._tip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        """Room for the whole text."""
        hint = super().sizeHint()
        # Fractional widths: a text measured 266.4 px needs 267 to be drawn whole.
        text = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self._full))
        width = text + self._padding()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for the ellipsis alone."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") + self._padding(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _padding(self) -> int:
        return self.width() - self.contentsRect().width() + 2 * max(self.indent(), 0)

    def _elide(self) -> None:
        room = self.contentsRect().width()
        metrics = QFontMetricsF(self.font())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        QLabel.setText(self, shown)
        if shown != self._full:
            tip = f"{self._full}\n{self._tip}" if self._tip else self._full
        else:
            tip = self._tip
        QLabel.setToolTip(self, tip)
