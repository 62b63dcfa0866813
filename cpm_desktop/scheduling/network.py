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

# (predecessor position, successor position, from the predecessor's finish?,
#  to the successor's finish?, lag, link number); one tuple serves both ends of a link.
Edge = tuple[int, int, bool, bool, int, int]


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
        edge = (pred, succ, *LINK_ENDS[link.type], link.lag, number)
        incoming[succ].append(edge)
        outgoing[pred].append(edge)
    order = _order(count, parent, children, incoming, outgoing, tasks)
    return Network(tasks, links, parent, children, incoming, outgoing, order)


def _order(
    count: int,
    parent: list[int],
    children: list[list[int]],
    incoming: list[list[Edge]],
    outgoing: list[list[Edge]],
    tasks: list[TaskSpec],
) -> list[int]:
    """Kahn's algorithm, reading each node's dependants straight from the task lists."""
    waiting = [len(incoming[i]) + (parent[i] >= 0) for i in range(count)]
    waiting += [len(kids) for kids in children]
    ready = [i for i in range(count - 1, -1, -1) if not waiting[i]]
    order: list[int] = []
    push, pop, add = ready.append, ready.pop, order.append
    while ready:
        node = pop()
        add(node)
        if node < count and children[node]:  # a summary's in-node releases its children
            for child in children[node]:
                waiting[child] -= 1
                if not waiting[child]:
                    push(child)
            continue
        i = node - count if node >= count else node  # a leaf, or a summary's out-node
        for edge in outgoing[i]:
            q = edge[1]
            waiting[q] -= 1
            if not waiting[q]:
                push(q)
        up = parent[i]
        if up >= 0:
            waiting[count + up] -= 1
            if not waiting[count + up]:
                push(count + up)
    if len(order) != count + sum(1 for kids in children if kids):
        raise CycleError(_loop_names(count, parent, children, outgoing, waiting, tasks))
    return order


def _loop_names(
    count: int,
    parent: list[int],
    children: list[list[int]],
    outgoing: list[list[Edge]],
    waiting: list[int],
    tasks: list[TaskSpec],
) -> list[str]:
    """Walk back through unfinished prerequisites until a node repeats: that is a loop.

    Every stuck node waits for at least one stuck prerequisite, so the walk cannot stop.
    """
    out_of = [count + i if children[i] else i for i in range(count)]
    stuck = {n for n, wait in enumerate(waiting) if wait > 0}
    prerequisites: dict[int, list[int]] = {n: [] for n in stuck}
    for i in range(count):
        for edge in outgoing[i]:
            if edge[1] in stuck and out_of[i] in stuck:
                prerequisites[edge[1]].append(out_of[i])
        if parent[i] >= 0:
            if i in stuck and parent[i] in stuck:
                prerequisites[i].append(parent[i])
            if count + parent[i] in stuck and out_of[i] in stuck:
                prerequisites[count + parent[i]].append(out_of[i])
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
