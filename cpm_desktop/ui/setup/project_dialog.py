"""New Project…: a project for a client (existing or new), started blank, from another project
used as a template, or from an MS Project / GanttProject / Planner file.

Blank and template projects are made as one undoable edit; a file is imported in the
background (as File › Import does) and given the dialog's code, name, client and contract in
the same transaction. A refusal (a code already used, a blank name, a currency that is not an
ISO code) is shown and the dialog stays open, nothing written.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import CpmError
from cpm_desktop.identity import current_user
from cpm_desktop.interchange.formats import IMPORT_FILTER, read_plan_file
from cpm_desktop.services.interchange.importing import ImportResult
from cpm_desktop.services.plan.calendars import CalendarRecord, calendars
from cpm_desktop.services.portfolio.clients import client_details, contacts_of
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.portfolio.setup import import_as_project
from cpm_desktop.services.portfolio.templates import create_from_template
from cpm_desktop.services.portfolio.views import ClientItem, portfolio
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.interchange.report_dialog import ImportReportDialog
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.setup.client_dialog import ask_new_client
from cpm_desktop.ui.setup.project_form import Person, ProjectForm
from cpm_desktop.ui.undo import REFUSED, WORKSPACE_WIDE, Editor, edit, named

OWN_CALENDAR = QT_TRANSLATE_NOOP("NewProjectDialog", "Its own copy of the standard calendar")
TITLE = QT_TRANSLATE_NOOP("NewProjectDialog", "New Project")


class Source(enum.Enum):
    """What a new project starts from."""

    BLANK = "blank"
    TEMPLATE = "template"
    FILE = "file"


class NewProjectDialog(QDialog):
    """The source, the client and the frame of a new project."""

    def __init__(
        self,
        editor: Editor,
        save: Callable[[NewProjectDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._save = save
        self.setWindowTitle(QCoreApplication.translate("NewProjectDialog", TITLE))

        self.blank = QRadioButton(QCoreApplication.translate("NewProjectDialog", "Blan&k"))
        self.blank.setChecked(True)
        self.from_template = QRadioButton(
            QCoreApplication.translate("NewProjectDialog", "From a project used as a tem&plate")
        )
        self.from_template.setToolTip(
            QCoreApplication.translate(
                "NewProjectDialog",
                "Copies its outline, durations, links, risk categories and billing split; "
                "no dates, progress or history",
            )
        )
        self.from_file = QRadioButton(
            QCoreApplication.translate("NewProjectDialog", "From a plan &file")
        )
        self.from_file.setToolTip(
            QCoreApplication.translate(
                "NewProjectDialog", "MS Project XML, GanttProject (.gan) or Planner (.planner)"
            )
        )
        self.sources = QButtonGroup(self)
        for button in (self.blank, self.from_template, self.from_file):
            self.sources.addButton(button)
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.path = QLineEdit()
        self.path.setObjectName("planFile")
        self.path.setPlaceholderText(
            QCoreApplication.translate("NewProjectDialog", "The file's dates and calendar are kept")
        )
        self.browse = QPushButton(QCoreApplication.translate("NewProjectDialog", "Bro&wse…"))
        self.browse.clicked.connect(self._browse)
        source = QGridLayout()
        source.addWidget(self.blank, 0, 0)
        source.addWidget(self.from_template, 1, 0)
        source.addWidget(self.template, 1, 1, 1, 2)
        source.addWidget(self.from_file, 2, 0)
        source.addWidget(self.path, 2, 1)
        source.addWidget(self.browse, 2, 2)
        source.setColumnStretch(1, 1)
        source_box = QGroupBox(QCoreApplication.translate("NewProjectDialog", "Start from"))
        source_box.setLayout(source)

        self.client = QComboBox()
        self.client.setObjectName("client")
        self.client.setMinimumContentsLength(24)
        self.new_client = QPushButton(
            QCoreApplication.translate("NewProjectDialog", "New Cli&ent…")
        )
        self.new_client.clicked.connect(self._add_client)
        client_row = QWidget()
        client_layout = QHBoxLayout(client_row)
        client_layout.setContentsMargins(0, 0, 0, 0)
        client_layout.addWidget(self.client, 1)
        client_layout.addWidget(self.new_client)
        self.form = ProjectForm(client_row)
        self.form.manager.setText(current_user())
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self.calendar.setToolTip(
            QCoreApplication.translate(
                "NewProjectDialog",
                "A copy of the standard calendar the project may change alone, "
                "or a calendar it shares with other projects",
            )
        )
        self.form.contract.addRow(
            QCoreApplication.translate("NewProjectDialog", "C&alendar"), self.calendar
        )

        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(self.form)
        layout.addWidget(ok_cancel_buttons(self, self._on_ok))

        self._currency_typed = False
        self.form.currency.textEdited.connect(self._on_currency_typed)
        self.client.currentIndexChanged.connect(self._on_client)
        self.sources.buttonToggled.connect(lambda *_: self._on_source())
        self._load_choices()
        self._on_source()

    # -- what the dialog holds -------------------------------------------------------------

    def source(self) -> Source:
        """Blank, from a template or from a file."""
        if self.from_template.isChecked():
            return Source.TEMPLATE
        return Source.FILE if self.from_file.isChecked() else Source.BLANK

    def client_id(self) -> int | None:
        """The client chosen, if any."""
        data = self.client.currentData()
        return data if isinstance(data, int) else None

    def new_project(self) -> NewProject:
        """The project to create; ValueError if an amount is not one or no client is chosen."""
        client_id = self.client_id()
        if client_id is None:
            raise ValueError(
                QCoreApplication.translate(
                    "NewProjectDialog", "Choose the project's client, or add one with New Client…."
                )
            )
        fields = self.form.fields()
        return NewProject(
            client_id=client_id,
            code=fields.code,
            name=fields.name,
            start_date=fields.start_date,
            manager=fields.manager,
            sponsor_id=fields.sponsor_id,
            currency=fields.currency,
            budget=fields.budget,
            contract_value=fields.contract_value,
            objective=fields.objective,
            contract_type=fields.contract_type,
            cadence=fields.cadence,
            calendar_id=self.calendar.currentData(),
        )

    # -- reacting --------------------------------------------------------------------------

    def _load_choices(self, client_id: int | None = None) -> None:
        clients = self._editor.workspace.run(portfolio)
        self._fill_clients(clients, client_id)
        self.template.clear()
        for client in clients:
            for project in client.projects:
                self.template.addItem(f"{project.code}  {project.name}", project.id)
        self.calendar.clear()
        self.calendar.addItem(QCoreApplication.translate("NewProjectDialog", OWN_CALENDAR), None)
        for calendar in self._editor.workspace.run(calendars):
            self.calendar.addItem(_calendar_text(calendar), calendar.id)

    def _fill_clients(self, clients: list[ClientItem], chosen: int | None) -> None:
        self.client.blockSignals(True)  # one _on_client once the list is whole
        self.client.clear()
        for client in clients:
            self.client.addItem(client.name, client.id)
        self.client.blockSignals(False)
        found = self.client.findData(chosen)
        self.client.setCurrentIndex(found if found >= 0 else 0 if clients else -1)
        self._on_client()

    def _on_client(self) -> None:
        client_id = self.client_id()
        if client_id is None:
            self.form.set_people((), None)
            return
        workspace = self._editor.workspace
        people = workspace.run(contacts_of, client_id)
        self.form.set_people(tuple(Person(p.id, p.name, p.role) for p in people), None)
        if not self._currency_typed:
            self.form.currency.setText(workspace.run(client_details, client_id).currency)

    def _on_currency_typed(self) -> None:
        self._currency_typed = True

    def _on_source(self) -> None:
        source = self.source()
        self.template.setEnabled(source is Source.TEMPLATE and self.template.count() > 0)
        self.from_template.setEnabled(self.template.count() > 0)
        for widget in (self.path, self.browse):
            widget.setEnabled(source is Source.FILE)
        # A file brings its own start date and calendar.
        self.form.start_date.setEnabled(source is not Source.FILE)
        self.calendar.setEnabled(source is not Source.FILE)

    def _add_client(self) -> None:
        created = ask_new_client(self, self._editor, WORKSPACE_WIDE)
        if created is not None:
            self._fill_clients(self._editor.workspace.run(portfolio), created.id)

    def _browse(self) -> None:
        folder = str(self._editor.workspace.folder)
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("NewProjectDialog", "Start from a plan file"),
            folder,
            IMPORT_FILTER,
        )
        if name:
            self.path.setText(name)
            if not self.form.name.text().strip():
                self.form.name.setText(Path(name).stem)

    def _on_ok(self) -> None:
        if self._save(self):
            self.accept()


def _calendar_text(calendar: CalendarRecord) -> str:
    if calendar.is_default:
        return QCoreApplication.translate(
            "NewProjectDialog", "Share the workspace's {calendar} calendar"
        ).format(calendar=calendar.name)
    users = ", ".join(calendar.used_by) or QCoreApplication.translate(
        "NewProjectDialog", "no project yet"
    )
    return QCoreApplication.translate(
        "NewProjectDialog", "Share {calendar} (used by {users})"
    ).format(calendar=calendar.name, users=users)


def ask_new_project(parent: QWidget, editor: Editor) -> str | None:
    """File › New Project…: the code of the project created, or None (cancelled).

    A project started from a file was imported outside the undo history (as File › Import is):
    the caller reads the workspace again.
    """
    created: list[str] = []

    def save(dialog: NewProjectDialog) -> bool:
        try:
            new = dialog.new_project()
        except ValueError as exc:
            QMessageBox.warning(
                dialog, QCoreApplication.translate("NewProjectDialog", TITLE), str(exc)
            )
            return False
        source = dialog.source()
        if source is Source.FILE:
            code = _import(dialog, editor, new)
        else:
            text = named(
                QT_TRANSLATE_NOOP("Edits", "New project {code}"), code=new.code.strip().upper()
            )
            if source is Source.TEMPLATE:
                made = editor.run(
                    WORKSPACE_WIDE,
                    edit(text, create_from_template, new, int(dialog.template.currentData())),
                )
            else:
                made = editor.run(WORKSPACE_WIDE, edit(text, create_project, new))
            code = None if made is REFUSED else made.code
        if code is None:
            return False
        created.append(code)
        return True

    dialog = NewProjectDialog(editor, save, parent)
    run_modal(dialog)
    return created[0] if created else None


def _import(dialog: NewProjectDialog, editor: Editor, new: NewProject) -> str | None:
    """Import the dialog's file under its code and client; the code, or None if refused."""
    text = dialog.path.text().strip()
    if not text:
        QMessageBox.warning(
            dialog,
            QCoreApplication.translate("NewProjectDialog", TITLE),
            QCoreApplication.translate(
                "NewProjectDialog", "Choose the plan file to start from (Browse…)."
            ),
        )
        return None
    path, client = Path(text), dialog.client.currentText()

    def job(report: Report) -> ImportResult:
        report(
            QCoreApplication.translate("NewProjectDialog", "Reading {file}…").format(file=path.name)
        )
        plan = read_plan_file(path)
        creating = QCoreApplication.translate(
            "NewProjectDialog", "Creating {count} tasks and scheduling them…"
        )
        report(creating.format(count=f"{len(plan.tasks):,}"))
        return editor.workspace.run(import_as_project, plan, client, new)

    try:
        result = run_with_progress(
            dialog, QCoreApplication.translate("NewProjectDialog", "Importing a plan"), job
        )
    except CpmError as exc:
        show_error(dialog, QCoreApplication.translate("NewProjectDialog", TITLE), exc)
        return None
    report = ImportReportDialog(result, dialog)
    report.exec()
    report.deleteLater()
    return result.code
