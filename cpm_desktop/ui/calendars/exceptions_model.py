"""ExceptionsModel: a calendar's holidays and worked days, by date; names and kinds editable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpm_desktop.services.plan.calendars import CalendarException
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import EDITABLE, READ_ONLY
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ExceptionsModel", "Date"),
    QT_TRANSLATE_NOOP("ExceptionsModel", "Name"),
    QT_TRANSLATE_NOOP("ExceptionsModel", "Kind"),
)
NAME, KIND = 1, 2
# The kinds by their English names (the keys the combos carry); shown through `translated`.
HOLIDAY = QT_TRANSLATE_NOOP("ExceptionsModel", "Holiday")
WORKED = QT_TRANSLATE_NOOP("ExceptionsModel", "Worked day")
KIND_TIPS = {
    HOLIDAY: QT_TRANSLATE_NOOP("ExceptionsModel", "Not worked, though its weekday is"),
    WORKED: QT_TRANSLATE_NOOP(
        "ExceptionsModel", "Worked, though its weekday is not (a weekend cut-over)"
    ),
}


def translated(text: str) -> str:
    """A kind, tip or column title of this module in the UI language."""
    return QCoreApplication.translate("ExceptionsModel", text)


def kind_text(exception: CalendarException) -> str:
    """How the table names an exception's kind (in the UI language)."""
    return translated(WORKED if exception.is_working else HOLIDAY)


def kind_of(text: str) -> str | None:
    """HOLIDAY or WORKED for a kind's English or shown name; None for any other text."""
    return next((k for k in (HOLIDAY, WORKED) if text in (k, translated(k))), None)


class ExceptionsModel(RowTableModel[CalendarException]):
    """Adapts CalendarException rows, kept sorted by date; the dialog's working copy."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)

    def exceptions(self) -> tuple[CalendarException, ...]:
        """The rows as they stand."""
        return tuple(self._rows)

    def dates(self) -> set[dt.date]:
        """The dates listed."""
        return {row.day for row in self._rows}

    def add(self, exceptions: Iterable[CalendarException]) -> int:
        """Add the exceptions on dates not listed yet; return how many were added."""
        known = self.dates()
        new: list[CalendarException] = []
        for exception in exceptions:
            if exception.day not in known:
                known.add(exception.day)
                new.append(exception)
        if new:
            self.set_rows(sorted([*self._rows, *new], key=lambda e: e.day))
        return len(new)

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove the rows numbered `rows`."""
        gone = set(rows)
        if gone:
            self.set_rows([r for n, r in enumerate(self._rows) if n not in gone])

    def row_of_date(self, day: dt.date) -> int:
        """The row of `day`; -1 if it is not listed."""
        return next((n for n, r in enumerate(self._rows) if r.day == day), -1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        title = super().headerData(section, orientation, role)
        return translated(title) if isinstance(title, str) else title

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (date_text(row.day), row.name, kind_text(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = WORKED if row.is_working else HOLIDAY
            return translated(KIND_TIPS[kind]) if column == KIND else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self._row_for(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if index.column() in (NAME, KIND) else READ_ONLY

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        row = self._row_for(index)
        if row is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        if index.column() == NAME and value.strip():  # a blank name keeps the old one
            changed = replace(row, name=" ".join(value.split()))
        elif index.column() == KIND and (kind := kind_of(value)) is not None:
            changed = replace(row, is_working=kind == WORKED)
        else:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True


class KindDelegate(QStyledItemDelegate):
    """Edits the Kind column with a choice of Holiday or Worked day."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for kind in (HOLIDAY, WORKED):
            combo.addItem(translated(kind), kind)
            combo.setItemData(
                combo.count() - 1, translated(KIND_TIPS[kind]), Qt.ItemDataRole.ToolTipRole
            )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(  # noqa: N802 - Qt's name
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
