"""ColumnTableModel: a record table described by column specs (text, sort key, chip, tips)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Generic

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon

from cpm_desktop.services.validate import fold
from cpm_desktop.ui.records.table_model import AnyIndex, RecordT, RecordTableModel
from cpm_desktop.ui.theme import colors

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHIP_ROLE = Qt.ItemDataRole.UserRole + 2  # "green", "amber", "red" or "" (no chip)
MAX_WIDTH = 260  # pixels: the widest a column fits to its contents, unless its spec says


@dataclass(frozen=True, slots=True)
class Column(Generic[RecordT]):
    """One column: its heading, the cell's text and, optionally, how it sorts and looks."""

    title: str
    text: Callable[[RecordT], str]
    sort: Callable[[RecordT], object] | None = None  # default: the text, case and accents folded
    tip: Callable[[RecordT], str] | None = None  # default: the text, where it may be elided
    chip: Callable[[RecordT], str] | None = None
    align: Qt.AlignmentFlag | None = None
    muted: Callable[[RecordT], bool] | None = None
    icon: Callable[[RecordT], QIcon | None] | None = None  # beside the text, e.g. a lock
    stretch: bool = False  # takes the width the other columns leave
    max_width: int = MAX_WIDTH


class ColumnTableModel(RecordTableModel[RecordT]):
    """Adapts plain records to a read-only table, one column per spec."""

    def __init__(self, columns: Sequence[Column[RecordT]]) -> None:
        super().__init__([column.title for column in columns])
        self.columns = tuple(columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        spec = self.columns[index.column()]
        role = int(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(spec.text(row))
        if role == SORT_ROLE:
            return spec.sort(row) if spec.sort else fold(spec.text(row))
        if role == CHIP_ROLE:
            return spec.chip(row) if spec.chip else ""
        if role == Qt.ItemDataRole.DecorationRole:
            return spec.icon(row) if spec.icon else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tip(spec, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.align
        if role == Qt.ItemDataRole.ForegroundRole:
            muted = spec.muted(row) if spec.muted else spec.text(row) in ("", "—")
            return QColor(colors().muted_text) if muted else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return super().headerData(section, orientation, role)


def titled(columns: Sequence[Column[RecordT]], context: str) -> tuple[Column[RecordT], ...]:
    """`columns` with their titles (marked with QT_TRANSLATE_NOOP in `context`) in the window's
    language."""
    return tuple(
        replace(column, title=QCoreApplication.translate(context, column.title))
        for column in columns
    )


def one_line(text: str) -> str:
    """Free text as one table line: line breaks become spaces (the tooltip keeps them)."""
    return " ".join(text.split())


def _tip(spec: Column[RecordT], row: RecordT) -> str | None:
    if spec.tip is not None:
        return spec.tip(row) or None
    text = spec.text(row)
    # A stretching or narrowly capped column shows free text that may be elided: the tooltip
    # tells it whole (a projector's reader cannot widen the column).
    elides = spec.stretch or spec.max_width < MAX_WIDTH
    return text if (elides and text not in ("", "—")) or len(text) > 40 or "\n" in text else None
