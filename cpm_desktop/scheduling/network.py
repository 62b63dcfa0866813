"""The task network as flat arrays, ordered for the passes of the critical path method.

A summary task becomes two nodes: its *in* node carries what its incoming links impose on every
task beneath it, its *out* node rolls its children up. A leaf task is one node. So a link to or
from a summary costs one edge, not one per child, and the passes stay linear in size.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpm_desktop.scheduling.model import CycleError, LinkSpec, TaskSpec

# A link type as (from the predecessor's finish?, to the successor's finish?).
LINK_ENDS = {"FS": (True, False), "SS": (False, False), "FF": (True, True), "SF": (False, True)}

# (other task's position, from the predecessor's finish?, to the successor's finish?, lag,
# link number)
Edge = tuple[int, bool, bool, int, int]


@dataclass(slots=True)
class Network:
    """Tasks by position (input order) and nodes in topological order.

    Node n < count is task n itself (a leaf, or a summary's in-node); node count + n is the
    out-node of summary n.
    """

    tasks: list[TaskSpec]
    links: list[LinkSpec]
    parent: list[int]  # position of the parent task, or -1
    children: list[list[int]]  # positions of the children (empty for a leaf)
    incoming: list[list[Edge]]  # per task: its predecessors
    outgoing: list[list[Edge]]  # per task: its successors
    order: list[int]  # node numbers, each after every node it depends on


def build_network(tasks: list[TaskSpec], links: list[LinkSpec]) -> Network:
    """Index tasks and links and order the nodes; raise CycleError naming a loop."""
    position = {task.id: i for i, task in enumerate(tasks)}
    count = len(tasks)
    parent = [position.get(t.parent_id, -1) if t.parent_id is not None else -1 for t in tasks]
    children: list[list[int]] = [[] for _ in range(count)]
    for i, p in enumerate(parent):
        if p >= 0:
            children[p].append(i)
    incoming: list[list[Edge]] = [[] for _ in range(count)]
    outgoing: list[list[Edge]] = [[] for _ in range(count)]
    for number, link in enumerate(links):
        pred, succ = position.get(link.predecessor), position.get(link.successor)
        if pred is None or succ is None:
            continue
        from_finish, to_finish = LINK_ENDS[link.type]
        incoming[succ].append((pred, from_finish, to_finish, link.lag, number))
        outgoing[pred].append((succ, from_finish, to_finish, link.lag, number))
    order = _order(count, parent, children, incoming, tasks)
    return Network(tasks, links, parent, children, incoming, outgoing, order)


def _order(
    count: int,
    parent: list[int],
    children: list[list[int]],
    incoming: list[list[Edge]],
    tasks: list[TaskSpec],
) -> list[int]:
    out_of = [count + i if children[i] else i for i in range(count)]
    dependants: list[list[int]] = [[] for _ in range(2 * count)]
    waiting = [0] * (2 * count)
    for i in range(count):
        edges = incoming[i]
        for edge in edges:
            dependants[out_of[edge[0]]].append(i)
        up = parent[i]
        if up >= 0:
            dependants[up].append(i)  # the parent's in-node binds its children
        waiting[i] = len(edges) + (up >= 0)
        kids = children[i]
        if kids:
            out = count + i
            for child in kids:
                dependants[out_of[child]].append(out)
            waiting[out] = len(kids)
    nodes = list(range(count)) + [count + i for i in range(count) if children[i]]
    ready = [n for n in reversed(nodes) if waiting[n] == 0]
    order: list[int] = []
    push, pop, add = ready.append, ready.pop, order.append
    while ready:
        node = pop()
        add(node)
        for dependant in dependants[node]:
            waiting[dependant] -= 1
            if not waiting[dependant]:
                push(dependant)
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
