"""The outline walk and roll-ups on plain rows, and their ORM adapters, agree."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.outline import (
    outline_order,
    outline_rows,
    rolled_up_percent,
    sum_over_leaf_rows,
    sum_over_leaves,
)
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds

# 1 > (2 > (4, 5), 3), 6; positions out of id order, and two siblings sharing a position.
ROWS = [(1, None, 0), (2, 1, 1), (3, 1, 0), (4, 2, 0), (5, 2, 0), (6, None, 1)]


def test_outline_order_walks_siblings_by_position_then_id() -> None:
    """WBS codes and depths in outline order, whatever order the rows come in."""
    expected = [
        (1, "1", 0),
        (3, "1.1", 1),
        (2, "1.2", 1),
        (4, "1.2.1", 2),
        (5, "1.2.2", 2),
        (6, "2", 0),
    ]
    shuffled = list(ROWS)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert outline_order(shuffled) == expected


def test_outline_order_leaves_out_tasks_under_an_unknown_parent() -> None:
    """A row whose parent is not among the rows has no place in the outline."""
    assert outline_order([(1, None, 0), (2, 99, 0)]) == [(1, "1", 0)]
    assert outline_order([]) == []


def test_a_deep_outline_does_not_recurse() -> None:
    """5,000 levels: the walk is iterative."""
    rows = [(1, None, 0)] + [(i, i - 1, 0) for i in range(2, 5001)]
    found = outline_order(rows)
    assert [depth for _, _, depth in found] == list(range(5000))


def test_sums_add_leaves_only_and_stop_at_unknown_parents() -> None:
    """A summary's own value is ignored; a parent missing from the rows gets nothing."""
    rows = [(1, None, 100), (2, 1, 3), (3, 1, 4), (4, 3, 5), (5, 99, 7)]
    assert sum_over_leaf_rows(rows, 0) == {1: 8, 2: 3, 3: 5, 4: 5, 5: 7}
    money = [(1, None, Decimal("9")), (2, 1, Decimal("1.25")), (3, 1, Decimal("2.50"))]
    assert sum_over_leaf_rows(money, Decimal(0)) == {
        1: Decimal("3.75"),
        2: Decimal("1.25"),
        3: Decimal("2.50"),
    }


def brute_force_percent(rows: list[tuple[int, int | None, int, int]]) -> dict[int, int]:
    """Per task, the duration-weighted % of the leaves beneath it, walked the long way."""
    parent = {task_id: up for task_id, up, _, _ in rows}
    parents = set(parent.values())
    done = dict.fromkeys(parent, 0)
    weight = dict.fromkeys(parent, 0)
    for task_id, _, days, percent in rows:
        if task_id in parents:
            continue
        node: int | None = task_id
        while node is not None:
            done[node] += max(days, 1) * percent
            weight[node] += max(days, 1)
            node = parent[node]
    return {i: round(done[i] / weight[i]) if weight[i] else 0 for i in parent}


@pytest.mark.parametrize("seed", range(20))
def test_rolled_up_percent_matches_a_brute_force_walk(seed: int) -> None:
    """Random outlines, milestones (0 days) included."""
    rng = random.Random(seed)
    rows: list[tuple[int, int | None, int, int]] = []
    for task_id in range(1, 60):
        up = rng.choice([None, *range(1, task_id)]) if task_id > 1 else None
        rows.append((task_id, up, rng.choice([0, 1, 2, 5, 10]), rng.choice([0, 25, 50, 100])))
    rng.shuffle(rows)
    assert rolled_up_percent(rows) == brute_force_percent(rows)


def test_orm_adapters_agree_with_the_row_functions(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """outline_rows, sum_over_leaves and task_rows' roll-up give what the row functions give."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["S21"], percent_complete=60)
        tasks.edit_task(s, chain["A"], percent_complete=100)
        found = outline_rows(s, project.project_id)
        listed = [task for task, _, _ in found]
        plain = [(t.id, t.parent_id, t.position) for t in listed]
        assert [(t.id, wbs, depth) for t, wbs, depth in found] == outline_order(plain)
        assert all(isinstance(t, Task) for t in listed)
        durations = [(t.id, t.parent_id, t.duration) for t in listed]
        assert sum_over_leaves(listed, lambda t: t.duration, 0) == sum_over_leaf_rows(durations, 0)
        percent = {row.id: row.percent_complete for row in views.task_rows(s, project.project_id)}
        assert percent == rolled_up_percent(
            [(t.id, t.parent_id, t.duration, t.percent_complete) for t in listed]
        )
        assert percent[chain["S2"]] == 60


def test_sum_over_leaves_asks_only_the_leaves_for_their_value(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A summary's value is never read (a value function may not hold for summaries)."""
    with workspace.transaction() as s:
        listed = [task for task, _, _ in outline_rows(s, project.project_id)]
        summaries = {t.parent_id for t in listed}

        def leaf_days(task: Task) -> int:
            assert task.id not in summaries
            return task.duration

        sums = sum_over_leaves(listed, leaf_days, 0)
    assert sums[chain["S"]] == sums[chain["S1"]] + sums[chain["S21"]]
