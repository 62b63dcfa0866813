"""WrapBar: a bar's two groups side by side while they fit, the second below the first when not.

A filter bar of chips, dropdowns and a search box needs more than a laptop plugged into a
projector leaves beside the navigator; rather than squeezing dropdowns until their text is cut
(or pushing the navigator aside), the bar puts its filters on a second line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

MARGINS = (10, 8, 10, 8)
SPACING = 8


class WrapBar(QWidget):
    """`leading` on the left and `trailing` on the right of one line, or on two lines."""

    def __init__(self, leading: QWidget, trailing: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._leading = leading
        self._trailing = trailing
        self._wrapped: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(*MARGINS)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(SPACING // 2)
        # The bar's minimum is its own (either group alone), not the one-line layout's sum.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._place(wrapped=False)

    def minimumSizeHint(self) -> QSize:
        """As wide as the wider group; as high as the lines it has now."""
        left, top, right, bottom = MARGINS
        groups = (self._leading.minimumSizeHint(), self._trailing.minimumSizeHint())
        width = max(size.width() for size in groups) + left + right
        return QSize(width, self._height() + top + bottom)

    def sizeHint(self) -> QSize:
        """Both groups on one line."""
        left, top, right, bottom = MARGINS
        width = self._one_line_width() + left + right
        return QSize(width, self._height() + top + bottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap, or unwrap, for the new width."""
        super().resizeEvent(event)
        left, _, right, _ = MARGINS
        self._place(wrapped=self._one_line_width() > event.size().width() - left - right)

    def _one_line_width(self) -> int:
        return self._leading.sizeHint().width() + SPACING + self._trailing.sizeHint().width()

    def _height(self) -> int:
        heights = (self._leading.sizeHint().height(), self._trailing.sizeHint().height())
        return sum(heights) + SPACING // 2 if self._wrapped else max(heights)

    def _place(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        grid = self._grid
        grid.removeWidget(self._leading)
        grid.removeWidget(self._trailing)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        grid.addWidget(self._leading, 0, 0, left)
        grid.addWidget(self._trailing, 1 if wrapped else 0, 0 if wrapped else 1, right)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if wrapped else 1)
        self.updateGeometry()
