"""ContactsModel: the people of the client form, saved or not yet, one row each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.services.portfolio.setup import ContactEntry
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Role"),
    QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
    QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
)


class ContactsModel(RowTableModel[ContactEntry]):
    """Adapts ContactEntry objects (read-only cells: the contact form edits them)."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("ContactsModel", title) for title in COLUMNS])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (row.name, row.role, row.email, row.phone)[index.column()]

    def rows(self) -> tuple[ContactEntry, ...]:
        """Every row, in order."""
        return tuple(self.row_at(n) for n in range(self.rowCount()))
