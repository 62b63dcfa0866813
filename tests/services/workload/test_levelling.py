"""Level Resources on a project: the preview, applying it in one audited transaction,
clearing it, and what it leaves alone."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Task
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.resources import add_resource
from cpm_desktop.services.workload.levelling import (
    apply_levelling,
    clear_levelling,
    level_preview,
)
from cpm_desktop.services.workload.views import over_allocated_tasks, workload
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    snapshot,
    stored,
)

MON_14 = MONDAY + dt.timedelta(days=7)


def _clash(workspace: Workspace, project_id: int) -> dict[str, int]:
    """Ana full time on A (5 days) and B (2 days), both from Monday 7 Sep."""
    with workspace.transaction() as s:
        ana = add_resource(s, "Ana").id
        a = add_task(s, project_id, "A", duration=5).id
        b = add_task(s, project_id, "B", duration=2).id
        assign(s, a, ana)
        assign(s, b, ana)
    return {"ana": ana, "A": a, "B": b}


def test_the_preview_moves_the_task_with_slack_and_writes_nothing(
    workspace: Workspace, project: ProjectIds
) -> None:
    """B waits for A: five days, from Mon 7 to Mon 14, resolving Ana's 16 hours on the 7th."""
    ids = _clash(workspace, project.project_id)
    before = snapshot(workspace)
    with workspace.transaction() as s:
        plan = level_preview(s, project.project_id)
    assert snapshot(workspace) == before
    (move,) = plan.moves
    assert (move.task_id, move.wbs, move.name) == (ids["B"], "2", "B")
    assert (move.old_delay, move.delay) == (0, 5)
    assert (move.old_start, move.start, move.finish) == (MONDAY, MON_14, MON_14 + dt.timedelta(1))
    assert move.resolves is not None
    assert (move.resolves.resource, move.resolves.day, move.resolves.hours) == ("Ana", MONDAY, 16)
    assert plan.unresolved == ()
    assert plan.over_before == 2
    assert plan.finish_after == MON_14 + dt.timedelta(days=1)
    assert not plan.applied


def test_apply_then_clear(workspace: Workspace, project: ProjectIds) -> None:
    """Applying stores the delay (audited) and reschedules; levelling again moves nothing;
    clearing puts B back on Monday 7."""
    ids = _clash(workspace, project.project_id)
    count = audit_count(workspace)
    with workspace.transaction() as s:
        plan = apply_levelling(s, project.project_id)
    assert plan.applied
    assert [
        (e.entity, e.field, e.old_value, e.new_value) for e in audit_since(workspace, count)
    ] == [("task", "leveling_delay", "0", "5")]
    task = stored(workspace, ids["B"])
    assert (task.leveling_delay, task.start) == (5, MON_14)
    with workspace.transaction() as s:
        assert workload(s, project.project_id, start=MONDAY, weeks=1).levelled == 1
        assert over_allocated_tasks(s, project.project_id) == frozenset()
        assert level_preview(s, project.project_id).moves == ()
        assert clear_levelling(s, project.project_id) == 1
    task = stored(workspace, ids["B"])
    assert (task.leveling_delay, task.start) == (0, MONDAY)


def test_levelling_again_from_scratch_lists_a_delay_it_clears(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A delay set by hand where nothing clashes is cleared by levelling, and listed."""
    ids = _clash(workspace, project.project_id)
    with workspace.transaction() as s:
        apply_levelling(s, project.project_id)
        s.get_one(Task, ids["A"]).leveling_delay = 1
    with workspace.transaction() as s:
        plan = level_preview(s, project.project_id)
    cleared = [m for m in plan.moves if m.task_id == ids["A"]]
    assert [(m.old_delay, m.delay, m.resolves) for m in cleared] == [(1, 0, None)]


def test_a_project_without_work_is_refused(workspace: Workspace, project: ProjectIds) -> None:
    """Nothing to level: a sentence, and the workspace unchanged."""
    assert_refused(
        workspace,
        lambda s: apply_levelling(s, project.project_id),
        ValidationError,
        "nothing to level",
    )
