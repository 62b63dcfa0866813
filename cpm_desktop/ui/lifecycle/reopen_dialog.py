"""Project › Reopen Project…: asks why a closed project is reopened; the reason is audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.portfolio.lifecycle import reopen_project
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import text_box
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named


class ReopenDialog(QDialog):
    """The reason for reopening a closed project, kept in its audit trail."""

    def __init__(self, summary: ProjectSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ReopenDialog", "Reopen Project — {code}").format(
                code=summary.code
            )
        )
        self.setMinimumWidth(480)
        note = QLabel(
            QCoreApplication.translate(
                "ReopenDialog",
                "{code} was closed on {date}. Reopened, it can be changed again; the reopening "
                "and its reason go into the audit trail.",
            ).format(code=summary.code, date=date_text(summary.closed_on))
        )
        note.setWordWrap(True)
        self.reason = text_box(
            "",
            QCoreApplication.translate(
                "ReopenDialog", "Why it is reopened (a warranty fix, a late invoice…)"
            ),
            3,
        )
        self.reason.setObjectName("reopenReason")
        buttons = ok_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ReopenDialog", "Reopen")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        caption = QLabel(QCoreApplication.translate("ReopenDialog", "&Reason"))
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


def reopen_project_dialog(parent: QWidget, editor: Editor, project_id: int) -> bool:
    """Ask why and reopen the closed project (one undoable, audited edit); True if reopened."""
    summary = editor.workspace.run(project_summary, project_id)
    if not summary.is_closed:
        return False
    dialog = ReopenDialog(summary, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        reason = dialog.reason.toPlainText()
    finally:
        dialog.deleteLater()
    name = named(QT_TRANSLATE_NOOP("Edits", "Reopen {code}"), code=summary.code)
    change = edit(name, reopen_project, project_id, reason=reason)
    return editor.run(project_id, change) is not REFUSED
