"""ActionDialog: an action of the log: what, who, by when, where it stands, where it came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.domain.actions import ActionSource, ActionStatus
from cpm_desktop.services.actions.views import ActionRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import entry_date_format, entry_date_text, parse_date
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)
from cpm_desktop.ui.records.internal import internal_check

Meeting = tuple[int, str]  # id, "17 Nov 2026  Steering committee 3"


class ActionDialog(RecordDialog):
    """Add (row None) or edit an action; OK tries the edit and stays open if refused."""

    def __init__(
        self,
        row: ActionRow | None,
        owners: Sequence[str],
        meetings: Sequence[Meeting],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ActionDialog", "Add action")
            if row is None
            else QCoreApplication.translate("ActionDialog", "Edit {reference}").format(
                reference=row.reference
            )
        )
        super().__init__(title, submit, parent)
        self.title = QLineEdit(row.title if row else "")
        self.title.setObjectName("actionTitle")
        self.title.setPlaceholderText(
            QCoreApplication.translate("ActionDialog", "What is to be done, starting with a verb")
        )
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.setEditable(True)
        self.owner.addItems(sorted(set(owners) - {""}, key=str.casefold))
        self.owner.setEditText(row.owner if row else "")
        self.due = _date_line(
            row.due_on if row else None,
            QCoreApplication.translate("ActionDialog", "{format}, or empty: no due date"),
        )
        self.due.setObjectName("actionDue")
        self.raised = date_field(row.raised_on if row else dt.date.today())
        self.status = _choices(ActionStatus, row.status if row else ActionStatus.OPEN)
        self.status.setObjectName("actionStatus")
        self.done_on = _date_line(
            row.done_on if row else None,
            QCoreApplication.translate("ActionDialog", "{format}, or empty: today"),
        )
        self.done_on.setObjectName("actionDone")
        self.source = _choices(ActionSource, row.source if row else ActionSource.OTHER)
        self.meeting = QComboBox()
        self.meeting.setObjectName("actionMeeting")
        self.meeting.addItem(QCoreApplication.translate("ActionDialog", "— (none)"), None)
        for ident, label in meetings:
            self.meeting.addItem(label, ident)
            if row is not None and row.meeting_id == ident:
                self.meeting.setCurrentIndex(self.meeting.count() - 1)
        self.comments = text_box(
            row.comments if row else "",
            QCoreApplication.translate("ActionDialog", "Progress, context, links"),
            3,
        )
        self.internal = internal_check(row.internal if row else False)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "&Action"), self.title)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "&Owner"), self.owner)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "D&ue"), self.due)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "&Status"), self.status)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "Done o&n"), self.done_on)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "&Raised on"), self.raised)
        self.form.addRow(QCoreApplication.translate("ActionDialog", "Sour&ce"), self.source)
        self.form.addRow(
            QCoreApplication.translate("ActionDialog", "Set at &meeting"), self.meeting
        )
        self.form.addRow(QCoreApplication.translate("ActionDialog", "Co&mments"), self.comments)
        self.form.addRow("", self.internal)
        self.status.currentIndexChanged.connect(self._follow_status)
        self.meeting.currentIndexChanged.connect(self._follow_meeting)
        self._follow_status()

    def _follow_status(self, *_: object) -> None:
        """Only a done action has a done date."""
        done = self.status.currentData() == ActionStatus.DONE  # Qt may hand back the value
        self.done_on.setEnabled(done)
        if not done:
            self.done_on.clear()

    def _follow_meeting(self, *_: object) -> None:
        """An action of no particular source, set at a meeting, came from the meeting."""
        if self.meeting.currentData() is not None and self.source.currentData() in (
            ActionSource.OTHER,
            None,
        ):
            self.source.setCurrentIndex(self.source.findData(ActionSource.MEETING))

    def values(self) -> dict[str, Any]:
        """The keywords of add_action / update_action (the service checks them)."""
        return {
            "title": self.title.text(),
            "owner": self.owner.currentText(),
            "due_on": _optional_date(self.due.text()),
            "status": self.status.currentData(),
            "done_on": _optional_date(self.done_on.text()),
            "raised_on": picked_date(self.raised),
            "source": self.source.currentData(),
            "meeting_id": self.meeting.currentData(),
            "comments": self.comments.toPlainText(),
            "internal": self.internal.isChecked(),
        }


def _choices(kind: type[ActionStatus] | type[ActionSource], current: object) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(_(member.label), member)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _date_line(day: dt.date | None, hint: str) -> QLineEdit:
    """A date typed in the user's format; `hint` says what empty means ({format}: the format)."""
    line = QLineEdit(entry_date_text(day))
    line.setPlaceholderText(hint.format(format=entry_date_format().lower()))
    return line


def _optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None
