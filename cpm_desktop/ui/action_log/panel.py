"""ActionsPanel: the project's action log, A-001 onwards: who does what by when, what is late."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget

from cpm_desktop.domain.actions import ActionStatus
from cpm_desktop.services.actions.meetings import steering_meetings
from cpm_desktop.services.actions.register import add_action, delete_action, update_action
from cpm_desktop.services.actions.views import ActionRow, action_log
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.ui.action_log.action_dialog import ActionDialog
from cpm_desktop.ui.action_log.columns import COLUMNS, DONE, DUE, install_chips, summary_line
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import titled
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind

OPEN_ONLY, EVERY = "open", "all"
EMPTY = QT_TRANSLATE_NOOP(
    "ActionsPanel",
    "No actions logged yet. Log what was agreed (who does what by when); a steering meeting, "
    "a client's feedback or a risk's mitigation can set one too.",
)
ALL_CLOSED = QT_TRANSLATE_NOOP(
    "ActionsPanel", "Every action is done or cancelled: choose “All actions” to see them."
)


class ActionsPanel(RecordPanel[ActionRow]):
    """The action log with its overdue ones marked; open actions only unless the filter says
    all; add, edit, mark done and delete undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "action")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Actions")
    KINDS = (
        RecordKind.ACTION,
        RecordKind.STEERING_MEETING,
        RecordKind.FEEDBACK,
        RecordKind.RISK,
        RecordKind.DECISION,
    )

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the day
        self._log: Sequence[ActionRow] = ()
        super().__init__(
            editor,
            titled(COLUMNS, "ActionColumns"),
            QCoreApplication.translate("ActionsPanel", EMPTY),
            parent,
        )
        self.setObjectName("actionsPanel")
        self.table.setObjectName("actionsTable")
        install_chips(self.table)
        self.done_action = QAction(
            icon("done"), QCoreApplication.translate("ActionsPanel", "Mark &Done"), self
        )
        self.done_action.setToolTip(
            QCoreApplication.translate("ActionsPanel", "Mark the selected action done today")
        )
        self.done_action.setStatusTip(self.done_action.toolTip())
        self.done_action.triggered.connect(self.mark_done)
        done = QPushButton(
            self.done_action.icon(), QCoreApplication.translate("ActionsPanel", "Mark done")
        )
        done.setObjectName("markDoneButton")
        done.setToolTip(self.done_action.toolTip())
        done.clicked.connect(self.done_action.trigger)
        self.done_action.changed.connect(lambda: done.setEnabled(self.done_action.isEnabled()))
        self.bar.insertWidget(3, done)
        self.filter = QComboBox()
        self.filter.setObjectName("actionsFilter")
        self.filter.setAccessibleName(QCoreApplication.translate("ActionsPanel", "Show actions"))
        self.filter.addItem(QCoreApplication.translate("ActionsPanel", "Open only"), OPEN_ONLY)
        self.filter.addItem(QCoreApplication.translate("ActionsPanel", "All actions"), EVERY)
        self.filter.setToolTip(
            QCoreApplication.translate(
                "ActionsPanel", "Show the actions still to be done, or every action"
            )
        )
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.bar.addWidget(self.filter)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)  # what is due first on top
        self.table.selectionModel().currentRowChanged.connect(self._update_done)
        self.proxy.modelReset.connect(self._update_done)
        self._update_done()

    def read_rows(self, project_id: int) -> Sequence[ActionRow]:
        """The project's actions judged on today; only the open ones unless the filter says all."""
        self._log = self.editor.workspace.run(action_log, project_id, today=self.today())
        every = self.filter.currentData() == EVERY
        self.table.setColumnHidden(DONE, not every)  # open actions have no done date
        return self._log if every else [row for row in self._log if row.is_open]

    def after_refresh(self) -> None:
        """How many actions the log holds, how many are open and how many late."""
        self.summary.setText(summary_line(self._log) if self.project_id is not None else "")
        self.empty.setText(
            QCoreApplication.translate("ActionsPanel", ALL_CLOSED if self._log else EMPTY)
        )

    def _on_filter_changed(self, *_: object) -> None:
        self.refresh()
        self.table.fit_columns()

    def _update_done(self, *_: object) -> None:
        row = self.current_row()
        self.done_action.setEnabled(row is not None and row.is_open)

    def dialog(self, row: ActionRow | None, submit: Submit) -> RecordDialog:
        """The action form with the client's contacts and the log's owners to choose from."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        run = self.editor.workspace.run
        owners = [p.name for p in run(client_contacts, pid)] + [r.owner for r in self._log]
        meetings = [
            (m.id, f"{short_date_text(m.held_on)}  {m.title}") for m in run(steering_meetings, pid)
        ]
        return ActionDialog(row, owners, meetings, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Log the action with the next reference."""
        fields = dict(values)
        title = fields.pop("title")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add action"), add_action, project_id, title, **fields
        )

    def update_edit(self, row: ActionRow, values: dict[str, Any]) -> Edit[object]:
        """Change the action to the form's values."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference),
            update_action,
            row.id,
            **values,
        )

    def delete_edit(self, row: ActionRow) -> Edit[object]:
        """Remove the action; the others keep their references."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Delete {reference}"), reference=row.reference),
            delete_action,
            row.id,
        )

    def describe(self, row: ActionRow) -> str:
        """'A-002 “Book the room”'."""
        return f"{row.reference} “{row.title}”"

    def mark_done(self) -> None:
        """Mark the selected open action done today, as one undoable step."""
        row = self.current_row()
        if row is None or not row.is_open:
            return
        name = named(QT_TRANSLATE_NOOP("Edits", "Mark {reference} done"), reference=row.reference)
        step = edit(name, update_action, row.id, status=ActionStatus.DONE)
        if problem := self.run_checked(step):
            QMessageBox.warning(
                self, QCoreApplication.translate("ActionsPanel", "Mark done"), problem
            )
