"""The lessons and stakeholders panels: accent-blind search, the project/all switch, editing
a lesson of another project, contacts with influence and sponsor, refusals in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cpm_desktop.services.portfolio.views import stakeholders
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.ui.project_records.contact_dialog import ContactDialog
from cpm_desktop.ui.project_records.lesson_dialog import LessonDialog
from cpm_desktop.ui.project_records.lessons_panel import LessonsPanel
from cpm_desktop.ui.project_records.stakeholders_panel import StakeholdersPanel, influence_color
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import (
    REJECTED,
    answer_dialogs,
    confirm,
    open_panel,
    shown_column,
)

editor = support.editor  # fixtures
project_id = support.project_id


def test_lessons_search_folds_accents_and_the_switch_widens_it(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """A lesson added here is found by 'zurich' for 'Zürich'; All projects shows the others'."""
    panel = open_panel(qtbot, LessonsPanel(editor), project_id)
    own = editor.workspace.run(lessons, project_id=project_id)
    assert sorted(shown_column(panel, 2)) == sorted(r.title for r in own)

    def fill(dialog: LessonDialog) -> None:
        dialog.title.setText("Hold design reviews at the Zürich office")
        dialog.category.setEditText("Workshops")

    answer_dialogs(monkeypatch, LessonDialog, fill)
    panel.add_action.trigger()
    qtbot.keyClicks(panel.search, "ZURICH")
    assert shown_column(panel, 2) == ["Hold design reviews at the Zürich office"]
    assert shown_column(panel, 0) == [own[0].project_code]  # added to the project shown
    panel.search.clear()
    panel.set_scope(everywhere=True)
    everything = editor.workspace.run(lessons)
    assert len({r.project_code for r in everything}) > 1
    assert (
        panel.proxy.rowCount()
        == len(everything)
        == len(own) + 1 + sum(1 for r in everything if r.project_code != own[0].project_code)
    )
    qtbot.keyClicks(panel.search, "no such lesson anywhere")
    assert panel.proxy.rowCount() == 0
    assert panel.table.isHidden()
    assert not panel.empty.isHidden()
    assert "no such lesson anywhere" in panel.empty.text()


def test_a_lesson_of_another_project_is_edited_and_deleted_from_here(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """In All projects, another project's lesson changes and goes; undo brings it back."""
    panel = open_panel(qtbot, LessonsPanel(editor), project_id)
    panel.set_scope(everywhere=True)
    here = editor.workspace.run(lessons, project_id=project_id)[0].project_code
    other = next(r for r in editor.workspace.run(lessons) if r.project_code != here)
    assert panel.select(other.id)
    answer_dialogs(monkeypatch, LessonDialog, lambda d: d.service_line.setEditText("Retail"))
    panel.edit_action.trigger()
    stored = {r.id: r for r in editor.workspace.run(lessons)}
    assert (stored[other.id].service_line, stored[other.id].project_code) == (
        "Retail",
        other.project_code,
    )
    confirm(monkeypatch)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert other.id not in {r.id for r in editor.workspace.run(lessons)}
    editor.group.undo()
    assert other.id in {r.id for r in editor.workspace.run(lessons)}


def test_an_empty_lesson_title_keeps_the_dialog_open(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """The service's refusal shows in the dialog; no lesson is written."""
    panel = open_panel(qtbot, LessonsPanel(editor), project_id)
    before = editor.workspace.run(lessons)
    opened = answer_dialogs(monkeypatch, LessonDialog, lambda d: d.title.setText(""))
    panel.add_action.trigger()
    assert opened[0].result() == REJECTED
    assert "The lesson title cannot be empty." in opened[0].error.text()
    assert editor.workspace.run(lessons) == before


def test_stakeholders_show_the_clients_people_and_the_sponsor(
    qtbot,
    qtmodeltester,
    editor: Editor,
    project_id: int,
) -> None:
    """Rows as the service gives them, the sponsor marked, the client named; no Delete."""
    panel = open_panel(qtbot, StakeholdersPanel(editor), project_id)
    qtmodeltester.check(panel.model)
    rows = editor.workspace.run(stakeholders, project_id)
    assert shown_column(panel, 0) == [r.name for r in rows]
    sponsor = dict(zip(shown_column(panel, 0), shown_column(panel, 3), strict=True))
    assert (
        {name for name, mark in sponsor.items() if mark == "Sponsor"}
        == {r.name for r in rows if r.is_sponsor}
        == {"Henrik Sørensen"}
    )
    assert panel.summary.text() == "People at Nordhaven Logistics GmbH"
    assert "Nordhaven Logistics GmbH" in panel.table.toolTip()
    assert not panel.delete_action.isEnabled()


def test_adding_and_editing_a_contact_with_undo(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """A new contact with high influence is stored and selected; an edit too; undo restores."""
    panel = open_panel(qtbot, StakeholdersPanel(editor), project_id)

    def fill(dialog: ContactDialog) -> None:
        dialog.name.setText("Åsa Lindqvist")
        dialog.role.setText("IT lead")
        dialog.influence.setCurrentIndex(dialog.influence.findData("high"))
        dialog.email.setText("asa@nordhaven.example")

    answer_dialogs(monkeypatch, ContactDialog, fill)
    panel.add_action.trigger()
    added = next(r for r in editor.workspace.run(stakeholders, project_id) if r.role == "IT lead")
    assert (added.name, added.influence, added.email) == (
        "Åsa Lindqvist",
        "high",
        "asa@nordhaven.example",
    )
    assert panel.current_id() == added.id
    answer_dialogs(monkeypatch, ContactDialog, lambda d: d.phone.setText("+49 40 5550 1999"))
    panel.edit_action.trigger()
    stored = {r.id: r for r in editor.workspace.run(stakeholders, project_id)}
    assert stored[added.id].phone == "+49 40 5550 1999"
    editor.group.undo()
    assert {r.id: r for r in editor.workspace.run(stakeholders, project_id)}[added.id] == added


def test_a_bad_email_keeps_the_contact_dialog_open(
    qtbot,
    monkeypatch,
    editor: Editor,
    project_id: int,
) -> None:
    """'not an address' is refused by the service, shown in the dialog; nothing changes."""
    panel = open_panel(qtbot, StakeholdersPanel(editor), project_id)
    before = editor.workspace.run(stakeholders, project_id)
    panel.table.selectRow(0)
    opened = answer_dialogs(monkeypatch, ContactDialog, lambda d: d.email.setText("not an address"))
    panel.edit_action.trigger()
    assert opened[0].result() == REJECTED
    assert "is not an e-mail address" in opened[0].error.text()
    assert editor.workspace.run(stakeholders, project_id) == before


def test_influence_is_shaded_in_the_accent_not_in_rag_colours(
    qtbot, editor: Editor, project_id: int
) -> None:
    """High influence is no alarm: its chip takes the accent, never a RAG's red or green."""
    panel = open_panel(qtbot, StakeholdersPanel(editor), project_id)
    column = [spec.title for spec in panel.table.specs].index("Influence")
    c = colors()
    rag = {QColor(c.rag_red).name(), QColor(c.rag_amber).name(), QColor(c.rag_green).name()}
    seen = {}
    for row in range(panel.table.model().rowCount()):
        index = panel.table.model().index(row, column)
        seen[index.data()] = influence_color(index).name()
    assert seen["High"] == QColor(c.highlight).name()
    assert not set(seen.values()) & rag
