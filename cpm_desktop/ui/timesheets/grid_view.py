"""TimesheetGrid: the hours table over a frozen footer of each person's totals.

Both views show the one TimesheetGridModel: the table its task rows (named in the rows'
header, which stays put when the hours scroll sideways), the footer its two total rows, which
stay put when the tasks scroll down. The footer holds the sideways scroll bar for both; their
columns keep the same widths.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from cpm_desktop.ui.records.column_fit import content_width
from cpm_desktop.ui.records.widgets import style_editable_table, style_record_table
from cpm_desktop.ui.timesheets.grid_model import TimesheetGridModel
from cpm_desktop.ui.timesheets.hours_delegate import HoursDelegate

TASKS_MIN, TASKS_MAX = 220, 320  # pixels of the rows' header: the tasks' WBS codes and names
ROW_PADDING = 6  # pixels above and below a row's text


class _Footer(QTableView):
    """The totals rows; its right margin matches the table's vertical scroll bar."""

    def set_right_margin(self, width: int) -> None:
        """Leave `width` pixels at the right, where the table above has its scroll bar."""
        self.setViewportMargins(0, 0, width, 0)


class TimesheetGrid(QWidget):
    """The hours table and its frozen totals, scrolled and sized together."""

    def __init__(self, model: TimesheetGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("timesheetGrid")
        self.table.setAccessibleName(
            QCoreApplication.translate("TimesheetGrid", "Hours per task and day")
        )
        self.table.setModel(model)
        style_editable_table(self.table, type_to_edit=True)
        # A sheet of cells: one cell, or a block, is selected, not whole rows.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setItemDelegate(HoursDelegate(self.table))
        # The table scrolls sideways (keys, wheel) but shows no bar of its own: the one under
        # the totals moves both, so the totals stay next to the rows.
        self.table.horizontalScrollBar().setStyleSheet("QScrollBar { height: 0px; }")
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.footer = _Footer()
        self.footer.setObjectName("timesheetTotals")
        self.footer.setModel(model)
        style_record_table(self.footer, sortable=False)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.horizontalHeader().hide()
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for view in (self.table, self.footer):
            rows = view.verticalHeader()
            rows.show()
            rows.setDefaultSectionSize(view.fontMetrics().height() + 2 * ROW_PADDING)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            rows.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setCornerButtonEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        self.table.horizontalHeader().sectionResized.connect(self._follow_width)
        self.footer.horizontalScrollBar().valueChanged.connect(
            self.table.horizontalScrollBar().setValue
        )
        self.table.horizontalScrollBar().valueChanged.connect(
            self.footer.horizontalScrollBar().setValue
        )

    def rows_changed(self) -> None:
        """After the model was reset: each view shows its rows, columns fit their contents."""
        for row in range(self.model.rowCount()):
            total = row >= self.model.total_row
            self.table.setRowHidden(row, total)
            self.footer.setRowHidden(row, not total)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            totals = self.footer.sizeHintForColumn(column)
            header.resizeSection(column, max(content_width(self.table, column), totals))
        width = min(
            max(TASKS_MIN, self.table.verticalHeader().sizeHint().width()),
            TASKS_MAX,
        )
        width = max(width, self.footer.verticalHeader().sizeHint().width())
        for view in (self.table, self.footer):
            view.verticalHeader().setFixedWidth(width)
        self.footer.set_right_margin(self.table.verticalScrollBar().sizeHint().width())
        rows = 2 * self.footer.verticalHeader().defaultSectionSize()
        bar = self.footer.horizontalScrollBar().sizeHint().height()
        self.footer.setFixedHeight(rows + bar + 2 * self.footer.frameWidth())

    def _follow_width(self, column: int, _old: int, new: int) -> None:
        self.footer.setColumnWidth(column, new)
