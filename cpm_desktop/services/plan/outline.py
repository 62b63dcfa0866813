"""The WBS outline of a project: siblings in order, descendants, ancestors, roll-ups.

The outline walk (`outline_walk.py`, which loads no SQLAlchemy) and the roll-ups work on plain
(id, parent id, ...) rows, so read models that select plain columns and the use cases that hold
ORM tasks share one implementation.
`siblings`, `descendants` and `outline_rows` hand ORM tasks to other services, which change
them or build their read models from them; the UI and the CLI never call them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Task
from cpm_desktop.services.plan.outline_walk import outline_order

__all__ = [
    "ancestor_ids",
    "descendants",
    "outline_order",
    "outline_rows",
    "renumber",
    "rolled_up_percent",
    "siblings",
    "sum_over_leaf_rows",
    "sum_over_leaves",
]

N = TypeVar("N", int, float, Decimal)


def siblings(session: Session, project_id: int, parent_id: int | None) -> list[Task]:
    """Return the tasks under `parent_id` (None = top level), in outline order."""
    parent_test = Task.parent_id.is_(None) if parent_id is None else Task.parent_id == parent_id
    return list(
        session.scalars(
            select(Task)
            .where(Task.project_id == project_id, parent_test)
            .order_by(Task.position, Task.id)
        )
    )


def renumber(tasks: list[Task]) -> None:
    """Give `tasks` the positions 0..n-1 in list order."""
    for position, task in enumerate(tasks):
        if task.position != position:
            task.position = position


def descendants(session: Session, task: Task) -> list[Task]:
    """Return every task beneath `task`, parents before their children."""
    found: list[Task] = []
    frontier = [task]
    while frontier:
        current = frontier.pop()
        kids = siblings(session, current.project_id, current.id)
        found.extend(kids)
        frontier.extend(kids)
    return found


def ancestor_ids(task: Task) -> list[int]:
    """Return the ids of the summaries above `task`, nearest first."""
    ids: list[int] = []
    parent = task.parent
    while parent is not None:
        ids.append(parent.id)
        parent = parent.parent
    return ids


def outline_rows(session: Session, project_id: int) -> list[tuple[Task, str, int]]:
    """Return (task, WBS code, depth) for every task of a project, in outline order."""
    tasks = {
        task.id: task for task in session.scalars(select(Task).where(Task.project_id == project_id))
    }
    order = outline_order((task.id, task.parent_id, task.position) for task in tasks.values())
    return [(tasks[task_id], wbs, depth) for task_id, wbs, depth in order]


def sum_over_leaves(tasks: list[Task], value: Callable[[Task], N], zero: N) -> dict[int, N]:
    """Per task, the sum of `value` over the work tasks beneath it (a leaf: its own value)."""
    parents = {task.parent_id for task in tasks}
    return sum_over_leaf_rows(
        [(task.id, task.parent_id, zero if task.id in parents else value(task)) for task in tasks],
        zero,
    )


def sum_over_leaf_rows(rows: Sequence[tuple[int, int | None, N]], zero: N) -> dict[int, N]:
    """Per id, the sum of the values of the leaves beneath it (a leaf: its own value).

    Rows are (id, parent id, value) in any order; a leaf is a row no other row names as its
    parent, and a summary's own value is not counted. The sums stop at a parent id that is
    not among the rows.
    """
    parent_of = {task_id: parent_id for task_id, parent_id, _ in rows}
    sums = dict.fromkeys(parent_of, zero)
    # Leaves add into their parent first; then each summary passes that total up its
    # ancestors: linear in the rows, as summaries are few and the outline is shallow.
    direct = dict.fromkeys((up for up in parent_of.values() if up in sums), zero)
    for task_id, parent_id, amount in rows:
        if task_id not in direct:
            sums[task_id] += amount
            if parent_id in direct:
                direct[parent_id] += amount
    for summary, amount in direct.items():
        node: int | None = summary
        while node is not None and node in sums:
            sums[node] += amount
            node = parent_of[node]
    return sums


def rolled_up_percent(rows: Sequence[tuple[int, int | None, int, int]]) -> dict[int, int]:
    """% complete per id from (id, parent id, duration, % complete) rows in any order.

    A summary's is its tasks' duration-weighted average; a milestone weighs like a one-day
    task, so a phase of milestones still moves.
    """
    weights: list[tuple[int, int | None, int]] = []
    done: list[tuple[int, int | None, int]] = []
    for task_id, parent_id, days, percent in rows:
        weight = days if days > 1 else 1  # max(days, 1), without the call
        weights.append((task_id, parent_id, weight))
        done.append((task_id, parent_id, weight * percent))
    total = sum_over_leaf_rows(weights, 0)
    achieved = sum_over_leaf_rows(done, 0)
    return {
        task_id: round(achieved[task_id] / days) if days else 0 for task_id, days in total.items()
    }
