"""GatesModel: the stage gates a project has passed, oldest first, for the Stage Gate dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.services.portfolio.lifecycle import StageGateRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("GatesModel", "Stage"),
    QT_TRANSLATE_NOOP("GatesModel", "Passed on"),
    QT_TRANSLATE_NOOP("GatesModel", "Approved by"),
    QT_TRANSLATE_NOOP("GatesModel", "Note"),
)
STAGE, PASSED_ON, APPROVED_BY, NOTE = range(len(COLUMNS))


class GatesModel(RecordTableModel[StageGateRow]):
    """One row per gate passed: into which stage, when, approved by whom, and why."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("GatesModel", title) for title in COLUMNS])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == STAGE:
                return _(row.stage.label)
            if column == PASSED_ON:
                return date_text(row.passed_on)
            if column == APPROVED_BY:
                return row.approved_by
            # The note may be long: one line in the cell, the whole of it in the tooltip.
            return row.note if role == Qt.ItemDataRole.ToolTipRole else row.note.split("\n")[0]
        return None
