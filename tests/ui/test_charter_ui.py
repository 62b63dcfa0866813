"""The Charter page end to end on the demo: what it shows, an objective added through its form
and undone, the Original | Current switch, moving a line, and a change request's scope lines
named from the Changes tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cpm_desktop.domain.charter import ScopeKind
from cpm_desktop.services.charter.views import project_charter
from cpm_desktop.ui.charter.change_scope_dialog import ChangeScopeDialog
from cpm_desktop.ui.charter.dialogs import ObjectiveDialog
from cpm_desktop.ui.charter.page import CharterPage
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.dialogs import answering
from tests.ui.project_records_support import ACCEPTED, answer_dialogs
from tests.ui.windows import shown_on

editor = support.editor  # fixtures
project_id = support.project_id


@pytest.fixture
def page(qtbot: Any, editor: Editor, project_id: int) -> CharterPage:
    """The page on the demo project, on screen at a projector's size."""
    shown = CharterPage(editor)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show_project(project_id)
    shown.show()
    return shown


def column(table: Any, col: int) -> list[str]:
    """A table's texts in one column, top to bottom."""
    model = table.model()
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def test_the_page_shows_the_demo_charter(page: CharterPage, qtmodeltester: Any) -> None:
    """Objective and SOW on top; objectives counted; scope marked by its change requests."""
    assert page.header.objective.text().startswith("Run the Hamburg distribution centre")
    assert page.header.description.isVisible()
    assert page.header.sow.text() == (
        "Statement of work 1.1, signed 21 Oct 2026 by Henrik Sørensen"
    )
    assert not page.header.received.isChecked()
    qtmodeltester.check(page.objectives.model)
    assert page.objectives.summary.text() == "2 met · 1 not met · 2 not yet measured"
    in_scope = page.scope[ScopeKind.IN_SCOPE]
    assert column(in_scope.table, 1)[-3:] == ["+ CR-001", "+ CR-002", "+ CR-006 pending"]
    assert in_scope.summary.text() == "10 now: 8 original, 2 added · 1 pending a decision"
    out = page.scope[ScopeKind.OUT_OF_SCOPE]
    assert column(out.table, 1)[:2] == ["− CR-001", "− CR-006 pending"]
    assert page.scope[ScopeKind.CONSTRAINT].table.isColumnHidden(1)  # nothing marks them
    assert column(page.deliverables, 0)[0] == "D-001"
    assert page.sow.summary.text() == "In force: 1.1, signed 21 Oct 2026"


def test_original_shows_the_scope_as_first_signed(page: CharterPage) -> None:
    in_scope = page.scope[ScopeKind.IN_SCOPE]
    page.original.click()
    assert in_scope.proxy.rowCount() == 8
    assert in_scope.table.isColumnHidden(1)
    assert in_scope.summary.text() == "8 as first signed"
    page.current.click()
    assert in_scope.proxy.rowCount() == 11


def test_adding_an_objective_then_undo(
    page: CharterPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form's OK adds the objective at the end, selected; Undo takes it away again."""

    def fill(dialog: ObjectiveDialog) -> None:
        dialog.objective.setPlainText("Hand over to the service desk in two weeks")
        dialog.target.setText("≤ 10 working days")
        dialog.actual.setText("8 working days")
        dialog.met.setCurrentIndex(dialog.met.findData(True))

    opened = answer_dialogs(monkeypatch, ObjectiveDialog, fill)
    page.objectives.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    stored = editor.workspace.run(project_charter, project_id).objectives
    assert [(o.position, o.target, o.met) for o in stored][-1] == (6, "≤ 10 working days", True)
    assert page.objectives.proxy.rowCount() == 6
    assert page.objectives.current_row() == stored[-1]
    assert page.objectives.summary.text() == "3 met · 1 not met · 2 not yet measured"

    undo = editor.group.createUndoAction(page)
    assert undo.text() == "Undo Add objective"
    undo.trigger()
    assert len(editor.workspace.run(project_charter, project_id).objectives) == 5
    assert page.objectives.proxy.rowCount() == 5
    assert page.objectives.summary.text() == "2 met · 1 not met · 2 not yet measured"


def test_a_refused_objective_stays_in_its_form(
    page: CharterPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ObjectiveDialog) -> None:
        dialog.objective.setPlainText("Fewer mis-picks")
        dialog.met.setCurrentIndex(dialog.met.findData(False))  # no actual recorded

    opened = answer_dialogs(monkeypatch, ObjectiveDialog, fill)
    page.objectives.add_action.trigger()
    assert opened[0].result() != ACCEPTED
    assert "Record the actual value" in opened[0].error.text()
    assert len(editor.workspace.run(project_charter, project_id).objectives) == 5


def test_moving_a_line_up_keeps_it_selected(page: CharterPage, editor: Editor) -> None:
    panel = page.scope[ScopeKind.DEPENDENCY]
    panel.table.setCurrentIndex(panel.proxy.index(2, 0))
    assert not panel.down_action.isEnabled()
    panel.up_action.trigger()
    assert column(panel.table, 0)[1].startswith("RF scanners")
    assert panel.current_row() is not None
    assert panel.current_row().position == 2
    editor.group.undo()
    assert column(panel.table, 0)[2].startswith("RF scanners")


def test_ticking_signed_form_received_is_an_undoable_edit(
    page: CharterPage, editor: Editor, project_id: int
) -> None:
    page.header.received.click()
    signed = editor.workspace.run(project_charter, project_id).latest_signed
    assert signed is not None
    assert signed.form_received
    assert page.sow.summary.text() == "In force: 1.1, signed 21 Oct 2026"
    assert column(page.sow.table, 4)[-1] == "✓ Received"
    editor.group.undo()
    assert not page.header.received.isChecked()


def test_a_change_request_names_its_scope_lines_from_the_changes_tab(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CR-008 (a draft) adds a line and removes one; the charter marks them pending."""
    tab = shown_on(qtbot, window, "changes").changes
    log = tab.log
    assert log is not None
    cr = next(row for row in log.rows if row.reference == "CR-008")
    tab.select_change(cr.id)
    assert tab.change_actions.scope_lines.isEnabled()

    def fill(dialog: ChangeScopeDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ScopeKind.IN_SCOPE))
        dialog.text.setText("Chilled-zone slotting rules")
        dialog.add_line()
        item = next(
            dialog.removed.item(i)
            for i in range(dialog.removed.count())
            if "Nordhaven's other sites" in dialog.removed.item(i).text()
        )
        item.setCheckState(Qt.CheckState.Checked)
        locked = next(
            dialog.removed.item(i)
            for i in range(dialog.removed.count())
            if "removed by CR-001" in dialog.removed.item(i).text()
        )
        assert not locked.flags() & Qt.ItemFlag.ItemIsUserCheckable

    answering(monkeypatch, ChangeScopeDialog, fill)
    tab.change_actions.scope_lines.trigger()
    assert tab.view.detail.scope_label.text() == (
        "+ In scope: Chilled-zone slotting rules\n− Out of scope: Nordhaven's other sites "
        "(Bremen, Leipzig)"
    )
    pid = window.project_id
    assert pid is not None
    charter = window.changes.editor.workspace.run(project_charter, pid)
    added = charter.of_kind(ScopeKind.IN_SCOPE)[-1]
    assert (added.text, added.current) == ("Chilled-zone slotting rules", False)
    assert added.added_by is not None
    assert added.added_by.reference == "CR-008"
