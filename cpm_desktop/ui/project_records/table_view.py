"""RecordTable and RecordProxy: the sortable, read-only table every records panel shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget

from cpm_desktop.ui.project_records.table_model import Column, ColumnTableModel
from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy
from cpm_desktop.ui.records.table_model import Record, RecordT
from cpm_desktop.ui.records.widgets import style_record_table

STRETCH_MIN = 200  # pixels: a narrower text column stops being readable
CELL_PADDING = 24


class RecordProxy(RecordFilterProxy[RecordT]):
    """Sorts by each column's sort key, equal keys in id order; filtering is the service's."""

    def tie_key(self, record: Record) -> int:
        """The id: records added later come later."""
        return record.id

    def accepts(self, record: RecordT) -> bool:
        """Every record the panel read is shown."""
        return True


class RecordTable(QTableView):
    """Whole rows, one at a time; columns fit their contents, capped; one stretches."""

    sig_edit_requested = Signal()
    """Emitted when Enter is pressed on the table (no arguments: the current row is meant)."""

    sig_delete_requested = Signal()
    """Emitted when Delete is pressed on the table (no arguments: the current row is meant)."""

    def __init__(self, proxy: RecordProxy[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        source = proxy.source
        assert isinstance(source, ColumnTableModel)
        self.specs: tuple[Column[Any], ...] = source.columns
        self.setModel(proxy)
        style_record_table(self)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        self.setMinimumHeight(120)

    def fit_columns(self) -> None:
        """Each column as wide as its contents and heading (capped); the stretching one the rest."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()
        for column, spec in enumerate(self.specs):
            heading = header.fontMetrics().horizontalAdvance(spec.title) + CELL_PADDING
            width = max(header.sectionSize(column) + 8, heading)
            header.resizeSection(column, min(width, spec.max_width))
        self._fit_stretch()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits the current row and Delete deletes it, as in a file list."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.sig_edit_requested.emit()
        elif key == Qt.Key.Key_Delete and not event.modifiers():
            self.sig_delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the stretching column what a new width leaves."""
        super().resizeEvent(event)
        self._fit_stretch()

    def _fit_stretch(self) -> None:
        header = self.horizontalHeader()
        stretch = next((c for c, spec in enumerate(self.specs) if spec.stretch), None)
        if stretch is None:
            return
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != stretch)
        header.resizeSection(stretch, max(STRETCH_MIN, self.viewport().width() - others))
