"""The Deliverables page on a copy of the demo: the table and its summary, the workflow to the
client's acceptance through the page (refusals shown, nothing changed), ticks and steps undone,
the form, the acceptance certificate, and a billing milestone that waits for a deliverable."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from cpm_desktop.domain import DeliverableStatus as S
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverables
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.ui.deliverables.columns import DUE, STATUS
from cpm_desktop.ui.deliverables.dialog import DeliverableDialog
from cpm_desktop.ui.deliverables.panel import DeliverablesPanel
from cpm_desktop.ui.deliverables.verdict_dialog import VerdictDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.overview.billing_dialogs import BillingAmountDialog
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.undo import Editor
from tests.reports.support import page_count, qpdf_check
from tests.ui import project_records_support as support
from tests.ui.dialogs import answering
from tests.ui.project_records_support import answer_dialogs, confirm, shown_column
from tests.ui.windows import shown_on

editor = support.editor  # fixtures
project_id = support.project_id
SPONSOR = "Henrik Sørensen (Nordhaven)"


def stored(editor: Editor, pid: int) -> dict[str, DeliverableRow]:
    """The project's deliverables by reference, as the workspace file has them now."""
    return {row.reference: row for row in editor.workspace.run(deliverables, pid)}


@pytest.fixture
def panel(qtbot: Any, editor: Editor, project_id: int) -> DeliverablesPanel:
    """The page on the demo project, at a projector's size."""
    page = DeliverablesPanel(editor)
    qtbot.addWidget(page)
    page.resize(1000, 620)
    page.show_project(project_id)
    page.show()
    return page


def pick(panel: DeliverablesPanel, reference: str) -> DeliverableRow:
    """Select a deliverable by reference; the row as the page shows it."""
    row = next(r for r in panel._rows if r.reference == reference)
    assert panel.select(row.id)
    current = panel.current_row()
    assert current is not None
    return current


def offered(panel: DeliverablesPanel) -> set[S]:
    """The steps the page offers for the selected deliverable."""
    return {to for to, action in panel.step_actions.items() if action.isEnabled()}


def test_the_table_summary_and_chips_follow_the_service(
    panel: DeliverablesPanel, qtmodeltester: Any, editor: Editor, project_id: int
) -> None:
    """Nine rows by reference with status chips and 'met/total'; the summary line counts
    them; a later 'today' makes the design deliverables overdue, their Due cell a warning."""
    qtmodeltester.check(panel.model)
    assert shown_column(panel, 0) == [f"D-00{n}" for n in range(1, 10)]
    assert panel.summary.text() == "9 deliverables · 2 accepted · 0 rejected · 0 overdue"
    first = panel.proxy.index(0, STATUS)
    assert (first.data(), first.data(CHIP_ROLE)) == ("Accepted", "accepted")
    assert shown_column(panel, 5)[:4] == ["2/2", "2/2", "0/2", "0/3"]
    assert shown_column(panel, 6)[0] == f"{SPONSOR}, 11 Sep 2026"
    assert panel.current_row() is not None  # the first is selected: its acceptance shows
    panel.today = lambda: dt.date(2026, 12, 20)
    panel.refresh()
    assert panel.summary.text().endswith("· 4 overdue")
    chips = [panel.proxy.index(n, DUE).data(CHIP_ROLE) for n in range(panel.proxy.rowCount())]
    assert chips == ["", "", "amber", "amber", "amber", "amber", "", "", ""]
    pick(panel, "D-004")
    assert "overdue" in panel.detail.summary.text()
    qtmodeltester.check(panel.detail.checklist)
    qtmodeltester.check(panel.detail.history_model)


def test_submit_then_acceptance_refused_until_every_criterion_is_ticked_and_undone(
    qtbot: Any,
    panel: DeliverablesPanel,
    editor: Editor,
    project_id: int,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """D-005 is in progress: only Submit is offered. Accepting with unmet criteria is refused
    with a message and nothing changes; each tick is an edit; the accepted deliverable names
    who accepted; Undo brings back 'Submitted', then the ticks."""
    row = pick(panel, "D-005")
    assert offered(panel) == {S.SUBMITTED}
    panel.step_actions[S.SUBMITTED].trigger()
    assert stored(editor, project_id)["D-005"].status is S.SUBMITTED
    assert offered(panel) == {S.ACCEPTED, S.REJECTED}
    opened = answer_dialogs(monkeypatch, VerdictDialog, lambda d: None)
    panel.step_actions[S.ACCEPTED].trigger()
    assert "cannot be accepted while 2 of its 2 acceptance criteria are not met" in messages[-1]
    assert opened == []  # refused before asking who accepted
    assert stored(editor, project_id)["D-005"].status is S.SUBMITTED
    checklist = panel.detail.checklist
    for position in (0, 1):
        index = checklist.index(position)
        checklist.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda p=position: stored(editor, project_id)["D-005"].criteria[p].met)
    assert panel.detail.checklist.criteria()[1].met
    assert shown_column(panel, 5)[4] == "2/2"

    def accept(dialog: VerdictDialog) -> None:
        dialog.decided_by.setEditText(SPONSOR)

    answer_dialogs(monkeypatch, VerdictDialog, accept)
    panel.step_actions[S.ACCEPTED].trigger()
    accepted = stored(editor, project_id)["D-005"]
    assert (accepted.status, accepted.decided_by) == (S.ACCEPTED, SPONSOR)
    assert panel.detail.verdict_text("by") == SPONSOR
    assert not panel.detail.checklist.flags(checklist.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert offered(panel) == set()
    stack = editor.stack(project_id)
    stack.undo()
    assert stored(editor, project_id)["D-005"].status is S.SUBMITTED
    assert panel.detail.status_chip.text() == "Submitted"
    stack.undo()
    stack.undo()
    assert stored(editor, project_id)["D-005"].criteria_met == 0
    assert row.id == panel.current_id()


def test_a_rejection_needs_the_reasons_then_the_rework_is_resubmitted(
    panel: DeliverablesPanel, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service's refusal (no reasons) stays in the dialog and writes nothing; with the
    reasons, D-004 is rejected and they show; Resubmit is then the one step offered."""
    pick(panel, "D-004")
    before = stored(editor, project_id)["D-004"]
    opened = answer_dialogs(monkeypatch, VerdictDialog, lambda d: d.decided_by.setEditText(SPONSOR))
    panel.step_actions[S.REJECTED].trigger()
    assert "needs the client's reasons" in opened[-1].error.text()
    assert stored(editor, project_id)["D-004"] == before

    def reject(dialog: VerdictDialog) -> None:
        dialog.decided_by.setEditText("Miriam Albers (Nordhaven)")
        dialog.reasons.setPlainText("Returns flow missing.")

    answer_dialogs(monkeypatch, VerdictDialog, reject)
    panel.step_actions[S.REJECTED].trigger()
    rejected = stored(editor, project_id)["D-004"]
    assert (rejected.status, rejected.rejection_reasons) == (S.REJECTED, "Returns flow missing.")
    assert panel.detail.verdict_text("reasons") == "Returns flow missing."
    assert panel.summary.text() == "9 deliverables · 2 accepted · 1 rejected · 0 overdue"
    assert offered(panel) == {S.RESUBMITTED}
    menu = panel.context_menu()
    assert [a.text() for a in menu.actions() if a.isEnabled() and "ubmit" in a.text()] == [
        "&Resubmit"
    ]
    panel.step_actions[S.RESUBMITTED].trigger()
    assert stored(editor, project_id)["D-004"].status is S.RESUBMITTED


def test_add_edit_and_delete_through_the_form(
    panel: DeliverablesPanel,
    editor: Editor,
    project_id: int,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    """A new deliverable gets D-010 with its own date and checklist; editing the wording keeps
    a kept line's tick; an accepted one cannot be deleted (said so); Delete and Undo."""

    def add(dialog: DeliverableDialog) -> None:
        dialog.name.setText("Training materials")
        dialog.owner.setEditText("Sophie Wagner")
        dialog.due.setText("2027-03-01")
        dialog.criteria.setPlainText("Trainer's guide\n\nExercises per role")

    answer_dialogs(monkeypatch, DeliverableDialog, add)
    panel.add_record()
    new = stored(editor, project_id)["D-010"]
    assert (new.name, new.owner, new.due, new.milestone_id) == (
        "Training materials",
        "Sophie Wagner",
        dt.date(2027, 3, 1),
        None,
    )
    assert [c.text for c in new.criteria] == ["Trainer's guide", "Exercises per role"]
    assert panel.current_id() == new.id
    panel.tick(0, True)
    assert stored(editor, project_id)["D-010"].criteria[0].met

    def reword(dialog: DeliverableDialog) -> None:
        dialog.criteria.setPlainText("Trainer's guide\nExercises per warehouse role")

    answer_dialogs(monkeypatch, DeliverableDialog, reword)
    panel.edit_current()
    edited = stored(editor, project_id)["D-010"]
    assert [(c.text, c.met) for c in edited.criteria] == [
        ("Trainer's guide", True),
        ("Exercises per warehouse role", False),
    ]
    confirm(monkeypatch)
    panel.delete_current()
    assert "D-010" not in stored(editor, project_id)
    editor.stack(project_id).undo()
    assert "D-010" in stored(editor, project_id)
    pick(panel, "D-001")
    panel.delete_current()
    assert messages[-1] == "D-001 is accepted: it stays on record."
    assert "D-001" in stored(editor, project_id)


def test_the_acceptance_certificate_is_a_one_page_pdf(
    panel: DeliverablesPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """Export writes the chosen file (qpdf finds it sound, one page, the deliverable named)
    and says where; a folder that does not exist is a message, not a file."""
    pick(panel, "D-001")
    target = tmp_path / "D-001 certificate"  # no extension: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    panel.export_action.trigger()
    written = target.with_suffix(".pdf")
    assert written.exists()
    assert qpdf_check(written).returncode == 0
    assert page_count(written) == 1
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Project charter" in text
    assert "D-001 certificate.pdf" in panel.detail.saved_label.text()
    missing = tmp_path / "nowhere" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    panel.export_action.trigger()
    assert not missing.exists()
    assert messages  # the export's error, as a message


def test_a_billing_milestone_waits_for_a_deliverable_chosen_in_its_dialog(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Billing task 5.6 with 'due when the client accepts D-007' is one undoable step; the
    table's Due cell names the deliverable; the amount dialog shows the choice again."""
    shown_on(qtbot, window, "overview")
    panel = window.overview.view.summary.billing
    pid = window.project_id
    assert pid is not None

    def bill(dialog: BillingAmountDialog) -> None:
        dialog.task.setCurrentIndex(dialog.task.findText("5.6", Qt.MatchFlag.MatchStartsWith))
        dialog.amount.setText("25000")
        choice = dialog.deliverable.findText("D-007", Qt.MatchFlag.MatchStartsWith)
        dialog.deliverable.setCurrentIndex(choice)

    answering(monkeypatch, BillingAmountDialog, bill)
    panel.add_button.click()
    rows = {r.wbs: r for r in window.workspace.run(billing_schedule, pid)}
    assert (rows["5.6"].amount, rows["5.6"].waits_for) == (Decimal("25000.00"), "D-007")
    row = next(n for n in range(panel.proxy.rowCount()) if panel.proxy.index(n, 0).data() == "5.6")
    assert panel.proxy.index(row, 2).data().endswith("· on D-007")
    seen = answering(monkeypatch, BillingAmountDialog, lambda d: None)
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    panel.amount_button.click()
    assert seen[-1].deliverable.currentText().startswith("D-007  UAT report")
    window.undo_action.trigger()
    assert "5.6" not in {r.wbs for r in window.workspace.run(billing_schedule, pid)}
