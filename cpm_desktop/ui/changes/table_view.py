"""ChangeTableView: the log's table; fixed column widths, the title taking what is left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.texts import _
from cpm_desktop.ui.changes.change_model import CATEGORY, PRIORITY, STATUS, TITLE, WIDEST
from cpm_desktop.ui.changes.delegates import StatusChipDelegate
from cpm_desktop.ui.changes.vocabulary import status_text
from cpm_desktop.ui.records.widgets import style_record_table

CELL_PADDING = 20  # the item's padding and a little air
HEADER_PADDING = 22  # the section's padding; a sorted column may elide its header a little
TITLE_MIN = 220  # pixels: shorter titles stop being readable on a projector


class ChangeTableView(QTableView):
    """Read-only rows, one selected at a time, the status as a chip.

    Columns are as wide as their widest usual text, not the rows shown (a long requester
    name would squeeze the title); the title follows the table's width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeTable")
        self.setAccessibleName(QCoreApplication.translate("ChangeTableView", "Change requests"))
        self.setItemDelegateForColumn(STATUS, StatusChipDelegate(self))
        style_record_table(self)
        header = self.horizontalHeader()
        header.sectionResized.connect(self._on_section_resized)
        self.setMinimumHeight(160)

    def fit_columns(self) -> None:
        """Each column as wide as its widest usual text or its header; the title the rest."""
        header = self.horizontalHeader()
        model = self.model()
        cell = self.fontMetrics()
        heading = header.fontMetrics()
        for column in range(header.count()):
            if column == TITLE:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            sample = WIDEST.get(column, "")
            if column == STATUS:
                sample = max((status_text(s) for s in ChangeStatus), key=cell.horizontalAdvance)
            elif column in (CATEGORY, PRIORITY):
                words = ChangeCategory if column == CATEGORY else ChangePriority
                sample = max((_(w.label) for w in words), key=cell.horizontalAdvance)
            width = max(
                cell.horizontalAdvance(sample) + CELL_PADDING,
                heading.horizontalAdvance(title) + HEADER_PADDING,
            )
            if column == STATUS:
                width += CELL_PADDING  # the chip's own padding
            header.resizeSection(column, width + int(self.showGrid()))  # the grid line's pixel
        self.fit_title()

    def fit_title(self) -> None:
        """The title takes the room the other columns leave, never less than it needs to read
        (a narrow window scrolls sideways instead)."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)
        header.resizeSection(TITLE, max(TITLE_MIN, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the title whenever the visible width changes (a scroll area's viewport too)."""
        super().resizeEvent(event)
        self.fit_title()

    def _on_section_resized(self, column: int, *_: int) -> None:
        if column != TITLE:  # a column the user widened takes its room from the title
            self.fit_title()
