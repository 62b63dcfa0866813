"""CheckInPreviewModel: what a laptop's copy changed, one row per kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.ui.checkout.words import kind_words
from cpm_desktop.ui.formatting import number_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import RowTableModel
from cpm_desktop.workspace.checkin import Differences

HEADERS = (
    QT_TRANSLATE_NOOP("CheckInPreview", "Records"),
    QT_TRANSLATE_NOOP("CheckInPreview", "Added"),
    QT_TRANSLATE_NOOP("CheckInPreview", "Changed"),
    QT_TRANSLATE_NOOP("CheckInPreview", "Removed"),
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """How many records of one kind the check-in adds, changes and removes on the server."""

    kind: str
    added: int
    changed: int
    removed: int


def preview_rows(found: Differences) -> list[PreviewRow]:
    """One row per kind of record the laptop's copy changed, in the order a PM reads them."""
    tables = {*found.added, *found.changed, *found.removed}
    rows = [
        PreviewRow(
            kind_words(table),
            found.added.get(table, 0),
            found.changed.get(table, 0),
            found.removed.get(table, 0),
        )
        for table in tables
    ]
    return sorted(rows, key=lambda row: row.kind.casefold())


class CheckInPreviewModel(RowTableModel[PreviewRow]):
    """Adapts PreviewRows to a read-only table: the kind, then its three counts ('' for 0)."""

    def __init__(self, rows: list[PreviewRow]) -> None:
        super().__init__(HEADERS)
        self.set_rows(rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # as the counts
        title = super().headerData(section, orientation, role)
        if isinstance(title, str):
            return QCoreApplication.translate("CheckInPreview", title)
        return title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.kind
            count = (row.added, row.changed, row.removed)[column - 1]
            return number_text(count) if count else ""  # a blank reads faster than a 0
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
