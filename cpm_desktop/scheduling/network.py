"""The task network as flat arrays, ordered for the passes of the critical path method.

A summary task becomes two nodes: its *in* node carries what its incoming links impose on every
task beneath it, its *out* node rolls its children up. A leaf task is one node. So a link to or
from a summary costs one edge, not one per child, and the passes stay linear in size.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpm_desktop.scheduling.model import CycleError, LinkSpec, TaskSpec

LINK_CODES = {"FS": 0, "SS": 1, "FF": 2, "SF": 3}
FS, SS, FF, SF = range(4)

# Node kinds.
LEAF, SUMMARY_IN, SUMMARY_OUT = range(3)


@dataclass(slots=True)
class Network:
    """Tasks by position (input order) and nodes in topological order."""

    tasks: list[TaskSpec]
    parent: list[int]  # position of the parent task, or -1
    children: list[list[int]]  # positions of the children (empty for a leaf)
    incoming: list[list[tuple[int, int, int]]]  # per task: (predecessor position, type, lag)
    outgoing: list[list[tuple[int, int, int]]]  # per task: (successor position, type, lag)
    order: list[tuple[int, int]]  # (kind, task position) in topological order


def build_network(tasks: list[TaskSpec], links: list[LinkSpec]) -> Network:
    """Index tasks and links and order the nodes; raise CycleError naming a loop."""
    position = {task.id: i for i, task in enumerate(tasks)}
    count = len(tasks)
    parent = [position.get(t.parent_id, -1) if t.parent_id is not None else -1 for t in tasks]
    children: list[list[int]] = [[] for _ in range(count)]
    for i, p in enumerate(parent):
        if p >= 0:
            children[p].append(i)
    incoming: list[list[tuple[int, int, int]]] = [[] for _ in range(count)]
    outgoing: list[list[tuple[int, int, int]]] = [[] for _ in range(count)]
    for link in links:
        pred, succ = position.get(link.predecessor), position.get(link.successor)
        if pred is None or succ is None:
            continue
        code = LINK_CODES[link.type]
        incoming[succ].append((pred, code, link.lag))
        outgoing[pred].append((succ, code, link.lag))
    order = _order(count, parent, children, incoming, tasks)
    return Network(tasks, parent, children, incoming, outgoing, order)


def _order(
    count: int,
    parent: list[int],
    children: list[list[int]],
    incoming: list[list[tuple[int, int, int]]],
    tasks: list[TaskSpec],
) -> list[tuple[int, int]]:
    # Node numbers: task i's in-node (or leaf node) is i; a summary's out-node is count + i.
    def out_node(i: int) -> int:
        return count + i if children[i] else i

    dependants: list[list[int]] = [[] for _ in range(2 * count)]
    waiting = [0] * (2 * count)
    for i in range(count):
        needs = [out_node(pred) for pred, _, _ in incoming[i]]
        if parent[i] >= 0:
            needs.append(parent[i])  # the parent's in-node
        for need in needs:
            dependants[need].append(i)
        waiting[i] = len(needs)
        if children[i]:
            out = count + i
            for child in children[i]:
                dependants[out_node(child)].append(out)
            waiting[out] = len(children[i])
    nodes = [i for i in range(count)] + [count + i for i in range(count) if children[i]]
    ready = [n for n in reversed(nodes) if waiting[n] == 0]
    order: list[tuple[int, int]] = []
    while ready:
        node = ready.pop()
        if node >= count:
            order.append((SUMMARY_OUT, node - count))
        else:
            order.append((SUMMARY_IN if children[node] else LEAF, node))
        for dependant in dependants[node]:
            waiting[dependant] -= 1
            if waiting[dependant] == 0:
                ready.append(dependant)
    if len(order) != len(nodes):
        raise CycleError(_loop_names(nodes, waiting, dependants, count, tasks))
    return order


def _loop_names(
    nodes: list[int],
    waiting: list[int],
    dependants: list[list[int]],
    count: int,
    tasks: list[TaskSpec],
) -> list[str]:
    """Walk back through unfinished prerequisites until a node repeats: that is a loop.

    Every stuck node waits for at least one stuck prerequisite, so the walk cannot stop.
    """
    stuck = {n for n in nodes if waiting[n] > 0}
    prerequisites: dict[int, list[int]] = {n: [] for n in stuck}
    for n in sorted(stuck):
        for d in dependants[n]:
            if d in stuck:
                prerequisites[d].append(n)
    node = min(stuck)
    seen: dict[int, int] = {}
    path: list[int] = []
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = prerequisites[node][0]
    loop = path[seen[node] :]
    loop.reverse()  # prerequisites first, as a reader follows the links
    names: list[str] = []
    for n in loop:
        name = tasks[n - count if n >= count else n].name
        if not names or names[-1] != name:  # a summary's two nodes read as one task
            names.append(name)
    if len(names) > 1 and names[0] == names[-1]:
        names.pop()
    return names
