"""HistoryModel: adapts a request's recorded status changes to a small read-only table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.services.change_views import TransitionRow
from cpm_desktop.ui.changes.vocabulary import status_text
from cpm_desktop.ui.formatting import short_date_text

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Date", "Step", "By", "Comment")
DATE, STEP, BY, COMMENT = range(len(COLUMNS))


class HistoryModel(QAbstractTableModel):
    """One row per transition, oldest first: when, from → to, who and why."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[TransitionRow, ...] = ()

    def set_transitions(self, rows: tuple[TransitionRow, ...]) -> None:
        """Show `rows` (oldest first)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = step_line(row, index.column())
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def step_line(row: TransitionRow, column: int) -> str:
    """The text of one cell of the history."""
    if column == DATE:
        return short_date_text(row.changed_on)
    if column == STEP:
        return f"{status_text(row.from_status)} → {status_text(row.to_status)}"
    if column == BY:
        return row.changed_by
    return row.comment
