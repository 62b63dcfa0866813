"""Project › Stage Gate…: move the project to its next stage on a date, approved by someone.

The gates passed so far are listed above the form; OK passes the gate as one undoable edit.
A refusal (a date before the project starts) is the Editor's message, the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import Stage
from cpm_desktop.identity import current_user
from cpm_desktop.services.portfolio.lifecycle import StageGateRow, move_to_stage, stage_gates
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.lifecycle.commands import stage_gate_target
from cpm_desktop.ui.lifecycle.gates_model import NOTE, GatesModel
from cpm_desktop.ui.project_records.record_dialog import date_field, picked_date, text_box
from cpm_desktop.ui.records.column_fit import FillColumn
from cpm_desktop.ui.records.widgets import rows_height, style_heading, style_record_table
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

GATE_ROWS = 4  # gates shown without scrolling: a project passes at most four before closure
NOTE_MIN = 160  # pixels: the note column's least width
# The edit's name per stage a gate leads into (never initiation, the first, nor closure, which
# closing the project reaches): whole names, as a stage's label is translated by texts/ (gettext),
# not by Qt, so it cannot go into a name as a Word.
GATE_EDITS = {
    Stage.PLANNING: QT_TRANSLATE_NOOP("Edits", "Stage gate of {code}: Planning"),
    Stage.EXECUTION: QT_TRANSLATE_NOOP("Edits", "Stage gate of {code}: Execution"),
    Stage.MONITORING: QT_TRANSLATE_NOOP("Edits", "Stage gate of {code}: Monitoring"),
}


class StageGateDialog(QDialog):
    """The gates passed, then the next one: its date, who approved it, a note."""

    def __init__(
        self,
        summary: ProjectSummary,
        target: Stage,
        gates: tuple[StageGateRow, ...],
        save: Callable[[StageGateDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("StageGateDialog", "Stage Gate — {code}").format(
                code=summary.code
            )
        )
        self.setMinimumWidth(560)
        self.target = target
        self._save = save
        heading = QLabel(
            QCoreApplication.translate(
                "StageGateDialog", "{code}: from {stage} to {target}"
            ).format(code=summary.code, stage=_(summary.stage.label), target=_(target.label))
        )
        heading.setObjectName("stageGateHeading")
        style_heading(heading)
        self.model = GatesModel()
        self.model.set_rows(gates)
        self.table = QTableView()
        self.table.setObjectName("stageGates")
        self.table.setModel(self.model)
        style_record_table(self.table, sortable=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        FillColumn(self.table, NOTE, NOTE_MIN)  # owned by the table
        self.table.setFixedHeight(rows_height(self.table, GATE_ROWS))
        self.table.setVisible(bool(gates))  # an empty table says less than its caption
        passed = QLabel(
            QCoreApplication.translate("StageGateDialog", "Gates passed so far")
            if gates
            else QCoreApplication.translate("StageGateDialog", "No stage gate passed yet")
        )
        self.passed_on = date_field(max(dt.date.today(), summary.start_date))
        self.passed_on.setObjectName("gateDate")
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("gateApprovedBy")
        self.approved_by.setPlaceholderText(
            QCoreApplication.translate(
                "StageGateDialog", "{user} (you), or the sponsor's name"
            ).format(user=current_user())
        )
        if summary.sponsor:
            self.approved_by.setText(summary.sponsor)
        self.note = text_box(
            "",
            QCoreApplication.translate(
                "StageGateDialog", "What the gate review decided, conditions, the next review"
            ),
        )
        self.note.setObjectName("gateNote")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StageGateDialog", "&Passed on"), self.passed_on)
        form.addRow(QCoreApplication.translate("StageGateDialog", "&Approved by"), self.approved_by)
        form.addRow(QCoreApplication.translate("StageGateDialog", "&Note"), self.note)
        buttons = ok_cancel_buttons(self, self._on_ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            QCoreApplication.translate("StageGateDialog", "Move to {stage}").format(
                stage=_(target.label)
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(passed)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        if self._save(self):
            self.accept()


def pass_stage_gate(parent: QWidget, editor: Editor, project_id: int) -> bool:
    """Ask for the next stage gate of the project and pass it (one undoable edit); True if so."""
    summary = editor.workspace.run(project_summary, project_id)
    target = stage_gate_target(summary)
    if target is None:
        return False
    gates = editor.workspace.run(stage_gates, project_id)
    passed: list[bool] = []

    def save(dialog: StageGateDialog) -> bool:
        gate = edit(
            named(GATE_EDITS[target], code=summary.code),
            move_to_stage,
            project_id,
            target,
            passed_on=picked_date(dialog.passed_on),
            approved_by=dialog.approved_by.text(),
            note=dialog.note.toPlainText(),
        )
        if editor.run(project_id, gate) is REFUSED:
            return False  # the Editor said why; the dialog stays open to correct it
        passed.append(True)
        return True

    dialog = StageGateDialog(summary, target, gates, save, parent)
    run_modal(dialog)
    return bool(passed)
