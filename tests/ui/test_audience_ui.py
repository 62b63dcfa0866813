"""Who may see what, in the UI: the internal checkbox of risks, decisions and lessons (each an
undoable edit, the lock in the tables), the internal notes beside the commentary, the pack's
open-book setting, and the audience every export dialog passes to its service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.status import INTERNAL_NOTES
from cpm_desktop.domain.audience import INTERNAL_FOOTER, Audience
from cpm_desktop.services.portfolio.views import find_project_id, project_summary
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.services.risks.views import RiskRow, risk_register
from cpm_desktop.ui.changes import sign_off
from cpm_desktop.ui.client_workbook import export as workbook_export
from cpm_desktop.ui.dialogs.audience import AudienceChoice, AudienceDialog, named_for
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.overview.commentary import CommentaryDialog
from cpm_desktop.ui.project_records.decision_record_dialog import DecisionRecordDialog
from cpm_desktop.ui.project_records.decisions_panel import DecisionsPanel
from cpm_desktop.ui.project_records.lesson_dialog import LessonDialog
from cpm_desktop.ui.project_records.lessons_panel import LessonsPanel
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.risks import risk_dialog
from cpm_desktop.ui.risks.new_risk_dialog import NewRiskDialog
from cpm_desktop.ui.risks.risk_model import REF
from cpm_desktop.ui.steering_pack import export as pack_export
from cpm_desktop.ui.steering_pack.dialog import SteeringPackDialog
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import answer_dialogs, open_panel
from tests.ui.windows import shown_on

editor = support.editor  # fixtures
project_id = support.project_id
ACCEPTED = QDialog.DialogCode.Accepted.value


def demo_id(window: MainWindow) -> int:
    """The demo project's id."""
    pid = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    assert pid is not None
    return pid


def risks(window: MainWindow) -> dict[str, RiskRow]:
    """The register as the workspace file has it now, by reference."""
    return {r.reference: r for r in window.workspace.run(risk_register, demo_id(window)).rows}


def answer_audience(monkeypatch: pytest.MonkeyPatch, audience: Audience | None) -> None:
    """Answer the audience question with `audience` (None: Cancel)."""

    def run(dialog: AudienceDialog) -> int:
        if audience is None:
            return QDialog.DialogCode.Rejected.value
        dialog.choice.buttons[audience].setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(AudienceDialog, "exec", run)


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the save dialog with `target`; return the suggested paths."""
    suggested: list[str] = []

    def choose(_parent: Any, _title: str, directory: str, _filter: str) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


# -- risks ----------------------------------------------------------------------------------


def test_the_risk_form_marks_an_entry_internal_undoably(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The checkbox saves the flag; the table shows the lock with its tooltip; undo, redo."""
    shown_on(qtbot, window, "risks", active=True)
    tab = window.risks
    row = next(r for r in risks(window).values() if r.kind == "risk" and not r.internal)

    def tick(dialog: risk_dialog.RiskDialog) -> int:
        assert dialog.internal.text() == "Internal (never in client exports)"
        assert not dialog.internal.isChecked()
        dialog.internal.setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(risk_dialog.RiskDialog, "exec", tick)
    tab.select_risk(row.id)
    tab.actions.edit.trigger()
    assert risks(window)[row.reference].internal
    model = tab.view.model
    ref = model.index(model.row_of(row.id), REF)
    assert ref.data(Qt.ItemDataRole.DecorationRole) is not None
    assert ref.data(Qt.ItemDataRole.ToolTipRole) == internal.TIP
    assert internal.TIP in tab.view.detail._summary.text()
    window.undo_action.trigger()
    assert not risks(window)[row.reference].internal
    assert model.index(model.row_of(row.id), REF).data(Qt.ItemDataRole.DecorationRole) is None
    window.redo_action.trigger()
    assert risks(window)[row.reference].internal


def test_a_new_risk_can_be_internal_from_the_start(qtbot, window: MainWindow, monkeypatch) -> None:
    """The New risk dialog's checkbox reaches add_risk; the demo's internal risk keeps its lock."""
    shown_on(qtbot, window, "risks", active=True)
    before = set(risks(window))

    def fill(dialog: NewRiskDialog) -> int:
        dialog.title.setText("Our rate card rises before the second wave")
        dialog.internal.setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(NewRiskDialog, "exec", fill)
    window.risks.view.new_button.click()
    [new] = [row for ref, row in risks(window).items() if ref not in before]
    assert new.internal
    window.undo_action.trigger()
    assert set(risks(window)) == before


# -- decisions and lessons ------------------------------------------------------------------


def test_a_decision_is_marked_internal_in_its_form_and_shows_the_lock(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """Editing D-001 with the box ticked saves the flag; the Ref cell shows the lock; undo."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    first = editor.workspace.run(decision_log, project_id)[0]
    assert panel.select(first.id)
    answer_dialogs(monkeypatch, DecisionRecordDialog, lambda d: d.internal.setChecked(True))
    panel.edit_action.trigger()
    assert editor.workspace.run(decision_log, project_id)[0].internal
    model = panel.model
    ref = model.index(model.row_of(first.id), 0)
    assert ref.data(Qt.ItemDataRole.DecorationRole) is not None
    assert ref.data(Qt.ItemDataRole.ToolTipRole) == internal.TIP
    editor.group.undo()
    assert not editor.workspace.run(decision_log, project_id)[0].internal
    assert model.index(model.row_of(first.id), 0).data(Qt.ItemDataRole.DecorationRole) is None
    editor.group.redo()
    assert editor.workspace.run(decision_log, project_id)[0].internal


def test_the_demo_internal_decision_opens_ticked(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """The form starts from the record: the demo's internal decision has the box ticked."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    own = next(d for d in editor.workspace.run(decision_log, project_id) if d.internal)
    assert panel.select(own.id)
    seen: list[bool] = []
    answer_dialogs(monkeypatch, DecisionRecordDialog, lambda d: seen.append(d.internal.isChecked()))
    panel.edit_action.trigger()
    assert seen == [True]


def test_a_new_internal_lesson_then_undo_and_redo(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """Add lesson with the box ticked: the lesson is internal; undo removes it, redo brings it."""
    panel = open_panel(qtbot, LessonsPanel(editor), project_id)
    count = len(editor.workspace.run(lessons))

    def fill(dialog: LessonDialog) -> None:
        dialog.title.setText("Name the subcontractor's team in the contract")
        dialog.internal.setChecked(True)

    answer_dialogs(monkeypatch, LessonDialog, fill)
    panel.add_action.trigger()
    [new] = [r for r in editor.workspace.run(lessons) if r.title.startswith("Name the sub")]
    assert new.internal
    model = panel.model
    assert model.index(model.row_of(new.id), 0).data(Qt.ItemDataRole.DecorationRole) is not None
    editor.group.undo()
    assert len(editor.workspace.run(lessons)) == count
    editor.group.redo()
    assert len(editor.workspace.run(lessons)) == count + 1


# -- the status report's internal notes -----------------------------------------------------


def test_internal_notes_are_edited_beside_the_commentary(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The dialog holds both; only the notes change, in one undoable step; the Overview shows
    a hint that notes exist, never the notes themselves."""
    shown_on(qtbot, window, "overview", active=True)
    pid = demo_id(window)
    before = window.workspace.run(status_report, pid)
    panel = window.overview.view.summary.commentary
    assert not panel.notes_hint.isHidden()
    assert INTERNAL_NOTES not in panel.body.text()

    def fill(dialog: CommentaryDialog) -> int:
        assert dialog.internal_notes() == INTERNAL_NOTES
        dialog.notes.setPlainText("Rate card agreed with the account lead.")
        return ACCEPTED

    monkeypatch.setattr(CommentaryDialog, "exec", fill)
    panel.edit_button.click()
    after = window.workspace.run(status_report, pid)
    assert after.internal_notes == "Rate card agreed with the account lead."
    assert after.commentary == before.commentary
    window.undo_action.trigger()
    assert window.workspace.run(status_report, pid) == before
    window.redo_action.trigger()
    assert window.workspace.run(status_report, pid) == after


# -- the exports ----------------------------------------------------------------------------


def test_the_internal_pack_with_notes_and_open_book_in_one_undo_step(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """Internal chosen in the dialog: '-internal' name, the footer and the notes in the PDF;
    the open-book tick and the notes are saved as one edit and undone together."""
    monkeypatch.setattr(pack_export, "open_pdf", lambda _path: None)
    pid = demo_id(window)
    before = (window.workspace.run(project_summary, pid), window.workspace.run(status_report, pid))

    def choose(dialog: SteeringPackDialog) -> int:
        assert dialog.audience() == Audience.CLIENT  # the default
        assert not dialog.open_book.isChecked()  # the demo is fixed price
        assert dialog.internal_notes.toPlainText() == INTERNAL_NOTES
        dialog.audience_choice.buttons[Audience.INTERNAL].click()
        dialog.open_book.setChecked(True)
        dialog.internal_notes.setPlainText("Margin holds at 18 %.")
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(SteeringPackDialog, "exec", choose)
    suggested = save_as(monkeypatch, tmp_path / "pack.pdf")
    window.commands.export_pack.trigger()
    assert Path(suggested[0]).name == "NHL-WMS steering pack 2026-11-20-internal.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages)
    assert INTERNAL_FOOTER in text
    assert "Margin holds at 18" in text
    assert window.workspace.run(project_summary, pid).open_book
    assert window.workspace.run(status_report, pid).internal_notes == "Margin holds at 18 %."
    window.undo_action.trigger()
    assert not window.workspace.run(project_summary, pid).open_book
    assert window.workspace.run(status_report, pid) == before[1]


def test_the_client_pack_is_the_default_and_leaves_the_notes_out(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    """Export without touching the audience: the client's name, no footer note, no notes."""
    monkeypatch.setattr(pack_export, "open_pdf", lambda _path: None)

    def export_as_is(dialog: SteeringPackDialog) -> int:
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(SteeringPackDialog, "exec", export_as_is)
    suggested = save_as(monkeypatch, tmp_path / "pack.pdf")
    window.commands.export_pack.trigger()
    assert Path(suggested[0]).name == "NHL-WMS steering pack 2026-11-20.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages)
    assert INTERNAL_FOOTER not in text
    assert "rate card" not in text
    assert not window.editor.stack(demo_id(window)).canUndo()  # nothing changed: no edit


@pytest.mark.parametrize("audience", [Audience.CLIENT, Audience.INTERNAL])
def test_the_workbook_export_passes_the_audience(
    window: MainWindow, monkeypatch, tmp_path: Path, audience: Audience
) -> None:
    """The audience chosen reaches export_client_workbook; an internal name ends '-internal'."""
    calls: list[dict[str, Any]] = []

    def export_client_workbook(_session: Any, _pid: int, path: Path, **kw: Any) -> Path:
        calls.append(kw)
        return path

    monkeypatch.setattr(workbook_export, "export_client_workbook", export_client_workbook)
    answer_audience(monkeypatch, audience)
    suggested = save_as(monkeypatch, tmp_path / "book.xlsx")
    window.commands.export_workbook.trigger()
    assert [kw["audience"] for kw in calls] == [audience]
    internal_name = Path(suggested[0]).name.endswith("2026-11-20-internal.xlsx")
    assert internal_name == (audience == Audience.INTERNAL)


def test_cancelling_the_audience_question_exports_nothing(window: MainWindow, monkeypatch) -> None:
    """Cancel before the file dialog: no file dialog, no export."""
    answer_audience(monkeypatch, None)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: asked.append("asked") or ("", "")
    )
    window.commands.export_workbook.trigger()
    assert asked == []


def test_the_internal_sign_off_form(qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    """Internal chosen: the form is written for the internal audience, named '-internal'."""
    shown_on(qtbot, window, "changes", active=True)
    tab = window.changes
    row = tab.view.model.entry(tab.view.model.index(0, 0))
    assert row is not None
    assert tab.select_change(row.id)
    answer_audience(monkeypatch, Audience.INTERNAL)
    target = tmp_path / "form.pdf"
    suggested = save_as(monkeypatch, target)
    monkeypatch.setattr(sign_off, "open_document", lambda _path: None)
    tab.view.detail.export_button.click()
    assert Path(suggested[0]).name == f"{row.reference} sign-off-internal.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert INTERNAL_FOOTER in text


def test_audience_choice_defaults_to_the_client(qtbot) -> None:
    """Nothing chosen is the client; names change only for internal exports."""
    choice = AudienceChoice()
    qtbot.addWidget(choice)
    assert choice.audience() == Audience.CLIENT
    choice.buttons[Audience.INTERNAL].click()
    assert choice.audience() == Audience.INTERNAL
    assert named_for("A b 2026.pdf", Audience.CLIENT) == "A b 2026.pdf"
    assert named_for("A b 2026.pdf", Audience.INTERNAL) == "A b 2026-internal.pdf"
