"""LessonsModel: the lessons learned typed into Close Project's table, before they are saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from cpm_desktop.services.portfolio.lifecycle import FinalLesson
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.internal import TIP, internal_icon
from cpm_desktop.ui.records.table_model import AnyIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("LessonsModel", "Lesson"),
    QT_TRANSLATE_NOOP("LessonsModel", "What happened"),
    QT_TRANSLATE_NOOP("LessonsModel", "Recommendation"),
    QT_TRANSLATE_NOOP("LessonsModel", "Internal"),
)
TITLE, WHAT_HAPPENED, RECOMMENDATION, INTERNAL = range(len(COLUMNS))
_FIELDS = {TITLE: "title", WHAT_HAPPENED: "what_happened", RECOMMENDATION: "recommendation"}
TIPS = {
    TITLE: QT_TRANSLATE_NOOP("LessonsModel", "The lesson, in a few words"),
    WHAT_HAPPENED: QT_TRANSLATE_NOOP("LessonsModel", "What happened on this project"),
    RECOMMENDATION: QT_TRANSLATE_NOOP("LessonsModel", "What to do next time, on any project"),
    INTERNAL: QT_TRANSLATE_NOOP(
        "LessonsModel", "Ticked: the supplier's own lesson, never in a client export"
    ),
}


class LessonsModel(QAbstractTableModel):
    """Adapts a list of FinalLesson to an editable table: three texts and the internal tick."""

    def __init__(self) -> None:
        super().__init__()
        self._lessons: list[FinalLesson] = []

    def add_lesson(self) -> QModelIndex:
        """Append an empty lesson; the index of its title, to edit at once."""
        row = len(self._lessons)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lessons.append(FinalLesson(title=""))
        self.endInsertRows()
        return self.index(row, TITLE)

    def remove_lesson(self, row: int) -> None:
        """Drop the lesson on `row` (nothing if there is none)."""
        if 0 <= row < len(self._lessons):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lessons[row]
            self.endRemoveRows()

    def lessons(self) -> tuple[FinalLesson, ...]:
        """The lessons typed, blank rows left out; ValueError for a lesson without a title."""
        kept = []
        for number, lesson in enumerate(self._lessons, start=1):
            texts = (lesson.title, lesson.what_happened, lesson.recommendation)
            if not any(text.strip() for text in texts):
                continue
            if not lesson.title.strip():
                raise ValueError(
                    QCoreApplication.translate(
                        "LessonsModel", "Lesson {number} needs a title (its first column)."
                    ).format(number=number)
                )
            kept.append(lesson)
        return tuple(kept)

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lessons)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._lessons):
            return None
        lesson = self._lessons[index.row()]
        column = index.column()
        if column == INTERNAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if lesson.internal else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DecorationRole:
                return internal_icon(lesson.internal)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    TIP
                    if lesson.internal
                    else QCoreApplication.translate("LessonsModel", TIPS[INTERNAL])
                )
            return None
        text = str(getattr(lesson, _FIELDS[column]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, however narrow the column.
            return text or QCoreApplication.translate("LessonsModel", TIPS[column])
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._lessons):
            return False
        row, column = index.row(), index.column()
        lesson = self._lessons[row]
        if column == INTERNAL and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self._lessons[row] = replace(lesson, internal=checked)
        elif column == TITLE and role == Qt.ItemDataRole.EditRole:
            self._lessons[row] = replace(lesson, title=str(value))
        elif column == WHAT_HAPPENED and role == Qt.ItemDataRole.EditRole:
            self._lessons[row] = replace(lesson, what_happened=str(value))
        elif column == RECOMMENDATION and role == Qt.ItemDataRole.EditRole:
            self._lessons[row] = replace(lesson, recommendation=str(value))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LessonsModel", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("LessonsModel", TIPS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == INTERNAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable
