"""DeliverablesPanel: the project's deliverables, D-001 onwards, and the client's acceptance.

The table above, the selected deliverable below (its checklist to tick, the verdict, the
history). Every change — add, edit, delete, a tick, a step towards acceptance — is one
undoable edit through the Editor; a refusal of the service is shown and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.domain.deliverables import NEXT_STATUS, VERDICTS
from cpm_desktop.services.deliverables.editing import update_deliverable
from cpm_desktop.services.deliverables.register import (
    add_deliverable,
    delete_deliverable,
    set_criteria,
    step_deliverable,
)
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverables
from cpm_desktop.services.portfolio.views import client_contacts, task_rows
from cpm_desktop.ui.changes.sign_off import open_document
from cpm_desktop.ui.deliverables import certificate
from cpm_desktop.ui.deliverables.columns import REF, columns, install_chips, summary_line
from cpm_desktop.ui.deliverables.detail import DeliverableDetail, name_key
from cpm_desktop.ui.deliverables.dialog import DeliverableDialog
from cpm_desktop.ui.deliverables.verdict_dialog import VerdictDialog
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind

S = DeliverableStatus
TABLE_SHARE = 0.6  # at most this share of the height for the table; the detail takes the rest

# The steps towards acceptance: the action's text and tip (shown translated, context
# "DeliverablesPanel"), and the edit's name (English in the audit trail, translated in the
# Edit menu: context "Edits").
STEPS: dict[DeliverableStatus, tuple[str, str, str]] = {
    S.IN_PROGRESS: (
        QT_TRANSLATE_NOOP("DeliverablesPanel", "&Start"),
        QT_TRANSLATE_NOOP("DeliverablesPanel", "Work on the deliverable has started"),
        QT_TRANSLATE_NOOP("Edits", "Start {reference}"),
    ),
    S.SUBMITTED: (
        QT_TRANSLATE_NOOP("DeliverablesPanel", "S&ubmit to client"),
        QT_TRANSLATE_NOOP("DeliverablesPanel", "Hand the deliverable to the client to accept"),
        QT_TRANSLATE_NOOP("Edits", "Submit {reference}"),
    ),
    S.ACCEPTED: (
        QT_TRANSLATE_NOOP("DeliverablesPanel", "Record a&cceptance…"),
        QT_TRANSLATE_NOOP("DeliverablesPanel", "The client accepted it: who and when"),
        QT_TRANSLATE_NOOP("Edits", "Accept {reference}"),
    ),
    S.REJECTED: (
        QT_TRANSLATE_NOOP("DeliverablesPanel", "Record re&jection…"),
        QT_TRANSLATE_NOOP("DeliverablesPanel", "The client rejected it: who, when and why"),
        QT_TRANSLATE_NOOP("Edits", "Reject {reference}"),
    ),
    S.RESUBMITTED: (
        QT_TRANSLATE_NOOP("DeliverablesPanel", "&Resubmit"),
        QT_TRANSLATE_NOOP("DeliverablesPanel", "Hand the reworked deliverable to the client again"),
        QT_TRANSLATE_NOOP("Edits", "Resubmit {reference}"),
    ),
}


class DeliverablesPanel(RecordPanel[DeliverableRow]):
    """What the project hands the client, how far each deliverable is on its way to the
    client's acceptance, and the steps to move it on; every edit undoable."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "deliverable")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Deliverables")
    KINDS = (RecordKind.DELIVERABLE, RecordKind.ACCEPTANCE_CRITERION, RecordKind.DELIVERABLE_STEP)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            columns(lambda: self.today()),
            QCoreApplication.translate(
                "DeliverablesPanel",
                "No deliverables yet. List what the project hands the client, each with the "
                "acceptance criteria the client checks it against.",
            ),
            parent,
        )
        self.today: Callable[[], dt.date] = dt.date.today  # what "overdue" is measured from
        self.setObjectName("deliverablesPanel")
        self.table.setObjectName("deliverablesTable")
        install_chips(self.table)
        self.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[DeliverableRow] = ()
        self._saved_for: int | None = None  # the deliverable whose certificate note is shown
        self.step_actions = {to: self._step_action(to) for to in STEPS}
        self.export_action = QAction(
            icon("pdf"),
            QCoreApplication.translate("DeliverablesPanel", "E&xport acceptance certificate…"),
            self,
        )
        self.export_action.setObjectName(name_key("Export acceptance certificate"))
        self.export_action.setToolTip(
            QCoreApplication.translate(
                "DeliverablesPanel", "Write the deliverable's acceptance certificate as a PDF"
            )
        )
        self.export_action.triggered.connect(self.export_certificate)
        self.detail = DeliverableDetail([*self.step_actions.values(), self.export_action])
        self.detail.setObjectName("deliverableDetail")
        self.detail.checklist.sig_toggled.connect(
            self.tick,
            Qt.ConnectionType.QueuedConnection,  # the tick's view finishes first
        )
        self.detail.saved_label.linkActivated.connect(
            lambda link: open_document(Path(QUrl(link).toLocalFile()))
        )
        self.splitter = self.put_detail_below(self.detail, share=TABLE_SHARE, name="deliverables")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._show_current)
        self._show_current()

    def _step_action(self, to: DeliverableStatus) -> QAction:
        text, tip, _ = STEPS[to]
        tip = QCoreApplication.translate("DeliverablesPanel", tip)
        action = QAction(QCoreApplication.translate("DeliverablesPanel", text), self)
        action.setObjectName(name_key(text))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False, target=to: self.step_to(target))
        return action

    def show_project(self, project_id: int | None) -> None:
        """Show a project's deliverables, the first one selected so its acceptance shows."""
        super().show_project(project_id)
        if self.current_row() is None and self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, REF))

    # -- what RecordPanel asks ------------------------------------------------------------

    def read_rows(self, project_id: int) -> Sequence[DeliverableRow]:
        """The project's deliverables by reference."""
        self._rows = self.editor.workspace.run(deliverables, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """The summary line, the table's share of the height, and the selected deliverable."""
        shown = self.project_id is not None
        self.summary.setText(summary_line(self._rows, self.today()) if shown else "")
        self.splitter.setVisible(self.model.rowCount() > 0)
        self.splitter.share_height()
        self._show_current()

    def dialog(self, row: DeliverableRow | None, submit: Submit) -> RecordDialog:
        """The deliverable form with the plan's milestones and the people who own work."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        tasks = self.editor.workspace.run(task_rows, pid)
        milestones = [
            (t.id, f"{t.wbs}  {t.name}" + (f" ({short_date_text(t.finish)})" if t.finish else ""))
            for t in tasks
            if t.is_milestone
        ]
        owners = [t.owner for t in tasks] + [r.owner for r in self._rows]
        return DeliverableDialog(row, milestones, owners, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the deliverable with the next reference and its checklist."""
        fields = dict(values)
        name = fields.pop("name")
        criteria = fields.pop("criteria")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add deliverable"),
            add_deliverable,
            project_id,
            name,
            criteria=criteria,
            **fields,
        )

    def update_edit(self, row: DeliverableRow, values: dict[str, Any]) -> Edit[object]:
        """Change the deliverable and its checklist's wording to the form's values."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference),
            update_deliverable,
            row.id,
            **values,
        )

    def delete_edit(self, row: DeliverableRow) -> Edit[object]:
        """Remove the deliverable; the others keep their references."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Delete {reference}"), reference=row.reference),
            delete_deliverable,
            row.id,
        )

    def describe(self, row: DeliverableRow) -> str:
        """'D-004 “Functional design: inbound”'."""
        return QCoreApplication.translate("DeliverablesPanel", "{reference} “{name}”").format(
            reference=row.reference, name=row.name
        )

    # -- the selected deliverable ---------------------------------------------------------

    def _show_current(self, *_: object) -> None:
        """Show the selected deliverable below and enable its legal next steps."""
        row = self.current_row()
        if row is None or row.id != self._saved_for:
            self._saved_for = None
            self.detail.show_saved("")
        self.detail.show_row(row, self.today())
        legal = NEXT_STATUS[row.status] if row is not None else ()
        for to, action in self.step_actions.items():
            action.setEnabled(to in legal)
        self.export_action.setEnabled(row is not None)

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.context_menu().popup(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The table's menu: add, edit, delete, the legal steps, the certificate."""
        menu = QMenu(self)
        menu.addActions([self.add_action, self.edit_action, self.delete_action])
        menu.addSeparator()
        menu.addActions(list(self.step_actions.values()))
        menu.addSeparator()
        menu.addAction(self.export_action)
        return menu

    # -- edits ---------------------------------------------------------------------------

    def tick(self, position: int, met: bool) -> None:
        """Tick (or untick) criterion `position` of the selected deliverable, undoably."""
        row = self.current_row()
        if row is None or not 0 <= position < len(row.criteria):
            return
        lines = [(c.text, met if n == position else c.met) for n, c in enumerate(row.criteria)]
        template = (
            QT_TRANSLATE_NOOP("Edits", "Tick a criterion of {reference}")
            if met
            else QT_TRANSLATE_NOOP("Edits", "Untick a criterion of {reference}")
        )
        name = named(template, reference=row.reference)
        problem = self.run_checked(edit(name, set_criteria, row.id, lines))
        if problem:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("DeliverablesPanel", "Acceptance checklist"),
                problem,
            )

    def step_to(self, to: DeliverableStatus) -> None:
        """Move the selected deliverable to `to`; a verdict asks who gave it and when."""
        row = self.current_row()
        if row is None:
            return
        title = self.step_actions[to].text().replace("&", "").rstrip("…")
        label = named(STEPS[to][2], reference=row.reference)
        unmet = len(row.criteria) - row.criteria_met
        if to is S.ACCEPTED and unmet:
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate(
                    "DeliverablesPanel",
                    "{reference} cannot be accepted while {unmet} of its {total} "
                    "acceptance criteria are not met. Tick each criterion the client found met, "
                    "or record a rejection.",
                ).format(reference=row.reference, unmet=unmet, total=len(row.criteria)),
            )
            return
        if to not in VERDICTS:
            problem = self.run_checked(edit(label, step_deliverable, row.id, to))
            if problem:
                QMessageBox.warning(self, title, problem)
            return
        pid = self.project_id
        assert pid is not None  # a row is selected: a project is shown
        people = [p.name for p in self.editor.workspace.run(client_contacts, pid)]
        deciders = people + [r.decided_by for r in self._rows]
        latest = max(
            (r for r in self._rows if r.decided_on is not None),
            key=lambda r: r.decided_on or dt.date.min,
            default=None,
        )
        VerdictDialog(
            row,
            to,
            deciders,
            latest.decided_by if latest is not None else "",
            self.today(),
            lambda values: self.run_checked(edit(label, step_deliverable, row.id, to, **values)),
            self,
        ).exec()

    def export_certificate(self) -> None:
        """Write the selected deliverable's acceptance certificate as a PDF; offer to open it."""
        row = self.current_row()
        if row is None:
            return
        path = certificate.ask_and_export(self, self.editor.workspace, row)
        if path is None:
            return
        self._saved_for = row.id
        name = html.escape(path.name)
        self.detail.show_saved(
            QCoreApplication.translate(
                "DeliverablesPanel", "Saved <b>{name}</b> · <a href='{url}'>Open</a>"
            ).format(name=name, url=path.as_uri())
        )
