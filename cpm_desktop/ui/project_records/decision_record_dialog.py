"""DecisionRecordDialog: a decision of the log: what, when, by whom, why, and what it settles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.services.records.decisions import DecisionRow
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)
from cpm_desktop.ui.records.internal import internal_check

Choice = tuple[int, str, str]  # id, reference, title of a change request or risk


class DecisionRecordDialog(RecordDialog):
    """Title, date, who decided, the context, what it settles, and whether it is internal."""

    def __init__(
        self,
        row: DecisionRow | None,
        deciders: list[str],
        changes: list[Choice],
        risks: list[Choice],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("DecisionRecordDialog", "Add decision")
            if row is None
            else QCoreApplication.translate("DecisionRecordDialog", "Edit {reference}").format(
                reference=row.reference
            )
        )
        super().__init__(title, submit, parent)
        self.title = QLineEdit(row.title if row else "")
        self.title.setPlaceholderText(
            QCoreApplication.translate("DecisionRecordDialog", "What was decided, in a few words")
        )
        self.decided_on = date_field(row.decided_on if row else dt.date.today())
        self.decided_by = QComboBox()
        self.decided_by.setEditable(True)
        self.decided_by.addItems(sorted(set(deciders) - {""}, key=str.casefold))
        self.decided_by.setEditText(row.decided_by if row else "")
        self.context = text_box(
            row.context if row else "",
            QCoreApplication.translate("DecisionRecordDialog", "Why, and what it settles"),
            4,
        )
        none = QCoreApplication.translate("DecisionRecordDialog", "— (none)")
        self.change = _links(changes, none, row.change_reference if row else None)
        self.risk = _links(risks, none, row.risk_reference if row else None)
        self.form.addRow(
            QCoreApplication.translate("DecisionRecordDialog", "&Decision"), self.title
        )
        self.form.addRow(
            QCoreApplication.translate("DecisionRecordDialog", "D&ate"), self.decided_on
        )
        self.form.addRow(
            QCoreApplication.translate("DecisionRecordDialog", "Decided &by"), self.decided_by
        )
        self.form.addRow(
            QCoreApplication.translate("DecisionRecordDialog", "&Context"), self.context
        )
        self.form.addRow(
            QCoreApplication.translate("DecisionRecordDialog", "Change &request"), self.change
        )
        self.form.addRow(QCoreApplication.translate("DecisionRecordDialog", "R&isk"), self.risk)
        self.internal = internal_check(row.internal if row else False)
        self.form.addRow("", self.internal)

    def values(self) -> dict[str, Any]:
        """The keywords of add_decision / update_decision (the service checks them)."""
        return {
            "title": self.title.text(),
            "decided_on": picked_date(self.decided_on),
            "decided_by": self.decided_by.currentText(),
            "context": self.context.toPlainText(),
            "change_request_id": self.change.currentData(),
            "risk_id": self.risk.currentData(),
            "internal": self.internal.isChecked(),
        }


def _links(choices: list[Choice], nothing: str, current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(nothing, None)
    for ident, reference, title in choices:
        combo.addItem(f"{reference}  {title}", ident)
        if reference == current:
            combo.setCurrentIndex(combo.count() - 1)
    combo.setMaximumWidth(520)  # long titles elide rather than widen the dialog
    return combo
