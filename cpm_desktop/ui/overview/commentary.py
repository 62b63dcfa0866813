"""CommentaryPanel: the PM's commentary for the status date, and its edit dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.records.status_reports import StatusReportRow, save_status_report
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Editor, edit

# English, marked; translated where shown.
EMPTY = QT_TRANSLATE_NOOP(
    "CommentaryPanel",
    "No commentary for this status date yet: what should the sponsor know this week?",
)
NOTES_LABEL = QT_TRANSLATE_NOOP("CommentaryDialog", "&Internal notes (internal pack only)")
# The notes themselves stay off the Overview: its screen is often shown to the client.
NOTES_HINT = QT_TRANSLATE_NOOP(
    "CommentaryPanel", "Internal notes kept for the internal pack (Edit Commentary… shows them)"
)


class CommentaryDialog(QDialog):
    """Write the commentary of one status date, and the internal notes beside it."""

    def __init__(
        self, text: str, title: str, internal_notes: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(560, 420)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("commentaryText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            QCoreApplication.translate("CommentaryDialog", "What the sponsor should know this week")
        )
        self.notes = QPlainTextEdit(internal_notes)
        self.notes.setObjectName("internalNotesText")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "CommentaryDialog", "For our own team: margin, rates, what the client must not read"
            )
        )
        commentary_label = QLabel(QCoreApplication.translate("CommentaryDialog", "&Commentary"))
        commentary_label.setBuddy(self.text)
        notes_label = QLabel(QCoreApplication.translate("CommentaryDialog", NOTES_LABEL))
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(commentary_label)
        layout.addWidget(self.text, 3)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(ok_cancel_buttons(self))
        self.text.setFocus()

    def commentary(self) -> str:
        """The text written."""
        return self.text.toPlainText()

    def internal_notes(self) -> str:
        """The internal notes written."""
        return self.notes.toPlainText()


class CommentaryPanel(QWidget):
    """The commentary, read-only here, with an Edit button that saves it as one undoable edit."""

    sig_edited = Signal()
    """Emitted after the commentary was saved."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._report: StatusReportRow | None = None
        self.heading = QLabel(QCoreApplication.translate("CommentaryPanel", "PM commentary"))
        style_heading(self.heading)
        self.edit_button = QPushButton(
            icon("details"), QCoreApplication.translate("CommentaryPanel", "&Edit Commentary…")
        )
        self.edit_button.setObjectName("editCommentary")
        self.edit_button.clicked.connect(self.edit)
        self.body = QLabel()
        self.body.setObjectName("commentaryBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_hint = QLabel(QCoreApplication.translate("CommentaryPanel", NOTES_HINT))
        self.notes_hint.setObjectName("internalNotesHint")
        self.notes_hint.setWordWrap(True)
        self.notes_hint.setStyleSheet(f"color: {colors().muted_text};")
        self.notes_hint.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(self.notes_hint)
        layout.addStretch(1)

    def show_report(self, report: StatusReportRow | None) -> None:
        """Show the commentary of `report` (None: no project)."""
        self._report = report
        self.edit_button.setEnabled(report is not None)
        day = date_text(report.status_date) if report and report.status_date else ""
        self.heading.setText(
            QCoreApplication.translate(
                "CommentaryPanel", "PM commentary · status date {day}"
            ).format(day=day)
            if day
            else QCoreApplication.translate("CommentaryPanel", "PM commentary")
        )
        text = report.commentary.strip() if report else ""
        self.body.setText(text or QCoreApplication.translate("CommentaryPanel", EMPTY))
        self.body.setStyleSheet("" if text else f"color: {colors().muted_text};")
        self.notes_hint.setVisible(bool(report and report.internal_notes.strip()))

    def edit(self) -> None:
        """Open the commentary in a dialog and save what was written."""
        report = self._report
        if report is None:
            return
        dialog = CommentaryDialog(
            report.commentary, self.heading.text(), report.internal_notes, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, notes = dialog.commentary(), dialog.internal_notes()
        # Only what changed is saved (None keeps a field): one edit, one undo step.
        commentary = text if text != report.commentary else None
        internal_notes = notes if notes != report.internal_notes else None
        if commentary is None and internal_notes is None:
            return
        saved = self.editor.run(
            report.project_id,
            edit(
                QT_TRANSLATE_NOOP("Edits", "Edit commentary"),
                save_status_report,
                report.project_id,
                status_date=report.status_date,
                commentary=commentary,
                internal_notes=internal_notes,
            ),
        )
        if saved is not REFUSED:
            self.sig_edited.emit()
