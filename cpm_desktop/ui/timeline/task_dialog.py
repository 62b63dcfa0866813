"""TaskDialog: every field of one task in a form; OK applies the changed ones as one edit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.portfolio.views import TaskDetail
from cpm_desktop.services.team.editing_ui_support import TaskTeam
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import date_text, entry_date_format, py_date, qdate
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.timeline.assignments_panel import TaskResourcesPanel

CONSTRAINTS = (
    ("ASAP", QT_TRANSLATE_NOOP("TaskDialog", "As soon as possible")),
    ("ALAP", QT_TRANSLATE_NOOP("TaskDialog", "As late as possible")),
    ("SNET", QT_TRANSLATE_NOOP("TaskDialog", "Start no earlier than")),
    ("SNLT", QT_TRANSLATE_NOOP("TaskDialog", "Start no later than")),
    ("FNET", QT_TRANSLATE_NOOP("TaskDialog", "Finish no earlier than")),
    ("FNLT", QT_TRANSLATE_NOOP("TaskDialog", "Finish no later than")),
    ("MSO", QT_TRANSLATE_NOOP("TaskDialog", "Must start on")),
    ("MFO", QT_TRANSLATE_NOOP("TaskDialog", "Must finish on")),
)
_UNDATED = ("ASAP", "ALAP")


class TaskDialog(QDialog):
    """Edit a task's name, duration, constraint, progress, owner and notes; with a Resources
    panel, a second tab puts people on the task (each change an edit of its own, at once)."""

    def __init__(
        self,
        detail: TaskDetail,
        parent: QWidget | None = None,
        resources: TaskResourcesPanel | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail = detail
        self.setWindowTitle(
            QCoreApplication.translate("TaskDialog", "Task {wbs} — {name}").format(
                wbs=detail.wbs, name=detail.name
            )
        )
        self.setMinimumWidth(460)

        self.name = QLineEdit(detail.name)
        self.duration = QSpinBox()
        self.duration.setRange(0, 10_000)
        self.duration.setSuffix(QCoreApplication.translate("TaskDialog", " working days"))
        self.duration.setValue(detail.duration)
        self.milestone = QCheckBox(QCoreApplication.translate("TaskDialog", "Milestone"))
        self.milestone.setChecked(detail.is_milestone)
        self.milestone.toggled.connect(self._on_milestone)
        self.constraint = QComboBox()
        for code, text in CONSTRAINTS:
            self.constraint.addItem(QCoreApplication.translate("TaskDialog", text), code)
        self.constraint.setCurrentIndex(self.constraint.findData(detail.constraint_type))
        self.constraint_date = QDateEdit()
        self.constraint_date.setCalendarPopup(True)
        self.constraint_date.setDisplayFormat(entry_date_format())
        default_day = detail.constraint_date or detail.start or dt.date.today()
        self.constraint_date.setDate(qdate(default_day))
        self.constraint.currentIndexChanged.connect(self._on_constraint)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(detail.percent_complete)
        self.owner = QLineEdit(detail.owner)
        self.notes = QPlainTextEdit(detail.notes)
        self.notes.setMinimumHeight(90)

        length = QHBoxLayout()
        length.addWidget(self.duration, 1)
        length.addWidget(self.milestone)
        constraint = QHBoxLayout()
        constraint.addWidget(self.constraint, 1)
        constraint.addWidget(self.constraint_date)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TaskDialog", "&Name"), self.name)
        form.addRow(
            _label(QCoreApplication.translate("TaskDialog", "&Duration"), self.duration), length
        )
        self.scheduled = QLabel(f"{date_text(detail.start)} – {date_text(detail.finish)}")
        form.addRow(QCoreApplication.translate("TaskDialog", "Scheduled"), self.scheduled)
        form.addRow(
            _label(QCoreApplication.translate("TaskDialog", "&Constraint"), self.constraint),
            constraint,
        )
        form.addRow(QCoreApplication.translate("TaskDialog", "% &Complete"), self.percent)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Owner"), self.owner)
        form.addRow(QCoreApplication.translate("TaskDialog", "No&tes"), self.notes)
        if detail.is_summary:
            # A summary's length and progress come from its tasks.
            for widget in (self.duration, self.milestone, self.percent):
                widget.setEnabled(False)
            self.duration.setToolTip(
                QCoreApplication.translate("TaskDialog", "A summary task spans its tasks")
            )
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        if resources is None:
            layout.addLayout(form)
        else:
            self.tabs = QTabWidget()
            self.tabs.setObjectName("taskDialogTabs")
            general = QWidget()
            general.setLayout(form)
            self.tabs.addTab(general, QCoreApplication.translate("TaskDialog", "&General"))
            self.tabs.addTab(resources, QCoreApplication.translate("TaskDialog", "&Resources"))
            layout.addWidget(self.tabs)
            resources.sig_task_changed.connect(self.follow_team)
            self.setMinimumWidth(560)
        layout.addWidget(buttons)
        self._on_constraint()
        self._on_milestone(detail.is_milestone)

    def follow_team(self, team: TaskTeam) -> None:
        """After an edit on the Resources tab: show the task's duration and dates as it left
        them (a duration the user typed meanwhile stays, and is applied on OK)."""
        d = self._detail
        if self.duration.value() == d.duration:
            self.duration.setValue(team.duration)
        self._detail = dataclasses.replace(
            d, duration=team.duration, start=team.start, finish=team.finish
        )
        self.scheduled.setText(f"{date_text(team.start)} – {date_text(team.finish)}")

    def _on_constraint(self) -> None:
        self.constraint_date.setEnabled(self.constraint.currentData() not in _UNDATED)

    def _on_milestone(self, milestone: bool) -> None:
        self.duration.setEnabled(not milestone and not self._detail.is_summary)

    def changes(self) -> dict[str, Any]:
        """Return the fields the user changed, as keyword arguments of `edit_task`."""
        d = self._detail
        found: dict[str, Any] = {}
        if self.name.text().strip() != d.name:
            found["name"] = self.name.text()
        if not d.is_summary:
            if self.milestone.isChecked() != d.is_milestone:
                found["is_milestone"] = self.milestone.isChecked()
            if not self.milestone.isChecked() and self.duration.value() != d.duration:
                found["duration"] = self.duration.value()
            if self.percent.value() != d.percent_complete:
                found["percent_complete"] = self.percent.value()
        kind = str(self.constraint.currentData())
        day = None if kind in _UNDATED else py_date(self.constraint_date.date())
        if kind != d.constraint_type or day != d.constraint_date:
            found["constraint_type"] = kind
            found["constraint_date"] = day
        if self.owner.text().strip() != d.owner:
            found["owner"] = self.owner.text()
        if self.notes.toPlainText().strip() != d.notes:
            found["notes"] = self.notes.toPlainText()
        return found


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) focuses `buddy` in a row holding a layout."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
