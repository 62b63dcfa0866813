"""File > Export > Excel Workbook… and File > Import Client Edits… from the main window.

The client is played with openpyxl (tests/services/returned_workbook.py): the workbook is
exported, edited as someone in Excel would, and imported back through the preview dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.domain import View
from cpm_desktop.services.actions.views import action_log
from cpm_desktop.services.changes.views import ChangeRow, change_log
from cpm_desktop.services.client_workbook.edits import AppliedEdits
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.portfolio.views import find_project_id, project_summary
from cpm_desktop.services.risks.register import edit_risk
from cpm_desktop.services.risks.views import RiskRow, risk_register
from cpm_desktop.ui.client_workbook import export
from cpm_desktop.ui.client_workbook.edit_items import applied_message
from cpm_desktop.ui.client_workbook.edit_model import REF, STATUS
from cpm_desktop.ui.client_workbook.preview_dialog import ClientEditsDialog
from cpm_desktop.ui.dialogs.audience import AudienceDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from tests.services.returned_workbook import Returned, export_demo

ACCEPTED = QDialog.DialogCode.Accepted.value
REJECTED = QDialog.DialogCode.Rejected.value
NEW_RISK = "Customs delay on the scanner shipment"


@pytest.fixture(autouse=True)
def for_the_client(monkeypatch) -> None:
    """Who an export is for is answered 'For the client' (tests/ui/test_audience_ui.py asks)."""
    monkeypatch.setattr(AudienceDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """Files the app asked the desktop to open (never opened for real)."""
    found: list[Path] = []
    monkeypatch.setattr(export, "open_workbook", found.append)
    return found


def risks(window: MainWindow) -> dict[str, RiskRow]:
    """The demo project's register as the workspace has it now, by reference."""
    project_id = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    return {r.reference: r for r in window.workspace.run(risk_register, project_id).rows}


def changes(window: MainWindow) -> dict[str, ChangeRow]:
    """The demo project's change log as the workspace has it now, by reference."""
    project_id = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    return {r.reference: r for r in window.workspace.run(change_log, project_id).rows}


def returned_by_client(window: MainWindow, tmp_path: Path) -> Path:
    """Export, then edit as the client would; then change R-002 in the workspace (a conflict)."""
    book = Returned(export_demo(window.workspace, tmp_path / "NHL-WMS returned.xlsx"))
    book.set("Risks", "R-001", Probability="4 - High")
    book.set("Risks", "R-002", Impact="5 - Very high")
    book.set("Risks", "R-003", Probability="banana")
    book.set("Changes", "CR-001", Title="Cross-docking flow, revised scope")
    book.add("Risks", Title=NEW_RISK, Probability="2 - Low", Impact="3 - Medium")
    path = book.save()
    r002 = risks(window)["R-002"]
    window.workspace.run(edit_risk, r002.id, owner="Laura Becker")
    return path


def answer_with(monkeypatch, decide: Callable[[ClientEditsDialog], int]) -> list[ClientEditsDialog]:
    """Let `decide` play the PM in the preview dialog; return the dialogs shown."""
    shown: list[ClientEditsDialog] = []

    def exec_(dialog: ClientEditsDialog) -> int:
        shown.append(dialog)
        return decide(dialog)

    monkeypatch.setattr(ClientEditsDialog, "exec", exec_)
    return shown


def row_of(dialog: ClientEditsDialog, ident: str) -> int:
    """The table row of the item `ident`."""
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.item(r).id == ident)


def tick(dialog: ClientEditsDialog, ident: str, on: bool) -> None:
    """Click the item's check box (through the model, as the view's delegate does)."""
    index = dialog.model.index(row_of(dialog, ident), REF)
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    assert dialog.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)


# -- export ---------------------------------------------------------------------------------


def test_export_writes_the_workbook_and_opens_it_only_when_asked(
    window: MainWindow, monkeypatch, tmp_path: Path, opened: list[Path], settings: AppSettings
) -> None:
    """The menu writes a workbook openpyxl reads; 'Open Workbook After Export' decides opening."""
    suggested: list[str] = []
    targets = iter([tmp_path / "first", tmp_path / "second.xlsx"])

    def choose(_parent, _title, directory, _filter):
        suggested.append(directory)
        return str(next(targets)), export.XLSX_FILTER

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    action = window.commands.export_workbook
    assert action.isEnabled()
    assert not window.commands.open_workbook_when_done.isChecked()
    action.trigger()
    first = tmp_path / "first.xlsx"
    sheets = openpyxl.load_workbook(first, read_only=True).sheetnames
    assert {"Summary", "Schedule", "Milestones", "Risks", "Changes"} <= set(sheets)
    assert opened == []
    summary = window.workspace.run(project_summary, window._project_id)
    assert summary.status_date is not None
    assert Path(suggested[0]).name == export.suggested_name(DEMO_PROJECT_CODE, summary.status_date)
    assert Path(suggested[0]).parent == export.documents_folder()
    assert str(first) in window.statusBar().currentMessage()

    window.commands.open_workbook_when_done.setChecked(True)
    action.trigger()
    assert opened == [tmp_path / "second.xlsx"]
    assert Path(suggested[1]).parent == tmp_path  # the last folder, not Documents again
    assert settings.open_workbook_when_done()
    assert settings.client_workbook_folder() == tmp_path


def test_export_suggests_the_status_date_in_the_name() -> None:
    """The suggested name carries the status date in ISO form, so weekly files sort."""
    name = export.suggested_name("NHL-WMS", dt.date(2026, 11, 20))
    assert name == "NHL-WMS client workbook 2026-11-20.xlsx"


def test_export_to_a_missing_folder_is_a_message(
    window: MainWindow, monkeypatch, tmp_path: Path, messages: list[str], opened: list[Path]
) -> None:
    """A folder that does not exist: the user reads why; no file, nothing opened."""
    window.commands.open_workbook_when_done.setChecked(True)
    target = tmp_path / "missing" / "book.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.commands.export_workbook.trigger()
    assert len(messages) == 1
    assert "does not exist" in messages[0]
    assert not target.exists()
    assert opened == []


def test_export_is_disabled_without_a_project(window: MainWindow) -> None:
    """With no project selected there is nothing to export."""
    window.navigator.clearSelection()
    window._show_project(None)
    assert not window.commands.export_workbook.isEnabled()


# -- the preview ----------------------------------------------------------------------------


def test_preview_lists_the_edits_with_conflicts_and_problems(
    window: MainWindow, monkeypatch, tmp_path: Path, qtmodeltester
) -> None:
    """Every edit is listed; the conflict is unticked, the problem disabled, the rest ticked."""
    path = returned_by_client(window, tmp_path)
    before = (risks(window), changes(window))
    shown = answer_with(monkeypatch, lambda _dialog: REJECTED)
    assert not window.files.import_client_edits_from(path)
    dialog = shown[0]
    qtmodeltester.check(dialog.model)
    model = dialog.model
    items = {model.item(r).id: model.item(r) for r in range(model.rowCount())}
    assert set(items) == {
        "R-001.probability",
        "R-002.impact",
        "R-003.probability",
        "CR-001.title",
        "Risks:23",
    }
    assert dialog.windowTitle() == f"Client edits to {DEMO_PROJECT_CODE}"
    assert set(dialog.accepted_ids()) == {"R-001.probability", "CR-001.title", "Risks:23"}
    conflict = row_of(dialog, "R-002.impact")
    assert model.index(conflict, STATUS).data() == (
        "Changed here since the export (other fields of R-002)"
    )
    assert model.index(conflict, REF).flags() & Qt.ItemFlag.ItemIsUserCheckable
    problem = row_of(dialog, "R-003.probability")
    assert not model.index(problem, REF).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "banana" in model.index(problem, STATUS).data()
    assert not model.setData(
        model.index(problem, REF), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    new_row = model.item(row_of(dialog, "Risks:23"))
    assert NEW_RISK in new_row.returned
    assert new_row.status == "Becomes a new risk"
    assert dialog.apply_button.text() == "Apply 3 Edits"
    heading = "4 differences in 4 rows, 1 conflict, 1 new risk, 1 cannot be applied"
    assert heading in dialog.heading.text()
    assert (risks(window), changes(window)) == before  # Cancel writes nothing
    assert not window.editor.stack(window._project_id or 0).canUndo()


def test_select_all_none_and_the_apply_button(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """Select All takes conflicts too, never a problem; at 0 Apply is disabled; Space toggles."""
    path = returned_by_client(window, tmp_path)

    def play(dialog: ClientEditsDialog) -> int:
        dialog.select_none.click()
        assert dialog.accepted_ids() == []
        assert not dialog.apply_button.isEnabled()
        assert dialog.apply_button.text() == "Apply 0 Edits"
        dialog.select_all.click()
        assert set(dialog.accepted_ids()) == {
            "R-001.probability",
            "R-002.impact",
            "CR-001.title",
            "Risks:23",
        }
        assert dialog.apply_button.isEnabled()
        tick(dialog, "Risks:23", False)
        assert dialog.apply_button.text() == "Apply 3 Edits"
        dialog.table.selectRow(row_of(dialog, "R-001.probability"))
        dialog.toggle_selected()  # Space
        assert "R-001.probability" not in dialog.accepted_ids()
        dialog.toggle_selected()
        assert "R-001.probability" in dialog.accepted_ids()
        return REJECTED

    shown = answer_with(monkeypatch, play)
    window.files.import_client_edits_from(path)
    assert len(shown) == 1


def test_a_decision_is_ticked_with_its_status_step(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """Who decided, when and why go with the status step: unticking one unticks them all."""
    book = Returned(export_demo(window.workspace, tmp_path / "decision.xlsx"))
    decision = {"Decided_by": "Henrik Sørensen", "Decided_on": dt.datetime(2026, 11, 18)}
    book.set("Changes", "CR-006", Status="Approved", Decision_notes="CO-04.", **decision)
    path = book.save()
    step = ["CR-006.status", "CR-006.decided_by", "CR-006.decided_on", "CR-006.decision_notes"]

    def play(dialog: ClientEditsDialog) -> int:
        assert dialog.accepted_ids() == step
        tick(dialog, "CR-006.decided_on", False)
        assert dialog.accepted_ids() == []
        tick(dialog, "CR-006.status", True)
        assert dialog.accepted_ids() == step
        notes = dialog.model.index(row_of(dialog, "CR-006.decided_by"), STATUS).data()
        assert notes == "Recorded with the status step of CR-006"
        return ACCEPTED

    answer_with(monkeypatch, play)
    assert window.files.import_client_edits_from(path)
    assert changes(window)["CR-006"].status == "approved"


def test_a_verdict_and_an_action_update_are_applied_and_undone(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """The client's rejection of D-004 is ticked with who, when and why; applied with A-005's
    status as one step, which Ctrl+Z takes back."""
    book = Returned(export_demo(window.workspace, tmp_path / "governance.xlsx"))
    book.set(
        "Deliverables",
        "D-004",
        Client_verdict="Rejected",
        Decided_by="Jonas Richter (Nordhaven)",
        Reasons="The RF screen mock-ups leave out returns.",
    )
    book.set("Actions", "A-005", Status="Done")
    path = book.save()
    project_id = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)

    def state() -> tuple[str, str]:
        rows = window.workspace.run(deliverables, project_id)
        log = window.workspace.run(action_log, project_id, today=dt.date(2026, 11, 20))
        d004 = next(d for d in rows if d.reference == "D-004")
        a005 = next(a for a in log if a.reference == "A-005")
        return d004.status, a005.status

    verdict = ["D-004.verdict", "D-004.decided_by", "D-004.comments"]

    def play(dialog: ClientEditsDialog) -> int:
        assert dialog.accepted_ids() == [*verdict, "A-005.status"]
        tick(dialog, "D-004.comments", False)
        assert dialog.accepted_ids() == ["A-005.status"]
        tick(dialog, "D-004.verdict", True)
        notes = dialog.model.index(row_of(dialog, "D-004.decided_by"), STATUS).data()
        assert notes == "Recorded with the verdict of D-004"
        return ACCEPTED

    assert state() == ("submitted", "open")
    answer_with(monkeypatch, play)
    assert window.files.import_client_edits_from(path)
    assert state() == ("rejected", "done")
    assert window.statusBar().currentMessage() == (
        "Applied 4 edits from the client: 1 deliverable, 1 action changed"
    )
    window.undo_action.trigger()
    assert state() == ("submitted", "open")


# -- applying -------------------------------------------------------------------------------


def test_partial_accept_applies_only_the_ticked_and_undo_restores_every_row(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """The ticked edits (a conflict the PM chose among them) are applied as one undoable step."""
    path = returned_by_client(window, tmp_path)
    before = (risks(window), changes(window))

    def play(dialog: ClientEditsDialog) -> int:
        tick(dialog, "R-001.probability", False)
        tick(dialog, "R-002.impact", True)
        return ACCEPTED

    answer_with(monkeypatch, play)
    assert window.files.import_client_edits_from(path)
    now_risks, now_changes = risks(window), changes(window)
    assert now_risks["R-001"].probability == 3
    assert now_risks["R-002"].impact == 5
    assert now_risks["R-002"].owner == "Laura Becker"
    assert now_changes["CR-001"].title == "Cross-docking flow, revised scope"
    added = set(now_risks) - set(before[0])
    assert len(added) == 1
    new_ref = added.pop()
    assert now_risks[new_ref].title == NEW_RISK
    message = window.statusBar().currentMessage()
    assert message.startswith("Applied 3 edits from the client: 1 risk, 1 change request changed")
    assert f"{new_ref} created" in message
    window.show_view(View.RISKS)  # behind the Timeline the tab read nothing: it does now
    assert window.risks.view.model.rowCount() == len(now_risks)  # the tab followed the edit

    window.undo_action.trigger()
    assert (risks(window), changes(window)) == before
    assert window.risks.view.model.rowCount() == len(before[0])


def test_a_refused_workbook_is_a_message_and_nothing_is_written(
    window: MainWindow, monkeypatch, tmp_path: Path, messages: list[str]
) -> None:
    """A workbook CPM Desktop did not write: one message, no preview, no change."""
    stranger = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget 2027"
    book.save(stranger)
    before = (risks(window), changes(window))
    shown = answer_with(monkeypatch, lambda _dialog: ACCEPTED)
    assert not window.files.import_client_edits_from(stranger)
    assert shown == []
    assert len(messages) == 1
    assert "Traceback" not in messages[0]
    assert (risks(window), changes(window)) == before


def test_an_untouched_workbook_says_there_is_nothing_to_apply(
    window: MainWindow, monkeypatch, tmp_path: Path, messages: list[str]
) -> None:
    """Returned unchanged: the PM is told so, and no preview opens."""
    path = export_demo(window.workspace, tmp_path / "untouched.xlsx")
    shown = answer_with(monkeypatch, lambda _dialog: ACCEPTED)
    assert not window.files.import_client_edits_from(path)
    assert shown == []
    assert len(messages) == 1
    assert "holds no edits" in messages[0]


def test_a_workbook_of_another_project_shows_that_project_first(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """Imported while another project is on screen: the window switches to the workbook's."""
    path = returned_by_client(window, tmp_path)
    assert window.select_project(RETAIL_PROJECT_CODE)
    seen: list[str] = []

    def play(dialog: ClientEditsDialog) -> int:
        seen.append(window.header.project_code())
        return ACCEPTED

    answer_with(monkeypatch, play)
    assert window.files.import_client_edits_from(path)
    assert seen == [DEMO_PROJECT_CODE]
    assert window.undo_action.isEnabled()  # Ctrl+Z on screen undoes the import


def test_the_file_menu_holds_both_commands(window: MainWindow) -> None:
    """File has Import Client Edits…; File > Export has Excel Workbook… and the open option."""
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    file_texts = [a.text().replace("&", "") for a in menus["File"].actions()]
    assert "Import Client Edits…" in file_texts
    export_menu = next(a.menu() for a in menus["File"].actions() if a.text() == "&Export")
    texts = [a.text().replace("&", "") for a in export_menu.actions()]
    assert texts[:3] == ["Excel Workbook…", "Steering Committee Pack (PDF)…", "MS Project XML…"]
    assert "Open Workbook After Export" in texts


def test_the_model_keeps_an_empty_preview_consistent(qtmodeltester) -> None:
    """An empty model answers every view question without rows."""
    from cpm_desktop.ui.client_workbook.edit_model import EditTableModel

    model = EditTableModel()
    model.set_items([], [])
    qtmodeltester.check(model)
    assert model.rowCount(QModelIndex()) == 0
    assert model.checked_ids() == []


def test_the_status_bar_sentence_after_applying() -> None:
    """The summary names the counts, the created references and any conflicts overridden."""
    result = AppliedEdits(
        risks_changed=3, changes_changed=2, created=("R-020",), fields=8, conflicts_overridden=0
    )
    assert applied_message(result) == (
        "Applied 9 edits from the client: 3 risks, 2 change requests changed, R-020 created"
    )
    single = AppliedEdits(1, 0, (), 1, 1)
    assert applied_message(single) == (
        "Applied 1 edit from the client: 1 risk changed (1 over changes made here since the export)"
    )
