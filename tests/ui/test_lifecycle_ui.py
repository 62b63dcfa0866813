"""Project › Stage Gate…, Close Project…, Reopen Project… and Show Closed Projects, through the
dialogs (each dialog's `exec` is replaced by a function that fills it as a user would and
presses OK): the stage moves and Undo restores it; a closed project is read-only, hidden from
the navigator unless the filter shows it, and still in the portfolio; reopening is audited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Stage
from cpm_desktop.models import AuditEntry
from cpm_desktop.services.portfolio.lifecycle import close_project, move_to_stage, stage_gates
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.ui.lifecycle.close_dialog import CloseProjectDialog
from cpm_desktop.ui.lifecycle.lessons_model import INTERNAL, RECOMMENDATION, TITLE, WHAT_HAPPENED
from cpm_desktop.ui.lifecycle.reopen_dialog import ReopenDialog
from cpm_desktop.ui.lifecycle.stage_gate_dialog import StageGateDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.overview.portfolio_model import CODE_ROLE, STAGE
from cpm_desktop.ui.timeline.task_model import NAME
from cpm_desktop.ui.undo import edit
from tests.ui.clipping import clipped
from tests.ui.dialogs import answering
from tests.ui.test_timeline import stored, type_into
from tests.ui.windows import shown_on

LESSON = ("Order scanners at kick-off", "They came three weeks late", "Order long-lead first")


def header_says(window: MainWindow, words: str) -> bool:
    """Whether a line of the project's header contains `words`."""
    return any(words in label.text() for label in window.header.findChildren(QLabel))


def summary(window: MainWindow) -> ProjectSummary:
    """The project shown, as the workspace has it now."""
    assert window.project_id is not None
    return window.workspace.run(project_summary, window.project_id)


def close_with_feedback_and_a_lesson(dialog: CloseProjectDialog) -> None:
    """The final commentary, a CSAT of 4 with a comment, and one internal lesson."""
    dialog.commentary.setPlainText("Live in both warehouses; hypercare ended.")
    dialog.score.setCurrentIndex(dialog.score.findData(4))
    dialog.feedback_comment.setPlainText("Smooth go-live, slow start.")
    dialog.add_button.click()
    model = dialog.lessons
    for column, text in zip((TITLE, WHAT_HAPPENED, RECOMMENDATION), LESSON, strict=True):
        assert model.setData(model.index(0, column), text)
    model.setData(model.index(0, INTERNAL), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


@pytest.fixture
def closed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The demo's window after Close Project… with feedback and one lesson."""
    answering(monkeypatch, CloseProjectDialog, close_with_feedback_and_a_lesson)
    assert window.lifecycle.close_project.isEnabled()
    window.lifecycle.close_project.trigger()
    yield window
    window.lifecycle.show_closed.setChecked(False)  # the filter is remembered between runs


def test_a_stage_gate_moves_the_stage_and_undo_restores_it(window: MainWindow, monkeypatch) -> None:
    """Stage Gate… passes the next gate, dated and approved; Undo takes it back."""
    assert summary(window).stage is Stage.EXECUTION
    assert header_says(window, "Execution")

    def fill(dialog: StageGateDialog) -> None:
        dialog.approved_by.setText("Henrik Sørensen")
        dialog.note.setPlainText("Go-live review passed.")

    seen = answering(monkeypatch, StageGateDialog, fill)
    window.lifecycle.update_actions()
    assert "Monitoring" in window.lifecycle.stage_gate.text()
    window.lifecycle.stage_gate.trigger()
    assert seen[0].result() == QDialog.DialogCode.Accepted
    assert summary(window).stage is Stage.MONITORING
    assert header_says(window, "Monitoring")
    [gate] = window.workspace.run(stage_gates, window.project_id)
    assert (gate.stage, gate.approved_by, gate.note) == (
        Stage.MONITORING,
        "Henrik Sørensen",
        "Go-live review passed.",
    )
    # From monitoring the next stage is closure: Close Project…, not a gate.
    window.lifecycle.update_actions()
    assert not window.lifecycle.stage_gate.isEnabled()
    window.undo_action.trigger()
    assert summary(window).stage is Stage.EXECUTION
    assert header_says(window, "Execution")
    assert window.workspace.run(stage_gates, window.project_id) == ()


def test_the_dialog_lists_the_gates_passed(window: MainWindow, monkeypatch) -> None:
    """A gate passed before is listed above the form of the next one."""
    project_id = window.project_id
    assert project_id is not None
    window.editor.run(project_id, edit("Back to planning", move_to_stage, project_id, "planning"))
    seen = answering(monkeypatch, StageGateDialog, lambda dialog: None)
    window.lifecycle.stage_gate.trigger()
    dialog = seen[0]
    assert dialog.target is Stage.EXECUTION
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Planning"
    assert dialog.table.isVisibleTo(dialog)
    assert summary(window).stage is Stage.EXECUTION


def test_close_records_everything_as_one_undoable_edit(closed: MainWindow) -> None:
    """Closed: read-only, the final report, feedback and lesson written; Undo opens it again."""
    window = closed
    project_id = window.project_id
    assert project_id is not None
    shown = summary(window)
    assert shown.is_closed
    assert shown.stage is Stage.CLOSURE
    assert header_says(window, "Closed ")
    [*_, feedback] = window.workspace.run(feedback_log, project_id)
    assert (feedback.score, feedback.comment) == (4, "Smooth go-live, slow start.")
    assert feedback.contact  # the sponsor, chosen by default
    found = window.workspace.run(lessons, text=LESSON[0], project_id=project_id)
    assert [(row.title, row.recommendation, row.internal) for row in found] == [
        (LESSON[0], LESSON[2], True)
    ]
    assert not window.lifecycle.close_project.isEnabled()
    assert window.lifecycle.reopen_project.isEnabled()
    assert window.editor.stack(project_id).count() == 1  # one edit, one Undo
    window.undo_action.trigger()
    assert not summary(window).is_closed
    assert window.workspace.run(lessons, text=LESSON[0], project_id=project_id) == ()


def test_a_closed_projects_timeline_refuses_edits_with_a_message(
    closed: MainWindow, qtbot, messages: list[str]
) -> None:
    """Typing in the closed project's Timeline says why it is refused; nothing changes."""
    window = shown_on(qtbot, closed, "timeline", active=True)
    before = stored(window)
    task = next(t for t in before.values() if not t.is_summary)
    type_into(qtbot, window, task.id, NAME, "Renamed after closure")
    qtbot.waitUntil(lambda: bool(messages))
    assert "closed" in messages[-1]
    assert "reopen" in messages[-1].lower()
    assert stored(window) == before


def test_the_navigator_hides_closed_projects_unless_shown(closed: MainWindow) -> None:
    """Hidden from the navigator; Show Closed Projects lists it, greyed with a lock."""
    window = closed
    model = window.navigator_model
    assert not model.project_index(DEMO_PROJECT_CODE).isValid()
    assert model.hidden_count() == 1
    window.lifecycle.show_closed.setChecked(True)
    index = model.project_index(DEMO_PROJECT_CODE)
    assert index.isValid()
    assert "(closed)" in index.data()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert window.navigator.currentIndex() == index  # still the project shown
    window.lifecycle.show_closed.setChecked(False)
    assert not model.project_index(DEMO_PROJECT_CODE).isValid()
    assert window.project_id is not None  # still on screen, read-only


def test_the_portfolio_still_lists_and_counts_a_closed_project(closed: MainWindow, qtbot) -> None:
    """The portfolio keeps the closed project, its stage 'Closed', and says it counts."""
    window = shown_on(qtbot, closed, "portfolio")
    view = window.portfolio
    model = view.model
    rows = {model.index(r, STAGE).data(CODE_ROLE): r for r in range(model.rowCount())}
    assert DEMO_PROJECT_CODE in rows
    assert model.index(rows[DEMO_PROJECT_CODE], STAGE).data() == "Closed"
    others = [code for code in rows if code != DEMO_PROJECT_CODE]
    assert all(model.index(rows[c], STAGE).data() != "Closed" for c in others)
    assert "1 closed" in view.note.text()


def test_reopen_asks_why_and_is_audited(closed: MainWindow, qtbot, monkeypatch) -> None:
    """Reopen Project… asks the reason; the project is editable again and the audit says why."""
    window = closed
    answering(
        monkeypatch,
        ReopenDialog,
        lambda dialog: dialog.reason.setPlainText("A warranty fix for the scanners"),
    )
    window.lifecycle.reopen_project.trigger()
    assert not summary(window).is_closed
    project_id = window.project_id

    def reopenings(session) -> list[str | None]:
        query = select(AuditEntry.new_value).where(
            AuditEntry.project_id == project_id, AuditEntry.action == "reopen"
        )
        return list(session.scalars(query))

    assert window.workspace.run(reopenings) == ["A warranty fix for the scanners"]
    assert window.navigator_model.project_index(DEMO_PROJECT_CODE).isValid()
    window = shown_on(qtbot, window, "timeline", active=True)
    task = next(t for t in stored(window).values() if not t.is_summary)
    type_into(qtbot, window, task.id, NAME, "Renamed after reopening")
    assert "Renamed after reopening" in stored(window)


def test_a_lesson_without_a_title_is_refused_in_the_dialog(window: MainWindow, monkeypatch) -> None:
    """A lesson with text but no title keeps the dialog open with the reason; nothing closes."""

    def fill(dialog: CloseProjectDialog) -> None:
        dialog.add_button.click()
        dialog.lessons.setData(dialog.lessons.index(0, WHAT_HAPPENED), "Something")

    seen = answering(monkeypatch, CloseProjectDialog, fill)
    window.lifecycle.close_project.trigger()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "title" in dialog.error.text()
    assert not summary(window).is_closed


def test_the_dialogs_fit_1280_by_800_unclipped(window: MainWindow, qtbot, monkeypatch) -> None:
    """Stage Gate, Close Project and Reopen Project show whole, nothing cut."""
    found: dict[str, list[str]] = {}

    def check(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1280
        assert dialog.height() <= 760
        found[dialog.windowTitle()] = [str(clip) for clip in clipped(dialog)]
        dialog.hide()
        return QDialog.DialogCode.Rejected

    for kind in (StageGateDialog, CloseProjectDialog, ReopenDialog):
        monkeypatch.setattr(kind, "exec", check)
    window.lifecycle.stage_gate.trigger()
    window.lifecycle.close_project.trigger()
    project_id = window.project_id
    assert project_id is not None
    window.editor.run(project_id, edit("Close", close_project, project_id))
    window.lifecycle.reopen_project.trigger()
    assert len(found) == 3
    assert all(clips == [] for clips in found.values()), found


def test_a_closed_project_asked_for_by_code_is_shown_with_the_closed_ones(
    closed: MainWindow,
) -> None:
    """Selecting a hidden closed project by code (as --project does) lists the closed ones."""
    window = closed
    window.select_portfolio(None)
    assert not window.lifecycle.show_closed.isChecked()
    assert window.select_project(DEMO_PROJECT_CODE)
    assert window.lifecycle.show_closed.isChecked()
    assert window.header.project_code() == DEMO_PROJECT_CODE
