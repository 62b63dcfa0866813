"""The WBS outline's order and codes from plain (id, parent id, position) rows; no database.

The ORM helpers of `outline.py`, the read models and the read-only commands' quick path
(`quick_schedule.py`) all walk the outline here.
"""

from __future__ import annotations

from collections.abc import Iterable


def outline_order(rows: Iterable[tuple[int, int | None, int]]) -> list[tuple[int, str, int]]:
    """(id, WBS code, depth) in outline order from (id, parent id, position) rows in any order.

    Siblings go by position, then id. A task under an id that is not among the rows is left
    out, as it has no place in the outline.
    """
    kids: dict[int | None, list[tuple[int, int]]] = {}
    for task_id, parent_id, position in rows:
        kids.setdefault(parent_id, []).append((position, task_id))
    for group in kids.values():
        group.sort()
    ordered: list[tuple[int, str, int]] = []
    # Iterative depth-first walk: deep outlines must not hit Python's recursion limit.
    stack = [(task_id, str(n), 0) for n, (_, task_id) in enumerate(kids.get(None, ()), 1)]
    stack.reverse()
    while stack:
        item = stack.pop()
        ordered.append(item)
        task_id, wbs, depth = item
        below = kids.get(task_id)
        if below:
            level = [(kid, f"{wbs}.{n}", depth + 1) for n, (_, kid) in enumerate(below, 1)]
            level.reverse()
            stack.extend(level)
    return ordered
