"""Assignments keep the task's type: effort-driven tasks share their work, and a change of
duration reschedules the plan as any task edit does."""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.domain.team import ResourceKind, TaskType
from cpm_desktop.errors import ValidationError
from cpm_desktop.services.plan.tasks import add_task, edit_task
from cpm_desktop.services.team import resources as team
from cpm_desktop.services.team.assignments import (
    assign,
    edit_assignment,
    project_assignments,
    task_assignments,
    unassign,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, stored


def _people(workspace: Workspace, *names: str) -> list[int]:
    with workspace.transaction() as s:
        return [team.add_resource(s, n).id for n in names]


def test_effort_driven_task_shortens_and_lengthens(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Ten days of one person: a second shares the 80 hours (five days); leaving undoes it."""
    ana, bo = _people(workspace, "Ana", "Bo")
    with workspace.transaction() as s:
        task = add_task(s, project.project_id, "Build", duration=10, effort_driven=True)
        first = assign(s, task.id, ana)
        assert (first.units, first.work_hours) == (1.0, 80.0)
        second = assign(s, task.id, bo)
    assert stored(workspace, task.id).duration == 5
    assert second.work_hours == 40.0
    assert second.finish == stored(workspace, task.id).finish
    with workspace.transaction() as s:
        assert [a.work_hours for a in task_assignments(s, task.id)] == [40.0, 40.0]
        unassign(s, second.id)
        assert [a.work_hours for a in task_assignments(s, task.id)] == [80.0]
    assert stored(workspace, task.id).duration == 10


def test_fixed_duration_work_sets_units(workspace: Workspace, project: ProjectIds) -> None:
    """A fixed-duration task keeps its days: 20 hours in five days is half time."""
    [ana] = _people(workspace, "Ana")
    with workspace.transaction() as s:
        task = add_task(
            s, project.project_id, "Review", duration=5, task_type=TaskType.FIXED_DURATION
        )
        row = assign(s, task.id, ana, work_hours=20.0)
    assert (row.units, row.work_hours) == (0.5, 20.0)
    assert stored(workspace, task.id).duration == 5


def test_fixed_units_more_work_moves_the_finish(workspace: Workspace, project: ProjectIds) -> None:
    """More work for a fixed-units task lengthens it and reschedules its dates."""
    [ana] = _people(workspace, "Ana")
    with workspace.transaction() as s:
        task = add_task(s, project.project_id, "Code", duration=2)
        row = assign(s, task.id, ana)
        finish = row.finish
        longer = edit_assignment(s, row.id, work_hours=40.0)
    assert stored(workspace, task.id).duration == 5
    assert longer.finish is not None
    assert finish is not None
    assert longer.finish > finish


def test_editing_duration_changes_the_work(workspace: Workspace, project: ProjectIds) -> None:
    """A fixed-units task edited to four days: its person's work follows (32 h)."""
    [ana] = _people(workspace, "Ana")
    with workspace.transaction() as s:
        task = add_task(s, project.project_id, "Code", duration=2)
        assign(s, task.id, ana, units=1.0)
        edit_task(s, task.id, duration=4)
        assert [a.work_hours for a in project_assignments(s, project.project_id)] == [32.0]


def test_materials_and_costs(workspace: Workspace, project: ProjectIds) -> None:
    """A material takes a quantity, a cost resource an amount; neither changes the duration."""
    with workspace.transaction() as s:
        steel = team.add_resource(s, "Steel", kind=ResourceKind.MATERIAL).id
        travel = team.add_resource(s, "Travel", kind=ResourceKind.COST).id
        task = add_task(s, project.project_id, "Install", duration=3)
        material = assign(s, task.id, steel, units=12.5)
        cost = assign(s, task.id, travel, cost_amount="450")
    assert (material.units, material.work_hours) == (12.5, 0.0)
    assert cost.cost_amount == Decimal("450.00")
    assert stored(workspace, task.id).duration == 3


def test_refusals_write_nothing(workspace: Workspace, project: ProjectIds) -> None:
    """Twice the same person, a summary, work on a milestone, a cost without an amount."""
    ana, bo = _people(workspace, "Ana", "Bo")
    with workspace.transaction() as s:
        summary = add_task(s, project.project_id, "Phase")
        add_task(s, project.project_id, "Inside", parent_id=summary.id)
        task = add_task(s, project.project_id, "Code", duration=2)
        gate = add_task(s, project.project_id, "Gate", is_milestone=True)
        travel = team.add_resource(s, "Travel", kind=ResourceKind.COST).id
        assign(s, task.id, ana)
    for action, words in [
        (lambda s: assign(s, task.id, ana), "already assigned"),
        (lambda s: assign(s, summary.id, bo), "summary"),
        (lambda s: assign(s, gate.id, bo, work_hours=8.0), "milestone"),
        (lambda s: assign(s, task.id, travel), "amount"),
        (lambda s: assign(s, task.id, bo, units=0), "units"),
        (lambda s: assign(s, task.id, bo, cost_amount=5), "rate"),
    ]:
        assert_refused(workspace, action, ValidationError, words)
