"""The feedback and decisions panels end to end: rows as the services give them, add, edit and
delete through the dialogs into the workspace file, refusals shown in the dialog, undo/redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.ui.project_records.decision_record_dialog import DecisionRecordDialog
from cpm_desktop.ui.project_records.decisions_panel import DecisionsPanel
from cpm_desktop.ui.project_records.feedback_dialog import FeedbackDialog
from cpm_desktop.ui.project_records.feedback_panel import FeedbackPanel, csat_line, score_rag
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import (
    ACCEPTED,
    REJECTED,
    answer_dialogs,
    confirm,
    open_panel,
    shown_column,
)

DAY = dt.date(2026, 12, 1)

editor = support.editor  # fixtures
project_id = support.project_id


def stored_feedback(editor: Editor, pid: int) -> list[tuple]:
    """The feedback log as the workspace file has it now."""
    return [
        (r.given_on, r.contact, r.channel, r.score, r.comment)
        for r in editor.workspace.run(feedback_log, pid)
    ]


def test_feedback_rows_and_csat_line_match_the_service(
    qtbot,
    qtmodeltester,
    editor: Editor,
    project_id: int,
) -> None:
    """Every entry is shown, newest first; the CSAT line comes from the KPI formulas."""
    panel = open_panel(qtbot, FeedbackPanel(editor), project_id)
    log = editor.workspace.run(feedback_log, project_id)
    qtmodeltester.check(panel.model)
    assert panel.proxy.rowCount() == len(log) > 0
    assert panel.model.row_at(0) == log[0] or panel.model.row_of(log[0].id) >= 0
    dates = [
        panel.proxy.index(n, 0).data(panel.proxy.sortRole()) for n in range(panel.proxy.rowCount())
    ]
    assert dates == sorted(dates, reverse=True)
    assert panel.summary.text() == csat_line(log)
    assert panel.summary.text().startswith("CSAT average 3.5 over 6 scores · trend")
    scored = next(n for n in range(panel.proxy.rowCount()) if panel.proxy.index(n, 3).data() != "—")
    score = int(panel.proxy.index(scored, 3).data())
    assert panel.proxy.index(scored, 3).data(CHIP_ROLE) == score_rag(score)
    assert not panel.edit_action.isEnabled() or panel.current_row() is not None


def test_csat_chip_colours_and_an_empty_log() -> None:
    """1–2 red, 3 amber, 4–5 green, none for no score; a log without scores says so."""
    assert [score_rag(s) for s in (None, 1, 2, 3, 4, 5)] == [
        "",
        "red",
        "red",
        "amber",
        "green",
        "green",
    ]
    assert csat_line(()) == "No CSAT scores yet"


def test_adding_feedback_through_the_dialog_then_undo_and_redo(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """OK stores the entry and selects it; Undo removes it, redo brings it back."""
    panel = open_panel(qtbot, FeedbackPanel(editor), project_id)
    before = stored_feedback(editor, project_id)

    def fill(dialog: FeedbackDialog) -> None:
        dialog.given_on.setDate(dialog.given_on.date().fromString("2026-12-01", "yyyy-MM-dd"))
        dialog.contact.setCurrentIndex(dialog.contact.findText("Jonas Richter"))
        dialog.channel.setCurrentIndex(dialog.channel.findData("site_visit"))
        dialog.score.setCurrentIndex(dialog.score.findData(2))
        dialog.comment.setPlainText("Too many open defects.")

    opened = answer_dialogs(monkeypatch, FeedbackDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    added = (DAY, "Jonas Richter", "site_visit", 2, "Too many open defects.")
    assert stored_feedback(editor, project_id) == sorted([*before, added], key=lambda r: r[0])
    assert panel.current_row() is not None
    assert panel.current_row().given_on == DAY
    assert panel.proxy.rowCount() == len(before) + 1

    undo = editor.group.createUndoAction(panel)  # what Edit › Undo (Ctrl+Z) triggers
    assert undo.text() == "Undo Add feedback"
    undo.trigger()
    assert stored_feedback(editor, project_id) == before
    assert panel.proxy.rowCount() == len(before)
    editor.group.redo()
    assert added in stored_feedback(editor, project_id)
    assert panel.proxy.rowCount() == len(before) + 1


def test_editing_feedback_keeps_the_selection_and_undo_restores(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """Enter opens the selected entry's form; its new score is stored; undo puts it back."""
    panel = open_panel(qtbot, FeedbackPanel(editor), project_id)
    panel.table.selectRow(1)
    row = panel.current_row()
    assert row is not None
    new = 5 if row.score != 5 else 1
    answer_dialogs(
        monkeypatch, FeedbackDialog, lambda d: d.score.setCurrentIndex(d.score.findData(new))
    )
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    stored = {r.id: r for r in editor.workspace.run(feedback_log, project_id)}
    assert stored[row.id].score == new
    assert stored[row.id].comment == row.comment
    assert panel.current_id() == row.id
    editor.group.undo()
    assert editor.workspace.run(feedback_log, project_id)[0] is not None
    assert {r.id: r for r in editor.workspace.run(feedback_log, project_id)}[row.id] == row
    assert panel.current_id() == row.id


def test_a_refused_value_keeps_the_dialog_open_and_writes_nothing(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """A comment past the service's limit: the service's sentence in the dialog, nothing stored."""
    panel = open_panel(qtbot, FeedbackPanel(editor), project_id)
    before = stored_feedback(editor, project_id)
    opened = answer_dialogs(
        monkeypatch, FeedbackDialog, lambda d: d.comment.setPlainText("x" * 4001)
    )
    panel.add_action.trigger()
    dialog = opened[0]
    assert dialog.result() == REJECTED
    assert not dialog.error.isHidden()
    assert "comment is longer than 4000" in dialog.error.text()
    assert stored_feedback(editor, project_id) == before
    assert editor.failures == []  # type: ignore[attr-defined]  # no second message box
    assert editor.stack(project_id).count() == 0


def test_deleting_feedback_asks_first(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """No keeps the entry; Yes deletes it; undo brings it back, selected again."""
    panel = open_panel(qtbot, FeedbackPanel(editor), project_id)
    panel.table.selectRow(0)
    row = panel.current_row()
    assert row is not None
    assert panel.delete_action.isEnabled()
    asked = confirm(monkeypatch, yes=False)
    panel.delete_action.trigger()
    assert len(asked) == 1
    assert "Delete the feedback of" in asked[0]
    assert any(r.id == row.id for r in editor.workspace.run(feedback_log, project_id))
    confirm(monkeypatch, yes=True)
    panel.delete_action.trigger()
    assert all(r.id != row.id for r in editor.workspace.run(feedback_log, project_id))
    editor.group.undo()
    assert any(r.id == row.id for r in editor.workspace.run(feedback_log, project_id))
    assert panel.current_id() == row.id


def test_decisions_are_shown_by_reference_and_sort_by_date(
    qtbot,
    qtmodeltester,
    editor: Editor,
    project_id: int,
) -> None:
    """D-001… in order with their links; the Date heading sorts by date, both ways."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    qtmodeltester.check(panel.model)
    log = editor.workspace.run(decision_log, project_id)
    assert shown_column(panel, 0) == [d.reference for d in log]
    linked = dict(zip(shown_column(panel, 0), shown_column(panel, 4), strict=True))
    assert linked["D-001"] == log[0].change_reference or log[0].risk_reference or "—"
    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    newest_first = sorted(log, key=lambda d: (d.decided_on, d.reference), reverse=True)
    assert shown_column(panel, 0) == [d.reference for d in newest_first]


def test_adding_a_decision_linked_to_a_change_request_then_undo_redo(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """The new decision gets the next reference and its link; undo and redo take it back."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    count = len(editor.workspace.run(decision_log, project_id))

    def fill(dialog: DecisionRecordDialog) -> None:
        dialog.title.setText("Move the data migration dry run")
        dialog.decided_by.setEditText("Steering committee")
        dialog.change.setCurrentIndex(
            dialog.change.findText("CR-002", Qt.MatchFlag.MatchStartsWith)
        )

    answer_dialogs(monkeypatch, DecisionRecordDialog, fill)
    panel.add_action.trigger()
    log = editor.workspace.run(decision_log, project_id)
    new = log[-1] if log[-1].title.startswith("Move") else next(d for d in log if "Move" in d.title)
    assert (new.reference, new.decided_by, new.change_reference) == (
        f"D-{count + 1:03d}",
        "Steering committee",
        "CR-002",
    )
    assert panel.current_id() == new.id
    editor.group.undo()
    assert len(editor.workspace.run(decision_log, project_id)) == count
    editor.group.redo()
    assert len(editor.workspace.run(decision_log, project_id)) == count + 1


def test_an_empty_decision_title_is_refused_in_the_dialog(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """Editing a title to nothing: the dialog stays open saying so; the log is unchanged."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    before = editor.workspace.run(decision_log, project_id)
    panel.table.selectRow(0)
    opened = answer_dialogs(monkeypatch, DecisionRecordDialog, lambda d: d.title.setText("   "))
    panel.edit_action.trigger()
    assert opened[0].result() == REJECTED
    assert "The decision title cannot be empty." in opened[0].error.text()
    assert editor.workspace.run(decision_log, project_id) == before


def test_editing_and_deleting_a_decision_keeps_the_other_references(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """A double-click edits (the link removed); Delete after Yes removes only that decision."""
    panel = open_panel(qtbot, DecisionsPanel(editor), project_id)
    assert panel.select(editor.workspace.run(decision_log, project_id)[0].id)
    answer_dialogs(monkeypatch, DecisionRecordDialog, lambda d: d.change.setCurrentIndex(0))
    index = panel.table.currentIndex()
    panel.table.doubleClicked.emit(index)
    first = editor.workspace.run(decision_log, project_id)[0]
    assert (first.reference, first.change_reference) == ("D-001", None)
    confirm(monkeypatch)
    panel.delete_action.trigger()
    refs = [d.reference for d in editor.workspace.run(decision_log, project_id)]
    assert "D-001" not in refs
    assert refs[0] == "D-002"
    assert shown_column(panel, 0) == refs
