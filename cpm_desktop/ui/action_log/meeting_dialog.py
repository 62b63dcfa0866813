"""MeetingDialog: a steering meeting's record (date, who attended, what it decided) and the
actions it set: existing ones ticked, new ones typed in a small table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.actions.meetings import MeetingRow, NewAction
from cpm_desktop.ui.formatting import entry_date_format, parse_date
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

NEW_ROWS = 3  # blank lines of the new-actions table to start with
ACTION, OWNER, DUE = range(3)


@dataclass(frozen=True, slots=True)
class ActionChoice:
    """An action of the log the meeting may have set."""

    id: int
    reference: str
    title: str
    meeting_id: int | None


class MeetingDialog(RecordDialog):
    """Record (row None) or edit a meeting; OK tries the edit and stays open if refused."""

    def __init__(
        self,
        row: MeetingRow | None,
        contacts: Sequence[str],
        actions: Sequence[ActionChoice],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        what = (
            QCoreApplication.translate("MeetingDialog", "Record meeting")
            if row is None
            else QCoreApplication.translate("MeetingDialog", "Edit {meeting}").format(
                meeting=row.title
            )
        )
        super().__init__(what, submit, parent)
        self.setMinimumWidth(640)
        self._contacts = tuple(contacts)
        self.held_on = date_field(row.held_on if row else dt.date.today())
        self.title = QLineEdit(
            row.title if row else QCoreApplication.translate("MeetingDialog", "Steering committee")
        )
        self.title.setObjectName("meetingTitle")
        self.attendees = text_box(
            "\n".join(row.attendees) if row else "",
            QCoreApplication.translate("MeetingDialog", "One per line"),
            4,
        )
        self.attendees.setObjectName("meetingAttendees")
        add_contacts = QPushButton(
            QCoreApplication.translate("MeetingDialog", "Add the client's contacts")
        )
        add_contacts.setToolTip(
            QCoreApplication.translate(
                "MeetingDialog", "Add each of the client's contacts not listed yet"
            )
        )
        add_contacts.clicked.connect(self._add_contacts)
        attendees = QVBoxLayout()
        attendees.setContentsMargins(0, 0, 0, 0)
        attendees.addWidget(self.attendees)
        attendees.addWidget(add_contacts, 0, Qt.AlignmentFlag.AlignLeft)
        self.decisions = text_box(
            "\n".join(row.decisions) if row else "",
            QCoreApplication.translate("MeetingDialog", "What it decided, one per line"),
            4,
        )
        self.decisions.setObjectName("meetingDecisions")
        self.notes = text_box(
            row.notes if row else "",
            QCoreApplication.translate("MeetingDialog", "Anything else worth keeping"),
            2,
        )
        self.linked = _linked_list(row, actions)
        self.new = _new_actions_table()
        more = QPushButton(QCoreApplication.translate("MeetingDialog", "Add a line"))
        more.clicked.connect(lambda: self.new.insertRow(self.new.rowCount()))
        new_box = QVBoxLayout()
        new_box.setContentsMargins(0, 0, 0, 0)
        new_box.addWidget(self.new)
        new_box.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(QCoreApplication.translate("MeetingDialog", "D&ate"), self.held_on)
        self.form.addRow(QCoreApplication.translate("MeetingDialog", "&Meeting"), self.title)
        self.form.addRow(
            QCoreApplication.translate("MeetingDialog", "Attendees"), attendees
        )  # a layout has no buddy: no mnemonic
        self.form.addRow(QCoreApplication.translate("MeetingDialog", "&Decisions"), self.decisions)
        self.form.addRow(QCoreApplication.translate("MeetingDialog", "&Notes"), self.notes)
        if self.linked.count():
            self.form.addRow(
                QCoreApplication.translate("MeetingDialog", "Actions set\nhere"), self.linked
            )
        self.form.addRow(QCoreApplication.translate("MeetingDialog", "New actions"), new_box)

    def _add_contacts(self) -> None:
        """Append each contact of the client not listed yet (by name)."""
        lines = [line for line in self.attendees.toPlainText().splitlines() if line.strip()]
        listed = " ".join(lines).casefold()
        lines += [c for c in self._contacts if c.split(",")[0].casefold() not in listed]
        self.attendees.setPlainText("\n".join(lines))

    def values(self) -> dict[str, Any]:
        """The keywords of record_meeting / revise_meeting; ValueError for an unreadable date."""
        ticked = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.linked.item(i) for i in range(self.linked.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return {
            "held_on": picked_date(self.held_on),
            "title": self.title.text(),
            "attendees": self.attendees.toPlainText(),
            "decisions": self.decisions.toPlainText(),
            "notes": self.notes.toPlainText(),
            "action_ids": ticked,
            "new_actions": self.new_actions(),
        }

    def new_actions(self) -> list[NewAction]:
        """The table's filled lines (an owner or date without an action is left out)."""
        found = []
        for r in range(self.new.rowCount()):
            title, owner, due = (self._cell(r, c) for c in (ACTION, OWNER, DUE))
            if title:
                found.append(NewAction(title, owner, parse_date(due) if due else None))
        return found

    def _cell(self, row: int, column: int) -> str:
        item = self.new.item(row, column)
        return item.text().strip() if item is not None else ""


def _linked_list(row: MeetingRow | None, actions: Sequence[ActionChoice]) -> QListWidget:
    """The log's actions, ticked where the meeting set them; those of other meetings say so."""
    box = QListWidget()
    box.setObjectName("meetingActions")
    for action in actions:
        mine = row is not None and action.meeting_id == row.id
        text = f"{action.reference}  {action.title}"
        if action.meeting_id is not None and not mine:
            text += "  " + QCoreApplication.translate("MeetingDialog", "(other meeting)")
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, action.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long titles elide
    box.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the reference and the tag both show
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 6 + 16)
    return box


def _new_actions_table() -> QTableWidget:
    table = QTableWidget(NEW_ROWS, 3)
    table.setObjectName("meetingNewActions")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MeetingDialog", "Action"),
            QCoreApplication.translate("MeetingDialog", "Owner"),
            QCoreApplication.translate("MeetingDialog", "Due ({format})").format(
                format=entry_date_format().lower()
            ),
        ]
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(OWNER, 150)
    header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setFixedHeight(table.fontMetrics().lineSpacing() * 7 + 18)
    return table
