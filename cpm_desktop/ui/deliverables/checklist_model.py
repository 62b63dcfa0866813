"""ChecklistModel: a deliverable's acceptance criteria as a list the PM ticks.

A tick changes nothing here: the model asks for the edit (`sig_toggled`), and the refreshed
checklist comes back from the service, so undo and redo redraw it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal

from cpm_desktop.services.deliverables.views import CriterionRow
from cpm_desktop.ui.records.table_model import AnyIndex


class ChecklistModel(QAbstractListModel):
    """One checkable row per acceptance criterion, in the checklist's order."""

    sig_toggled = Signal(int, bool)
    """Emitted with a criterion's position and whether it is now met, when the user ticks it."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[CriterionRow, ...] = ()
        self._editable = False

    def set_criteria(self, rows: Sequence[CriterionRow], *, editable: bool) -> None:
        """Show `rows`; `editable` False: the ticks are final (accepted) and cannot change."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self._editable = editable
        self.endResetModel()

    def criteria(self) -> tuple[CriterionRow, ...]:
        """The criteria shown."""
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.met else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._editable else flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick asks for the edit; the model itself changes only when the service answers."""
        if role != Qt.ItemDataRole.CheckStateRole or not self._editable or not index.isValid():
            return False
        met = Qt.CheckState(value) == Qt.CheckState.Checked
        if met != self._rows[index.row()].met:
            self.sig_toggled.emit(index.row(), met)
        return False
