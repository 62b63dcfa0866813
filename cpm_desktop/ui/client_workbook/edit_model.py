"""EditTableModel: adapts the EditItems of a client-edits preview to a checkable table.

The first column's check box says whether an item is applied. Items of one group (a status step
and the decision it records) are ticked and unticked together; items that cannot be applied
are disabled and never ticked.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from cpm_desktop.ui.client_workbook.edit_items import EditItem
from cpm_desktop.ui.icons import dot
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import RowTableModel
from cpm_desktop.ui.theme import colors

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("EditTableModel", "Ref"),
    QT_TRANSLATE_NOOP("EditTableModel", "Sheet row"),
    QT_TRANSLATE_NOOP("EditTableModel", "Field"),
    QT_TRANSLATE_NOOP("EditTableModel", "Exported"),
    QT_TRANSLATE_NOOP("EditTableModel", "Client's value"),
    QT_TRANSLATE_NOOP("EditTableModel", "Now in the workspace"),
    QT_TRANSLATE_NOOP("EditTableModel", "Notes"),
)
REF, WHERE, FIELD, EXPORTED, RETURNED, CURRENT, STATUS = range(len(COLUMNS))
TEXT_COLUMNS = (EXPORTED, RETURNED, CURRENT, STATUS)  # long texts: elided, full in a tooltip
COLUMN_TIPS = {
    REF: QT_TRANSLATE_NOOP("EditTableModel", "Tick the edits to apply"),
    EXPORTED: QT_TRANSLATE_NOOP("EditTableModel", "The value in the workbook when it was exported"),
    RETURNED: QT_TRANSLATE_NOOP("EditTableModel", "The value the client typed"),
    CURRENT: QT_TRANSLATE_NOOP(
        "EditTableModel",
        "The value in this workspace now, shown where it changed since the export",
    ),
}
EMPTY = "—"  # an empty cell, so "emptied" and "filled in" read as edits
CONFLICT_TINT = 56  # alpha of the warning colour behind a conflict row: readable text on it
DOT_SIZE = 12
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable


class EditTableModel(RowTableModel[EditItem]):
    """One row per difference or added row, in the order of the workbook's sheets."""

    sig_checked_changed = Signal(int)
    """Emitted with the number of ticked items after any box changed."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)
        self._checked: set[str] = set()

    # -- content -------------------------------------------------------------------------

    def set_items(self, items: Iterable[EditItem], checked: Collection[str]) -> None:
        """Show `items`, ticking those in `checked` (with their groups) that can be applied."""
        items = list(items)
        groups = {i.group for i in items if i.id in checked}
        self._checked = {i.id for i in items if i.applicable and i.group in groups}
        self.set_rows(items)
        self.sig_checked_changed.emit(len(self._checked))

    def item(self, row: int) -> EditItem:
        """The item on `row`."""
        return self.row_at(row)

    def checked_ids(self) -> list[str]:
        """The ticked items' ids, in table order."""
        return [i.id for i in self._rows if i.id in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        """Tick every item that can be applied (conflicts too), or none."""
        wanted = {i.id for i in self._rows if i.applicable} if checked else set()
        self._set_checked(wanted)

    def set_checked(self, row: int, checked: bool) -> None:
        """Tick or untick the item on `row` and the rest of its group."""
        group = self._rows[row].group
        members = {i.id for i in self._rows if i.group == group and i.applicable}
        self._set_checked(self._checked | members if checked else self._checked - members)

    def _set_checked(self, wanted: set[str]) -> None:
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._rows:
            last = self.index(len(self._rows) - 1, REF)
            self.dataChanged.emit(self.index(0, REF), last, [Qt.ItemDataRole.CheckStateRole])
        self.sig_checked_changed.emit(len(wanted))

    # -- RowTableModel -------------------------------------------------------------------

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EditTableModel", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in COLUMN_TIPS:
            return QCoreApplication.translate("EditTableModel", COLUMN_TIPS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not self._rows[index.row()].applicable:
            return Qt.ItemFlag.NoItemFlags  # shown greyed: the reason is in its Notes
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | _CHECKABLE if index.column() == REF else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self._row_for(index)
        if item is None:
            return None
        column = index.column()
        role = int(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(_text(item, column))
        if role == Qt.ItemDataRole.CheckStateRole and column == REF:
            ticked = item.id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.conflict:
            tint = QColor(colors().rag_amber)
            tint.setAlpha(CONFLICT_TINT)
            return tint
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return _status_dot(item)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != REF
            or int(role) != Qt.ItemDataRole.CheckStateRole
            or not self._rows[index.row()].applicable
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.set_checked(index.row(), state == Qt.CheckState.Checked.value)
        return True


def _text(item: EditItem, column: int) -> str:
    if column == REF:
        return item.reference
    if column == WHERE:
        return item.where
    if column == FIELD:
        return item.field
    if column == EXPORTED:
        return item.exported or ("" if item.details else EMPTY)
    if column == RETURNED:
        return item.returned or EMPTY
    if column == CURRENT:
        return (item.current or EMPTY) if item.conflict else ""
    return item.status


def _one_line(text: str) -> str:
    """A cell shows one line: a paragraph break reads as a pilcrow, the rest is elided."""
    return " ¶ ".join(part.strip() for part in text.splitlines() if part.strip())


def _tooltip(item: EditItem, column: int) -> str | None:
    if column == RETURNED and item.details:
        return item.details
    if column == REF and item.applicable:
        if item.group == item.id:
            return QCoreApplication.translate("EditTableModel", "Apply this edit")
        return item.status
    text = _text(item, column) if column in TEXT_COLUMNS else ""
    return text if text and text != EMPTY else None


def _foreground(item: EditItem, column: int) -> QColor | None:
    c = colors()
    if column == STATUS and item.problem is not None:
        return QColor(c.rag_red)
    if _text(item, column) == EMPTY or (column == STATUS and item.companion_of):
        return QColor(c.muted_text)
    return None


def _status_dot(item: EditItem) -> QIcon | None:
    c = colors()
    if item.problem is not None:
        return _unfaded_dot(c.rag_red)
    if item.conflict:
        return _unfaded_dot(c.rag_amber)
    return None


@cache
def _unfaded_dot(color: str) -> QIcon:
    """A status dot that keeps its colour on a disabled row (Qt would grey it)."""
    pixmap = dot(color).pixmap(DOT_SIZE)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Disabled)
    return icon
