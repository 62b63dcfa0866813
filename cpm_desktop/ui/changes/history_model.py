"""HistoryModel: adapts a request's recorded status changes to a small read-only table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.services.changes.views import TransitionRow
from cpm_desktop.ui.changes.vocabulary import status_text
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    QT_TRANSLATE_NOOP("HistoryModel", "Step"),
    QT_TRANSLATE_NOOP("HistoryModel", "By"),
    QT_TRANSLATE_NOOP("HistoryModel", "Comment"),
)
DATE, STEP, BY, COMMENT = range(len(COLUMNS))


class HistoryModel(RowTableModel[TransitionRow]):
    """One row per transition, oldest first: when, from → to, who and why."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("HistoryModel", title) for title in COLUMNS])

    def set_transitions(self, rows: tuple[TransitionRow, ...]) -> None:
        """Show `rows` (oldest first)."""
        self.set_rows(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = step_line(row, index.column())
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        return None


def step_line(row: TransitionRow, column: int) -> str:
    """The text of one cell of the history."""
    if column == DATE:
        return short_date_text(row.changed_on)
    if column == STEP:
        return f"{status_text(row.from_status)} → {status_text(row.to_status)}"
    if column == BY:
        return row.changed_by
    return row.comment
