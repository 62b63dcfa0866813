"""BackupTableModel: adapts the BackupInfo rows of a workspace to a read-only table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import RowTableModel
from cpm_desktop.workspace.backups import BEFORE_UPGRADE, ON_OPEN, BackupInfo, problem_summary

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("BackupTableModel", "Taken"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Schema"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Intact"),
)
# The workspace's names of the kinds of backup, as the table shows them.
KINDS = {
    ON_OPEN: QT_TRANSLATE_NOOP("BackupTableModel", "on open"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupTableModel", "before upgrade"),
}
Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(RowTableModel[BackupInfo]):
    """One row per backup, newest first, as `cpm-desktop backups` lists them."""

    def __init__(self, backups: list[BackupInfo]) -> None:
        super().__init__(HEADERS)
        self.set_rows(backups)

    @property
    def backups(self) -> list[BackupInfo]:
        """The backups listed, in table order."""
        return list(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        title = super().headerData(section, orientation, role)
        if isinstance(title, str):
            return QCoreApplication.translate("BackupTableModel", title)
        return title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        backup = self._row_for(index)
        if backup is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4 and not backup.intact:
                return problem_summary(list(backup.problems))  # what SQLite found, in full
            return str(backup.path)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        backup = self.entry(index)
        if backup is None:
            return Qt.ItemFlag.NoItemFlags
        if not backup.intact:
            # A damaged backup is listed, so the user sees it, but cannot be chosen.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _text(backup: BackupInfo, column: int) -> str:
        if column == 0:
            return str(backup.number)
        if column == 1:
            return f"{date_text(backup.taken.date())} {backup.taken:%H:%M}"
        if column == 2:
            kind = KINDS.get(backup.kind)
            return QCoreApplication.translate("BackupTableModel", kind) if kind else backup.kind
        if column == 3:
            return backup.revision or "?"
        if backup.intact:
            return QCoreApplication.translate("BackupTableModel", "yes")
        return QCoreApplication.translate("BackupTableModel", "no, damaged")
