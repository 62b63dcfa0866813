"""StepHistoryModel: adapts a deliverable's steps towards acceptance to a small read-only table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.services.deliverables.views import StepRow
from cpm_desktop.ui.deliverables.columns import status_text
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("StepHistoryModel", "Date"),
    QT_TRANSLATE_NOOP("StepHistoryModel", "Step"),
    QT_TRANSLATE_NOOP("StepHistoryModel", "By"),
    QT_TRANSLATE_NOOP("StepHistoryModel", "Comment"),
)
DATE, STEP, BY, COMMENT = range(len(COLUMNS))


class StepHistoryModel(RowTableModel[StepRow]):
    """One row per step, oldest first: when, to what, who and why."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("StepHistoryModel", c) for c in COLUMNS])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = step_cell(row, index.column())
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(text.split())  # one line; the tooltip keeps the breaks
            return text or None
        return None


def step_cell(row: StepRow, column: int) -> str:
    """The text of one cell of the history."""
    if column == DATE:
        return short_date_text(row.changed_on)
    if column == STEP:
        return status_text(row.to_status)
    if column == BY:
        return row.changed_by
    return row.comment
