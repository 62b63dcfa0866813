"""The Changes tab end to end: a request raised, assessed, approved and applied to the plan
through the UI changes the workspace file at each step; Ctrl+Z takes each step back and redo
brings it again. Filters, sorting, refusals and the empty log are covered too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import legal_next
from cpm_desktop.services.changes.requests import transition
from cpm_desktop.services.changes.views import ChangeRow, change_log, change_summary
from cpm_desktop.services.plan.baselines import clear_baseline
from cpm_desktop.services.plan.tasks import edit_task
from cpm_desktop.services.portfolio.views import TaskRow, task_rows
from cpm_desktop.ui.changes import sign_off
from cpm_desktop.ui.changes.change_model import COST, DAYS, RAISED, REF, ChangeTableModel
from cpm_desktop.ui.changes.client_decision_dialog import ClientDecisionDialog
from cpm_desktop.ui.changes.filter_proxy import ChangeFilterProxy
from cpm_desktop.ui.changes.history_model import HistoryModel
from cpm_desktop.ui.changes.impact_dialog import ImpactDialog
from cpm_desktop.ui.changes.new_change_dialog import NewChangeDialog
from cpm_desktop.ui.changes.tab import ChangesTab
from cpm_desktop.ui.changes.task_choice_model import TaskChoiceModel
from cpm_desktop.ui.changes.tasks_dialog import AffectedTasksDialog
from cpm_desktop.ui.changes.vocabulary import status_color, step_edit_name, step_text
from cpm_desktop.ui.dialogs.audience import AudienceDialog
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, edit
from tests.ui.windows import shown_on

AFFECTED_WBS = "3.4"  # a work task of the demo plan (Integration design)
ACCEPTED = QDialog.DialogCode.Accepted.value


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window, shown on the Changes tab of the demo project."""
    return shown_on(qtbot, window, "changes")


@pytest.fixture(autouse=True)
def for_the_client(monkeypatch) -> None:
    """Who an export is for is answered 'For the client' (tests/ui/test_audience_ui.py asks)."""
    monkeypatch.setattr(AudienceDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)


@pytest.fixture
def tab(window: MainWindow) -> ChangesTab:
    """The Changes tab of the window."""
    return window.changes


def stored(tab: ChangesTab) -> dict[str, ChangeRow]:
    """The change log as the workspace file has it now, by reference."""
    assert tab.project_id is not None
    return {row.reference: row for row in tab.editor.workspace.run(change_log, tab.project_id).rows}


def plan(tab: ChangesTab) -> list[TaskRow]:
    """The plan's tasks as the workspace file has them now."""
    assert tab.project_id is not None
    return tab.editor.workspace.run(task_rows, tab.project_id)


def shown_refs(tab: ChangesTab) -> list[str]:
    """The references in the table's rows, top to bottom."""
    proxy = tab.view.proxy
    return [str(proxy.index(row, REF).data()) for row in range(proxy.rowCount())]


def offered_steps(tab: ChangesTab) -> set[str]:
    """The workflow buttons the detail panel shows."""
    return {status for status, b in tab.view.detail.step_buttons.items() if b.isVisible()}


def history(tab: ChangesTab) -> list[str]:
    """The 'from → to' column of the history table."""
    model = tab.view.detail.history_model
    return [str(model.index(row, 1).data()) for row in range(model.rowCount())]


def undo_count(tab: ChangesTab) -> int:
    """How many steps the project's undo stack holds before its current index."""
    assert tab.project_id is not None
    return tab.editor.stack(tab.project_id).index()


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text as a user does: select all, type, press Return."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_models_pass_the_model_tester(qtmodeltester, tab: ChangesTab) -> None:
    """The table model, its proxy, the history and the task list follow Qt's model rules."""
    qtmodeltester.check(tab.view.model)
    qtmodeltester.check(tab.view.proxy)
    assert tab.select_change(stored(tab)["CR-001"].id)
    qtmodeltester.check(tab.view.detail.history_model)
    qtmodeltester.check(TaskChoiceModel(plan(tab), set()))


def test_every_status_and_step_has_its_own_words_and_colour() -> None:
    """Each status has a colour of its own (never the fallback border) and each legal step a
    button text and an Edit-menu name that say what the user does, not only the status it leads
    to."""
    fallback = QColor(colors().border)
    for status in ChangeStatus:
        assert status_color(status) != fallback, status
        for target in legal_next(status):
            assert step_text(status, target) != "", (status, target)
    assert step_text(ChangeStatus.DEFERRED, ChangeStatus.SUBMITTED) == "Resubmit"
    assert step_text(ChangeStatus.DRAFT, ChangeStatus.SUBMITTED) == "Submit"
    name = step_edit_name("CR-006", ChangeStatus.SUBMITTED, ChangeStatus.UNDER_ASSESSMENT)
    assert name.english() == "Start assessment of CR-006"
    resubmit = step_edit_name("CR-006", ChangeStatus.DEFERRED, ChangeStatus.SUBMITTED)
    assert resubmit.english() == "Resubmit CR-006"
    for status in ChangeStatus:
        for target in legal_next(status):
            assert "CR-006" in step_edit_name("CR-006", status, target).english(), target


def test_the_log_shows_every_demo_request_with_its_totals(tab: ChangesTab) -> None:
    """Eight demo requests; the footer is the service's roll-up, whatever the filters."""
    assert shown_refs(tab) == [f"CR-00{n}" for n in range(1, 9)]
    assert tab.view.stack.currentIndex() == 1
    summary = tab.editor.workspace.run(change_summary, tab.project_id)
    budget = tab.view.totals.text_of("budget")
    assert money_text(summary.current_budget, "EUR") in budget
    assert "original" in budget
    assert "approved" in budget
    assert f"{summary.pending_count} requests" in tab.view.totals.text_of("pending")
    tab.view.filters.status.setCurrentIndex(tab.view.filters.status.findData("closed"))
    assert tab.view.totals.text_of("budget") == budget  # the footer counts the whole log
    assert "Showing 1 of 8" in tab.view.filters.count.text()


def test_full_approve_flow_through_the_ui_then_undo_and_redo(
    qtbot, monkeypatch, window: MainWindow, tab: ChangesTab
) -> None:
    """New → impact → Submit → Assess → Approve → tasks → apply; undo all; redo all."""
    ws = tab.editor.workspace
    before_log = stored(tab)
    before_plan = plan(tab)
    before_summary = ws.run(change_summary, tab.project_id)
    contact = next(row for row in before_log.values() if row.requested_by)
    today = dt.date.today()
    states: list[dict[str, ChangeRow]] = [before_log]

    def checkpoint() -> None:
        states.append(stored(tab))

    # 1. Raise it.
    def fill_new(dialog: NewChangeDialog) -> int:
        dialog.title.setText("Pick-by-voice for the freezer zone")
        dialog.requested_by.setCurrentIndex(dialog.requested_by.findData(contact.requested_by_id))
        dialog.category.setCurrentIndex(dialog.category.findData("scope"))
        dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
        return ACCEPTED

    monkeypatch.setattr(NewChangeDialog, "exec", fill_new)
    qtbot.mouseClick(tab.view.filters.new_button, Qt.MouseButton.LeftButton)
    cr = stored(tab)["CR-009"]
    assert (cr.title, cr.status, cr.priority, cr.requested_by) == (
        "Pick-by-voice for the freezer zone",
        "draft",
        "high",
        contact.requested_by,
    )
    assert tab.current_cr_id() == cr.id
    assert offered_steps(tab) == {"submitted"}
    assert tab.view.detail.step_buttons["submitted"].text() == "Submit"
    assert not tab.view.detail.apply_button.isVisible()
    checkpoint()

    # 2. Its impact, in the detail form: one undoable edit per field.
    form = tab.view.detail.form
    steps_before = undo_count(tab)
    form.schedule_days.setValue(5)
    form.schedule_days.editingFinished.emit()
    type_into(qtbot, form.cost_impact, "12500")
    qtbot.mouseClick(form.billable, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.change_order_value, "15000.50")
    cr = stored(tab)["CR-009"]
    assert (cr.schedule_days, cr.cost_impact, cr.billable, cr.change_order_value) == (
        5,
        Decimal("12500.00"),
        True,
        Decimal("15000.50"),
    )
    assert undo_count(tab) == steps_before + 4
    assert tab.current_cr_id() == cr.id
    checkpoint()

    # 3. Submit: it now waits for a decision and counts as pending.
    qtbot.mouseClick(tab.view.detail.step_buttons["submitted"], Qt.MouseButton.LeftButton)
    assert stored(tab)["CR-009"].status == "submitted"
    assert history(tab) == ["Draft → Submitted"]
    assert offered_steps(tab) == {"under_assessment"}
    pending = before_summary.pending_count + 1
    assert tab.view.totals.text_of("pending").startswith(f"{pending} requests")
    assert money_text(
        before_summary.pending_cost + Decimal(12500), "EUR"
    ) in tab.view.totals.text_of("pending")
    checkpoint()

    # 4. Start the assessment.
    qtbot.mouseClick(tab.view.detail.step_buttons["under_assessment"], Qt.MouseButton.LeftButton)
    assert stored(tab)["CR-009"].status == "under_assessment"
    assert history(tab)[-1] == "Submitted → Under assessment"
    assert offered_steps(tab) == {"approved", "rejected", "deferred"}
    assert tab.change_actions.decision.isEnabled()
    checkpoint()

    # 5. Record the client's signed approval in the decision dialog.
    def approve(dialog: ClientDecisionDialog) -> int:
        assert dialog.outcome() == "approved"
        dialog.decided_by.setEditText("Henrik Sørensen")
        dialog.notes.setPlainText("Approved as change order CO-04.")
        dialog.signed.setChecked(True)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ClientDecisionDialog, "exec", approve)
    qtbot.mouseClick(tab.view.detail.step_buttons["approved"], Qt.MouseButton.LeftButton)
    cr = stored(tab)["CR-009"]
    assert (cr.status, cr.decided_by, cr.decided_on, cr.decision_notes) == (
        "approved",
        "Henrik Sørensen",
        today,
        "Approved as change order CO-04.",
    )
    assert "Signed form received" in cr.transitions[-1].comment
    assert history(tab)[-1] == "Under assessment → Approved"
    assert offered_steps(tab) == {"implemented"}
    assert tab.view.detail.text_of("decided_by") == "Henrik Sørensen"
    approved = ws.run(change_summary, tab.project_id)
    assert approved.current_budget == before_summary.current_budget + Decimal(12500)
    assert approved.approved_days == before_summary.approved_days + 5
    assert money_text(approved.current_budget, "EUR") in tab.view.totals.text_of("budget")
    assert money_text(approved.current_contract_value, "EUR") in tab.view.totals.text_of("contract")
    assert f"+ {approved.approved_days} working days" in tab.view.totals.text_of("finish")
    assert not tab.view.detail.apply_button.isVisible()  # no affected task yet
    assert form.cost_impact.isReadOnly()  # the agreed impact is fixed now
    checkpoint()

    # 6. Link the affected task.
    task = next(t for t in before_plan if t.wbs == AFFECTED_WBS)

    def tick(dialog: AffectedTasksDialog) -> int:
        dialog.search.setText("Integration design")
        assert dialog.proxy.rowCount() >= 1
        texts = [dialog.model.index(r).data().strip() for r in range(dialog.model.rowCount())]
        row = next(r for r, text in enumerate(texts) if text.startswith(f"{AFFECTED_WBS} "))
        dialog.model.setData(
            dialog.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
        return ACCEPTED

    monkeypatch.setattr(AffectedTasksDialog, "exec", tick)
    qtbot.mouseClick(tab.view.detail.tasks_button, Qt.MouseButton.LeftButton)
    assert stored(tab)["CR-009"].task_wbs == (AFFECTED_WBS,)
    assert AFFECTED_WBS in tab.view.detail.tasks_label.text()
    assert tab.view.detail.apply_button.isVisible()
    checkpoint()

    # 7. Apply the schedule impact: one edit that reschedules, and the status bar says where.
    monkeypatch.setattr(ImpactDialog, "exec", lambda dialog: 1)  # the default: lengthen
    qtbot.mouseClick(tab.view.detail.apply_button, Qt.MouseButton.LeftButton)
    after = {t.wbs: t for t in plan(tab)}
    assert after[AFFECTED_WBS].duration == task.duration + 5
    assert stored(tab)["CR-009"].schedule_applied_on == today
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Added 5 working days to {AFFECTED_WBS} {task.name}")
    )
    assert not tab.view.detail.apply_button.isVisible()
    assert tab.view.detail.text_of("schedule_applied_on") != "—"
    checkpoint()
    final_plan = plan(tab)

    # Undo back through every step: plan, tasks, decision, workflow, impact, the request.
    window.undo_action.trigger()
    assert plan(tab) == before_plan
    assert stored(tab) == states[-2]
    assert tab.view.detail.apply_button.isVisible()
    window.undo_action.trigger()
    assert stored(tab) == states[-3]
    window.undo_action.trigger()
    assert stored(tab) == states[-4]
    assert stored(tab)["CR-009"].status == "under_assessment"
    assert offered_steps(tab) == {"approved", "rejected", "deferred"}
    assert tab.current_cr_id() == cr.id  # the same request stays selected
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(tab)["CR-009"].status == "draft"
    assert history(tab) == []
    for _ in range(4):
        window.undo_action.trigger()
    assert stored(tab) == states[1]
    window.undo_action.trigger()
    assert stored(tab) == before_log
    assert ws.run(change_summary, tab.project_id) == before_summary

    # Redo everything: the request comes back applied to the plan.
    while tab.editor.stack(tab.project_id or 0).canRedo():
        window.redo_action.trigger()
    assert stored(tab) == states[-1]
    assert plan(tab) == final_plan
    assert tab.select_change(cr.id)
    assert offered_steps(tab) == {"implemented"}


def test_a_timeline_edit_moves_the_footer_finish(window: MainWindow, tab: ChangesTab) -> None:
    """Without a baseline the original finish is the plan's: lengthening the last task moves it."""
    pid = tab.project_id or 0
    assert window.editor.run(pid, edit("No baseline", clear_baseline, pid, 0)) is not REFUSED
    before = tab.view.totals.text_of("finish")
    last = max(
        (t for t in plan(tab) if not t.is_summary and not t.is_milestone),
        key=lambda t: t.finish or dt.date.min,
    )
    assert (
        window.editor.run(pid, edit("Longer", edit_task, last.id, duration=last.duration + 10))
        is not REFUSED
    )
    summary = tab.editor.workspace.run(change_summary, pid)
    assert tab.view.totals.text_of("finish") != before
    assert short_date_text(summary.forecast_finish) in tab.view.totals.text_of("finish")


def test_edits_made_while_the_tab_is_hidden_show_when_it_is_shown(
    window: MainWindow, tab: ChangesTab
) -> None:
    """A hidden tab reads nothing per edit; its menu and its next showing are up to date."""
    row = stored(tab)["CR-008"]
    assert tab.select_change(row.id)
    window.show_view("timeline")
    pid = tab.project_id or 0
    assert (
        window.editor.run(pid, edit("Submit CR-008", transition, row.id, "submitted"))
        is not REFUSED
    )
    assert tab.view.model.row_at(tab.view.model.row_of(row.id)).status == "draft"  # not read yet
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    menus["Changes"].aboutToShow.emit()
    assert tab.change_actions.steps["under_assessment"].isEnabled()
    assert not tab.change_actions.steps["submitted"].isEnabled()
    window.undo_action.trigger()
    window.show_view("changes")
    assert tab.current_cr_id() == row.id
    assert offered_steps(tab) == {"submitted"}


def test_the_decision_dialog_refuses_an_approval_without_notes(
    monkeypatch, tab: ChangesTab
) -> None:
    """Missing notes are named in the dialog, which stays open; the workspace is untouched."""
    before = stored(tab)
    target = before["CR-006"]  # under assessment
    assert tab.select_change(target.id)
    seen: dict[str, object] = {}

    def leave_notes_empty(dialog: ClientDecisionDialog) -> int:
        dialog.decided_by.setEditText("Henrik Sørensen")
        dialog.notes.setPlainText("  ")
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        seen["shown"] = not dialog.error.isHidden()
        return dialog.result()

    monkeypatch.setattr(ClientDecisionDialog, "exec", leave_notes_empty)
    tab.change_actions.decision.trigger()
    assert seen["shown"] is True
    assert "decision notes" in str(seen["error"])
    assert stored(tab) == before
    assert not tab.editor.stack(tab.project_id or 0).canUndo()


def test_a_deferral_needs_no_notes_and_keeps_what_was_said_in_the_history(
    monkeypatch, tab: ChangesTab
) -> None:
    """Defer records the step with the decider and the optional notes in its comment."""
    target = stored(tab)["CR-006"]
    assert tab.select_change(target.id)

    def defer(dialog: ClientDecisionDialog) -> int:
        dialog.decided_by.setEditText("Henrik Sørensen")
        dialog.notes.setPlainText("Revisit after go-live")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ClientDecisionDialog, "exec", defer)
    tab.view.detail.step_buttons["deferred"].click()
    row = stored(tab)["CR-006"]
    assert row.status == "deferred"
    assert row.decided_by == ""  # a deferral is not a decision
    assert "Deferred by Henrik Sørensen" in row.transitions[-1].comment
    assert "Revisit after go-live" in row.transitions[-1].comment
    assert tab.view.detail.step_buttons["submitted"].text() == "Resubmit"
    assert offered_steps(tab) == {"submitted"}


def test_a_refused_field_edit_shows_the_message_and_the_stored_value_comes_back(
    qtbot, tab: ChangesTab, messages: list[str]
) -> None:
    """A blank title is refused by the service: a message box, the old title in the form."""
    row = stored(tab)["CR-008"]
    assert tab.select_change(row.id)
    type_into(qtbot, tab.view.detail.form.title, "   ")
    assert messages, "the refusal was not shown"
    assert stored(tab)["CR-008"].title == row.title
    assert tab.view.detail.form.title.text() == row.title
    assert not tab.editor.stack(tab.project_id or 0).canUndo()


def test_a_title_that_looks_like_markup_or_a_formula_is_shown_as_typed(
    qtbot, window: MainWindow, tab: ChangesTab
) -> None:
    """Renaming in the form is one undoable edit; the panel never reads the title as HTML."""
    row = stored(tab)["CR-007"]
    assert tab.select_change(row.id)
    odd = "=SUM(A1:A9) <b>not bold</b> & co"
    type_into(qtbot, tab.view.detail.form.title, odd)
    assert stored(tab)["CR-007"].title == odd
    assert tab.view.detail.heading.text() == f"CR-007  {odd}"
    assert tab.view.detail.heading.textFormat() == Qt.TextFormat.PlainText
    assert window.undo_action.text().endswith("Rename CR-007")
    window.undo_action.trigger()
    assert stored(tab)["CR-007"].title == row.title


def test_closing_with_a_note_and_impact_locked_after_the_decision(
    monkeypatch, tab: ChangesTab
) -> None:
    """Close asks for an optional note; a decided request's impact fields are read-only."""
    from PySide6.QtWidgets import QInputDialog

    row = stored(tab)["CR-002"]  # implemented
    assert tab.select_change(row.id)
    assert tab.view.detail.form.schedule_days.isReadOnly()
    assert offered_steps(tab) == {"closed"}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Delivered and invoiced", True))
    tab.view.detail.step_buttons["closed"].click()
    closed = stored(tab)["CR-002"]
    assert closed.status == "closed"
    assert closed.transitions[-1].comment == "Delivered and invoiced"
    assert offered_steps(tab) == set()


def test_filters_narrow_the_table(qtbot, tab: ChangesTab) -> None:
    """Awaiting decision, category and text search each narrow the rows; All shows them all."""
    rows = stored(tab)
    bar = tab.view.filters
    bar.status.setCurrentIndex(bar.status.findData("pending"))
    assert set(shown_refs(tab)) == {
        r for r, row in rows.items() if row.status in ("submitted", "under_assessment")
    }
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert set(shown_refs(tab)) == {r for r, row in rows.items() if row.status != "closed"}
    bar.status.setCurrentIndex(0)
    bar.category.setCurrentIndex(bar.category.findData("quality"))
    assert set(shown_refs(tab)) == {r for r, row in rows.items() if row.category == "quality"}
    bar.category.setCurrentIndex(0)
    qtbot.keyClicks(bar.search, "carrier label")
    assert shown_refs(tab) == ["CR-002"]
    bar.search.clear()
    assert len(shown_refs(tab)) == len(rows)


def test_sorting_orders_numbers_dates_and_references_by_value(tab: ChangesTab) -> None:
    """Days and cost sort as numbers, dates as dates, references by their number."""
    rows = stored(tab)
    tab.view.table.sortByColumn(DAYS, Qt.SortOrder.DescendingOrder)
    days = [rows[r].schedule_days for r in shown_refs(tab)]
    assert days == sorted(days, reverse=True)
    assert days[0] == 10
    tab.view.table.sortByColumn(COST, Qt.SortOrder.AscendingOrder)
    costs = [rows[r].cost_impact for r in shown_refs(tab)]
    assert costs == sorted(costs)
    tab.view.table.sortByColumn(RAISED, Qt.SortOrder.DescendingOrder)
    raised = [rows[r].raised_on for r in shown_refs(tab)]
    assert raised == sorted(raised, reverse=True)

    model = ChangeTableModel()
    proxy = ChangeFilterProxy(model)
    log = tab.log
    assert log is not None
    numbered = tuple(
        dataclasses.replace(log.rows[n], reference=ref, id=1000 + n)
        for n, ref in enumerate(("CR-1000", "CR-010", "CR-002"))
    )
    model.set_log(dataclasses.replace(log, rows=numbered))
    proxy.sort(REF, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, REF).data() for r in range(3)] == ["CR-002", "CR-010", "CR-1000"]


def test_selection_is_kept_across_edits_and_undo(
    monkeypatch, window: MainWindow, tab: ChangesTab
) -> None:
    """After a field edit, and after undoing another request's creation, it stays selected."""
    row = stored(tab)["CR-004"]
    assert tab.select_change(row.id)
    form = tab.view.detail.form
    form.priority.setCurrentIndex(form.priority.findData("critical"))
    form.priority.activated.emit(form.priority.currentIndex())
    assert stored(tab)["CR-004"].priority == "critical"
    assert tab.current_cr_id() == row.id
    window.undo_action.trigger()
    assert stored(tab)["CR-004"].priority == row.priority
    assert tab.current_cr_id() == row.id
    assert form.priority.currentData() == row.priority

    monkeypatch.setattr(NewChangeDialog, "exec", lambda d: d.title.setText("Added") or ACCEPTED)
    tab.change_actions.new.trigger()
    added = tab.current_row()
    assert added is not None
    assert added.reference == "CR-009"
    assert tab.select_change(row.id)
    window.undo_action.trigger()  # removes CR-009: the table is rebuilt
    assert "CR-009" not in shown_refs(tab)
    assert tab.current_cr_id() == row.id


def test_a_project_without_requests_shows_the_empty_state(
    qtbot, monkeypatch, window: MainWindow, tab: ChangesTab
) -> None:
    """The other demo project has no log: an empty state whose button raises the first one."""
    model = window.navigator_model
    other = next(
        model.index(0, 0, model.index(row, 0))
        for row in range(1, model.rowCount())  # row 0: "All clients"
        if DEMO_PROJECT_CODE not in model.index(0, 0, model.index(row, 0)).data()
    )
    window.navigator.setCurrentIndex(other)
    assert tab.view.stack.currentIndex() == 0
    assert tab.view.empty_button.isVisible()

    def fill_new(dialog: NewChangeDialog) -> int:
        dialog.title.setText("Extra store in the pilot")
        return ACCEPTED

    monkeypatch.setattr(NewChangeDialog, "exec", fill_new)
    qtbot.mouseClick(tab.view.empty_button, Qt.MouseButton.LeftButton)
    assert tab.view.stack.currentIndex() == 1
    assert shown_refs(tab) == ["CR-001"]
    assert window.statusBar().currentMessage() == "Added CR-001 as a draft"
    window.undo_action.trigger()
    assert tab.view.stack.currentIndex() == 0


def test_export_sign_off_form_writes_a_pdf_and_offers_to_open_it(
    monkeypatch, tmp_path: Path, window: MainWindow, tab: ChangesTab
) -> None:
    """The PDF is written where the user chose; the panel links to it; nothing else changes."""
    row = stored(tab)["CR-006"]
    assert tab.select_change(row.id)
    target = tmp_path / "CR-006 sign-off"
    suggested: list[str] = []

    def choose(_parent, _title, directory, _filter):
        suggested.append(directory)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    opened: list[Path] = []
    monkeypatch.setattr(sign_off, "open_document", opened.append)
    before = stored(tab)
    tab.view.detail.export_button.click()
    written = target.with_name("CR-006 sign-off.pdf")
    assert suggested[0].endswith("CR-006 sign-off.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert stored(tab) == before
    assert not tab.editor.stack(tab.project_id or 0).canUndo()
    assert "Saved CR-006 sign-off.pdf" in window.statusBar().currentMessage()
    assert not tab.view.detail.saved_label.isHidden()
    tab.view.detail.saved_label.linkActivated.emit(written.as_uri())
    assert opened == [written]


def test_export_to_an_unwritable_place_is_a_message(
    monkeypatch, tmp_path: Path, tab: ChangesTab, messages: list[str]
) -> None:
    """A folder that does not exist: the user reads why; no file, no note in the panel."""
    assert tab.select_change(stored(tab)["CR-001"].id)
    target = tmp_path / "missing" / "form.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    tab.view.detail.export_button.click()
    assert messages
    assert not target.exists()
    assert tab.view.detail.saved_label.isHidden()


def test_the_changes_menu_and_its_shortcut(window: MainWindow) -> None:
    """A Changes menu holds the tab's commands; Ctrl+Shift+N is not used by anything else."""
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    texts = [a.text().replace("&", "") for a in menus["Changes"].actions() if a.text()]
    assert texts[:2] == ["New Change Request…", "Submit"]
    assert "Record Client Decision…" in texts
    assert "Export Sign-off Form…" in texts
    new = window.changes.change_actions.new
    clashes = [
        a
        for a in window.findChildren(type(new))
        if a is not new and new.shortcut() in a.shortcuts()
    ]
    assert not new.shortcut().isEmpty()
    assert clashes == []


def test_history_model_without_widgets() -> None:
    """An empty history has no rows; the proxy refuses unknown filter names."""
    assert HistoryModel().rowCount() == 0
    with pytest.raises(AttributeError):
        ChangeFilterProxy(ChangeTableModel()).set_filter(colour="red")


def test_applying_the_impact_as_a_new_task_adds_it_after_the_affected_one(
    qtbot, monkeypatch, window: MainWindow, tab: ChangesTab
) -> None:
    """The PM may show the approved days as their own task; Undo takes it out again."""
    before_plan = plan(tab)
    cr = stored(tab)["CR-001"]
    assert tab.select_change(cr.id)
    [affected] = cr.task_wbs

    def choose_a_task(dialog: ImpactDialog) -> int:
        assert dialog.extend.isChecked()  # lengthening is the default
        assert any(affected in label.text() for label in dialog.findChildren(QLabel))
        dialog.add_task.setChecked(True)
        return 1

    monkeypatch.setattr(ImpactDialog, "exec", choose_a_task)
    qtbot.mouseClick(tab.view.detail.apply_button, Qt.MouseButton.LeftButton)
    names = [t.name for t in plan(tab)]
    after = names.index(next(t.name for t in before_plan if t.wbs == affected)) + 1
    assert names[after] == f"CR-001 {cr.title}"
    assert len(names) == len(before_plan) + 1
    assert window.statusBar().currentMessage().startswith("Added a task of 6 working days after")
    assert stored(tab)["CR-001"].schedule_applied_on is not None
    window.undo_action.trigger()
    assert plan(tab) == before_plan
    assert stored(tab)["CR-001"].schedule_applied_on is None


def test_cancelling_the_impact_choice_changes_nothing(qtbot, monkeypatch, tab: ChangesTab) -> None:
    """Closing the choice without applying leaves the plan and the request as they were."""
    before_plan, cr = plan(tab), stored(tab)["CR-001"]
    assert tab.select_change(cr.id)
    monkeypatch.setattr(ImpactDialog, "exec", lambda dialog: 0)
    qtbot.mouseClick(tab.view.detail.apply_button, Qt.MouseButton.LeftButton)
    assert plan(tab) == before_plan
    assert stored(tab)["CR-001"] == cr
