"""Topological order of a dependency graph, or the loop that prevents one."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Order:
    """Ids with every prerequisite before its dependants, or the ids of one loop."""

    ids: list[int] = field(default_factory=list)
    cycle: list[int] = field(default_factory=list)


def topological_order(ids: Sequence[int], prerequisites: Mapping[int, Sequence[int]]) -> Order:
    """Order `ids` so each comes after its prerequisites (stable: input order breaks ties)."""
    dependants: dict[int, list[int]] = {i: [] for i in ids}
    waiting: dict[int, int] = {}
    for node in ids:
        needs = set(prerequisites.get(node, ()))
        waiting[node] = len(needs)
        for need in needs:
            dependants[need].append(node)
    ready = deque(node for node in ids if waiting[node] == 0)
    ordered: list[int] = []
    while ready:
        node = ready.popleft()
        ordered.append(node)
        for dependant in dependants[node]:
            waiting[dependant] -= 1
            if waiting[dependant] == 0:
                ready.append(dependant)
    if len(ordered) == len(ids):
        return Order(ids=ordered)
    return Order(cycle=_find_loop([i for i in ids if waiting[i] > 0], prerequisites, waiting))


def _find_loop(
    stuck: list[int], prerequisites: Mapping[int, Sequence[int]], waiting: Mapping[int, int]
) -> list[int]:
    """Walk back through unfinished prerequisites until a node repeats: that is a loop."""
    seen: dict[int, int] = {}
    path: list[int] = []
    node = stuck[0]
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = next(p for p in prerequisites[node] if waiting.get(p, 0) > 0)
    loop = path[seen[node] :]
    loop.reverse()  # prerequisites first, as a reader follows the links
    return loop
