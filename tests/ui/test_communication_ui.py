"""The Communication page: the plan and the escalation path of the demo, a line added through
the dialog and undone, a line moved down, a level added."""

from __future__ import annotations

from cpm_desktop.services.communication.escalation import escalation_path
from cpm_desktop.services.communication.plan import communication_plan
from cpm_desktop.ui.communication.dialogs import CommunicationDialog, EscalationDialog
from cpm_desktop.ui.communication.page import CommunicationPage
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import ACCEPTED, answer_dialogs, shown_column

editor = support.editor  # fixtures
project_id = support.project_id


def plan(editor: Editor, pid: int) -> list[str]:
    """What the plan holds, in its order, as stored."""
    return [r.content for r in editor.workspace.run(communication_plan, pid)]


def open_page(qtbot, editor: Editor, pid: int) -> CommunicationPage:
    """The page on the demo project at a usable size."""
    page = CommunicationPage(editor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show_project(pid)
    page.show()
    return page


def test_both_tables_show_the_demo(qtbot, qtmodeltester, editor: Editor, project_id: int) -> None:
    """Six lines of the plan in order, three escalation levels."""
    page = open_page(qtbot, editor, project_id)
    qtmodeltester.check(page.plan.model)
    assert shown_column(page.plan, 1) == plan(editor, project_id)
    assert shown_column(page.plan, 0) == ["1", "2", "3", "4", "5", "6"]
    assert shown_column(page.escalation, 0) == ["1", "2", "3"]
    assert (page.plan.summary.text(), page.escalation.summary.text()) == ("6 lines", "3 levels")


def test_adding_a_line_then_undo(qtbot, monkeypatch, editor: Editor, project_id: int) -> None:
    """OK adds the line at the end of the plan; Undo removes it."""
    page = open_page(qtbot, editor, project_id)
    before = plan(editor, project_id)

    def fill(dialog: CommunicationDialog) -> None:
        dialog.content.setText("Cut-over briefing")
        dialog.audience.setText("All shift leads")
        dialog.frequency.setEditText("Once, the week before go-live")

    opened = answer_dialogs(monkeypatch, CommunicationDialog, fill)
    page.plan.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    assert plan(editor, project_id) == [*before, "Cut-over briefing"]
    assert page.plan.current_row() is not None
    assert page.plan.current_row().position == len(before) + 1
    editor.group.undo()
    assert plan(editor, project_id) == before
    assert page.plan.proxy.rowCount() == len(before)


def test_moving_a_line_down_keeps_it_selected(qtbot, editor: Editor, project_id: int) -> None:
    """Move Down swaps it with the next; it stays selected; Move Up is then enabled."""
    page = open_page(qtbot, editor, project_id)
    first, second, *rest = plan(editor, project_id)
    page.plan.table.selectRow(0)
    assert not page.plan.up_button.isEnabled()
    page.plan.down_button.click()
    assert plan(editor, project_id) == [second, first, *rest]
    assert page.plan.current_row() is not None
    assert page.plan.current_row().content == first
    assert page.plan.up_button.isEnabled()


def test_adding_an_escalation_level(qtbot, monkeypatch, editor: Editor, project_id: int) -> None:
    """The new level is the fourth, with its contacts and triggers."""
    page = open_page(qtbot, editor, project_id)

    def fill(dialog: EscalationDialog) -> None:
        assert dialog.level.text() == "4"
        dialog.supplier_contact.setText("CEO")
        dialog.client_contact.setEditText("Henrik Sørensen")
        dialog.trigger.setPlainText("Termination notice")

    answer_dialogs(monkeypatch, EscalationDialog, fill)
    page.escalation.add_action.trigger()
    levels = editor.workspace.run(escalation_path, project_id)
    assert [(r.level, r.supplier_contact) for r in levels][-1] == (4, "CEO")
    assert page.escalation.proxy.rowCount() == 4
