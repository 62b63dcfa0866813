"""MeetingsPanel: the project's steering meetings: when, who attended, what each decided, and
the actions each set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cpm_desktop.services.actions.meetings import (
    MeetingRow,
    delete_meeting,
    record_meeting,
    revise_meeting,
    steering_meetings,
)
from cpm_desktop.services.actions.views import ActionRow, action_log
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.ui.action_log.meeting_detail import MeetingDetail
from cpm_desktop.ui.action_log.meeting_dialog import ActionChoice, MeetingDialog
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column, titled
from cpm_desktop.ui.records.cells import ALIGN_CENTER
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


def _lines_tip(title: str, lines: Sequence[str]) -> str:
    return f"{title}:\n" + "\n".join(f"• {line}" for line in lines) if lines else ""


COLUMNS: tuple[Column[MeetingRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("MeetingsPanel", "Date"),
        lambda r: short_date_text(r.held_on),
        sort=lambda r: r.held_on.toordinal(),
    ),
    Column(QT_TRANSLATE_NOOP("MeetingsPanel", "Meeting"), lambda r: r.title, max_width=220),
    Column(
        QT_TRANSLATE_NOOP("MeetingsPanel", "Attendees"),
        lambda r: str(len(r.attendees)) if r.attendees else "—",
        sort=lambda r: len(r.attendees),
        tip=lambda r: _lines_tip(
            QCoreApplication.translate("MeetingsPanel", "Attended"), r.attendees
        ),
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("MeetingsPanel", "Decisions"),
        lambda r: " · ".join(r.decisions) or "—",
        # The tooltip repeats the cell's text whole: a narrow window elides the cell.
        tip=lambda r: (
            QCoreApplication.translate("MeetingsPanel", "Decided: {decisions}").format(
                decisions=" · ".join(r.decisions)
            )
            if r.decisions
            else ""
        ),
        stretch=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MeetingsPanel", "Actions set"),
        lambda r: ", ".join(r.action_references) or "—",
        sort=lambda r: r.action_count,
        tip=lambda r: (
            QCoreApplication.translate(
                "MeetingsPanel", "Actions set at this meeting: {references}"
            ).format(references=", ".join(r.action_references))
            if r.action_count
            else ""
        ),
        max_width=300,
    ),
)
DATE = 0


class MeetingsPanel(RecordPanel[MeetingRow]):
    """Record each steering meeting with the actions it set; add, edit and delete undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "meeting")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Meetings")
    KINDS = (RecordKind.STEERING_MEETING, RecordKind.ACTION, RecordKind.CONTACT)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(COLUMNS, "MeetingsPanel"),
            QCoreApplication.translate(
                "MeetingsPanel",
                "No steering meetings recorded yet. Record who attended, what was decided and "
                "the actions set; the steering pack reports on the last one.",
            ),
            parent,
        )
        self.setObjectName("meetingsPanel")
        self.table.setObjectName("meetingsTable")
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)  # the latest on top
        self._rows: Sequence[MeetingRow] = ()
        self._actions: dict[int, ActionRow] = {}
        self.detail = MeetingDetail()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.table) + 1, self.detail, 2)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.proxy.modelReset.connect(self._show_detail)

    def read_rows(self, project_id: int) -> Sequence[MeetingRow]:
        """The project's steering meetings."""
        run = self.editor.workspace.run
        self._rows = run(steering_meetings, project_id)
        self._actions = {a.id: a for a in run(action_log, project_id, today=dt.date.today())}
        return self._rows

    def _show_detail(self, *_: object) -> None:
        row = self.current_row()
        actions = [self._actions[i] for i in row.action_ids if i in self._actions] if row else []
        self.detail.show_meeting(row, actions)
        self.detail.setVisible(bool(self._rows) and self.project_id is not None)

    def after_refresh(self) -> None:
        """How many meetings, and how many actions they set; the latest meeting's record."""
        if self.current_row() is None and self._rows:
            self.table.selectRow(0)
        self._show_detail()
        count = len(self._rows) if self.project_id is not None else 0
        actions = sum(r.action_count for r in self._rows) if count else 0
        if not count:
            self.summary.setText("")
            return
        line = (
            QCoreApplication.translate("MeetingsPanel", "1 meeting · {actions} actions set")
            if count == 1
            else QCoreApplication.translate(
                "MeetingsPanel", "{count} meetings · {actions} actions set"
            )
        )
        self.summary.setText(line.format(count=count, actions=actions))

    def dialog(self, row: MeetingRow | None, submit: Submit) -> RecordDialog:
        """The meeting form with the client's contacts and the log's actions to tick."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        run = self.editor.workspace.run
        contacts = [f"{p.name}, {p.role}" if p.role else p.name for p in run(client_contacts, pid)]
        log = run(action_log, pid, today=dt.date.today())
        # The open actions, and those the meeting set: closed ones of other meetings are history.
        choices = [
            ActionChoice(a.id, a.reference, a.title, a.meeting_id)
            for a in log
            if a.is_open or (row is not None and a.meeting_id == row.id)
        ]
        return MeetingDialog(row, contacts, choices, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Record the meeting and the actions it set."""
        fields = dict(values)
        held_on, title = fields.pop("held_on"), fields.pop("title")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Record meeting"),
            record_meeting,
            project_id,
            held_on,
            title,
            **fields,
        )

    def update_edit(self, row: MeetingRow, values: dict[str, Any]) -> Edit[object]:
        """Change the meeting's record and the actions set at it."""
        name = named(
            QT_TRANSLATE_NOOP("Edits", "Edit the meeting of {date}"),
            date=short_date_text(row.held_on),
        )
        return edit(name, revise_meeting, row.id, **values)

    def delete_edit(self, row: MeetingRow) -> Edit[object]:
        """Remove the meeting; its actions stay in the log."""
        name = named(
            QT_TRANSLATE_NOOP("Edits", "Delete the meeting of {date}"),
            date=short_date_text(row.held_on),
        )
        return edit(name, delete_meeting, row.id)

    def describe(self, row: MeetingRow) -> str:
        """'the meeting of 17 Nov 2026 (its 5 actions stay in the log)'."""
        day = short_date_text(row.held_on)
        if row.action_count:
            return QCoreApplication.translate(
                "MeetingsPanel", "{meeting} of {date} (its {count} actions stay in the log)"
            ).format(meeting=row.title, date=day, count=row.action_count)
        return QCoreApplication.translate("MeetingsPanel", "{meeting} of {date}").format(
            meeting=row.title, date=day
        )
