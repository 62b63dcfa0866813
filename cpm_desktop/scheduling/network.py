"""The task network: its structure as flat lists, ordered for the passes of the critical path
method.

A summary task becomes two nodes: its *in* node carries what its incoming links impose on every
task beneath it, its *out* node rolls its children up. A leaf task is one node. So a link to or
from a summary costs one edge, not one per child, and the passes stay linear in size.

A network holds only what the outline and the links decide (ids, parents, link ends and lags),
nothing a run reads from the tasks (durations, constraints, progress): an edit that keeps the
structure can schedule on the same network. Each task's edges are allocated as Kahn's order
takes the task, the order in which the passes read them: walking edge tuples scattered in memory
(allocated in link order) made the passes several times slower.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import cast

from cpm_desktop.scheduling.model import CycleError, LinkSpec, TaskSpec

# A link type as (from the predecessor's finish?, to the successor's finish?).
LINK_ENDS = {"FS": (True, False), "SS": (False, False), "FF": (True, True), "SF": (False, True)}
_FROM_FINISH = {name: ends[0] for name, ends in LINK_ENDS.items()}
_TO_FINISH = {name: ends[1] for name, ends in LINK_ENDS.items()}

# A link as the passes read it, listed with its predecessor:
# (successor, slot, twice the lag, from the predecessor's finish?, minus the lag).
# The slot is the successor's position i for a link to its start, count + i to its finish.
Edge = tuple[int, int, int, bool, int]


@dataclass(frozen=True, slots=True)
class Structure:
    """What a network is built from, as plain lists: equal structures give equal networks."""

    ids: list[int]
    parent_ids: list[int | None]
    predecessors: list[int]
    successors: list[int]
    types: list[str]
    lags: list[int]

    @classmethod
    def of(cls, tasks: list[TaskSpec], links: list[LinkSpec]) -> Structure:
        """Read the structure of these tasks and links."""
        return cls(
            [t.id for t in tasks],
            [t.parent_id for t in tasks],
            [link.predecessor for link in links],
            [link.successor for link in links],
            [link.type for link in links],
            [link.lag for link in links],
        )


@dataclass(slots=True)
class Network:
    """Tasks by position (input order), links by number, nodes in topological order.

    Node i < count is task i: a leaf, or a summary's in-node; node count + i is summary i's
    out-node.
    """

    tasks: list[TaskSpec]  # the tasks it was built from (levelling's runs read their delays)
    links: list[LinkSpec]
    structure: Structure
    position: dict[int, int]  # task id → position
    parent: list[int]  # position of the parent task, or -1
    children: dict[int, list[int]]  # summary position → its children's positions, input order
    summary: list[bool]
    outgoing: list[list[Edge]]  # per task: its links to successors, by link number
    links_from: dict[int, list[int]]  # per task with links from it: their numbers, ascending
    # Per summary: the slots of its children's finishes (count + child).
    finish_slots: dict[int, list[int]]
    # Per link number (None where an end is not a task): positions and ends.
    link_pred: list[int | None]
    link_succ: list[int | None]
    link_from_finish: list[bool]
    link_to_finish: list[bool]
    finish_linked: list[int]  # positions of the tasks with links to their finish
    order: list[int]  # node numbers, each after every node it depends on
    rollups: list[int]  # summary positions, each after the summaries beneath it
    # Found when first asked, and shared by the copies made for later runs (see incoming()).
    memo: dict[str, list[list[int]]] = field(default_factory=dict)

    def incoming(self) -> list[list[int]]:
        """Per task position, the numbers of the links into it, ascending (found once per
        structure, when a driver is first read: the passes need only outgoing links)."""
        found = self.memo.get("incoming")
        if found is None:
            found = [[] for _ in self.summary]
            for number, succ in enumerate(self.link_succ):
                if succ is not None and self.link_pred[number] is not None:
                    found[succ].append(number)
            self.memo["incoming"] = found
        return found

    def link_numbers(self, i: int) -> list[int]:
        """The numbers of the links from task `i`, in the order of its edges."""
        return self.links_from.get(i, [])


def build_network(
    tasks: list[TaskSpec], links: list[LinkSpec], structure: Structure | None = None
) -> Network:
    """Index tasks and links and order the nodes; raise CycleError naming a loop.

    `structure`, when given, is `Structure.of(tasks, links)`, already read.
    """
    if structure is None:
        structure = Structure.of(tasks, links)
    count = len(tasks)
    position = dict(zip(structure.ids, range(count), strict=True))
    # A parent id that names no task (or None) reads as no parent.
    parent_of = cast(Callable[[int | None, int], int], position.get)
    parent = list(map(parent_of, structure.parent_ids, repeat(-1)))
    grouped: defaultdict[int, list[int]] = defaultdict(list)
    for i, up in enumerate(parent):
        grouped[up].append(i)
    grouped.pop(-1, None)
    children = dict(grouped)
    summary = [False] * count
    for i in children:
        summary[i] = True
    pred: list[int | None] = list(map(position.get, structure.predecessors))
    succ: list[int | None] = list(map(position.get, structure.successors))
    joined = _Links(structure.types, pred, succ)
    kahn = _Kahn(count, parent, children, summary, succ, joined, structure.lags)
    if len(kahn.order) != count + len(children):
        names = _loop_names(count, parent, summary, succ, joined.by_pred, kahn.waiting, tasks)
        raise CycleError(names)
    return Network(
        tasks,
        links,
        structure,
        position,
        parent,
        children,
        summary,
        kahn.outgoing,
        joined.by_pred,
        {i: [count + c for c in kids] for i, kids in children.items()},
        pred,
        succ,
        joined.from_finish,
        joined.to_finish,
        joined.finish_linked,
        kahn.order,
        kahn.rollups,
    )


class _Links:
    """Each link's ends by number, and the numbers of the links that join two tasks grouped
    by predecessor, ascending."""

    def __init__(self, types: list[str], pred: list[int | None], succ: list[int | None]) -> None:
        by_pred: defaultdict[int | None, list[int]] = defaultdict(list)
        if None in pred or None in succ:
            joins = [p is not None and q is not None for p, q in zip(pred, succ, strict=True)]
            # A KeyError for an unknown type, as for the first such link that joins tasks.
            self.from_finish = [
                _FROM_FINISH[name] if join else False
                for name, join in zip(types, joins, strict=True)
            ]
            self.to_finish = [
                _TO_FINISH[name] if join else False for name, join in zip(types, joins, strict=True)
            ]
            for k in compress(range(len(types)), joins):
                by_pred[pred[k]].append(k)
            successors = [q for q, join in zip(succ, joins, strict=True) if join]
        else:
            self.from_finish = [_FROM_FINISH[name] for name in types]
            self.to_finish = [_TO_FINISH[name] for name in types]
            for k, p in enumerate(pred):
                by_pred[p].append(k)
            successors = succ
        self.by_pred = cast(dict[int, list[int]], dict(by_pred))
        self.links_in = cast(Counter[int], Counter(successors))
        self.finish_linked = cast(
            list[int], list({succ[k] for k in compress(range(len(types)), self.to_finish)})
        )


class _Kahn:
    """Kahn's algorithm over leaves, in-nodes and out-nodes: the order, the summaries bottom
    up, and each task's edges, allocated as the order takes the tasks (the passes read them
    in that order).

    A node waits for its links in, a task for its parent's in-node, an out-node for its
    summary's children; what is still awaited when it stops shows a loop.
    """

    def __init__(
        self,
        count: int,
        parent: list[int],
        children: dict[int, list[int]],
        summary: list[bool],
        succ: list[int | None],
        joined: _Links,
        lags: list[int],
    ) -> None:
        by_pred, from_finish, to_finish = joined.by_pred, joined.from_finish, joined.to_finish
        waiting = [0 if up < 0 else 1 for up in parent]
        for node, links_in in joined.links_in.items():
            waiting[node] += links_in
        waiting += [0] * count
        for i, kids in children.items():
            waiting[count + i] = len(kids)
        ready = [i for i in range(count - 1, -1, -1) if not waiting[i]]
        order: list[int] = []
        rollups: list[int] = []
        nothing: list[Edge] = []
        outgoing = [nothing] * count
        push, pop, taken = ready.append, ready.pop, order.append
        while ready:
            node = pop()
            taken(node)
            if node < count and summary[node]:  # a summary's in-node releases its children
                for kid in children[node]:
                    left = waiting[kid] - 1
                    waiting[kid] = left
                    if not left:
                        push(kid)
                continue
            if node >= count:
                node -= count
                rollups.append(node)
            linked = by_pred.get(node)
            if linked:  # a leaf's or a summary's out-node's edges
                edges = []
                for k in linked:
                    q = cast(int, succ[k])
                    lag = lags[k]
                    slot = q + count if to_finish[k] else q
                    edges.append((q, slot, lag + lag, from_finish[k], -lag))
                    left = waiting[q] - 1
                    waiting[q] = left
                    if not left:
                        push(q)
                outgoing[node] = edges
            up = parent[node]
            if up >= 0:
                up += count
                left = waiting[up] - 1
                waiting[up] = left
                if not left:
                    push(up)
        self.order, self.rollups, self.waiting = order, rollups, waiting
        self.outgoing = outgoing


def _loop_names(
    count: int,
    parent: list[int],
    summary: list[bool],
    succ: list[int | None],
    by_pred: dict[int, list[int]],
    waiting: list[int],
    tasks: list[TaskSpec],
) -> list[str]:
    """Walk back through unfinished prerequisites until a node repeats: that is a loop.

    Every stuck node waits for at least one stuck prerequisite, so the walk cannot stop.
    """
    out_of = [count + i if summary[i] else i for i in range(count)]
    stuck = {n for n, wait in enumerate(waiting) if wait > 0}
    prerequisites: dict[int, list[int]] = {n: [] for n in stuck}
    for i in range(count):
        for q in [succ[k] for k in by_pred.get(i, ())]:
            if q in stuck and out_of[i] in stuck:
                prerequisites[q].append(out_of[i])
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
