"""The whole life of a small project through the window's dialogs, as a PM would live it.

New workspace → client → project → tasks → stage gates → baseline → three status cycles with
progress → a change request approved → closure; then the pack and the workbook of the closed
project. Each modal dialog's `exec` is played by a function that fills it and presses its
button, as in the tests of each dialog.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from cpm_desktop.domain import ChangeStatus, ProjectStatus, Stage
from cpm_desktop.services.changes.views import change_log
from cpm_desktop.services.plan.baselines import list_baselines
from cpm_desktop.services.portfolio.views import portfolio, project_summary
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.texts.since_last import since_last_lines
from cpm_desktop.ui.changes.client_decision_dialog import ClientDecisionDialog
from cpm_desktop.ui.changes.new_change_dialog import NewChangeDialog
from cpm_desktop.ui.client_workbook import export as workbook_export
from cpm_desktop.ui.dialogs.audience import AudienceDialog
from cpm_desktop.ui.lifecycle.close_dialog import CloseProjectDialog
from cpm_desktop.ui.lifecycle.lessons_model import RECOMMENDATION, TITLE
from cpm_desktop.ui.lifecycle.stage_gate_dialog import StageGateDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.setup.client_dialog import ClientDialog
from cpm_desktop.ui.setup.project_dialog import NewProjectDialog
from cpm_desktop.ui.status_cycle.progress_model import PERCENT, REMAINING
from cpm_desktop.ui.status_cycle.update_dialog import UpdateStatusDialog
from cpm_desktop.ui.steering_pack import export as pack_export
from cpm_desktop.ui.steering_pack.dialog import SteeringPackDialog
from cpm_desktop.ui.timeline.task_model import DURATION, NAME, PREDECESSORS
from tests.ui.dialogs import answering
from tests.ui.test_timeline import stored, type_into
from tests.ui.windows import shown_on

ACCEPTED = QDialog.DialogCode.Accepted
START = dt.date(2027, 1, 4)  # a Monday
PLAN = (  # name, working days, predecessor rows (1-based, as typed in the table)
    ("Kick-off", "0", ""),
    ("Design", "5", "1"),
    ("Build", "10", "2"),
    ("Test", "5", "3"),
    ("Go-live", "0", "4"),
)


def new_client(dialog: ClientDialog) -> None:
    dialog.name.setText("Harbour Foods")
    dialog.industry.setText("Food wholesale")
    dialog.currency.setText("EUR")


def new_project(dialog: NewProjectDialog) -> None:
    form = dialog.form
    dialog.client.setCurrentIndex(dialog.client.findText("Harbour Foods"))
    form.code.setText("HF-ERP")
    form.name.setText("Order system upgrade")
    form.objective.setPlainText("Take orders in the new system from March.")
    form.start_date.setDate(START)
    form.budget.setText("80000")
    form.contract_value.setText("100000")


def gate_approved_by_the_sponsor(dialog: StageGateDialog) -> None:
    dialog.approved_by.setText("Mia Larsen")


def summary(window: MainWindow):  # noqa: ANN201 - the read model's own type
    assert window.project_id is not None
    return window.workspace.run(project_summary, window.project_id)


def add_plan(qtbot, window: MainWindow) -> None:
    """Insert each task in the Timeline and type its name, duration and predecessor."""
    actions = window.timeline.actions
    table = window.timeline.view.table
    for name, days, after in PLAN:
        table.setCurrentIndex(QModelIndex())  # nothing selected: Insert adds at the end
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        actions.insert_task.trigger()
        task = stored(window)["New task"]
        if table.state() == QAbstractItemView.State.EditingState:  # Insert opened its name
            [editor] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
            editor.setText(name)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
        else:
            type_into(qtbot, window, task.id, NAME, name)
        for column, text in ((DURATION, days), (PREDECESSORS, after)):
            if text:
                # The last cell's editor is deleted later: let it go before the next opens.
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                type_into(qtbot, window, task.id, column, text)


def update_status(monkeypatch, window: MainWindow, day: dt.date, *, slip: str = "") -> list:
    """Project › Update Status… for `day`: everything as planned except `slip`, which is
    behind (40 % done, 8 days to go), and a commentary."""
    seen: list[UpdateStatusDialog] = []

    def play(dialog: UpdateStatusDialog) -> int:
        seen.append(dialog)
        dialog.progress.status_date.setDate(day)
        dialog.progress.mark_all.click()
        model = dialog.progress.model
        for row in range(model.rowCount()):
            if model.row_at(row).name == slip:
                assert model.setData(model.index(row, PERCENT), "40")
                assert model.setData(model.index(row, REMAINING), "8")
        dialog.next.click()
        dialog.report.commentary.setPlainText(f"Status as of {day.isoformat()}.")
        dialog.finish.click()
        return ACCEPTED

    monkeypatch.setattr(UpdateStatusDialog, "exec", play)
    window.status_cycle.update_status.trigger()
    assert summary(window).status_date == day
    return [line for dialog in seen for line in since_last_lines(dialog.since_last)]


def approve_a_change(qtbot, monkeypatch, window: MainWindow) -> None:
    """Raise a change request, submit, assess, and record the client's approval."""
    shown_on(qtbot, window, "changes")
    tab = window.changes

    def fill_new(dialog: NewChangeDialog) -> int:
        dialog.title.setText("Second warehouse interface")
        return ACCEPTED

    def approve(dialog: ClientDecisionDialog) -> int:
        dialog.decided_by.setEditText("Mia Larsen")
        dialog.notes.setPlainText("Approved at the steering committee.")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(NewChangeDialog, "exec", fill_new)
    monkeypatch.setattr(ClientDecisionDialog, "exec", approve)
    qtbot.mouseClick(tab.view.filters.new_button, Qt.MouseButton.LeftButton)
    for step in ("submitted", "under_assessment", "approved"):
        qtbot.mouseClick(tab.view.detail.step_buttons[step], Qt.MouseButton.LeftButton)


def close_with_feedback_and_a_lesson(dialog: CloseProjectDialog) -> None:
    dialog.commentary.setPlainText("Live since March; handed over to support.")
    dialog.score.setCurrentIndex(dialog.score.findData(5))
    dialog.feedback_comment.setPlainText("On time, and the team listened.")
    dialog.add_button.click()
    dialog.lessons.setData(dialog.lessons.index(0, TITLE), "Test data early")
    dialog.lessons.setData(dialog.lessons.index(0, RECOMMENDATION), "Ask for it at kick-off")


def test_a_project_from_the_first_day_to_the_last(
    qtbot, monkeypatch, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    # A new, empty workspace.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.cpm"), "")
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )  # not the demo
    window.commands.new.trigger()
    assert window.workspace.run(portfolio) == []

    # Initiation: the client and the project.
    answering(monkeypatch, ClientDialog, new_client)
    answering(monkeypatch, NewProjectDialog, new_project)
    window.setup.new_client.trigger()
    window.setup.new_project.trigger()
    assert window.header.project_code() == "HF-ERP"
    assert summary(window).stage is Stage.INITIATION

    # Planning: the plan, a gate into planning and one into execution, the baseline.
    answering(monkeypatch, StageGateDialog, gate_approved_by_the_sponsor)
    window.lifecycle.stage_gate.trigger()
    shown_on(qtbot, window, "timeline", active=True)
    add_plan(qtbot, window)
    plan = stored(window)
    assert [plan[name].duration for name, _, _ in PLAN] == [0, 5, 10, 5, 0]
    assert plan["Go-live"].start > plan["Test"].start > plan["Build"].start
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.timeline.actions.save_baseline.trigger()
    assert len(window.workspace.run(list_baselines, window.project_id)) == 1
    window.lifecycle.update_actions()
    window.lifecycle.stage_gate.trigger()
    assert summary(window).stage is Stage.EXECUTION

    # Execution: three weekly status cycles; Design finishes in the second, Build slips in
    # the third.
    wednesdays = [START + dt.timedelta(days=2 + 7 * week) for week in range(3)]  # Wednesdays
    assert update_status(monkeypatch, window, wednesdays[0]) == [
        "First report: nothing to compare with."
    ]
    second = update_status(monkeypatch, window, wednesdays[1])
    assert any("finished: Design" in line for line in second), second
    third = update_status(monkeypatch, window, wednesdays[2], slip="Build")
    assert any(line.startswith("3 tasks slipped: Build by ") for line in third), third
    for wednesday in wednesdays:
        report = window.workspace.run(status_report, window.project_id, wednesday)
        assert report.commentary == f"Status as of {wednesday.isoformat()}."

    # A change request, approved by the client.
    approve_a_change(qtbot, monkeypatch, window)
    [change] = window.workspace.run(change_log, window.project_id).rows
    assert change.status is ChangeStatus.APPROVED

    # Closure: the final report, the client's feedback, a lesson; then read-only.
    answering(monkeypatch, CloseProjectDialog, close_with_feedback_and_a_lesson)
    window.lifecycle.close_project.trigger()
    closed = summary(window)
    assert (closed.status, closed.stage) == (ProjectStatus.CLOSED, Stage.CLOSURE)
    assert messages == []

    # The closed project's pack and workbook, as the client gets them.
    pack, book = tmp_path / "HF-ERP pack.pdf", tmp_path / "HF-ERP workbook.xlsx"
    monkeypatch.setattr(pack_export, "open_pdf", lambda _path: None)
    monkeypatch.setattr(workbook_export, "open_workbook", lambda _path: None)
    monkeypatch.setattr(AudienceDialog, "exec", lambda _dialog: ACCEPTED)

    def export_pack(dialog: SteeringPackDialog) -> int:
        dialog.open_when_done.setChecked(False)
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(SteeringPackDialog, "exec", export_pack)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pack), ""))
    window.commands.export_pack.trigger()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    window.commands.export_workbook.trigger()
    assert messages == []
    assert pack.read_bytes().startswith(b"%PDF")
    summary_sheet = openpyxl.load_workbook(book, read_only=True)["Summary"]
    assert any(
        "HF-ERP" in str(cell) for row in summary_sheet.iter_rows(values_only=True) for cell in row
    )
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pack), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Order system upgrade" in text
        assert "Since the last report" in text
