"""MovesModel: adapts a LevellingPlan's moves to a QAbstractTableModel, one task a row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.services.workload.levelling import LevelledTask, OverAllocation
from cpm_desktop.ui.formatting import date_text, short_date_text

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("WBS", "Task", "Delay", "Start", "Finish", "Resolves")
WBS, TASK, DELAY, START, FINISH, RESOLVES = range(len(COLUMNS))
TEXT_COLUMNS = (TASK, RESOLVES)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MovesModel(QAbstractTableModel):
    """The tasks Level Resources moves: delay, dates before → after, what each resolves."""

    def __init__(self, moves: tuple[LevelledTask, ...] = ()) -> None:
        super().__init__()
        self.moves = moves

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.moves)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        move = self.moves[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(move, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == START:
                return f"{date_text(move.old_start)} → {date_text(move.start)}"
            if column == FINISH:
                return f"{date_text(move.old_finish)} → {date_text(move.finish)}"
            if column in (TASK, RESOLVES):
                return _text(move, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DELAY:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == DELAY
        ):
            return "The task's levelling delay in working days, before → after"
        return None


def overload_text(overload: OverAllocation) -> str:
    """A person's over-allocated day: 'Ana on 07 Sep 2026: 16 h of 8 h'."""
    return (
        f"{overload.resource} on {short_date_text(overload.day)}: "
        f"{overload.hours:g} h of {overload.capacity:g} h"
    )


def _text(move: LevelledTask, column: int) -> str:
    if column == WBS:
        return move.wbs
    if column == TASK:
        return move.name
    if column == DELAY:
        return f"{move.old_delay} → {move.delay} d"
    if column == START:
        return f"{short_date_text(move.old_start)} → {short_date_text(move.start)}"
    if column == FINISH:
        return f"{short_date_text(move.old_finish)} → {short_date_text(move.finish)}"
    return overload_text(move.resolves) if move.resolves else "An old delay is cleared"
