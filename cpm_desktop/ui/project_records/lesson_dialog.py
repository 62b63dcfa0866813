"""LessonDialog: a lesson learned: what happened, what to do next time, how it is tagged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from cpm_desktop.services.records.lessons import LessonRow
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)
from cpm_desktop.ui.records.internal import internal_check


class LessonDialog(RecordDialog):
    """Title, what happened, recommendation, category, service line and the date recorded."""

    def __init__(
        self,
        row: LessonRow | None,
        categories: list[str],
        service_lines: list[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("LessonDialog", "Add lesson learned")
            if row is None
            else QCoreApplication.translate("LessonDialog", "Edit lesson learned"),
            submit,
            parent,
        )
        if row is not None:
            where = QLabel(f"{row.project_code} · {row.client}")
            self.form.addRow(QCoreApplication.translate("LessonDialog", "Project"), where)
        self.title = QLineEdit(row.title if row else "")
        self.title.setPlaceholderText(
            QCoreApplication.translate("LessonDialog", "The lesson, in a few words")
        )
        self.what_happened = text_box(
            row.what_happened if row else "",
            QCoreApplication.translate("LessonDialog", "What happened"),
        )
        self.recommendation = text_box(
            row.recommendation if row else "",
            QCoreApplication.translate("LessonDialog", "What to do next time, on any project"),
        )
        self.category = _editable(categories, row.category if row else "")
        self.service_line = _editable(service_lines, row.service_line if row else "")
        self.recorded_on = date_field(row.recorded_on if row else dt.date.today())
        self.form.addRow(QCoreApplication.translate("LessonDialog", "&Lesson"), self.title)
        self.form.addRow(
            QCoreApplication.translate("LessonDialog", "What &happened"), self.what_happened
        )
        self.form.addRow(
            QCoreApplication.translate("LessonDialog", "&Recommendation"), self.recommendation
        )
        self.form.addRow(QCoreApplication.translate("LessonDialog", "&Category"), self.category)
        self.form.addRow(
            QCoreApplication.translate("LessonDialog", "&Service line"), self.service_line
        )
        self.form.addRow(QCoreApplication.translate("LessonDialog", "Recor&ded"), self.recorded_on)
        self.internal = internal_check(row.internal if row else False)
        self.form.addRow("", self.internal)

    def values(self) -> dict[str, Any]:
        """The keywords of add_lesson / update_lesson (the service checks them)."""
        return {
            "title": self.title.text(),
            "what_happened": self.what_happened.toPlainText(),
            "recommendation": self.recommendation.toPlainText(),
            "category": self.category.currentText(),
            "service_line": self.service_line.currentText(),
            "recorded_on": picked_date(self.recorded_on),
            "internal": self.internal.isChecked(),
        }


def _editable(choices: list[str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted(set(choices) - {""}, key=str.casefold))
    combo.setEditText(current)
    return combo
