"""The Risks tab end to end: inline edits, the heat-map filter, search, status filter and
the New risk dialog change (or refuse to change) the workspace file, and undo/redo take
each change back and bring it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog

from cpm_desktop.services.risks.views import RiskRow, risk_register
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.risks.filter_proxy import RiskFilterProxy
from cpm_desktop.ui.risks.new_risk_dialog import NewRiskDialog
from cpm_desktop.ui.risks.risk_model import PROBABILITY, STATUS, TITLE, RiskTableModel
from cpm_desktop.ui.risks.tab import RisksTab
from tests.ui.windows import shown_on


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window, shown and active on the Risks tab of the demo project."""
    return shown_on(qtbot, window, "risks", active=True)


@pytest.fixture
def tab(window: MainWindow) -> RisksTab:
    """The Risks tab of the window."""
    return window.risks


def stored(tab: RisksTab) -> dict[str, RiskRow]:
    """The register as the workspace file has it now, by reference."""
    assert tab.project_id is not None
    register = tab.editor.workspace.run(risk_register, tab.project_id)
    return {row.reference: row for row in register.rows}


def open_risk(tab: RisksTab) -> RiskRow:
    """An open risk of the demo register (not an issue: it has a probability)."""
    return next(r for r in stored(tab).values() if r.kind == "risk" and r.status == "open")


def shown_refs(tab: RisksTab) -> list[str]:
    """The references in the table's rows, top to bottom."""
    proxy = tab.view.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def choose_in_cell(qtbot, tab: RisksTab, risk_id: int, column: int, value: object) -> None:
    """Open the cell's dropdown as a user would (F2), pick `value`, as a click on it does."""
    assert tab.select_risk(risk_id)
    table = tab.view.table
    index = tab.view.proxy.mapFromSource(
        tab.view.model.index(tab.view.model.row_of(risk_id), column)
    )
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None, "F2 did not open a dropdown"
    found = combo.findData(value)
    assert found >= 0
    combo.setCurrentIndex(found)
    combo.activated.emit(found)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_model_passes_the_model_tester(qtmodeltester, tab: RisksTab) -> None:
    """The table model and its filter proxy follow Qt's item-model rules."""
    qtmodeltester.check(tab.view.model)
    qtmodeltester.check(tab.view.proxy)


def test_picking_a_probability_changes_the_file_and_undo_redo_take_it_back(
    qtbot, window: MainWindow, tab: RisksTab
) -> None:
    """A dropdown edit of P is stored; Ctrl+Z restores it, redo brings it back."""
    risk = open_risk(tab)
    new = 1 if risk.probability != 1 else 2
    choose_in_cell(qtbot, tab, risk.id, PROBABILITY, new)
    assert stored(tab)[risk.reference].probability == new
    assert tab.current_row() is not None
    assert tab.view.model.row_at(tab.view.model.row_of(risk.id)).probability == new

    tab.view.table.setFocus()
    qtbot.keyClick(tab.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(tab)[risk.reference].probability == risk.probability
    assert tab.view.model.row_at(tab.view.model.row_of(risk.id)).probability == risk.probability

    window.redo_action.trigger()
    assert stored(tab)[risk.reference].probability == new
    window.undo_action.trigger()
    assert stored(tab)[risk.reference].probability == risk.probability


def test_typing_a_title_renames_the_entry(qtbot, window: MainWindow, tab: RisksTab) -> None:
    """The title is edited inline through the service, and the edit is undoable."""
    risk = open_risk(tab)
    index = tab.view.proxy.mapFromSource(
        tab.view.model.index(tab.view.model.row_of(risk.id), TITLE)
    )
    assert (
        tab.view.proxy.setData(index, "Scanner delivery slips", Qt.ItemDataRole.EditRole) is False
    )
    assert stored(tab)[risk.reference].title == "Scanner delivery slips"
    window.undo_action.trigger()
    assert stored(tab)[risk.reference].title == risk.title


def test_a_refused_edit_keeps_the_old_value(qtbot, tab: RisksTab, messages: list[str]) -> None:
    """An empty title is refused by the service: the message is shown, nothing changes."""
    risk = open_risk(tab)
    index = tab.view.proxy.mapFromSource(
        tab.view.model.index(tab.view.model.row_of(risk.id), TITLE)
    )
    tab.view.proxy.setData(index, "   ", Qt.ItemDataRole.EditRole)
    assert messages, "the refusal was not shown"
    assert stored(tab)[risk.reference].title == risk.title
    assert index.data() == risk.title
    assert not tab.editor.stack(tab.project_id or 0).canUndo()


def test_closing_through_the_status_dropdown_is_undoable(
    qtbot, window: MainWindow, tab: RisksTab
) -> None:
    """Choosing Closed closes the entry (hidden by the default filter); undo reopens it."""
    risk = open_risk(tab)
    choose_in_cell(qtbot, tab, risk.id, STATUS, "closed")
    assert stored(tab)[risk.reference].status == "closed"
    assert risk.reference not in shown_refs(tab)
    window.undo_action.trigger()
    assert stored(tab)[risk.reference].status == "open"
    assert risk.reference in shown_refs(tab)


def test_clicking_a_heat_map_cell_filters_the_table_and_clearing_restores(
    qtbot, tab: RisksTab
) -> None:
    """A click shows only that cell's risks, outlined; a second click or Clear shows all."""
    everything = shown_refs(tab)
    register = tab.register
    assert register is not None
    p, i = next(
        (p, i) for p in range(5, 0, -1) for i in range(5, 0, -1) if register.heat_map.count(p, i)
    )
    centre = tab.view.heat_map.cell_rect(p, i).center().toPoint()
    qtbot.mouseClick(tab.view.heat_map, Qt.MouseButton.LeftButton, pos=centre)
    refs = shown_refs(tab)
    rows = stored(tab)
    assert len(refs) == register.heat_map.count(p, i)
    assert all((rows[r].probability, rows[r].impact) == (p, i) for r in refs)
    assert tab.view.heat_map.selected == (p, i)
    assert tab.view.cell_label.isVisible()

    qtbot.mouseClick(tab.view.heat_map, Qt.MouseButton.LeftButton, pos=centre)
    assert shown_refs(tab) == everything
    assert tab.view.heat_map.selected is None

    qtbot.mouseClick(tab.view.heat_map, Qt.MouseButton.LeftButton, pos=centre)
    tab.view.cell_label.linkActivated.emit("clear")
    assert shown_refs(tab) == everything
    assert not tab.view.cell_label.isVisible()


def test_heat_map_keyboard_chooses_a_cell(qtbot, tab: RisksTab) -> None:
    """The arrow keys move over the grid and Space filters, as a click does."""
    tab.view.heat_map.setFocus()
    qtbot.keyClick(tab.view.heat_map, Qt.Key.Key_Up)
    qtbot.keyClick(tab.view.heat_map, Qt.Key.Key_Space)
    assert tab.view.heat_map.selected == (4, 3)


def test_text_search_and_status_filter(qtbot, tab: RisksTab) -> None:
    """The search box narrows the rows by text; the status filter shows closed entries."""
    rows = stored(tab)
    target = open_risk(tab)
    word = target.title.split()[0]
    qtbot.keyClicks(tab.view.filters.search, word)
    refs = shown_refs(tab)
    assert target.reference in refs
    assert all(
        word.casefold()
        in (
            rows[r].title
            + rows[r].description
            + rows[r].cause
            + rows[r].effect
            + rows[r].mitigation
            + rows[r].contingency
            + rows[r].owner
            + rows[r].category
            + rows[r].trigger
            + r
        ).casefold()
        for r in refs
    )
    tab.view.filters.search.clear()

    closed = {r for r, row in rows.items() if row.status == "closed"}
    assert closed, "the demo register has closed entries"
    assert not closed & set(shown_refs(tab))
    status = tab.view.filters.status
    status.setCurrentIndex(status.findData("closed"))
    assert set(shown_refs(tab)) == closed
    status.setCurrentIndex(status.findData(""))
    assert set(shown_refs(tab)) == set(rows)


def test_new_risk_through_the_dialog_is_undoable(
    qtbot, monkeypatch, window: MainWindow, tab: RisksTab
) -> None:
    """The New risk dialog adds an entry (selected); Undo removes it again."""

    def fill_and_accept(dialog: NewRiskDialog) -> int:
        dialog.title.setText("Forklift licences expire before go-live")
        dialog.owner.setEditText("Marco Rossi")
        dialog.probability.setCurrentIndex(dialog.probability.findData(4))
        dialog.impact.setCurrentIndex(dialog.impact.findData(2))
        dialog.category.setEditText("Operations")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewRiskDialog, "exec", fill_and_accept)
    before = set(stored(tab))
    tab.view.new_button.click()
    added = [row for ref, row in stored(tab).items() if ref not in before]
    assert len(added) == 1
    new = added[0]
    assert (new.title, new.owner, new.probability, new.impact, new.category) == (
        "Forklift licences expire before go-live",
        "Marco Rossi",
        4,
        2,
        "Operations",
    )
    assert tab.current_risk_id() == new.id
    window.undo_action.trigger()
    assert set(stored(tab)) == before
    window.redo_action.trigger()
    assert new.reference in stored(tab)


def test_close_and_reopen_buttons(qtbot, monkeypatch, tab: RisksTab) -> None:
    """Close asks for a note and closes; Reopen opens it again."""
    from PySide6.QtWidgets import QInputDialog

    risk = open_risk(tab)
    tab.select_risk(risk.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Supplier confirmed", True))
    tab.view.close_button.click()
    assert stored(tab)[risk.reference].status == "closed"
    assert stored(tab)[risk.reference].closure_note == "Supplier confirmed"
    tab.view.filters.status.setCurrentIndex(tab.view.filters.status.findData(""))
    assert tab.select_risk(risk.id)
    assert tab.view.reopen_button.isEnabled()
    tab.view.reopen_button.click()
    assert stored(tab)[risk.reference].status == "open"


def test_filter_proxy_without_widgets() -> None:
    """An empty model shows nothing and the proxy accepts any filter names it knows."""
    proxy = RiskFilterProxy(RiskTableModel())
    proxy.set_filter(status="", text="x")
    assert proxy.rowCount() == 0
    with pytest.raises(AttributeError):
        proxy.set_filter(colour="red")


def test_the_full_form_edits_response_impacts_and_linked_tasks_in_one_undoable_step(
    qtbot, window: MainWindow, tab: RisksTab, monkeypatch
) -> None:
    """Mitigation, cost impact, review date and linked tasks change together; one undo."""
    from cpm_desktop.ui.risks import risk_dialog

    row = open_risk(tab)
    before = stored(tab)

    def fill_in(dialog: risk_dialog.RiskDialog) -> int:
        dialog.texts["mitigation"].setPlainText("Weekly check-in with the carrier's API team.")
        dialog.cost.setText("25000")
        dialog.review.setText("2026-12-01")
        dialog.linked.setText("4.4.3, 5.2")
        return 1

    monkeypatch.setattr(risk_dialog.RiskDialog, "exec", fill_in)
    tab.select_risk(row.id)
    tab.actions.edit.trigger()
    edited = stored(tab)[row.reference]
    assert edited.mitigation == "Weekly check-in with the carrier's API team."
    assert str(edited.cost_impact) == "25000.00"
    assert edited.review_on is not None
    assert edited.review_on.isoformat() == "2026-12-01"
    assert edited.task_wbs == ("4.4.3", "5.2")
    window.undo_action.trigger()
    assert stored(tab) == before


def test_an_unknown_wbs_in_the_form_is_refused_and_nothing_changes(
    qtbot, tab: RisksTab, monkeypatch, messages: list[str]
) -> None:
    """Linking to a WBS code the plan does not have names it; the entry stays as it was."""
    from cpm_desktop.ui.risks import risk_dialog

    row = open_risk(tab)
    before = stored(tab)

    def fill_in(dialog: risk_dialog.RiskDialog) -> int:
        dialog.linked.setText("99.9")
        dialog.texts["trigger"].setPlainText("Changed too")
        return 1

    monkeypatch.setattr(risk_dialog.RiskDialog, "exec", fill_in)
    tab.select_risk(row.id)
    tab.actions.edit.trigger()
    assert any("99.9" in text for text in messages)
    assert stored(tab) == before
