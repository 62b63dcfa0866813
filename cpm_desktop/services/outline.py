"""The WBS outline of a project: siblings in order, descendants, ancestors."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Task

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
    tasks = list(session.scalars(select(Task).where(Task.project_id == project_id)))
    by_parent: dict[int | None, list[Task]] = {}
    for task in tasks:
        by_parent.setdefault(task.parent_id, []).append(task)
    for kids in by_parent.values():
        kids.sort(key=lambda t: (t.position, t.id))
    rows: list[tuple[Task, str, int]] = []
    # Iterative depth-first walk: deep outlines must not hit Python's recursion limit.
    stack: list[tuple[Task, str, int]] = [
        (task, str(n), 0) for n, task in reversed(list(enumerate(by_parent.get(None, []), 1)))
    ]
    while stack:
        task, wbs, depth = stack.pop()
        rows.append((task, wbs, depth))
        kids = by_parent.get(task.id, [])
        stack.extend(
            (kid, f"{wbs}.{n}", depth + 1) for n, kid in reversed(list(enumerate(kids, 1)))
        )
    return rows


def sum_over_leaves(tasks: list[Task], value: Callable[[Task], N], zero: N) -> dict[int, N]:
    """Per task, the sum of `value` over the work tasks beneath it (a leaf: its own value)."""
    by_id = {task.id: task for task in tasks}
    parents = {task.parent_id for task in tasks}
    sums = {task.id: zero for task in tasks}
    for task in tasks:
        if task.id in parents:
            continue
        amount = value(task)
        node: Task | None = task
        while node is not None:
            sums[node.id] += amount
            node = by_id.get(node.parent_id) if node.parent_id is not None else None
    return sums
