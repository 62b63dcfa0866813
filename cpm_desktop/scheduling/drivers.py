"""What set each task's start, found when it is read rather than during the forward pass.

The forward pass keeps only each task's start and finish keys. A task's driver is the first of
its bounds, in the pass's order, that reaches its start: found again from its incoming links
(the keys of its predecessors are final) and its summaries' floors, it is the same answer for
a few reads, without bookkeeping for every task on every reschedule.
"""

from __future__ import annotations

from cpm_desktop.scheduling.run import BY_CHILDREN, BY_CONSTRAINT, BY_START, FNET, INF, SNET, Run

# A summary's floors: (start key, finish key, what set the start one, what set the finish one).
_Floors = tuple[int, int, int, int]


class StartDrivers:
    """Finds what set a task's start (a link number >= 0, or a BY_ code) for one run."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._floors: dict[int, _Floors] = {}

    def of(self, i: int) -> int:
        """What set the start of the task at position `i`."""
        run = self._run
        if run.summary[i]:
            return BY_CHILDREN
        net = run.net
        d2 = 2 * run.dur[i]
        s, because = run.origin_key, BY_START
        for number, value, to_finish in self._links_into(i):
            if to_finish:
                value -= d2
            if value > s:
                s, because = value, number
        up = net.parent[i]
        if up >= 0:
            start, finish, start_why, finish_why = self._floors_of(up)
            if start > s:
                s, because = start, start_why
            if finish - d2 > s:
                s, because = finish - d2, finish_why
        return run.place(i, s, because)[2]

    def _links_into(self, i: int) -> list[tuple[int, int, bool]]:
        """(link number, bound as a key, to the finish?) per link into `i`, by number."""
        run, net = self._run, self._run.net
        found = []
        for number in net.incoming()[i]:
            p = net.link_pred[number]
            assert p is not None  # a link in the network joins two tasks
            key = run.finish_key[p] if net.link_from_finish[number] else run.start_key[p]
            found.append((number, key + 2 * net.links[number].lag, net.link_to_finish[number]))
        return found

    def _floors_of(self, i: int) -> _Floors:
        """The floors of summary `i`, after those of the summaries above it (by a loop: an
        outline may be thousands deep)."""
        run, floors = self._run, self._floors
        parent = run.net.parent
        chain = []
        j = i
        while j >= 0 and j not in floors:
            chain.append(j)
            j = parent[j]
        for j in reversed(chain):
            up = parent[j]
            if up >= 0:
                start, finish, start_why, finish_why = floors[up]
            else:
                start = finish = -INF
                start_why = finish_why = BY_START
            for number, value, to_finish in self._links_into(j):
                if to_finish:
                    if value > finish:
                        finish, finish_why = value, number
                elif value > start:
                    start, start_why = value, number
            kind = run.kind.get(j)
            if kind == SNET and 2 * run.on[j] > start:
                start, start_why = 2 * run.on[j], BY_CONSTRAINT
            elif kind == FNET and 2 * run.after[j] + 1 > finish:
                finish, finish_why = 2 * run.after[j] + 1, BY_CONSTRAINT
            floors[j] = (start, finish, start_why, finish_why)
        return floors[i]
