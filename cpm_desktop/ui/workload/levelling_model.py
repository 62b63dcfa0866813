"""MovesModel: adapts a LevellingPlan's moves to a QAbstractTableModel, one task a row."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cpm_desktop.services.workload.levelling import LevelledTask, OverAllocation
from cpm_desktop.ui.formatting import date_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("MovesModel", "WBS"),
    QT_TRANSLATE_NOOP("MovesModel", "Task"),
    QT_TRANSLATE_NOOP("MovesModel", "Delay"),
    QT_TRANSLATE_NOOP("MovesModel", "Start"),
    QT_TRANSLATE_NOOP("MovesModel", "Finish"),
    QT_TRANSLATE_NOOP("MovesModel", "Resolves"),
)
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
            return QCoreApplication.translate("MovesModel", COLUMNS[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == DELAY
        ):
            return QCoreApplication.translate(
                "MovesModel", "The task's levelling delay in working days, before → after"
            )
        return None


def overload_text(overload: OverAllocation) -> str:
    """A person's over-allocated day: 'Ana on 07 Sep 2026: 16 h of 8 h'."""
    return QCoreApplication.translate(
        "MovesModel", "{resource} on {day}: {hours} h of {capacity} h"
    ).format(
        resource=overload.resource,
        day=short_date_text(overload.day),
        hours=f"{overload.hours:g}",
        capacity=f"{overload.capacity:g}",
    )


def _text(move: LevelledTask, column: int) -> str:
    if column == WBS:
        return move.wbs
    if column == TASK:
        return move.name
    if column == DELAY:
        return QCoreApplication.translate("MovesModel", "{before} → {after} d").format(
            before=move.old_delay, after=move.delay
        )
    if column == START:
        return f"{short_date_text(move.old_start)} → {short_date_text(move.start)}"
    if column == FINISH:
        return f"{short_date_text(move.old_finish)} → {short_date_text(move.finish)}"
    if move.resolves:
        return overload_text(move.resolves)
    return QCoreApplication.translate("MovesModel", "An old delay is cleared")
