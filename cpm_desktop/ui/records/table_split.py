"""TableOverDetail: a record table above the selected record's detail, the divider placed so
the table shows its rows until the user moves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTableView, QWidget

from cpm_desktop.ui.records.widgets import rows_height

MIN_TABLE_ROWS = 3


class TableOverDetail(QSplitter):
    """The table above, the detail below (scrolling on a low screen). On each resize the
    table gets the height of its rows (at least three), at most `share` of the whole, until
    the user moves the divider: from then on their choice stands."""

    def __init__(self, table: QTableView, detail: QWidget, *, share: float, name: str) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName(f"{name}Splitter")
        self._table = table
        self._share = share
        scroll = QScrollArea()
        scroll.setObjectName(f"{name}DetailArea")
        scroll.setAccessibleName(QCoreApplication.translate("TableOverDetail", "Details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        self.addWidget(table)
        self.addWidget(scroll)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self._moved_by_user = False
        self.splitterMoved.connect(self._on_moved)
        self.installEventFilter(self)

    def share_height(self) -> None:
        """Place the divider for the table's rows now (after they changed)."""
        height = self.height()
        if self._moved_by_user or height <= 0:
            return
        model = self._table.model()
        rows = model.rowCount() if model is not None else 0
        wanted = rows_height(self._table, max(rows, MIN_TABLE_ROWS))
        top = min(wanted, round(height * self._share))
        self.setSizes([top, height - top])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share a new height between the table and the detail."""
        if watched is self and event.type() == QEvent.Type.Resize:
            self.share_height()
        return False

    def _on_moved(self, *_: int) -> None:
        self._moved_by_user = True
