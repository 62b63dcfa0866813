"""ClientDecisionDialog: record the client's decision on a request, usually from a signed form."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import DECISIONS, NEEDS_DECISION
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import entry_date_format, py_date, qdate, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

S = ChangeStatus

# The history's comment is kept in the workspace: it stays English, as the audit trail does.
SIGNED_NOTE = "Signed form received"
# English here; shown through QCoreApplication.translate("ClientDecisionDialog", …).
OUTCOME_TEXT = {
    S.APPROVED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Approve"),
    S.REJECTED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Reject"),
    S.DEFERRED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Defer"),
}
OK_TEXT = {
    S.APPROVED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Record approval"),
    S.REJECTED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Record rejection"),
    S.DEFERRED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "Record deferral"),
}
# What is missing, by outcome: the sentence names the verb itself (word orders differ).
MISSING = {
    S.APPROVED: QT_TRANSLATE_NOOP(
        "ClientDecisionDialog", "To approve {reference}, enter {missing}."
    ),
    S.REJECTED: QT_TRANSLATE_NOOP(
        "ClientDecisionDialog", "To reject {reference}, enter {missing}."
    ),
    S.DEFERRED: QT_TRANSLATE_NOOP("ClientDecisionDialog", "To defer {reference}, enter {missing}."),
}


class ClientDecisionDialog(QDialog):
    """Outcome, who decided and when, the notes and a comment; checked before it closes."""

    def __init__(
        self,
        row: ChangeRow,
        outcome: ChangeStatus | str,
        deciders: list[str],
        default_decider: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._row = row
        self.setWindowTitle(
            QCoreApplication.translate(
                "ClientDecisionDialog", "Record the client's decision — {reference}"
            ).format(reference=row.reference)
        )
        self.setMinimumWidth(520)
        intro = QLabel(f"<b>{row.reference}</b>&nbsp; {html.escape(row.title)}")
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.outcomes: dict[ChangeStatus, QRadioButton] = {}
        self._group = QButtonGroup(self)
        choices = QHBoxLayout()
        for value in DECISIONS:
            button = QRadioButton(
                QCoreApplication.translate("ClientDecisionDialog", OUTCOME_TEXT[value])
            )
            button.setObjectName(f"decision_{value}")
            self._group.addButton(button)
            self.outcomes[value] = button
            choices.addWidget(button)
            button.toggled.connect(self._on_outcome)
        choices.addStretch(1)
        self.decided_by = QComboBox()
        self.decided_by.setEditable(True)
        self.decided_by.addItems(sorted({*deciders, default_decider} - {""}, key=str.casefold))
        self.decided_by.setEditText(default_decider)
        editor = self.decided_by.lineEdit()
        if editor is not None:  # always: the combo is editable
            editor.setPlaceholderText(
                QCoreApplication.translate("ClientDecisionDialog", "Who signed for the client")
            )
        self.decided_on = QDateEdit()
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat(entry_date_format())
        last = max((t.changed_on for t in row.transitions), default=row.raised_on)
        latest = max(dt.date.today(), last)
        self.decided_on.setDateRange(qdate(row.raised_on), qdate(latest))
        self.decided_on.setDate(qdate(min(dt.date.today(), latest)))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "ClientDecisionDialog",
                "The decision as the client worded it, e.g. the change order",
            )
        )
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            QCoreApplication.translate(
                "ClientDecisionDialog", "Optional: kept in the request's history"
            )
        )
        self.signed = QCheckBox(
            QCoreApplication.translate("ClientDecisionDialog", "Signed sign-off form received")
        )
        self.signed.setObjectName("decisionSigned")
        self.error = QLabel()
        self.error.setObjectName("decisionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colors().rag_red};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ClientDecisionDialog", "Decision"), choices)
        form.addRow(
            QCoreApplication.translate("ClientDecisionDialog", "Decided &by"), self.decided_by
        )
        form.addRow(
            QCoreApplication.translate("ClientDecisionDialog", "Decision &date"), self.decided_on
        )
        form.addRow(
            QCoreApplication.translate("ClientDecisionDialog", "Decision &notes"), self.notes
        )
        form.addRow(QCoreApplication.translate("ClientDecisionDialog", "Co&mment"), self.comment)
        form.addRow("", self.signed)
        buttons = ok_cancel_buttons(self, self.accept_if_valid)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.outcomes.get(ChangeStatus(outcome), self.outcomes[S.APPROVED]).setChecked(True)

    def outcome(self) -> ChangeStatus:
        """The status chosen: approved, rejected or deferred."""
        return next(value for value, button in self.outcomes.items() if button.isChecked())

    def problem(self) -> str:
        """What is missing or wrong, in one sentence ('' when the decision can be recorded)."""
        if self.outcome() not in NEEDS_DECISION:
            return ""
        who = not self.decided_by.currentText().strip()
        notes = not self.notes.toPlainText().strip()
        if who and notes:
            missing = QCoreApplication.translate(
                "ClientDecisionDialog", "who decided and the decision notes"
            )
        elif who:
            missing = QCoreApplication.translate("ClientDecisionDialog", "who decided")
        elif notes:
            missing = QCoreApplication.translate("ClientDecisionDialog", "the decision notes")
        else:
            return ""
        return QCoreApplication.translate("ClientDecisionDialog", MISSING[self.outcome()]).format(
            reference=self._row.reference, missing=missing
        )

    def accept_if_valid(self) -> None:
        """Close with OK only when the decision is complete; else say what is missing."""
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()

    def values(self) -> tuple[str, dict[str, Any]]:
        """The target status and the keywords of `transition` (comment and decision fields)."""
        target = self.outcome()
        parts = [SIGNED_NOTE] if self.signed.isChecked() else []
        notes = self.notes.toPlainText().strip()
        if target not in NEEDS_DECISION:
            # A deferral keeps no decision fields: what was said goes into the history.
            who = self.decided_by.currentText().strip()
            when = short_date_text(py_date(self.decided_on.date()))
            parts.append(f"Deferred by {who} on {when}" if who else f"Deferred on {when}")
            if notes:
                parts.append(notes)
        if self.comment.text().strip():
            parts.append(self.comment.text().strip())
        kwargs: dict[str, Any] = {"comment": ". ".join(p.rstrip(".") for p in parts)}
        if target in NEEDS_DECISION:
            kwargs.update(
                decided_by=self.decided_by.currentText().strip(),
                decided_on=py_date(self.decided_on.date()),
                decision_notes=notes,
            )
        return target, kwargs

    def _on_outcome(self) -> None:
        checked = next((v for v, b in self.outcomes.items() if b.isChecked()), S.APPROVED)
        self.ok_button.setText(QCoreApplication.translate("ClientDecisionDialog", OK_TEXT[checked]))
        self.error.hide()
