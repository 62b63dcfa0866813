"""LessonsPanel: lessons learned of this project or the whole workspace, searched by text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.services.records.lessons import (
    SEARCH_LIMIT,
    LessonRow,
    add_lesson,
    delete_lesson,
    lessons,
    update_lesson,
)
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.lesson_dialog import LessonDialog
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column, titled
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.records.widgets import search_field
from cpm_desktop.ui.undo import Edit, Editor, edit
from cpm_desktop.workspace import RecordKind

THIS_PROJECT, ALL_PROJECTS = "project", "all"


def _lesson_tip(row: LessonRow) -> str:
    return "\n\n".join(part for part in (row.title, row.what_happened) if part)


COLUMNS: tuple[Column[LessonRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Project"),
        lambda r: r.project_code,
        tip=lambda r: internal.TIP if r.internal else "",
        icon=lambda r: internal.internal_icon(r.internal),
    ),
    Column(QT_TRANSLATE_NOOP("LessonsPanel", "Client"), lambda r: r.client, max_width=170),
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Lesson"),
        lambda r: r.title,
        tip=_lesson_tip,
        max_width=270,
    ),
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Category"), lambda r: r.category or "—", max_width=150
    ),
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Service line"),
        lambda r: r.service_line or "—",
        max_width=160,
    ),
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Recommendation"),
        lambda r: r.recommendation or "—",
        stretch=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("LessonsPanel", "Recorded"),
        lambda r: short_date_text(r.recorded_on),
        sort=lambda r: r.recorded_on.toordinal(),
    ),
)
RECORDED = len(COLUMNS) - 1


class LessonsPanel(RecordPanel[LessonRow]):
    """Search what earlier projects learned (accents ignored); add to the project shown."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "lesson")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Lessons learned")
    KINDS = (RecordKind.LESSON,)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(COLUMNS, "LessonsPanel"),
            QCoreApplication.translate(
                "LessonsPanel",
                "No lessons recorded yet. Note what went well or badly and what to do next "
                "time; every project of the workspace can search them.",
            ),
            parent,
        )
        self.setObjectName("lessonsPanel")
        self.table.setObjectName("lessonsTable")
        self.table.sortByColumn(RECORDED, Qt.SortOrder.DescendingOrder)
        self._rows: Sequence[LessonRow] = ()
        self.search = search_field(
            "lessonSearch", QCoreApplication.translate("LessonsPanel", "Search lessons"), 240
        )
        self.search.setMaxLength(SEARCH_LIMIT)
        self.scope = QComboBox()
        self.scope.setObjectName("lessonScope")
        self.scope.setAccessibleName(QCoreApplication.translate("LessonsPanel", "Show lessons of"))
        self.scope.addItem(QCoreApplication.translate("LessonsPanel", "This project"), THIS_PROJECT)
        self.scope.addItem(QCoreApplication.translate("LessonsPanel", "All projects"), ALL_PROJECTS)
        self.scope.setToolTip(
            QCoreApplication.translate(
                "LessonsPanel", "Show the lessons of the project shown, or of every project"
            )
        )
        self.bar.addWidget(self.scope)
        self.bar.addWidget(self.search)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())

    def set_scope(self, everywhere: bool) -> None:
        """Show the lessons of every project (True) or of the project shown."""
        self.scope.setCurrentIndex(
            self.scope.findData(ALL_PROJECTS if everywhere else THIS_PROJECT)
        )

    def read_rows(self, project_id: int) -> Sequence[LessonRow]:
        """The lessons the search and the scope let through."""
        everywhere = self.scope.currentData() == ALL_PROJECTS
        self._rows = self.editor.workspace.run(
            lessons, text=self.search.text(), project_id=None if everywhere else project_id
        )
        return self._rows

    def after_refresh(self) -> None:
        """How many lessons are shown; the empty line says why none are."""
        count = len(self._rows) if self.project_id is not None else 0
        searched = bool(self.search.text().strip())
        if not count:
            self.summary.setText("")
        elif count == 1:
            self.summary.setText(QCoreApplication.translate("LessonsPanel", "1 lesson"))
        else:
            self.summary.setText(
                QCoreApplication.translate("LessonsPanel", "{count} lessons").format(count=count)
            )
        if searched and not count:
            self.empty.setText(
                QCoreApplication.translate("LessonsPanel", "No lesson mentions “{text}”.").format(
                    text=self.search.text().strip()
                )
            )
        elif not count:
            self.empty.setText(
                QCoreApplication.translate(
                    "LessonsPanel",
                    "No lessons recorded for this project yet. Note what to do next time, or "
                    "choose All projects to read what earlier projects learned.",
                )
            )

    def dialog(self, row: LessonRow | None, submit: Submit) -> RecordDialog:
        """The lesson form, with the categories and service lines already in use."""
        every = self.editor.workspace.run(lessons)
        categories = [r.category for r in every]
        lines = [r.service_line for r in every]
        return LessonDialog(row, categories, lines, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Record the lesson on the project shown."""
        fields = dict(values)
        title = fields.pop("title")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add lesson"), add_lesson, project_id, title, **fields
        )

    def update_edit(self, row: LessonRow, values: dict[str, Any]) -> Edit[object]:
        """Change the lesson (of whichever project) to the form's values."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Edit lesson"), update_lesson, row.id, **values)

    def delete_edit(self, row: LessonRow) -> Edit[object]:
        """Remove the lesson."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Delete lesson"), delete_lesson, row.id)

    def describe(self, row: LessonRow) -> str:
        """'the lesson “…” of NHL-WMS'."""
        return QCoreApplication.translate(
            "LessonsPanel", "the lesson “{title}” of {project}"
        ).format(title=row.title, project=row.project_code)
