"""UsageGrid: the people × weeks grid with the names and utilisation held still on the left
while the weeks scroll sideways (two views of one model, scrolling and selecting together)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QWidget

from cpm_desktop.ui.records.widgets import style_record_table
from cpm_desktop.ui.workload.usage_model import FIRST_WEEK, NAME, UTILISATION, UsageModel

WEEK_WIDTH = 104  # "1,234 h · 175 %" in bold
NAME_WIDTH = 170
UTILISATION_WIDTH = 84


class UsageGrid(QWidget):
    """The frozen names and utilisation beside the scrolling weeks."""

    def __init__(self, model: UsageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.names = QTableView()
        self.names.setObjectName("workloadNames")
        self.names.setAccessibleName(QCoreApplication.translate("UsageGrid", "People"))
        self.weeks = QTableView()
        self.weeks.setObjectName("workloadWeeks")
        self.weeks.setAccessibleName(QCoreApplication.translate("UsageGrid", "Workload per week"))
        for view in (self.names, self.weeks):
            view.setModel(model)
            style_record_table(view, sortable=False)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setAlternatingRowColors(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.weeks.setSelectionModel(self.names.selectionModel())
        self.names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weeks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The names leave room where the weeks have their sideways bar: both show as many
        # rows, so they scroll to the same last row.
        bar = self.weeks.horizontalScrollBar().sizeHint().height()
        self.names.setViewportMargins(0, 0, 0, bar)
        self.weeks.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.names.verticalScrollBar().valueChanged.connect(self.weeks.verticalScrollBar().setValue)
        self.weeks.verticalScrollBar().valueChanged.connect(self.names.verticalScrollBar().setValue)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.names)
        layout.addWidget(self.weeks, 1)
        model.modelReset.connect(self._columns_changed)
        self._columns_changed()

    def _columns_changed(self) -> None:
        """Give each view its columns again: the number of weeks may have changed."""
        count = self.model.columnCount()
        for column in range(count):
            frozen = column < FIRST_WEEK
            self.names.setColumnHidden(column, not frozen)
            self.weeks.setColumnHidden(column, frozen)
            if not frozen:
                self.weeks.setColumnWidth(column, WEEK_WIDTH)
        self.names.setColumnWidth(NAME, NAME_WIDTH)
        self.names.setColumnWidth(UTILISATION, UTILISATION_WIDTH)
        self.names.setFixedWidth(NAME_WIDTH + UTILISATION_WIDTH + 2 * self.names.frameWidth())
        # The two headers keep one height, so the rows line up.
        height = max(v.horizontalHeader().sizeHint().height() for v in (self.names, self.weeks))
        for view in (self.names, self.weeks):
            view.horizontalHeader().setFixedHeight(height)
