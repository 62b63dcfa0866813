"""New Client…, New Project… and the Properties of projects and clients, through the dialogs.

Each dialog's `exec` is replaced by a function that fills the form as a user would and presses
OK; a refusal keeps the dialog open (not accepted) and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Cadence, ContractType
from cpm_desktop.models import AuditEntry
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.clients import client_details, contacts_of, find_client
from cpm_desktop.services.portfolio.lifecycle import close_project
from cpm_desktop.services.portfolio.views import (
    find_project_id,
    portfolio,
    project_summary,
    task_rows,
)
from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.setup import commands as setup_commands
from cpm_desktop.ui.setup import project_dialog
from cpm_desktop.ui.setup.client_dialog import ClientDialog
from cpm_desktop.ui.setup.contact_dialog import ContactDialog
from cpm_desktop.ui.setup.project_dialog import NewProjectDialog
from cpm_desktop.ui.setup.properties import ProjectPropertiesDialog
from cpm_desktop.ui.undo import WORKSPACE_WIDE
from cpm_desktop.workspace import list_backups
from tests.cli.test_import_cli import GOOD
from tests.services.returned_workbook import open_copy
from tests.ui.app_look import app_look
from tests.ui.clipping import clipped
from tests.ui.dialogs import answering

ACCEPTED = QDialog.DialogCode.Accepted
OTHER_DEMO_CODE = "ALP-CC"  # the demo's second project
STARTS_WITH = Qt.MatchFlag.MatchStartsWith  # the template's items read 'CODE  Name'


@pytest.fixture
def empty_window(qtbot, empty_template: Path, tmp_path: Path, settings: AppSettings) -> MainWindow:
    """The main window on a new, empty workspace (as File › New Workspace leaves it)."""
    win = MainWindow(open_copy(empty_template, tmp_path), settings)
    qtbot.addWidget(win)
    win.start()
    return win


def new_client(dialog: ClientDialog) -> None:
    """Acme Logistics in CHF, with one contact, its sponsor."""
    dialog.name.setText("Acme Logistics")
    dialog.industry.setText("Logistics")
    dialog.currency.setText("chf")
    dialog.address.setPlainText("Hafenstrasse 1\n8000 Zürich")
    dialog.add_contact()


def sponsor(dialog: ContactDialog) -> None:
    dialog.name.setText("Vera Keller")
    dialog.role.setText("Sponsor")
    dialog.email.setText("vera@acme.example")


def new_project(dialog: NewProjectDialog) -> None:
    """ACME-WMS for Acme, its sponsor chosen, a contract of 150,000 for 120,000 of budget."""
    form = dialog.form
    dialog.client.setCurrentIndex(dialog.client.findText("Acme Logistics"))
    form.code.setText("acme-wms")
    form.name.setText("Warehouse system")
    form.objective.setPlainText("Ship from the new warehouse by June.")
    form.sponsor.setCurrentIndex(form.sponsor.findText("Vera Keller — Sponsor"))
    form.start_date.setDate(qdate(dt.date(2027, 1, 4)))
    form.budget.setText("120000")
    form.contract_value.setText("150000")
    form.contract_type.setCurrentIndex(form.contract_type.findData(ContractType.CAPPED))
    form.cadence.setCurrentIndex(form.cadence.findData(Cadence.FORTNIGHTLY))


def audit_fields(window: MainWindow, project_id: int) -> set[str]:
    """The fields the audit trail records as changed on a project."""

    def read(session) -> set[str]:
        query = select(AuditEntry.field).where(
            AuditEntry.entity == "project", AuditEntry.entity_id == project_id
        )
        return set(session.scalars(query))

    return window.workspace.run(read)


# -- an empty workspace to a first project --------------------------------------------------


def test_new_client_then_new_project_are_shown_and_selected(
    window: MainWindow, monkeypatch, messages: list[str], tmp_path: Path
) -> None:
    """After File › New Workspace (empty): New Client… then New Project… make a project the
    navigator lists and selects, priced in its client's currency, with its sponsor."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "e"), ""))
    answer(monkeypatch, QMessageBox.StandardButton.No)  # not the demo: an empty workspace
    window.commands.new.trigger()
    assert window.workspace.run(portfolio) == []
    answering(monkeypatch, ContactDialog, sponsor)
    answering(monkeypatch, ClientDialog, new_client)
    answering(monkeypatch, NewProjectDialog, new_project)
    window.setup.new_client.trigger()
    client = window.workspace.run(find_client, "Acme Logistics")
    assert client is not None
    assert client.currency == "CHF"
    assert [c.name for c in window.workspace.run(contacts_of, client.id)] == ["Vera Keller"]
    window.setup.new_project.trigger()
    assert messages == []
    assert window.header.project_code() == "ACME-WMS"
    summary = window.workspace.run(project_summary, window.project_id)
    assert (summary.client, summary.currency, summary.sponsor) == (
        "Acme Logistics",
        "CHF",
        "Vera Keller",
    )
    assert (summary.budget, summary.contract_value) == (Decimal(120000), Decimal(150000))
    assert summary.contract_type is ContractType.CAPPED
    assert summary.cadence is Cadence.FORTNIGHTLY
    assert summary.start_date == dt.date(2027, 1, 4)
    assert summary.objective == "Ship from the new warehouse by June."
    assert window.navigator.currentIndex().data() == "ACME-WMS  Warehouse system"
    assert window.setup.project_properties.isEnabled()


def test_the_empty_workspace_invites_a_new_project(empty_window: MainWindow) -> None:
    """Where no project is shown, a New Project… button starts one."""
    window = empty_window
    assert window.central.currentIndex() == 0
    button = window.central.currentWidget().findChild(QPushButton, "emptyNewProject")
    assert button is not None
    assert button.text() == "New Project…"
    assert not window.setup.project_properties.isEnabled()
    assert not window.setup.client_properties.isEnabled()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("code", OTHER_DEMO_CODE, "already used"),
        ("name", "  ", "project name cannot be empty"),
        ("currency", "EU", "three-letter ISO code"),
        ("budget", "lots", "not an amount"),
    ],
)
def test_invalid_input_is_a_message_and_changes_nothing(
    window: MainWindow, monkeypatch, messages: list[str], field: str, value: str, message: str
) -> None:
    """A code taken, a blank name, currency 'EU' or a budget that is no amount: one clear
    message, the dialog stays open, no project is made."""
    before = window.workspace.run(portfolio)

    def fill(dialog: NewProjectDialog) -> None:
        dialog.form.code.setText("NEW-1")
        dialog.form.name.setText("New one")
        getattr(dialog.form, field).setText(value)

    seen = answering(monkeypatch, NewProjectDialog, fill)
    window.setup.new_project.trigger()
    assert seen[0].result() != ACCEPTED
    assert len(messages) == 1
    assert message in messages[0]
    assert window.workspace.run(portfolio) == before


# -- starting from a template or a file ----------------------------------------------------


def test_a_project_from_a_template_copies_its_outline(window: MainWindow, monkeypatch) -> None:
    """From the demo project as a template: the same outline, under the new code."""

    def fill(dialog: NewProjectDialog) -> None:
        dialog.from_template.setChecked(True)
        dialog.template.setCurrentIndex(dialog.template.findText(DEMO_PROJECT_CODE, STARTS_WITH))
        dialog.form.code.setText("WMS-2")
        dialog.form.name.setText("Second warehouse")

    answering(monkeypatch, NewProjectDialog, fill)
    window.setup.new_project.trigger()
    assert window.header.project_code() == "WMS-2"
    template_id = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    template = [(r.wbs, r.name) for r in window.workspace.run(task_rows, template_id)]
    copied = [(r.wbs, r.name) for r in window.workspace.run(task_rows, window.project_id)]
    assert copied == template
    assert len(copied) > 10


def test_a_project_from_a_file_is_imported_under_the_dialogs_code_and_client(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """From an MS Project file: its tasks, under the code, name and client the dialog says."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(GOOD)
    reports: list[object] = []
    monkeypatch.setattr(project_dialog.ImportReportDialog, "exec", lambda d: reports.append(d))

    def fill(dialog: NewProjectDialog) -> None:
        dialog.from_file.setChecked(True)
        dialog.path.setText(str(source))
        dialog.client.setCurrentIndex(dialog.client.findText("Alpenmarkt AG"))
        dialog.form.code.setText("ALP-PILOT")
        dialog.form.name.setText("Pilot from a file")
        dialog.form.contract_value.setText("90000")

    answering(monkeypatch, NewProjectDialog, fill)
    window.setup.new_project.trigger()
    assert len(reports) == 1
    assert window.header.project_code() == "ALP-PILOT"
    summary = window.workspace.run(project_summary, window.project_id)
    assert (summary.name, summary.client) == ("Pilot from a file", "Alpenmarkt AG")
    assert summary.contract_value == Decimal(90000)
    assert summary.task_count == 2
    assert window.workspace.run(find_project_id, "PILOT") is None  # the file's own name unused


def test_a_file_refused_after_reading_writes_nothing(
    window: MainWindow, monkeypatch, tmp_path: Path, messages: list[str]
) -> None:
    """A file imported under a code already used: the message, and no project made."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(GOOD)
    before = window.workspace.run(portfolio)

    def fill(dialog: NewProjectDialog) -> None:
        dialog.from_file.setChecked(True)
        dialog.path.setText(str(source))
        dialog.form.code.setText(OTHER_DEMO_CODE)
        dialog.form.name.setText("Pilot")

    seen = answering(monkeypatch, NewProjectDialog, fill)
    window.setup.new_project.trigger()
    assert seen[0].result() != ACCEPTED
    assert "already used" in messages[0]
    assert window.workspace.run(portfolio) == before


# -- Project › Properties ----------------------------------------------------------------


def change_everything(dialog: ProjectPropertiesDialog) -> None:
    """Every field of the form given another value."""
    form = dialog.form
    form.code.setText("NHL-WMS2")
    form.name.setText("WMS rollout, phase 1")
    form.objective.setPlainText("Live in Hamburg by May.")
    form.manager.setText("Sam Park")
    form.sponsor.setCurrentIndex(0)  # no sponsor
    form.start_date.setDate(qdate(dt.date(2026, 9, 14)))
    form.currency.setText("CHF")
    form.budget.setText("500000")
    form.contract_value.setText("610000.50")
    form.contract_type.setCurrentIndex(form.contract_type.findData(ContractType.CAPPED))
    form.cadence.setCurrentIndex(form.cadence.findData(Cadence.MONTHLY))
    dialog.open_book.setChecked(True)


def test_properties_change_every_field_audited_and_undo_restores_them(
    window: MainWindow, monkeypatch, messages: list[str]
) -> None:
    """One OK is one undoable edit: every field changed and audited; the new code shows in
    the header and the navigator; Edit › Undo puts every field back."""
    project_id = window.project_id
    assert project_id is not None
    before = window.workspace.run(project_summary, project_id)
    answering(monkeypatch, ProjectPropertiesDialog, change_everything)
    window.setup.project_properties.trigger()
    assert messages == []
    after = window.workspace.run(project_summary, project_id)
    assert (after.code, after.name, after.manager, after.sponsor_id) == (
        "NHL-WMS2",
        "WMS rollout, phase 1",
        "Sam Park",
        None,
    )
    assert (after.currency, after.budget, after.contract_value) == (
        "CHF",
        Decimal(500000),
        Decimal("610000.50"),
    )
    assert (after.contract_type, after.cadence, after.open_book) == (
        ContractType.CAPPED,
        Cadence.MONTHLY,
        True,
    )
    assert after.start_date == dt.date(2026, 9, 14)
    assert after.objective == "Live in Hamburg by May."
    assert {
        "code",
        "name",
        "objective",
        "manager",
        "sponsor_id",
        "start_date",
        "currency",
        "budget",
        "contract_value",
        "contract_type",
        "cadence",
        "open_book",
    } <= audit_fields(window, project_id)
    assert window.header.project_code() == "NHL-WMS2"
    assert window.navigator.currentIndex().data().startswith("NHL-WMS2  WMS rollout")
    assert window.project_id == project_id
    assert window.undo_action.text().endswith("Properties of NHL-WMS")

    window.undo_action.trigger()
    assert window.workspace.run(project_summary, project_id) == before
    assert window.header.project_code() == DEMO_PROJECT_CODE
    assert window.navigator.currentIndex().data().startswith(f"{DEMO_PROJECT_CODE}  ")


def test_properties_refuse_a_code_already_used(
    window: MainWindow, monkeypatch, messages: list[str]
) -> None:
    """Renaming to another project's code: the message, the dialog open, nothing changed."""
    before = window.workspace.run(project_summary, window.project_id)
    seen = answering(
        monkeypatch,
        ProjectPropertiesDialog,
        lambda d: d.form.code.setText(OTHER_DEMO_CODE.lower()),
    )
    window.setup.project_properties.trigger()
    assert seen[0].result() != ACCEPTED
    assert "already used" in messages[0]
    assert window.workspace.run(project_summary, window.project_id) == before


def test_a_closed_projects_properties_are_read_only(window: MainWindow, monkeypatch) -> None:
    """A closed project shows its properties without an OK button or editable fields."""
    window.workspace.run(close_project, window.project_id)
    shown: list[ProjectPropertiesDialog] = []
    monkeypatch.setattr(ProjectPropertiesDialog, "exec", lambda d: shown.append(d) or 0)
    window.setup.project_properties.trigger()
    dialog = shown[0]
    assert dialog.form.code.isReadOnly()
    assert not dialog.form.contract_type.isEnabled()
    assert not dialog.open_book.isEnabled()
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Ok) is None


# -- Client › Properties --------------------------------------------------------------------


def test_client_properties_rename_and_add_a_contact_undoably(
    window: MainWindow, monkeypatch
) -> None:
    """The client's name, currency, export language and a new contact in one edit; Undo
    takes all back."""
    project_id = window.project_id
    client_id = window.workspace.run(project_summary, project_id).client_id
    before = window.workspace.run(client_details, client_id)
    people = len(window.workspace.run(contacts_of, client_id))

    def fill(dialog: ClientDialog) -> None:
        dialog.name.setText("Nordhaven Group")
        dialog.currency.setText("USD")
        dialog.export_locale.setCurrentIndex(dialog.export_locale.findData("fr_CH"))
        dialog.add_contact()

    answering(monkeypatch, ContactDialog, sponsor)
    answering(monkeypatch, ClientDialog, fill)
    window.setup.client_properties.trigger()
    client = window.workspace.run(client_details, client_id)
    assert (client.name, client.currency, client.locale) == ("Nordhaven Group", "USD", "fr_CH")
    assert len(window.workspace.run(contacts_of, client_id)) == people + 1
    assert window.navigator.currentIndex().parent().data() == "Nordhaven Group"
    window.undo_action.trigger()
    assert window.workspace.run(client_details, client_id) == before
    assert len(window.workspace.run(contacts_of, client_id)) == people


def test_client_properties_refuse_a_bad_currency(
    window: MainWindow, monkeypatch, messages: list[str]
) -> None:
    """Currency 'EU': the message, nothing changed."""
    client_id = window.workspace.run(project_summary, window.project_id).client_id
    before = window.workspace.run(client_details, client_id)
    seen = answering(monkeypatch, ClientDialog, lambda d: d.currency.setText("EU"))
    window.setup.client_properties.trigger()
    assert seen[0].result() != ACCEPTED
    assert "three-letter ISO code" in messages[0]
    assert window.workspace.run(client_details, client_id) == before


# -- deleting ------------------------------------------------------------------------------


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_delete_project_backs_up_audits_and_leaves_the_navigator(
    window: MainWindow, monkeypatch
) -> None:
    """Confirmed, a project is gone from the navigator, a backup holds it, the audit says so."""
    project_id = window.project_id
    backups = len(list_backups(window.workspace.path))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.setup.delete_project.trigger()
    assert window.workspace.run(find_project_id, DEMO_PROJECT_CODE) is None
    assert not window.navigator_model.project_index(DEMO_PROJECT_CODE).isValid()
    assert window.project_id is None
    assert len(list_backups(window.workspace.path)) == backups + 1

    def deletions(session) -> list[str]:
        query = select(AuditEntry.action).where(
            AuditEntry.entity == "project", AuditEntry.entity_id == project_id
        )
        return [a for a in session.scalars(query) if a == "delete"]

    assert window.workspace.run(deletions) == ["delete"]
    window.editor.stack(WORKSPACE_WIDE).undo()
    assert window.navigator_model.project_index(DEMO_PROJECT_CODE).isValid()


def test_cancelled_deletion_keeps_the_project(window: MainWindow, monkeypatch) -> None:
    """Cancel at the question: nothing deleted."""
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.setup.delete_project.trigger()
    assert window.workspace.run(find_project_id, DEMO_PROJECT_CODE) is not None
    assert window.header.project_code() == DEMO_PROJECT_CODE


def test_a_client_with_projects_is_not_deleted(
    window: MainWindow, monkeypatch, messages: list[str]
) -> None:
    """Delete Client is refused while the client has projects, and says which."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    clients = len(window.workspace.run(portfolio))
    window.setup.delete_client.trigger()
    assert DEMO_PROJECT_CODE in messages[0]
    assert len(window.workspace.run(portfolio)) == clients


def test_timeline_is_intact_after_a_rename(window: MainWindow, monkeypatch) -> None:
    """A new code is a frame change: the plan the Timeline shows stays the same."""
    project_id = window.project_id
    before = window.workspace.run(timeline, project_id).finish_date
    answering(monkeypatch, ProjectPropertiesDialog, lambda d: d.form.code.setText("WMS"))
    window.setup.project_properties.trigger()
    assert window.workspace.run(timeline, project_id).finish_date == before
    assert window.timeline.view.model.rowCount() > 0


# -- readable at 1280 × 800 ------------------------------------------------------------------


def shown_whole(qtbot, dialog: QDialog) -> list[str]:
    """What is clipped in `dialog` shown at its own size, which must fit 1280 × 800."""
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    assert size.width() <= 1280
    assert size.height() <= 760  # a title bar and a panel fit above and below
    return [str(clip) for clip in clipped(dialog)]


def test_the_dialogs_are_not_clipped(window: MainWindow, qtbot, qapp, monkeypatch) -> None:
    """New Project, Project Properties and Client Properties fit 1280 × 800, nothing cut."""
    found: dict[str, list[str]] = {}

    def check(dialog: QDialog) -> int:
        found[dialog.windowTitle()] = shown_whole(qtbot, dialog)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    for kind in (NewProjectDialog, ProjectPropertiesDialog, ClientDialog):
        monkeypatch.setattr(kind, "exec", check)
    with app_look(qapp):  # in the look a user sees: the style sheet pads every cell
        window.setup.new_project.trigger()
        window.setup.project_properties.trigger()
        window.setup.client_properties.trigger()
    assert len(found) == 3
    assert all(clips == [] for clips in found.values()), found


def test_project_calendar_opens_the_calendar_editor(window: MainWindow, monkeypatch) -> None:
    """Project › Calendar… hands the project to the calendar editor, loaded when asked for."""
    opened: list[tuple[object, ...]] = []

    class Editor:
        @staticmethod
        def edit_calendar(*args: object) -> None:
            opened.append(args)

    monkeypatch.setattr(setup_commands.importlib, "import_module", lambda _name: Editor)
    window.setup.calendar.trigger()
    assert opened == [(window, window.editor, window.project_id)]


def test_a_new_project_is_undone_from_the_portfolio(window: MainWindow, monkeypatch) -> None:
    """The creation is a workspace-wide edit: on the portfolio, Edit › Undo removes the
    project and the navigator follows; Redo brings it back."""

    def fill(dialog: NewProjectDialog) -> None:
        dialog.form.code.setText("NEW-1")
        dialog.form.name.setText("New one")

    answering(monkeypatch, NewProjectDialog, fill)
    window.setup.new_project.trigger()
    assert window.header.project_code() == "NEW-1"
    assert window.select_portfolio(None)
    assert window.undo_action.text().endswith("New project NEW-1")
    window.undo_action.trigger()
    assert window.workspace.run(find_project_id, "NEW-1") is None
    assert not window.navigator_model.project_index("NEW-1").isValid()
    window.redo_action.trigger()
    assert window.navigator_model.project_index("NEW-1").isValid()
