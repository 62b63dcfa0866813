"""Baselines: save, overwrite only when confirmed, clear, list, and variances against them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.models import Baseline, BaselineTask, Task
from cpm_desktop.services.plan import baselines, tasks
from cpm_desktop.services.plan.baselines import BaselineExistsError
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since, count


def test_save_snapshots_every_task(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Baseline 0 holds one row per task with its scheduled dates, duration and cost."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["A"], budget_cost=Decimal("1000.50"))
        saved = baselines.save_baseline(s, project.project_id, note="Signed plan")
        a = s.scalars(
            select(BaselineTask)
            .join(Baseline)
            .where(Baseline.project_id == project.project_id, BaselineTask.task_id == chain["A"])
        ).one()
        task_a = s.get_one(Task, chain["A"])
        assert (saved.number, saved.note, saved.task_count) == (0, "Signed plan", len(chain))
        assert (a.start, a.finish, a.duration, a.budget_cost) == (
            task_a.start,
            task_a.finish,
            task_a.duration,
            Decimal("1000.50"),
        )
    assert count(workspace, BaselineTask) == count(workspace, Task)
    with workspace.transaction() as s:
        [info] = baselines.list_baselines(s, project.project_id)
    assert (info.number, info.note) == (0, "Signed plan")
    assert info.task_count == count(workspace, Task)


def test_summary_baseline_cost_is_the_sum_of_its_work(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A summary's baseline cost is what the tasks beneath it cost."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["S1"], budget_cost=Decimal(300))
        tasks.edit_task(s, chain["S21"], budget_cost=Decimal(200))
        baselines.save_baseline(s, project.project_id)
        by_task = {v.task_id: v for v in baselines.task_variances(s, project.project_id)}
    assert by_task[chain["S"]].baseline_cost == Decimal(500)
    assert by_task[chain["S2"]].baseline_cost == Decimal(200)


def test_saving_over_an_existing_baseline_needs_confirmation(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Saving a number twice is refused, saying when it was saved; nothing changes."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id, 1)
    assert_refused(
        workspace,
        lambda s: baselines.save_baseline(s, project.project_id, 1),
        BaselineExistsError,
        "Baseline 1 of ACME-01 was saved on",
    )


def test_overwrite_replaces_the_snapshot(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """With overwrite, the baseline takes the current dates and stays a single baseline."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id)
        tasks.edit_task(s, abc["A"], duration=7)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id, overwrite=True)
        [a] = [v for v in baselines.task_variances(s, project.project_id) if v.task_id == abc["A"]]
    assert a.duration_variance == 0
    assert count(workspace, Baseline) == 1
    assert [(e.entity, e.action) for e in audit_since(workspace, before)] == [
        ("baseline", "update")
    ]


def test_variances_in_working_days_and_money(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """B two days longer after the baseline: B finishes 2 working days late, C slips by 2 days."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["B"], budget_cost=Decimal(100))
        baselines.save_baseline(s, project.project_id)
        duration = s.get_one(Task, chain["B"]).duration
        tasks.edit_task(s, chain["B"], duration=duration + 2, budget_cost=Decimal(150))
        by_task = {v.task_id: v for v in baselines.task_variances(s, project.project_id)}
    b, c = by_task[chain["B"]], by_task[chain["C"]]
    assert (b.start_variance, b.finish_variance, b.duration_variance) == (0, 2, 2)
    assert b.cost_variance == Decimal(50)
    assert (c.start_variance, c.finish_variance, c.duration_variance) == (2, 2, 0)
    assert c.cost_variance == Decimal(0)


def test_a_task_added_after_the_baseline_has_no_variance(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """New work has nothing to compare with: its baseline fields are empty, not zero."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id)
        new = tasks.add_task(s, project.project_id, "Late addition", duration=3).id
        [row] = [v for v in baselines.task_variances(s, project.project_id) if v.task_id == new]
    assert (row.baseline_start, row.finish_variance, row.cost_variance) == (None, None, None)


def test_variances_mark_milestones_and_their_slips(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Milestones are marked among the variances, with how far they slipped."""
    with workspace.transaction() as s:
        signed = tasks.add_task(s, project.project_id, "Signed", is_milestone=True).id
        baselines.save_baseline(s, project.project_id)
        tasks.edit_task(s, signed, constraint_type="SNET", constraint_date=dt.date(2026, 10, 5))
        rows = [v for v in baselines.task_variances(s, project.project_id) if v.is_milestone]
    assert [(r.task_id, r.is_milestone) for r in rows] == [(signed, True)]
    assert rows[0].finish_variance is not None
    assert rows[0].finish_variance > 0


def test_clear_removes_the_baseline_and_is_audited(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Clearing deletes the baseline and its rows, with an audit entry."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id, 3)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        baselines.clear_baseline(s, project.project_id, 3)
    assert (count(workspace, Baseline), count(workspace, BaselineTask)) == (0, 0)
    assert [(e.entity, e.action) for e in audit_since(workspace, before)] == [
        ("baseline", "delete")
    ]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(
            lambda s, p: baselines.save_baseline(s, p, 11), ValidationError, id="number-11"
        ),
        pytest.param(
            lambda s, p: baselines.save_baseline(s, p, -1), ValidationError, id="number-neg"
        ),
        pytest.param(
            lambda s, p: baselines.save_baseline(s, 999, 0), NotFoundError, id="no-project"
        ),
        pytest.param(
            lambda s, p: baselines.clear_baseline(s, p, 2), ValidationError, id="clear-none"
        ),
        pytest.param(
            lambda s, p: baselines.task_variances(s, p, 4), ValidationError, id="no-baseline"
        ),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int], call, error
) -> None:
    """Out-of-range numbers, unknown projects and missing baselines give clear errors."""
    assert_refused(workspace, lambda s: call(s, project.project_id), error)
