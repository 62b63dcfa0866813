"""ImportLinesModel: the lines of a timesheet file as the preview shows them: who and what each
names in the workspace, the week and hours, and whether it is booked or why not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from cpm_desktop.services.timesheets.importing import ImportLine
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import dot
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timesheets.grid_model import hours_text

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportLinesModel", "Line"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Person"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Task"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Week of"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Hours"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Billable"),
    QT_TRANSLATE_NOOP("ImportLinesModel", "Outcome"),
)
LINE, PERSON, TASK, WEEK, HOURS, BILLABLE, STATUS = range(len(COLUMNS))
TEXT_COLUMNS = (PERSON, TASK, STATUS)  # long texts: elided, whole in the tooltip
BOOKED = QT_TRANSLATE_NOOP(
    "ImportLinesModel", "Will be booked"
)  # a preview: nothing is booked until the PM chooses Book
EMPTY = "—"  # a cell the line leaves empty or unreadable
DOT_SIZE = 12


class ImportLinesModel(RowTableModel[ImportLine]):
    """One row per line of the file, in the file's order; refused lines in the warning colour."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("ImportLinesModel", c) for c in COLUMNS])
        self.refusal: str | None = None  # the whole file is refused (a closed project)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.entry(index)
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in TEXT_COLUMNS:
            return self._tip(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LINE, HOURS):
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return _dot(self._problem(line) is None)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and self._problem(line):
            return QBrush(QColor(colors().rag_red))
        if role == Qt.ItemDataRole.ForegroundRole and _unfound(line, column):
            return QBrush(QColor(colors().muted_text))
        return None

    def _problem(self, line: ImportLine) -> str | None:
        return line.problem or self.refusal

    def _text(self, line: ImportLine, column: int) -> str:
        if column == STATUS:
            return self._problem(line) or QCoreApplication.translate("ImportLinesModel", BOOKED)
        if column == TASK and line.task_id is not None:
            return f"{line.wbs}  {line.task_name}"
        texts = {
            LINE: str(line.line),
            PERSON: line.resource or line.person or EMPTY,
            TASK: line.task or EMPTY,
            WEEK: short_date_text(line.week) if line.week else EMPTY,
            HOURS: hours_text(line.hours) if line.hours is not None else EMPTY,
            BILLABLE: {
                True: QCoreApplication.translate("ImportLinesModel", "yes"),
                False: QCoreApplication.translate("ImportLinesModel", "no"),
                None: "",
            }[line.billable],
        }
        return texts[column]

    def _tip(self, line: ImportLine, column: int) -> str:
        if column == PERSON and line.resource and line.resource != line.person:
            return QCoreApplication.translate(
                "ImportLinesModel", "{name} (the file writes {written})"
            ).format(name=line.resource, written=repr(line.person))
        if column == TASK and line.task_id is not None:
            return QCoreApplication.translate(
                "ImportLinesModel", "{name} (the file writes {written})"
            ).format(name=f"{line.wbs} {line.task_name}", written=repr(line.task))
        return self._text(line, column)


def _unfound(line: ImportLine, column: int) -> bool:
    """A person or task the workspace does not know: shown as the file writes it, muted."""
    return (column == PERSON and line.resource_id is None) or (
        column == TASK and line.task_id is None
    )


def _dot(booked: bool) -> QIcon:
    return dot(colors().rag_green if booked else colors().rag_red, DOT_SIZE)
