"""PlanPanel: the communication plan, in the PM's order, with Move Up and Move Down."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from cpm_desktop.services.communication.plan import (
    CommunicationRow,
    add_communication,
    communication_plan,
    delete_communication,
    edit_communication,
    move_communication,
)
from cpm_desktop.services.portfolio.views import client_contacts, project_summary
from cpm_desktop.ui.communication.dialogs import CommunicationDialog
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


def plan_columns() -> tuple[Column[CommunicationRow], ...]:
    """The table's columns, titled in the window's language."""
    return (
        Column("#", lambda r: str(r.position), sort=lambda r: r.position, align=ALIGN_CENTER),
        Column(QCoreApplication.translate("PlanPanel", "What"), lambda r: r.content, max_width=240),
        Column(
            QCoreApplication.translate("PlanPanel", "Audience"),
            lambda r: r.audience or "—",
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("PlanPanel", "Channel"),
            lambda r: r.channel or "—",
            max_width=220,
        ),
        Column(
            QCoreApplication.translate("PlanPanel", "Frequency"),
            lambda r: r.frequency or "—",
            max_width=180,
        ),
        Column(
            QCoreApplication.translate("PlanPanel", "Owner"),
            lambda r: r.owner or "—",
            max_width=200,
        ),
    )


POSITION = 0


class PlanPanel(RecordPanel[CommunicationRow]):
    """What the project tells whom, how and how often; add, edit, delete and reorder undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "communication")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Communication plan")
    KINDS = (RecordKind.COMMUNICATION,)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            plan_columns(),
            QCoreApplication.translate(
                "PlanPanel",
                "No communication plan yet. Say what the project reports to whom (status "
                "reports, steering committees, stand-ups, release notes), how and how often.",
            ),
            parent,
        )
        self.setObjectName("communicationPlanPanel")
        self.table.setObjectName("communicationPlanTable")
        self.table.sortByColumn(POSITION, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[CommunicationRow] = ()
        self.up_button = _move_button(
            "move-up",
            QCoreApplication.translate("PlanPanel", "Move Up"),
            QCoreApplication.translate("PlanPanel", "Move the line up the plan"),
        )
        self.down_button = _move_button(
            "move-down",
            QCoreApplication.translate("PlanPanel", "Move Down"),
            QCoreApplication.translate("PlanPanel", "Move the line down the plan"),
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        # After Add, Edit and Delete: ordering is the plan's own verb.
        for at, button in enumerate((self.up_button, self.down_button), start=3):
            self.bar.insertWidget(at, button)
        self._update_moves()
        self.table.selectionModel().currentRowChanged.connect(self._update_moves)

    def read_rows(self, project_id: int) -> Sequence[CommunicationRow]:
        """The project's plan, in its order."""
        self._rows = self.editor.workspace.run(communication_plan, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """How many lines the plan holds."""
        count = len(self._rows) if self.project_id is not None else 0
        if not count:
            self.summary.setText("")
        elif count == 1:
            self.summary.setText(QCoreApplication.translate("PlanPanel", "1 line"))
        else:
            self.summary.setText(
                QCoreApplication.translate("PlanPanel", "{count} lines").format(count=count)
            )
        self._update_moves()

    def dialog(self, row: CommunicationRow | None, submit: Submit) -> RecordDialog:
        """The line's form, with the people already named to choose an owner from."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        run = self.editor.workspace.run
        names = [run(project_summary, pid).manager, *(p.name for p in run(client_contacts, pid))]
        names += [r.owner for r in self._rows]
        return CommunicationDialog(row, names, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the line at the end of the plan."""
        fields = dict(values)
        content = fields.pop("content")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add to the communication plan"),
            add_communication,
            project_id,
            content,
            **fields,
        )

    def update_edit(self, row: CommunicationRow, values: dict[str, Any]) -> Edit[object]:
        """Change the line to the form's values."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Edit “{content}”"), content=row.content)
        return edit(name, edit_communication, row.id, **values)

    def delete_edit(self, row: CommunicationRow) -> Edit[object]:
        """Remove the line; those after it move up."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Delete “{content}”"), content=row.content)
        return edit(name, delete_communication, row.id)

    def describe(self, row: CommunicationRow) -> str:
        """'“Weekly status report” from the communication plan'."""
        return QCoreApplication.translate(
            "PlanPanel", "“{content}” from the communication plan"
        ).format(content=row.content)

    def move_current(self, offset: int) -> None:
        """Move the selected line up (-1) or down (+1) the plan, as one undoable step."""
        row = self.current_row()
        if row is None or self.project_id is None:
            return
        template = (
            QT_TRANSLATE_NOOP("Edits", "Move “{content}” up")
            if offset < 0
            else QT_TRANSLATE_NOOP("Edits", "Move “{content}” down")
        )
        self.editor.run(
            self.project_id,
            edit(named(template, content=row.content), move_communication, row.id, offset),
        )

    def _update_moves(self, *_: object) -> None:
        row = self.current_row()
        last = max((r.position for r in self._rows), default=0)
        self.up_button.setEnabled(row is not None and row.position > 1)
        self.down_button.setEnabled(row is not None and row.position < last)


def _move_button(icon_name: str, text: str, tip: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text)
    button.setToolTip(tip)
    return button
