"""DecisionsPanel: the project's decision log, D-001 onwards, with what each settles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.changes.views import change_log
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.services.records.decisions import (
    DecisionRow,
    add_decision,
    decision_log,
    delete_decision,
    update_decision,
)
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.decision_record_dialog import DecisionRecordDialog
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column, titled
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.cells import reference_number
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


def linked_text(row: DecisionRow) -> str:
    """What a decision settles: 'CR-003', 'R-002', both, or a dash."""
    return " / ".join(ref for ref in (row.change_reference, row.risk_reference) if ref) or "—"


COLUMNS: tuple[Column[DecisionRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Ref"),
        lambda r: r.reference,
        sort=lambda r: reference_number(r.reference),
        tip=lambda r: internal.TIP if r.internal else "",
        icon=lambda r: internal.internal_icon(r.internal),
    ),
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Date"),
        lambda r: short_date_text(r.decided_on),
        sort=lambda r: r.decided_on.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Decision"),
        lambda r: r.title,
        tip=lambda r: f"{r.reference} {r.title}",
        max_width=380,
    ),
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Decided by"),
        lambda r: r.decided_by or "—",
        max_width=240,
    ),
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Linked"),
        linked_text,
        tip=lambda r: QCoreApplication.translate(
            "DecisionsPanel", "The change request or risk it settles"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("DecisionsPanel", "Context"), lambda r: r.context or "—", stretch=True
    ),
)
REF = 0


class DecisionsPanel(RecordPanel[DecisionRow]):
    """Log what was decided, when, by whom and why; add, edit and delete undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "decision")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Decisions")
    KINDS = (RecordKind.DECISION, RecordKind.CHANGE_REQUEST, RecordKind.RISK)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(COLUMNS, "DecisionsPanel"),
            QCoreApplication.translate(
                "DecisionsPanel",
                "No decisions logged yet. Record what the steering committee or sponsor "
                "decides, and link the change request or risk it settles.",
            ),
            parent,
        )
        self.setObjectName("decisionsPanel")
        self.table.setObjectName("decisionsTable")
        self.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[DecisionRow] = ()

    def read_rows(self, project_id: int) -> Sequence[DecisionRow]:
        """The project's decision log."""
        self._rows = self.editor.workspace.run(decision_log, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """How many decisions the log holds."""
        count = len(self._rows) if self.project_id is not None else 0
        if not count:
            self.summary.setText("")
        elif count == 1:
            self.summary.setText(QCoreApplication.translate("DecisionsPanel", "1 decision"))
        else:
            self.summary.setText(
                QCoreApplication.translate("DecisionsPanel", "{count} decisions").format(
                    count=count
                )
            )

    def dialog(self, row: DecisionRow | None, submit: Submit) -> RecordDialog:
        """The decision form with the project's change requests and risks to link."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        run = self.editor.workspace.run
        changes = [(r.id, r.reference, r.title) for r in run(change_log, pid).rows]
        risks = [(r.id, r.reference, r.title) for r in run(risk_register, pid).rows]
        deciders = [p.name for p in run(client_contacts, pid)]
        deciders += [r.decided_by for r in self._rows]
        return DecisionRecordDialog(row, deciders, changes, risks, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Log the decision with the next reference."""
        fields = dict(values)
        title = fields.pop("title")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add decision"), add_decision, project_id, title, **fields
        )

    def update_edit(self, row: DecisionRow, values: dict[str, Any]) -> Edit[object]:
        """Change the decision to the form's values."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference),
            update_decision,
            row.id,
            **values,
        )

    def delete_edit(self, row: DecisionRow) -> Edit[object]:
        """Remove the decision; the others keep their references."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Delete {reference}"), reference=row.reference),
            delete_decision,
            row.id,
        )

    def describe(self, row: DecisionRow) -> str:
        """'D-002 Approve the interface'."""
        return f"{row.reference} “{row.title}”"
