"""The task network: its structure as flat lists, ordered for the passes of the critical path
method.

A summary task becomes two nodes: its *in* node carries what its incoming links impose on every
task beneath it, its *out* node rolls its children up. A leaf task is one node. So a link to or
from a summary costs one edge, not one per child, and the passes stay linear in size.

A network holds only what the outline and the links decide (ids, parents, link ends and lags),
nothing a run reads from the tasks (durations, constraints, progress): an edit that keeps the
structure can schedule on the same network. It is built column by column (comprehensions and
`map`, not a loop step per task and link), with the edges allocated in predecessor order, as the
passes read them: walking tuples scattered in memory made the passes several times slower.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import add, neg
from typing import cast

from cpm_desktop.scheduling.model import CycleError, LinkSpec, TaskSpec

# A link type as (from the predecessor's finish?, to the successor's finish?).
LINK_ENDS = {"FS": (True, False), "SS": (False, False), "FF": (True, True), "SF": (False, True)}

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
    first_edge: list[int]  # per task: where its edges start in `edge_links`
    edge_links: list[int]  # link numbers in the order of the edges, task by task
    # Per link number (None where an end is not a task): positions and ends.
    link_pred: list[int | None]
    link_succ: list[int | None]
    link_from_finish: list[bool]
    link_to_finish: list[bool]
    finish_linked: list[int]  # positions of the tasks with links to their finish
    order: list[int]  # node numbers, each after every node it depends on
    rollups: list[int]  # summary positions, each after the summaries beneath it
    links_in: list[list[int]] | None = None  # see incoming()

    def incoming(self) -> list[list[int]]:
        """Per task position, the numbers of the links into it, ascending (found once, when
        a driver is first read: the passes need only each task's outgoing links)."""
        if self.links_in is None:
            found: list[list[int]] = [[] for _ in self.tasks]
            for number, succ in enumerate(self.link_succ):
                if succ is not None and self.link_pred[number] is not None:
                    found[succ].append(number)
            self.links_in = found
        return self.links_in

    def link_numbers(self, i: int) -> list[int]:
        """The numbers of the links from task `i`, in the order of its edges."""
        first = self.first_edge[i]
        return self.edge_links[first : first + len(self.outgoing[i])]


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
    ends = _LinkEnds(structure.types, pred, succ)
    order, rollups = _order(count, parent, children, summary, ends, tasks)
    edges = _Edges(count, structure, succ, ends, order, summary)
    return Network(
        tasks,
        links,
        structure,
        position,
        parent,
        children,
        summary,
        edges.outgoing,
        edges.first_edge,
        edges.numbers,
        pred,
        succ,
        ends.from_finish,
        ends.to_finish,
        ends.finish_linked,
        order,
        rollups,
    )


class _LinkEnds:
    """Each link's ends by number, and the links that join two tasks grouped by predecessor."""

    def __init__(self, types: list[str], pred: list[int | None], succ: list[int | None]) -> None:
        kept: Sequence[int] = range(len(types))
        if None in pred or None in succ:
            kept = [k for k in kept if pred[k] is not None and succ[k] is not None]
            joined = set(kept)
            ends = [
                LINK_ENDS[name] if k in joined else (False, False) for k, name in enumerate(types)
            ]
        else:
            ends = list(map(LINK_ENDS.__getitem__, types))  # KeyError for an unknown type
        self.kept = kept
        self.from_finish = [ff for ff, _ in ends]
        self.to_finish = [tf for _, tf in ends]
        # Kept links join two tasks: no None.
        ps = cast(list[int], list(map(pred.__getitem__, kept)))
        qs = cast(list[int], list(map(succ.__getitem__, kept)))
        self.pred = ps
        self.successors: defaultdict[int, list[int]] = defaultdict(list)
        for p, q in zip(ps, qs, strict=True):
            self.successors[p].append(q)
        self.links_in = Counter(qs)
        self.finish_linked = list(set(compress(qs, map(self.to_finish.__getitem__, kept))))


def _order(
    count: int,
    parent: list[int],
    children: dict[int, list[int]],
    summary: list[bool],
    ends: _LinkEnds,
    tasks: list[TaskSpec],
) -> tuple[list[int], list[int]]:
    """Kahn's algorithm over leaves, in-nodes and out-nodes; also the summaries bottom up.

    A node waits for its links in, a task for its parent's in-node, an out-node for its
    summary's children.
    """
    successors = ends.successors
    waiting = [0] * (2 * count)
    for node, linked in ends.links_in.items():
        waiting[node] = linked
    for i in compress(range(count), map((-1).__ne__, parent)):
        waiting[i] += 1
    for i, kids in children.items():
        waiting[count + i] = len(kids)
    ready = [i for i in range(count - 1, -1, -1) if not waiting[i]]
    order: list[int] = []
    rollups: list[int] = []
    push, pop, taken = ready.append, ready.pop, order.append
    nothing: list[int] = []
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
        for q in successors.get(node, nothing):  # a leaf, or a summary's out-node
            left = waiting[q] - 1
            waiting[q] = left
            if not left:
                push(q)
        up = parent[node]
        if up >= 0:
            up += count
            left = waiting[up] - 1
            waiting[up] = left
            if not left:
                push(up)
    if len(order) != count + len(children):
        names = _loop_names(count, parent, summary, successors, waiting, tasks)
        raise CycleError(names)
    return order, rollups


class _Edges:
    """The links as Edges grouped by predecessor, allocated in the order the passes take the
    predecessors (a summary's edges leave its out-node)."""

    def __init__(
        self,
        count: int,
        structure: Structure,
        succ: list[int | None],
        ends: _LinkEnds,
        order: list[int],
        summary: list[bool],
    ) -> None:
        by_turn: list[int] = []  # tasks in the order their edges are read
        turn = [0] * count
        for node in order:
            if node >= count:
                turn[node - count] = len(by_turn)
                by_turn.append(node - count)
            elif not summary[node]:
                turn[node] = len(by_turn)
                by_turn.append(node)
        pred_turn = list(map(turn.__getitem__, ends.pred))
        ranked = sorted(range(len(pred_turn)), key=pred_turn.__getitem__)
        numbers = list(map(ends.kept.__getitem__, ranked))
        qs = cast(list[int], list(map(succ.__getitem__, numbers)))
        to_finish = map(ends.to_finish.__getitem__, numbers)
        slots = [q + count if tf else q for q, tf in zip(qs, to_finish, strict=True)]
        lags = list(map(structure.lags.__getitem__, numbers))
        ffs = map(ends.from_finish.__getitem__, numbers)
        flat = list(zip(qs, slots, map(add, lags, lags), ffs, map(neg, lags), strict=True))
        per_task = Counter(ends.pred)
        ends_at = list(accumulate(map(per_task.get, by_turn, repeat(0))))
        starts_at = [0, *ends_at[:-1]] if count else []
        in_turn = list(map(flat.__getitem__, map(slice, starts_at, ends_at)))
        self.outgoing: list[list[Edge]] = list(map(in_turn.__getitem__, turn))
        self.first_edge = list(map(starts_at.__getitem__, turn))
        self.numbers = numbers


def _loop_names(
    count: int,
    parent: list[int],
    summary: list[bool],
    successors: dict[int, list[int]],
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
        for q in successors.get(i, ()):
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
