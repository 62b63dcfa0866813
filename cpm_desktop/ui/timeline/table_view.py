"""TaskTableView: the task table, edited like a spreadsheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.timeline.progress_delegate import ProgressDelegate
from cpm_desktop.ui.timeline.task_model import (
    COLUMNS,
    COST,
    DURATION,
    FINISH,
    NAME,
    OWNER,
    PERCENT,
    PREDECESSORS,
    RESOURCES,
    SLACK,
    START,
    VARIANCE,
    WBS,
    WORK,
    TaskTreeModel,
    column_title,
)

_WIDTHS = {
    WBS: 64,
    DURATION: 72,
    PERCENT: 120,
    PREDECESSORS: 110,
    OWNER: 110,
    SLACK: 84,
    VARIANCE: 104,
    RESOURCES: 180,
    WORK: 84,
    COST: 130,
}
HIDDEN_BY_DEFAULT = (OWNER, SLACK, VARIANCE, WORK, COST)
NAME_WIDTH = 220  # pixels: most task names whole, and the Gantt keeps half of a 1600 px window


class TaskTableView(QTreeView):
    """Type to edit; Enter commits and moves down, Tab moves right; columns can be hidden."""

    def __init__(self, model: TaskTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskTable")
        self.setAccessibleName(QCoreApplication.translate("TaskTableView", "Tasks"))
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegateForColumn(PERCENT, ProgressDelegate(self))
        # Row-aligned with the Gantt chart, which scrolls by pixels too.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # As in MS Project: the WBS column stays flat and task names are indented.
        self.setTreePosition(NAME)
        self.setIndentation(16)
        self.setExpandsOnDoubleClick(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, NAME_WIDTH)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        self.fit_date_columns()
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def date_width(self) -> int:
        """The width a Start or Finish cell needs for the widest date of a year, in bold.

        Measured by the table's delegate in its font and style (summary rows are bold), so no
        date is cut whatever the locale's day and month names or the font size.
        """
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(_year_of_dates(), key=QFontMetrics(bold).horizontalAdvance)
        sample = QStandardItemModel(1, 1)
        cell = QStandardItem(widest)
        cell.setFont(bold)
        sample.setItem(0, 0, cell)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        size = self.itemDelegate().sizeHint(option, sample.index(0, 0))
        return size.width() + 2  # the grid line and a breath of room

    def fit_date_columns(self) -> None:
        """Widen Start and Finish to `date_width` (a wider column the user chose stays)."""
        header = self.header()
        width = self.date_width()
        for column in (START, FINISH):
            if header.sectionSize(column) < width:
                header.resizeSection(column, width)

    def event(self, event: QEvent) -> bool:
        """Keep the viewport opaque whenever the style (sheet) is applied again."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # The style sheet's border turns the viewport's background fill off, and Qt only
            # moves the pixels of an opaque widget on a scroll: else every step redraws every
            # cell. The fill is the Base colour the sheet shows through anyway.
            self.viewport().setAutoFillBackground(True)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        """Fit the date columns again when the font or the style changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_date_columns()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scroll vertically by moving what stays on screen, so only the new rows paint.

        QTreeView compares a step in pixels with the number of rows that fit and repaints the
        whole viewport past it: per-pixel scrolling by more than about 27 pixels (one wheel
        notch is three rows) redrew every cell.
        """
        if dx or not dy or abs(dy) >= self.viewport().height():
            super().scrollContentsBy(dx, dy)
            return
        super().scrollContentsBy(0, 0)  # what QTreeView does besides moving the pixels
        self.viewport().scroll(0, dy)

    def row_height(self) -> int:
        """The height of every row (they are uniform), for the chart beside the table."""
        first = self.model().index(0, 0)
        if first.isValid():
            return max(self.indexRowSizeHint(first), 1)
        return self.fontMetrics().height() + 10

    def column_menu(self) -> QMenu:
        """A menu of checkable column names (the task name always shows)."""
        menu = QMenu(QCoreApplication.translate("TaskTableView", "&Columns"), self)
        header = self.header()
        for column in range(len(COLUMNS)):
            if column == NAME:
                continue
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        return menu

    def _column_menu(self, where: QPoint) -> None:
        self.column_menu().exec(self.header().mapToGlobal(where))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After Enter, move down one row like a spreadsheet."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = self.indexBelow(current)
            if below.isValid():
                self.setCurrentIndex(below.siblingAtColumn(current.column()))


def _year_of_dates() -> tuple[str, ...]:
    """Every date of a year as the table shows it: each weekday and month name appears."""
    first = dt.date(2026, 1, 1)
    return tuple(date_text(first + dt.timedelta(days=n)) for n in range(365))
