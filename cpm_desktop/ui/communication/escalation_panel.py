"""EscalationPanel: the project's escalation path, level 1 first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.communication.escalation import (
    EscalationRow,
    add_escalation_level,
    delete_escalation_level,
    edit_escalation_level,
    escalation_path,
)
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.ui.communication.dialogs import EscalationDialog
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


def escalation_columns() -> tuple[Column[EscalationRow], ...]:
    """The table's columns, titled in the window's language."""
    return (
        Column(
            QCoreApplication.translate("EscalationPanel", "Level"),
            lambda r: str(r.level),
            sort=lambda r: r.level,
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("EscalationPanel", "Supplier contact"),
            lambda r: r.supplier_contact or "—",
            max_width=280,
        ),
        Column(
            QCoreApplication.translate("EscalationPanel", "Client contact"),
            lambda r: r.client_contact or "—",
            max_width=280,
        ),
        Column(
            QCoreApplication.translate("EscalationPanel", "Triggers"),
            lambda r: r.trigger,
            stretch=True,
        ),
    )


LEVEL = 0


class EscalationPanel(RecordPanel[EscalationRow]):
    """Who is called at each level and what triggers it; add, edit and delete undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "level")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Escalation path")
    KINDS = (RecordKind.ESCALATION_LEVEL,)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            escalation_columns(),
            QCoreApplication.translate(
                "EscalationPanel",
                "No escalation path yet. Name who is called on each side at each level, and the "
                "thresholds that call them (slippage, a red SLA, a budget overrun, a dispute).",
            ),
            parent,
        )
        self.setObjectName("escalationPanel")
        self.table.setObjectName("escalationTable")
        self.table.sortByColumn(LEVEL, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[EscalationRow] = ()

    def read_rows(self, project_id: int) -> Sequence[EscalationRow]:
        """The project's escalation levels."""
        self._rows = self.editor.workspace.run(escalation_path, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """How many levels the path has."""
        count = len(self._rows) if self.project_id is not None else 0
        if not count:
            self.summary.setText("")
        elif count == 1:
            self.summary.setText(QCoreApplication.translate("EscalationPanel", "1 level"))
        else:
            self.summary.setText(
                QCoreApplication.translate("EscalationPanel", "{count} levels").format(count=count)
            )

    def dialog(self, row: EscalationRow | None, submit: Submit) -> RecordDialog:
        """The level's form, the client's people to choose its contact from."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        people = [p.name for p in self.editor.workspace.run(client_contacts, pid)]
        level = row.level if row is not None else len(self._rows) + 1
        return EscalationDialog(row, level, people, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the next level of the path."""
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add escalation level"),
            add_escalation_level,
            project_id,
            **values,
        )

    def update_edit(self, row: EscalationRow, values: dict[str, Any]) -> Edit[object]:
        """Change the level's contacts and triggers."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Edit escalation level {level}"), level=row.level)
        return edit(name, edit_escalation_level, row.id, **values)

    def delete_edit(self, row: EscalationRow) -> Edit[object]:
        """Remove the level; those above it move down."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Delete escalation level {level}"), level=row.level)
        return edit(name, delete_escalation_level, row.id)

    def describe(self, row: EscalationRow) -> str:
        """'escalation level 2 (Delivery director)'."""
        who = row.supplier_contact or row.client_contact
        return QCoreApplication.translate(
            "EscalationPanel", "escalation level {level} ({who})"
        ).format(level=row.level, who=who)
