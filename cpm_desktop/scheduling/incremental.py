"""The passes again after an edit, over only what the edited tasks can move.

A run that follows another of the same structure (`Run.following`) holds that run's keys, late
dates and ceilings, with the edited tasks read afresh. The forward pass is redone from those
tasks through what their dates reach (successors, the summaries above them, the children of a
summary whose floors move), in topological order, until keys stop changing; the backward pass
likewise in reverse order. Where the full passes push a node's dates along its edges, these
pull each node's bounds from its predecessors and parent, whose values are final when its turn
comes: a bound that decreases cannot be pushed.

When the project finish moves, every late date it bounds moves with it: all late dates are
shifted by as much first, and the tasks whose late dates do not follow the finish (a constraint
that caps them, an actual finish) are worked out again with the rest.

Nodes wait in a queue by their place in the order; when many wait (an edit early in a long
chain moves most of the plan), one scan of the order from the first waiting node replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from heapq import heapify, heappop, heappush
from itertools import compress
from operator import not_

from cpm_desktop.scheduling.run import (
    FLOORED,
    FNET,
    IN_NODE,
    INF,
    LATE_BOUNDS,
    PLACED,
    SNET,
    Run,
)


def ranks(run: Run) -> list[int]:
    """Each node's place in the network's topological order."""
    rank = [0] * (2 * run.count)
    for place, node in enumerate(run.net.order):
        rank[node] = place
    return rank


def forward_again(
    run: Run, changed: list[int], rank: list[int], budget: int, limit: int
) -> list[int] | None:
    """Early dates again from the tasks at `changed` through what they reach; the positions
    whose start or finish key moved. Also sets the project finish and last day shown.
    None, and the run unfinished, once more than `limit` nodes were worked out again: the
    edit moves much of the plan, which the full pass does for less per node."""
    net, count = run.net, run.count
    gather, plan, dur = run.gather, run.plan, run.dur
    start_key, finish_key = run.start_key, run.finish_key
    outgoing, children, parent, tasks = net.outgoing, net.children, net.parent, net.tasks
    incoming, link_pred, lags = net.incoming(), net.link_pred, net.structure.lags
    from_finish, to_finish = net.link_from_finish, net.link_to_finish
    origin_key, unstarted_key = run.origin_key, max(run.origin_key, run.status_key)
    moved: list[int] = []
    finishes: list[int] = []  # the finish keys of the moved tasks before they moved
    waiting = _Waiting(changed, rank, net.order, budget, backward=False)
    marked, push = waiting.marked, waiting.push
    for worked, node in enumerate(waiting):
        if worked > limit:
            return None
        # Work the node out again as the full pass does; pass on what changed.
        if node >= count:  # a summary's out-node: roll its children up
            i = node - count
            kids = children[i]
            s = min(map(start_key.__getitem__, kids))
            f = max(map(finish_key.__getitem__, kids))
        else:  # a leaf or a summary's in-node: its bounds gathered, as Run and _forward do
            i = node
            d = plan[i]
            if d <= IN_NODE:
                s = -INF
            elif d == PLACED or tasks[i].percent_complete:
                s = origin_key
            else:
                s = unstarted_key
            f = -INF
            for k in incoming[i]:
                p = link_pred[k]
                assert p is not None  # a link in the network joins two tasks
                value = (finish_key[p] if from_finish[k] else start_key[p]) + 2 * lags[k]
                if to_finish[k]:
                    if value > f:
                        f = value
                elif value > s:
                    s = value
            up = parent[i]
            if up >= 0:  # its parent's floors (_floors)
                floor, finish_floor = gather[up], gather[count + up]
                if d <= IN_NODE:
                    if finish_floor > f:
                        f = finish_floor
                elif finish_floor - 2 * dur[i] > floor:
                    floor = finish_floor - 2 * dur[i]
                if floor > s:
                    s = floor
            if d <= IN_NODE:  # a summary's in-node: its floors bind its children
                if d == FLOORED:
                    if run.kind.get(i) == SNET:
                        s = max(s, 2 * run.on[i])
                    elif run.kind.get(i) == FNET:
                        f = max(f, 2 * run.after[i] + 1)
                if s != gather[i] or f != gather[count + i]:
                    gather[i], gather[count + i] = s, f
                    for c in children[i]:
                        if not marked[c]:
                            push(c)
                continue
            gather[i], gather[count + i] = s, f
            if d > 0:
                s &= -2
                f = s + d + d + 1
            elif not d:
                f = s
            else:
                s, f = run.place_leaf(i, s)
        if s == start_key[i] and f == finish_key[i]:
            continue
        moved.append(i)
        finishes.append(finish_key[i])
        start_key[i], finish_key[i] = s, f
        for edge in outgoing[i]:  # its successors and its parent's out-node
            if not marked[edge[0]]:
                push(edge[0])
        up = parent[i]
        if up >= 0 and not marked[count + up]:
            push(count + up)
    # The least finish key that may hold up the project finish or the last day shown.
    top = 2 * run.finish - 1
    if any(f >= top for f in finishes) or any(finish_key[i] >= top for i in moved):
        _finish(run)
    return moved


def _finish(run: Run) -> None:
    """The project finish and the last day shown, read from every finish key (a summary's
    is one of its leaves'), as the full forward pass finds them."""
    top = max(run.finish_key)
    run.finish = top >> 1
    # The end of a last work day (odd key) shows that day; a milestone at the start of the
    # next day (the key just below) shows the next day.
    run.last_shown = top >> 1 if not top & 1 or top - 1 in run.finish_key else (top >> 1) - 1


def shift_late(run: Run, by: int, followed: list[int]) -> list[int]:
    """Move every late date and ceiling `by` days, as the project finish moved, and the
    slack of every task but the `followed` (whose early dates moved as much); the nodes whose
    late dates do not follow the finish, to work out again: the leaves with a constraint that
    caps them or an actual finish, the summaries with such a constraint."""
    run.late = list(map(by.__add__, run.late))
    total = run.total = list(map(by.__add__, run.total))
    for i in followed:
        total[i] -= by
    run.ceilings = {
        i: (fc + by if fc < INF else fc, sc + by if sc < INF else sc)
        for i, (fc, sc) in run.ceilings.items()
    }
    count, summary = run.count, run.summary
    fixed = [count + i if summary[i] else i for i, kind in run.kind.items() if kind in LATE_BOUNDS]
    fixed += [i for i in run.actual_finish if not summary[i]]
    return fixed


def backward_again(
    run: Run, basis: Run, seeds: list[int], rank: list[int], budget: int
) -> list[int]:
    """Late dates again from the nodes at `seeds` through what they reach; the leaves whose
    late dates and slack were worked out again. Counts the critical tasks from the basis's
    count, unless the late dates were shifted (then counted afresh)."""
    net, count = run.net, run.count
    late, late_plan, total, ceilings = run.late, run.late_plan, run.total, run.ceilings
    start_key, finish_key, summary = run.start_key, run.finish_key, run.summary
    outgoing, children, parent = net.outgoing, net.children, net.parent
    incoming, link_pred, finishes_of = net.incoming(), net.link_pred, net.finish_slots
    finished, was_finished, was_total = run.actual_finish, basis.actual_finish, basis.total
    redone: list[int] = []
    shifted = run.finish != basis.finish
    critical = run.critical_count
    waiting = _Waiting(seeds, rank, net.order, budget, backward=True)
    marked, push = waiting.marked, waiting.push
    for node in waiting:
        # Work the node out again as the full pass does; pass on what changed.
        if node >= count:  # a summary's out-node: the ceilings it pushes to its children
            i = node - count
            fc, sc = run.summary_ceilings(i, *_inherited(run, i), late)
            # A start ceiling binds the children that start with it (see cpm._ceilings).
            if ceilings[i] != (fc, sc) or (sc < INF and start_key[i] != basis.start_key[i]):
                for c in children[i]:
                    c = count + c if summary[c] else c
                    if not marked[c]:
                        push(c)
            ceilings[i] = fc, sc
            continue
        days = late_plan[node]
        before, before_finish = late[node], late[count + node]
        if days == IN_NODE:  # a summary's in-node: roll its children up
            late[node] = min(map(late.__getitem__, children[node]))
            late[count + node] = min(map(late.__getitem__, finishes_of[node]))
        else:
            fc, sc = _inherited(run, node)
            ceiling = min(run.finish, fc, sc + run.span(node))
            if days >= 0:  # a plain leaf
                f = ceiling
                for _, slot, _, from_finish, minus_lag in outgoing[node]:
                    bound = late[slot] + minus_lag
                    if not from_finish:
                        bound += days
                    if bound < f:
                        f = bound
                late[count + node], late[node] = f, f - days
                total[node] = f - (finish_key[node] >> 1)
            else:
                run.late_special(node, late, ceiling)
                if node in finished:
                    total[node] = 0  # finished work: no slack (Run's first value)
            if not shifted:
                was = was_total[node] <= 0 and node not in was_finished
                critical += (total[node] <= 0 and node not in finished) - was
            redone.append(node)
        if late[node] == before and late[count + node] == before_finish:
            continue
        for k in incoming[node]:  # its predecessors and its parent's in-node
            p = link_pred[k]
            assert p is not None
            if summary[p]:
                p += count
            if not marked[p]:
                push(p)
        up = parent[node]
        if up >= 0 and not marked[up]:
            push(up)
    if shifted:  # work left and no slack: finished work has a slack of 0 but is not critical
        critical = sum(map((0).__ge__, compress(total, map(not_, summary))))
        critical -= sum(1 for i in finished if not summary[i])
    run.critical_count = critical
    return redone


class _Waiting:
    """The nodes waiting to be worked out again, taken in the order (reversed for the backward
    pass), each once: from a queue while at most `budget` wait, then by one scan of the order
    from the next in line."""

    def __init__(
        self,
        seeds: Iterable[int],
        rank: list[int],
        order: list[int],
        budget: int,
        *,
        backward: bool,
    ) -> None:
        self._sign = -1 if backward else 1
        self._rank, self._order, self._budget = rank, order, budget
        self.marked = bytearray(len(rank))  # 1: waiting, or worked out already
        self._heap = [(self._sign * rank[node], node) for node in set(seeds)]
        heapify(self._heap)
        for _, node in self._heap:
            self.marked[node] = 1
        self._scanning = False

    def __iter__(self) -> Iterator[int]:
        heap, marked = self._heap, self.marked
        while heap:
            if len(heap) > self._budget:
                self._scanning = True
                first = self._sign * heap[0][0]
                order = self._order[first::-1] if self._sign < 0 else self._order[first:]
                for node in order:
                    if marked[node]:
                        yield node
                return
            yield heappop(heap)[1]

    def push(self, node: int) -> None:
        """Queue `node` (not marked yet): it reads what changed."""
        self.marked[node] = 1
        if not self._scanning:
            heappush(self._heap, (self._sign * self._rank[node], node))


def _inherited(run: Run, i: int) -> tuple[int, int]:
    """The finish and start ceilings task `i` takes from its parent: a start ceiling binds
    only the children that start with their parent."""
    up = run.net.parent[i]
    if up < 0:
        return INF, INF
    fc, sc = run.ceilings[up]
    return fc, sc if run.start_key[i] >> 1 == run.start_key[up] >> 1 else INF
