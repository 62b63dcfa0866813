"""VerdictDialog: the client's acceptance or rejection of a deliverable — who, when, and for a
rejection the reasons."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)


class VerdictDialog(RecordDialog):
    """Record the client's verdict `to` (accepted or rejected) on `row`."""

    def __init__(
        self,
        row: DeliverableRow,
        to: DeliverableStatus,
        deciders: Sequence[str],
        default_decider: str,
        today: dt.date,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        accepting = to is DeliverableStatus.ACCEPTED
        title = (
            QCoreApplication.translate(
                "VerdictDialog", "Record the client's acceptance — {reference}"
            )
            if accepting
            else QCoreApplication.translate(
                "VerdictDialog", "Record the client's rejection — {reference}"
            )
        )
        super().__init__(title.format(reference=row.reference), submit, parent)
        self._accepting = accepting
        intro = QLabel(f"<b>{row.reference}</b>&nbsp; {html.escape(row.name)}")
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.decided_by = QComboBox()
        self.decided_by.setObjectName("verdictBy")
        self.decided_by.setEditable(True)
        self.decided_by.addItems(sorted({*deciders, default_decider} - {""}, key=str.casefold))
        self.decided_by.setEditText(default_decider)
        line = self.decided_by.lineEdit()
        if line is not None:  # always: the combo is editable
            line.setPlaceholderText(
                QCoreApplication.translate("VerdictDialog", "Who signed for the client")
            )
        # A verdict comes after the last step and not in the future.
        last = row.steps[-1].changed_on if row.steps else today
        self.decided_on = date_field(max(today, last))
        self.decided_on.setObjectName("verdictOn")
        self.decided_on.setDateRange(qdate(last), qdate(max(today, last)))
        self.reasons = text_box(
            "",
            QCoreApplication.translate("VerdictDialog", "What the client found missing or wrong"),
            4,
        )
        self.reasons.setObjectName("verdictReasons")
        self.comment = QLineEdit()
        self.comment.setObjectName("verdictComment")
        self.comment.setPlaceholderText(
            QCoreApplication.translate(
                "VerdictDialog", "Optional: kept in the deliverable's history"
            )
        )
        self.form.insertRow(0, intro)
        self.form.addRow(
            QCoreApplication.translate("VerdictDialog", "Accepted &by")
            if accepting
            else QCoreApplication.translate("VerdictDialog", "Rejected &by"),
            self.decided_by,
        )
        self.form.addRow(QCoreApplication.translate("VerdictDialog", "&On"), self.decided_on)
        if accepting:
            self.form.addRow(QCoreApplication.translate("VerdictDialog", "Co&mment"), self.comment)
        else:
            self.form.addRow(QCoreApplication.translate("VerdictDialog", "&Reasons"), self.reasons)

    def values(self) -> dict[str, Any]:
        """The keywords of step_deliverable (the service checks them)."""
        values: dict[str, Any] = {
            "on": picked_date(self.decided_on),
            "by": self.decided_by.currentText(),
        }
        if self._accepting:
            values["comment"] = self.comment.text()
        else:
            values["reasons"] = self.reasons.toPlainText()
        return values
