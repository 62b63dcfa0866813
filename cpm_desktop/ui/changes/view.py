"""ChangesView: the change log's filter bar, table and roll-up, and the selected request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.changes.actions import ChangeActions
from cpm_desktop.ui.changes.change_model import REF, ChangeTableModel
from cpm_desktop.ui.changes.detail_panel import ChangeDetailPanel
from cpm_desktop.ui.changes.filter_bar import ChangeFilterBar
from cpm_desktop.ui.changes.filter_proxy import ChangeFilterProxy
from cpm_desktop.ui.changes.table_view import ChangeTableView
from cpm_desktop.ui.changes.totals import ChangeTotals
from cpm_desktop.ui.empty_state import EmptyState

TABLE_HEIGHT = 380  # the log and its roll-up; the detail below takes the rest
TABLE_SHARE = 0.6  # on a low screen, the log's share, so the request below stays readable


class ChangesView(QWidget):
    """The Changes tab's widgets: an empty page, or the log above the selected request."""

    sig_shown = Signal()
    """Emitted each time the page comes on screen."""

    def __init__(self, actions: ChangeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChangeTableModel()
        self.proxy = ChangeFilterProxy(self.model)
        self.filters = ChangeFilterBar(actions.new)
        self.table = ChangeTableView()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        self.totals = ChangeTotals()
        self.detail = ChangeDetailPanel(actions)
        self.detail.setObjectName("changeDetail")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page(actions))
        self.stack.addWidget(self._log_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _empty_page(self, actions: ChangeActions) -> QWidget:
        self.empty = EmptyState(
            "changes",
            QCoreApplication.translate("ChangesView", "No change requests yet"),
            QCoreApplication.translate(
                "ChangesView",
                "When the client asks for something the plan does not hold, raise a change "
                "request: assess its impact, record the client's decision, then apply it.",
            ),
        )
        self.empty.setObjectName("changesEmpty")
        self.empty_button = QPushButton(
            QCoreApplication.translate("ChangesView", "New change request…")
        )
        self.empty_button.setObjectName("changesEmptyNew")
        self.empty_button.clicked.connect(actions.new.trigger)
        self.empty.add_widget(self.empty_button)
        return self.empty

    def _log_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setObjectName("changeDetailArea")
        scroll.setAccessibleName(
            QCoreApplication.translate("ChangesView", "Change request details")
        )
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.table, 1)
        column.addWidget(self.totals)
        # Table and roll-up above, the selected request below: as the Risks tab, so every
        # column of the log keeps its width on a 1600-pixel projector.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("changesSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([TABLE_HEIGHT, 480])
        self.splitter.setChildrenCollapsible(False)
        self._split_by_user = False
        self.splitter.splitterMoved.connect(self._on_split_moved)
        self.splitter.installEventFilter(self)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share a new height between the log and the request, until the user splits it."""
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            height = self.splitter.height()
            if not self._split_by_user and height > 0:
                top = min(TABLE_HEIGHT, round(height * TABLE_SHARE))
                self.splitter.setSizes([top, height - top])
        return False

    def _on_split_moved(self, *_: int) -> None:
        self._split_by_user = True

    def show_empty_page(self, empty: bool) -> None:
        """Show the empty page (a project without requests) or the log."""
        self.stack.setCurrentIndex(0 if empty else 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Tell the controller, which catches up with what changed while the page was hidden."""
        super().showEvent(event)
        self.sig_shown.emit()
