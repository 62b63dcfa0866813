"""Column widths that show whole texts: cells and titles measured, one text column filling in.

Qt's own fit to contents reserves room for a sort arrow in every heading (about 35 px more
than the title needs); across a dozen narrow columns that is what a projector's 1280 pixels
cannot spare. Here a heading gets its title, the style's padding and the arrow actually drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTreeView,
)

_PROBE = 1000  # a section width for measuring the style's padding around the title


def heading_width(header: QHeaderView, column: int) -> int:
    """The width a section needs to show its title whole, sort arrow included."""
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, column)
    option.rect = QRect(0, 0, _PROBE, max(header.height(), 1))
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
    gap = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    text = header.fontMetrics().horizontalAdvance(option.text)
    return text + (_PROBE - label.width()) + arrow + 2 * gap


def content_width(table: QTableView, column: int) -> int:
    """The width showing the column's title and its visible cells whole."""
    return max(table.sizeHintForColumn(column), heading_width(table.horizontalHeader(), column))


class FillColumn(QObject):
    """Keeps one column of a table as wide as the others leave, never below `minimum`.

    A narrower window scrolls the table sideways instead of squeezing the column (its cells
    elide, with the whole text in their tooltip); a column the user widens takes its room
    from the filling one.
    """

    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._minimum = minimum
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    @property
    def column(self) -> int:
        """The column kept filling the table."""
        return self._column

    def fill(self) -> None:
        """Give the column what the other columns leave of the table's width."""
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and not header.isSectionHidden(c)
        )
        width = max(self._minimum, self._table.viewport().width() - others)
        if header.sectionSize(self._column) != width:
            header.resizeSection(self._column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refill after the table's viewport changed size."""
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def _on_section_resized(self, column: int, *_: int) -> None:
        if column != self._column:
            self.fill()


def widen_to_content(view: QAbstractItemView) -> None:
    """Widen each shown column narrower than its title and cells, after the text grew (View ›
    Larger Text); the column a `FillColumn` keeps, and a stretched last one, are left to it."""
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    filled = {fill.column for fill in view.findChildren(FillColumn)}
    last = header.count() - 1
    for column in range(header.count()):
        mode = header.sectionResizeMode(column)
        if (
            header.isSectionHidden(column)
            or column in filled
            or (column == last and header.stretchLastSection())
            or mode != QHeaderView.ResizeMode.Interactive
        ):
            continue
        needed = max(view.sizeHintForColumn(column), _heading_room(header, column))
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def _heading_room(header: QHeaderView, column: int) -> int:
    """The section width whose label, less the sort arrow shown now, holds the title."""
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, column)
    option.rect = QRect(0, 0, _PROBE, max(header.height(), 1))
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
    arrow = 0
    if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header).width()
    text = QFontMetrics(option.fontMetrics).horizontalAdvance(option.text)
    return text + (_PROBE - label) + arrow
