"""Project › Properties…: every field of a project's frame; OK saves the changed ones as one
undoable edit (each field audited). A closed project's properties are shown read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.portfolio.setup import save_project
from cpm_desktop.services.portfolio.views import ProjectSummary, client_contacts, project_summary
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.setup.project_form import Person, ProjectForm, changed_fields
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

OPEN_BOOK_TEXT = QT_TRANSLATE_NOOP(
    "ProjectPropertiesDialog", "Open-book: the client may see cost figures"
)
TITLE = QT_TRANSLATE_NOOP("ProjectPropertiesDialog", "Project Properties")


class ProjectPropertiesDialog(QDialog):
    """A project's frame, its open-book contract and a way to its calendar."""

    def __init__(
        self,
        summary: ProjectSummary,
        people: tuple[Person, ...],
        save: Callable[[ProjectPropertiesDialog], bool],
        edit_calendar: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary = summary
        self._save = save
        closed = summary.is_closed
        title = (
            QCoreApplication.translate(
                "ProjectPropertiesDialog", "Project Properties — {code} (closed, read-only)"
            )
            if closed
            else QCoreApplication.translate(
                "ProjectPropertiesDialog", "Project Properties — {code}"
            )
        )
        self.setWindowTitle(title.format(code=summary.code))
        client = QLabel(summary.client)
        # A label grows with its row otherwise, its text sinking below the row's title.
        client.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.form = ProjectForm(client)
        self.form.set_people(people, summary.sponsor_id)
        self.form.load(summary)
        self.open_book = QCheckBox(
            QCoreApplication.translate("ProjectPropertiesDialog", OPEN_BOOK_TEXT)
        )
        self.open_book.setObjectName("openBook")
        self.open_book.setToolTip(
            QCoreApplication.translate(
                "ProjectPropertiesDialog",
                "Client exports then show the cost figures and budget; never the margin",
            )
        )
        self.open_book.setChecked(summary.open_book)
        self.form.contract.addRow("", self.open_book)
        self.form.contract.addRow(
            QCoreApplication.translate("ProjectPropertiesDialog", "Stage"),
            QLabel(_stage_text(summary)),
        )
        self.calendar_button = QPushButton(
            QCoreApplication.translate("ProjectPropertiesDialog", "Edit Cal&endar…")
        )
        self.calendar_button.setToolTip(
            QCoreApplication.translate(
                "ProjectPropertiesDialog", "Working days, holidays and exceptions of this project"
            )
        )
        self.calendar_button.setEnabled(edit_calendar is not None)
        if edit_calendar is not None:
            self.calendar_button.clicked.connect(edit_calendar)
        self.form.contract.addRow(
            QCoreApplication.translate("ProjectPropertiesDialog", "Calendar"), self.calendar_button
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if closed:
            self.form.set_read_only()
            self.open_book.setEnabled(False)
            note = QLabel(
                QCoreApplication.translate(
                    "ProjectPropertiesDialog",
                    "{code} was closed on {date}: reopen it (Project menu) to change its "
                    "properties.",
                ).format(code=summary.code, date=date_text(summary.closed_on))
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            buttons = ok_cancel_buttons(self, self._on_ok)
        layout.addWidget(buttons)

    def open_book_change(self) -> bool | None:
        """The new open-book setting, or None when it was left as it was."""
        chosen = self.open_book.isChecked()
        return None if chosen == self.summary.open_book else chosen

    def _on_ok(self) -> None:
        if self._save(self):
            self.accept()


def _stage_text(summary: ProjectSummary) -> str:
    return QCoreApplication.translate(
        "ProjectPropertiesDialog", "{stage} (moved by a stage gate)"
    ).format(stage=_(summary.stage.label))


def edit_project_properties(
    parent: QWidget,
    editor: Editor,
    project_id: int,
    edit_calendar: Callable[[], None] | None = None,
) -> bool:
    """Show the project's properties; True if a change was saved (one undoable edit)."""
    summary = editor.workspace.run(project_summary, project_id)
    people = tuple(
        Person(c.id, c.name, c.role) for c in editor.workspace.run(client_contacts, project_id)
    )
    saved: list[bool] = []

    def save(dialog: ProjectPropertiesDialog) -> bool:
        try:
            fields = dialog.form.fields()
        except ValueError as exc:
            QMessageBox.warning(
                dialog, QCoreApplication.translate("ProjectPropertiesDialog", TITLE), str(exc)
            )
            return False
        changes = changed_fields(summary, fields)
        open_book = dialog.open_book_change()
        if not changes and open_book is None:
            return True
        name = named(QT_TRANSLATE_NOOP("Edits", "Properties of {code}"), code=summary.code)
        result = editor.run(project_id, edit(name, save_project, project_id, changes, open_book))
        if result is REFUSED:
            return False
        saved.append(True)
        return True

    dialog = ProjectPropertiesDialog(summary, people, save, edit_calendar, parent)
    run_modal(dialog)
    return bool(saved)
