"""Assignments on the Timeline: the task form's Resources tab (people, units and work; the
task's type, effort-driven flag and fixed cost, each change one undoable edit) and the task
table's Resources, Work and Cost columns."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from cpm_desktop.domain.team import ResourceKind, TaskType
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.views import task_detail
from cpm_desktop.services.team.assignments import AssignmentRow, assign, task_assignments
from cpm_desktop.services.team.editing_ui_support import task_team
from cpm_desktop.ui.team.team_text import resource_names
from cpm_desktop.ui.timeline.assignments_column import AssignmentsColumn
from cpm_desktop.ui.timeline.assignments_dialog import AssignmentDialog
from cpm_desktop.ui.timeline.assignments_panel import TaskResourcesPanel
from cpm_desktop.ui.timeline.table_view import TaskTableView
from cpm_desktop.ui.timeline.task_dialog import TaskDialog
from cpm_desktop.ui.timeline.task_model import COST, RESOURCES, WORK, TaskTreeModel
from cpm_desktop.ui.undo import Editor, edit
from tests.ui import team_support as support
from tests.ui.project_records_support import ACCEPTED, REJECTED
from tests.ui.team_support import Team

team = support.team  # fixtures
editor = support.editor


def answering(monkeypatch: pytest.MonkeyPatch, fill: Any) -> list[AssignmentDialog]:
    """The panel's assignment forms are filled by `fill`, then OK is pressed."""
    opened: list[AssignmentDialog] = []

    def run(panel: TaskResourcesPanel, dialog: AssignmentDialog) -> None:
        opened.append(dialog)
        fill(dialog)
        dialog.submit()

    monkeypatch.setattr(TaskResourcesPanel, "open_dialog", run)
    return opened


def open_panel(qtbot: Any, editor: Editor, team: Team, task_id: int) -> TaskResourcesPanel:
    """The Resources tab of a task."""
    panel = TaskResourcesPanel(editor, team.project_id, task_id)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def stored(editor: Editor, task_id: int) -> list[tuple[str, float, float]]:
    """The task's assignments as the workspace has them: resource, units, work."""
    return [
        (a.resource, a.units, a.work_hours) for a in editor.workspace.run(task_assignments, task_id)
    ]


def test_adding_a_person_to_an_effort_driven_task_shortens_it_then_undo(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """Bo joins Ana on the 10-day effort-driven Build: they share its 80 hours and it takes
    5 days, shown at once; one Undo puts the task back as it was."""
    panel = open_panel(qtbot, editor, team, team.build)
    changed: list[object] = []
    panel.sig_task_changed.connect(changed.append)
    assert panel.totals.text() == "80 h in 10 d · 1 person"

    def fill(dialog: AssignmentDialog) -> None:
        dialog.resource.setCurrentIndex(dialog.resource.findData(team.bo))

    opened = answering(monkeypatch, fill)
    panel.assign_action.trigger()
    assert opened[0].result() == ACCEPTED
    assert [c.name for c in opened[0]._candidates.values()] == ["Bo Brandt", "Crane", "Cy Lis"]
    assert stored(editor, team.build) == [("Ana Weber", 1.0, 40.0), ("Bo Brandt", 1.0, 40.0)]
    assert panel.team.duration == 5
    assert panel.totals.text() == "80 h in 5 d · 2 people"
    assert panel.proxy.rowCount() == 2
    assert changed
    assert changed[-1].duration == 5
    assert editor.stack(team.project_id).undoText() == "Assign Bo Brandt to 'Build'"
    editor.group.undo()
    assert stored(editor, team.build) == [("Ana Weber", 1.0, 80.0)]
    assert editor.workspace.run(task_team, team.build).duration == 10


def test_editing_units_and_removing_a_person(
    qtbot, monkeypatch, editor: Editor, team: Team, messages: list[str]
) -> None:
    """Ana at 50 % on a fixed-units task keeps her 80 hours over 20 days; removing her takes
    her work with her; each is one step."""
    panel = open_panel(qtbot, editor, team, team.build)
    panel._select(panel.model.row_at(0).id)
    answering(monkeypatch, lambda d: d.units.setValue(50))
    panel.edit_action.trigger()
    assert stored(editor, team.build) == [("Ana Weber", 0.5, 80.0)]
    assert panel.team.duration == 20
    panel._select(panel.model.row_at(0).id)
    panel.remove_action.trigger()
    assert stored(editor, team.build) == []
    assert not messages
    editor.group.undo()
    assert stored(editor, team.build) == [("Ana Weber", 0.5, 80.0)]


def test_a_refused_assignment_keeps_the_form_open_with_the_reason(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """A milestone takes no work: the form stays open and says so; nothing is written."""
    with editor.workspace.transaction() as s:
        gate = add_task(s, team.project_id, "Gate", duration=0).id
    panel = open_panel(qtbot, editor, team, gate)

    def fill(dialog: AssignmentDialog) -> None:
        dialog.resource.setCurrentIndex(dialog.resource.findData(team.bo))
        dialog.work.setText("16")

    opened = answering(monkeypatch, fill)
    panel.assign_action.trigger()
    assert opened[0].result() == REJECTED
    assert "milestone" in opened[0].error.text()
    assert stored(editor, gate) == []


def test_a_materials_quantity(qtbot, monkeypatch, editor: Editor, team: Team) -> None:
    """The crane is booked by the day: the form asks a quantity in days, not units or work."""
    panel = open_panel(qtbot, editor, team, team.test)

    def fill(dialog: AssignmentDialog) -> None:
        dialog.resource.setCurrentIndex(dialog.resource.findData(team.crane))
        assert dialog.kind() is ResourceKind.MATERIAL
        assert dialog.quantity.isVisibleTo(dialog)
        assert not dialog.work.isVisibleTo(dialog)
        assert dialog.unit.text() == "day"
        dialog.quantity.setValue(3)

    answering(monkeypatch, fill)
    panel.assign_action.trigger()
    assert stored(editor, team.test) == [("Crane", 3.0, 0.0)]
    assert panel.proxy.index(0, 1).data() == "3 day"


def test_task_type_effort_driven_and_fixed_cost_are_one_edit_each(
    qtbot, editor: Editor, team: Team, messages: list[str]
) -> None:
    """Each change on the tab is made at once as its own undoable edit; an unreadable amount
    is refused and the field put back."""
    panel = open_panel(qtbot, editor, team, team.test)
    stack = editor.stack(team.project_id)
    before = stack.count()
    panel.task_type.setCurrentIndex(panel.task_type.findData(TaskType.FIXED_DURATION.value))
    panel.task_type.activated.emit(panel.task_type.currentIndex())
    panel.effort_driven.click()
    panel.fixed_cost.setText("1,500")
    panel.fixed_cost.editingFinished.emit()
    saved = editor.workspace.run(task_team, team.test)
    assert (saved.task_type, saved.effort_driven, saved.fixed_cost) == (
        TaskType.FIXED_DURATION,
        True,
        Decimal(1500),
    )
    assert stack.count() == before + 3
    assert stack.undoText() == "Set the fixed cost of 'Test'"
    panel.fixed_cost.setText("lots")
    panel.fixed_cost.editingFinished.emit()
    assert "not an amount" in messages[-1]
    assert panel.fixed_cost.text() == "1,500"
    assert stack.count() == before + 3


def test_the_task_form_follows_the_resources_tab(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """The task form with its Resources tab: after Bo joins, the General tab shows the new
    duration and OK does not undo it."""
    detail = editor.workspace.run(task_detail, team.build)
    panel = TaskResourcesPanel(editor, team.project_id, team.build)
    dialog = TaskDialog(detail, None, panel)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2
    answering(monkeypatch, lambda d: d.resource.setCurrentIndex(d.resource.findData(team.bo)))
    panel.assign_action.trigger()
    assert dialog.duration.value() == 5
    assert "duration" not in dialog.changes()


def test_resource_names_read_as_ms_project_writes_them() -> None:
    """Full-time people by name, a part-time one with its units, a material with its quantity."""

    def row(name: str, kind: ResourceKind, units: float, rid: int) -> AssignmentRow:
        return AssignmentRow(1, 1, "T", "1", rid, name, kind, units, 0.0, None, None, None)

    rows = [
        row("Anna Weber", ResourceKind.WORK, 1.0, 1),
        row("Lukas Brandt", ResourceKind.WORK, 0.5, 2),
        row("Concrete", ResourceKind.MATERIAL, 12, 3),
        row("Travel", ResourceKind.COST, 0, 4),
    ]
    assert (
        resource_names(rows, {3: "m³"})
        == "Anna Weber, Lukas Brandt [50 %], Concrete [12 m³], Travel"
    )


def test_the_task_tables_resources_work_and_cost_columns(qtbot, editor: Editor, team: Team):
    """The table's cells follow the assignments: Ana on Build with its work and cost; after
    Bo is assigned at half time the names, work and cost change; a plan nobody works on
    shows blank cells."""
    model = TaskTreeModel()
    project = team.project_id
    feeder = AssignmentsColumn(model, editor, lambda: project)
    model.set_tasks(editor.workspace.run(timeline, project).tasks)
    feeder.refresh()

    def texts(task_id: int) -> tuple[str, str, str]:
        index = model.index_of(task_id)
        return tuple(index.siblingAtColumn(c).data() for c in (RESOURCES, WORK, COST))  # type: ignore[return-value]

    resources, work, cost = texts(team.build)
    assert (resources, work) == ("Ana Weber", "80 h")
    assert cost.replace(",", "").replace("\u202f", "") == "7200 EUR"
    assert texts(team.test) == ("", "", "")
    editor.run(project, edit("Assign", assign, team.test, team.bo, units=0.5))
    qtbot.waitUntil(lambda: texts(team.test)[0] == "Bo Brandt [50 %]")
    assert texts(team.test)[1] == "20 h"


def test_work_and_cost_are_read_only_while_their_columns_show(
    qtbot, editor: Editor, team: Team
) -> None:
    """Hidden by default, Work and Cost stay blank (the whole plan is not priced on every
    edit); showing the Work column fills both."""
    model = TaskTreeModel()
    table = TaskTableView(model)
    qtbot.addWidget(table)
    project = team.project_id
    feeder = AssignmentsColumn(model, editor, lambda: project, None, table.header())
    model.set_tasks(editor.workspace.run(timeline, project).tasks)
    feeder.refresh()
    build = model.index_of(team.build)
    assert not feeder.costs_shown()
    assert build.siblingAtColumn(RESOURCES).data() == "Ana Weber"
    assert build.siblingAtColumn(WORK).data() == ""
    table.header().showSection(WORK)
    qtbot.waitUntil(lambda: build.siblingAtColumn(WORK).data() == "80 h")
    assert build.siblingAtColumn(COST).data() != ""
