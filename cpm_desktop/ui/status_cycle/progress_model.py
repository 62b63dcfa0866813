"""ProgressModel: the progress sheet's table, its four progress cells and "as planned" editable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from cpm_desktop.services.status_cycle.progress import ProgressRow
from cpm_desktop.ui.formatting import (
    duration_text,
    entry_date_text,
    parse_date,
    parse_percent,
    parse_working_days,
    short_date_text,
)
from cpm_desktop.ui.icons import dot, icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, EDITABLE, READ_ONLY
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.status_cycle.progress_draft import (
    Field,
    FieldValue,
    ProgressDraft,
    ShownProgress,
)
from cpm_desktop.ui.theme import colors

COLUMNS = (
    QT_TRANSLATE_NOOP("ProgressModel", "As planned"),
    QT_TRANSLATE_NOOP("ProgressModel", "WBS"),
    QT_TRANSLATE_NOOP("ProgressModel", "Task"),
    QT_TRANSLATE_NOOP("ProgressModel", "Start"),
    QT_TRANSLATE_NOOP("ProgressModel", "Finish"),
    QT_TRANSLATE_NOOP("ProgressModel", "Planned"),
    QT_TRANSLATE_NOOP("ProgressModel", "% complete"),
    QT_TRANSLATE_NOOP("ProgressModel", "Actual start"),
    QT_TRANSLATE_NOOP("ProgressModel", "Actual finish"),
    QT_TRANSLATE_NOOP("ProgressModel", "Remaining"),
)
AS_PLANNED, WBS, NAME, START, FINISH, PLANNED, PERCENT, ACTUAL_START, ACTUAL_FINISH, REMAINING = (
    range(len(COLUMNS))
)
FIELDS: dict[int, Field] = {
    PERCENT: "percent_complete",
    ACTUAL_START: "actual_start",
    ACTUAL_FINISH: "actual_finish",
    REMAINING: "remaining",
}
HEADER_TIPS = {
    AS_PLANNED: QT_TRANSLATE_NOOP(
        "ProgressModel",
        "Progress as the schedule has it on the status date (MS Project's "
        "'Update as scheduled'); what you type still wins",
    ),
    PLANNED: QT_TRANSLATE_NOOP(
        "ProgressModel", "The % complete the schedule gives the task on the status date"
    ),
    REMAINING: QT_TRANSLATE_NOOP(
        "ProgressModel",
        "Working days still to do; the work done stays done (the duration changes)",
    ),
}


def _parse_optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


PARSERS: dict[int, Callable[[str], FieldValue]] = {
    PERCENT: parse_percent,
    ACTUAL_START: _parse_optional_date,
    ACTUAL_FINISH: _parse_optional_date,
    REMAINING: lambda text: parse_working_days(text, "remaining duration"),
}


class ProgressModel(RowTableModel[ProgressRow]):
    """Adapts ProgressRow objects and the PM's ProgressDraft; typed cells show in bold."""

    sig_refused = Signal(str)
    """Emitted with the reason a typed value was not taken (not a date, not a number…)."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("ProgressModel", title) for title in COLUMNS])
        self.draft = ProgressDraft()
        self.status_date: dt.date | None = None

    def set_sheet(self, rows: Sequence[ProgressRow], status_date: dt.date) -> None:
        """Show the sheet for `status_date`, keeping what was entered for tasks still on it."""
        self.status_date = status_date
        self.draft.keep_only(row.task_id for row in rows)
        self.set_rows(rows)

    def mark_as_planned(self, rows: Iterable[int], marked: bool = True) -> None:
        """Mark (or unmark) the tasks on the rows numbered `rows` as planned."""
        numbers = sorted(set(rows))
        self.draft.set_as_planned((self._rows[n].task_id for n in numbers), marked)
        for number in numbers:
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        shown = self.draft.shown(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, shown, column)
        if role == Qt.ItemDataRole.EditRole:
            return _edit_text(shown, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == AS_PLANNED:
            return Qt.CheckState.Checked if shown.as_planned else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, shown, column)
        if role == Qt.ItemDataRole.FontRole and FIELDS.get(column) in shown.typed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == PERCENT and shown.behind(row):
            return QBrush(QColor(colors().rag_red))
        if role == Qt.ItemDataRole.DecorationRole:
            return _decoration(row, shown, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PLANNED, PERCENT, REMAINING):
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AS_PLANNED:
            return ALIGN_CENTER
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return None if tip is None else QCoreApplication.translate("ProgressModel", tip)
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self._row_for(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column == AS_PLANNED:
            return READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable
        if column == REMAINING and row.is_milestone:
            return READ_ONLY  # a milestone has no duration to finish
        return EDITABLE if column in FIELDS else READ_ONLY

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        row = self._row_for(index)
        if row is None:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == AS_PLANNED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.mark_as_planned([index.row()], checked)
            return True
        editable = column in FIELDS and not (column == REMAINING and row.is_milestone)
        if role != Qt.ItemDataRole.EditRole or not editable:
            return False
        try:
            parsed = PARSERS[column](str(value))
        except ValueError as exc:
            self.sig_refused.emit(str(exc))
            return False
        self.draft.set_field(row, FIELDS[column], parsed)
        # One typed value moves others (a remaining duration changes the % complete).
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True

    def _tip(self, row: ProgressRow, shown: ShownProgress, column: int) -> str | None:
        if column == NAME:
            kind = (
                QCoreApplication.translate("ProgressModel", "Milestone")
                if row.is_milestone
                else QCoreApplication.translate("ProgressModel", "{duration} of work").format(
                    duration=duration_text(row.duration)
                )
            )
            return f"{row.wbs} {row.name}\n{kind}, {short_date_text(row.start)} – " + (
                short_date_text(row.finish)
            )
        if column in (WBS, PERCENT, PLANNED) and shown.behind(row):
            return QCoreApplication.translate(
                "ProgressModel", "Behind schedule: {done}% done, the plan has {planned}% by {date}"
            ).format(
                done=shown.percent_complete,
                planned=row.planned_percent,
                date=short_date_text(self.status_date),
            )
        if column in FIELDS and FIELDS[column] in shown.typed:
            return QCoreApplication.translate(
                "ProgressModel", "Typed here; saved when you finish the update"
            )
        if column in FIELDS and shown.as_planned:
            return QCoreApplication.translate("ProgressModel", "As planned")
        return None


def _display(row: ProgressRow, shown: ShownProgress, column: int) -> str:
    texts = {
        AS_PLANNED: "",
        WBS: row.wbs,
        NAME: row.name,
        START: short_date_text(row.start),
        FINISH: short_date_text(row.finish),
        PLANNED: f"{row.planned_percent}%",
        PERCENT: f"{shown.percent_complete}%",
        ACTUAL_START: short_date_text(shown.actual_start),
        ACTUAL_FINISH: short_date_text(shown.actual_finish),
        REMAINING: "" if row.is_milestone else duration_text(shown.remaining),
    }
    return texts[column]


def _edit_text(shown: ShownProgress, column: int) -> str | None:
    texts = {
        PERCENT: str(shown.percent_complete),
        ACTUAL_START: entry_date_text(shown.actual_start),
        ACTUAL_FINISH: entry_date_text(shown.actual_finish),
        REMAINING: str(shown.remaining),
    }
    return texts.get(column)


def _decoration(row: ProgressRow, shown: ShownProgress, column: int) -> object:
    if column == WBS and shown.behind(row):
        return dot(colors().rag_red, 10)
    if column == NAME and row.is_milestone:
        return icon("milestone")
    return None
