"""RowTableModel and RecordTableModel: flat tables of plain row objects, one row per object.

Subclasses answer `data` and `headerData`; the rows, counts and lookups live here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.ui.records.cells import READ_ONLY

AnyIndex = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    """A row with a stable id (a risk, a change request)."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT")
RecordT = TypeVar("RecordT", bound=Record)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Adapts a list of rows to a read-only QAbstractTableModel with fixed columns."""

    def __init__(self, columns: Sequence[str]) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Show `rows`, from scratch (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        """The object on `row`."""
        return self._rows[row]

    def entry(self, index: AnyIndex) -> RowT | None:
        """The object at `index` (of this model), if any."""
        return self._rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return READ_ONLY if self.entry(index) is not None else Qt.ItemFlag.NoItemFlags

    def _row_for(self, index: AnyIndex) -> RowT | None:
        """The object at `index` for `data`: None when the index is invalid or out of range."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]


class RecordTableModel(RowTableModel[RecordT]):
    """A RowTableModel whose rows have ids: a refresh with the same ids updates in place.

    The one way a table follows an edit: the same records in the same order → only the rows
    that differ are replaced and announced (dataChanged per row; selection and scroll kept);
    records added, removed or reordered → a reset. The Timeline's tree does the same.
    """

    def set_rows(self, rows: Sequence[RecordT]) -> None:
        """Show `rows`; the same ids in the same order update in place, row by row."""
        rows = list(rows)
        if not rows or [r.id for r in rows] != [r.id for r in self._rows]:
            super().set_rows(rows)
            return
        last = len(self._columns) - 1
        for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old is not new and old != new:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def context_changed(self) -> None:
        """Announce every cell: something all rows show (the currency) changed, not a row."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, record_id: int) -> int:
        """The row of a record; -1 if it is not shown."""
        return next((n for n, r in enumerate(self._rows) if r.id == record_id), -1)
