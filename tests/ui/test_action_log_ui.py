"""The Actions and Meetings pages end to end: the log as the service reads it, add through the
form, mark done, undo; a meeting recorded with the actions it set; actions made from a
feedback's follow-up and a risk's mitigation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from cpm_desktop.domain.actions import ActionSource, ActionStatus
from cpm_desktop.services.actions.meetings import steering_meetings
from cpm_desktop.services.actions.views import action_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.ui.action_log.action_dialog import ActionDialog
from cpm_desktop.ui.action_log.columns import DUE, REF, STATUS
from cpm_desktop.ui.action_log.make_action import (
    MakeActionDialog,
    make_from_feedback,
    make_from_risk,
)
from cpm_desktop.ui.action_log.meeting_dialog import MeetingDialog
from cpm_desktop.ui.action_log.meetings_panel import MeetingsPanel
from cpm_desktop.ui.action_log.panel import ActionsPanel
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import ACCEPTED, answer_dialogs, open_panel, shown_column

STATUS_DATE = dt.date(2026, 11, 20)

editor = support.editor  # fixtures
project_id = support.project_id


def _panel(qtbot, editor: Editor, project_id: int) -> ActionsPanel:
    panel = ActionsPanel(editor)
    panel.today = lambda: STATUS_DATE
    open_panel(qtbot, panel, project_id)
    return panel


def test_the_open_actions_show_overdue_ones_marked_and_the_filter_shows_all(
    qtbot, qtmodeltester, editor: Editor, project_id: int
) -> None:
    """Open only by default, the late ones first with a red chip; “All actions” shows every one."""
    panel = _panel(qtbot, editor, project_id)
    qtmodeltester.check(panel.model)
    log = editor.workspace.run(action_log, project_id, today=STATUS_DATE)
    assert panel.proxy.rowCount() == sum(r.is_open for r in log)
    assert panel.summary.text() == "14 actions · 9 open · 3 overdue"
    refs = shown_column(panel, REF)
    assert refs[:3] == ["A-004", "A-005", "A-010"]  # by due date: the overdue ones on top
    assert panel.proxy.index(0, DUE).data(CHIP_ROLE) == "red"
    assert "overdue" in panel.proxy.index(0, DUE).data()
    assert panel.proxy.index(refs.index("A-007"), DUE).data(CHIP_ROLE) == ""  # due today
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    assert panel.proxy.rowCount() == len(log)
    assert "Done" in shown_column(panel, STATUS)


def test_add_through_the_form_mark_done_then_undo(
    qtbot, monkeypatch: pytest.MonkeyPatch, editor: Editor, project_id: int
) -> None:
    """OK logs A-015 and selects it; Mark done closes it (today), Undo reopens it, Undo again
    removes it."""
    panel = _panel(qtbot, editor, project_id)

    def fill(dialog: ActionDialog) -> None:
        dialog.title.setText("Send the cut-over plan to the PMO")
        dialog.owner.setEditText("Laura Becker")
        dialog.due.setText("2026-12-04")
        dialog.meeting.setCurrentIndex(dialog.meeting.count() - 1)  # the latest meeting

    opened = answer_dialogs(monkeypatch, ActionDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    row = panel.current_row()
    assert row is not None
    assert (row.reference, row.due_on, row.source) == (
        "A-015",
        dt.date(2026, 12, 4),
        ActionSource.MEETING,
    )
    assert panel.done_action.isEnabled()
    panel.done_action.trigger()
    done = {r.reference: r for r in editor.workspace.run(action_log, project_id, today=STATUS_DATE)}
    assert (done["A-015"].status, done["A-015"].done_on) == (ActionStatus.DONE, dt.date.today())
    assert "A-015" not in shown_column(panel, REF)  # open only

    editor.group.undo()
    again = {
        r.reference: r for r in editor.workspace.run(action_log, project_id, today=STATUS_DATE)
    }
    assert (again["A-015"].status, again["A-015"].done_on) == (ActionStatus.OPEN, None)
    assert "A-015" in shown_column(panel, REF)
    editor.group.undo()
    assert "A-015" not in {
        r.reference for r in editor.workspace.run(action_log, project_id, today=STATUS_DATE)
    }


def test_a_refused_form_stays_open_with_the_reason(
    qtbot, monkeypatch: pytest.MonkeyPatch, editor: Editor, project_id: int
) -> None:
    """A done date on an open action is refused in the dialog; nothing is written."""
    panel = _panel(qtbot, editor, project_id)
    before = editor.workspace.run(action_log, project_id, today=STATUS_DATE)

    def fill(dialog: ActionDialog) -> None:
        dialog.title.setText("   ")

    opened = answer_dialogs(monkeypatch, ActionDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() != ACCEPTED
    assert "cannot be empty" in opened[0].error.text()
    assert editor.workspace.run(action_log, project_id, today=STATUS_DATE) == before


def test_a_meeting_is_recorded_with_new_and_ticked_actions_in_one_step(
    qtbot, monkeypatch: pytest.MonkeyPatch, editor: Editor, project_id: int
) -> None:
    """The form's new lines become actions of the meeting, the ticked one is linked; one Undo
    takes all of it back."""
    panel = MeetingsPanel(editor)
    open_panel(qtbot, panel, project_id)
    assert panel.proxy.rowCount() == 2
    assert "Steering committee 3" in panel.detail.heading.text()  # the latest, selected
    before = editor.workspace.run(action_log, project_id, today=STATUS_DATE)

    def fill(dialog: MeetingDialog) -> None:
        dialog.title.setText("Steering committee 4")
        dialog._add_contacts()
        dialog.decisions.setPlainText("Backfill two key users in December\n")
        for r, texts in enumerate((("Brief the backfill", "Miriam Albers", "2026-12-10"),)):
            for c, text in enumerate(texts):
                dialog.new.setItem(r, c, QTableWidgetItem(text))
        first = dialog.linked.item(0)
        first.setCheckState(Qt.CheckState.Checked)

    opened = answer_dialogs(monkeypatch, MeetingDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() == ACCEPTED, opened[0].error.text()
    meetings = editor.workspace.run(steering_meetings, project_id)
    latest = max(meetings, key=lambda m: m.id)
    assert latest.title == "Steering committee 4"
    assert any(a.startswith("Henrik Sørensen") for a in latest.attendees)
    assert len(latest.action_references) == 2
    assert "A-015" in latest.action_references
    editor.group.undo()
    assert len(editor.workspace.run(steering_meetings, project_id)) == 2
    assert editor.workspace.run(action_log, project_id, today=STATUS_DATE) == before


def test_actions_are_made_from_a_feedback_follow_up_and_a_risk_mitigation(
    qtbot, monkeypatch: pytest.MonkeyPatch, editor: Editor, project_id: int
) -> None:
    """Each is one undoable edit linked to its source; a second from the same feedback is
    refused in the form."""
    panel = _panel(qtbot, editor, project_id)
    feedback = editor.workspace.run(feedback_log, project_id)
    entry = next(f for f in feedback if f.given_on == dt.date(2026, 11, 6))
    risk = next(r for r in editor.workspace.run(risk_register, project_id).rows if r.mitigation)

    def fill(dialog: MakeActionDialog) -> None:
        dialog.due.setText("2026-12-18")

    opened = answer_dialogs(monkeypatch, MakeActionDialog, fill)
    assert make_from_feedback(panel, editor, project_id, entry, ["Jonas Richter"])
    assert make_from_risk(panel, editor, project_id, risk, [])
    log = {r.reference: r for r in editor.workspace.run(action_log, project_id, today=STATUS_DATE)}
    assert (log["A-015"].feedback_id, log["A-015"].source) == (entry.id, ActionSource.FEEDBACK)
    assert (log["A-016"].risk_id, log["A-016"].owner) == (risk.id, risk.owner)
    assert log["A-016"].due_on == dt.date(2026, 12, 18)
    assert not make_from_feedback(panel, editor, project_id, entry, [])
    assert "A-015 already carries out" in opened[-1].error.text()
    editor.group.undo()
    assert "A-016" not in {
        r.reference for r in editor.workspace.run(action_log, project_id, today=STATUS_DATE)
    }
