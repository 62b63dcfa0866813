"""ChangeFilterBar: the New button and a count on the left, status, category and search right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from cpm_desktop.domain import ChangeCategory
from cpm_desktop.texts import _
from cpm_desktop.ui.changes.filter_proxy import status_filters
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.records.widgets import filter_icon, search_field
from cpm_desktop.ui.theme import colors


class ChangeFilterBar(QWidget):
    """Emits the filters whenever the user changes one."""

    sig_filters_changed = Signal(dict)
    """Emitted with {status, category, text} after the user changed one."""

    def __init__(self, new_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(
            icon("new"), QCoreApplication.translate("ChangeFilterBar", "New change request…")
        )
        self.new_button.setObjectName("changeNewButton")
        self.new_button.setToolTip(new_action.toolTip())
        self.new_button.clicked.connect(new_action.trigger)
        new_action.changed.connect(lambda: self.new_button.setEnabled(new_action.isEnabled()))
        self.count = ElidedLabel()  # a narrow window shortens the count, not the filters
        self.count.setObjectName("changeCount")
        self.count.setStyleSheet(f"color: {colors().muted_text};")
        self.status = QComboBox()
        self.status.setObjectName("changeStatusFilter")
        self.status.setAccessibleName(
            QCoreApplication.translate("ChangeFilterBar", "Status filter")
        )
        for value, text in status_filters():
            self.status.addItem(text, value)
        self.category = QComboBox()
        self.category.setObjectName("changeCategoryFilter")
        self.category.setAccessibleName(
            QCoreApplication.translate("ChangeFilterBar", "Category filter")
        )
        self.category.addItem(QCoreApplication.translate("ChangeFilterBar", "All categories"), "")
        for category in ChangeCategory:
            self.category.addItem(_(category.label), category.value)
        self.search = search_field(
            "changeSearch",
            QCoreApplication.translate("ChangeFilterBar", "Search change requests"),
            230,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.new_button)
        layout.addSpacing(6)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(filter_icon())
        for combo in (self.status, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.search)
        self.search.textChanged.connect(self._emit)

    def set_count(self, shown: int, total: int, awaiting: int) -> None:
        """Say how many requests the table shows and how many await the client's decision."""
        if total == 0:
            self.count.clear()
            return
        what = (
            QCoreApplication.translate("ChangeFilterBar", "{count} change request").format(
                count=total
            )
            if total == 1
            else QCoreApplication.translate("ChangeFilterBar", "{count} change requests").format(
                count=total
            )
        )
        text = (
            what
            if shown == total
            else QCoreApplication.translate("ChangeFilterBar", "Showing {shown} of {total}").format(
                shown=shown, total=what
            )
        )
        if awaiting:
            text += "  ·  " + QCoreApplication.translate(
                "ChangeFilterBar", "{count} awaiting decision"
            ).format(count=awaiting)
        self.count.setText(text)

    def filters(self) -> dict[str, str]:
        """The filters chosen now ('' is all)."""
        return {
            "status": self.status.currentData() or "",
            "category": self.category.currentData() or "",
            "text": self.search.text().strip(),
        }

    def show_everything(self) -> None:
        """Clear every filter (e.g. so a request just added is seen)."""
        self.status.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.search.clear()

    def _emit(self, *_: object) -> None:
        self.sig_filters_changed.emit(self.filters())
