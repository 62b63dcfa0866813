"""The critical path method over a working calendar, with MS Project's semantics.

Time is counted in working-day instants: instant i is the start of working day i of the
calendar's index, so a task of d days that starts at s ends at s + d (the end of day s + d - 1).
A forward pass gives early dates, a backward pass late dates; links and constraints are bounds.
A milestone remembers whether it sits at the start or at the end of a day, as MS Project shows
a milestone that follows a finish on that finish's day.

This is the hot path (every edit reschedules), so the passes work on flat lists of ints with
local names, and per-task result objects are only built when read.
"""

from __future__ import annotations

import datetime as dt

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.scheduling.model import LinkSpec, Schedule, TaskSpec
from cpm_desktop.scheduling.network import Network, build_network
from cpm_desktop.scheduling.results import build_results
from cpm_desktop.scheduling.run import (
    ALAP,
    BY_ACTUAL,
    BY_CHILDREN,
    BY_CONSTRAINT,
    BY_START,
    BY_STATUS,
    FNET,
    FNLT,
    INF,
    LATE_BOUNDS,
    MSO,
    SNET,
    SNLT,
    Run,
)


def schedule_project(
    tasks: list[TaskSpec],
    links: list[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None = None,
) -> Schedule:
    """Schedule every task; raise CycleError naming the tasks of a loop."""
    return schedule_network(build_network(tasks, links), calendar, project_start, status_date)


def schedule_network(
    net: Network, calendar: WorkCalendar, project_start: dt.date, status_date: dt.date | None
) -> Schedule:
    """Schedule a network built once: what-if runs that only change its tasks' levelling
    delays (read from its TaskSpecs on each run) skip ordering it again."""
    with collector_paused():  # the passes allocate many small lists but no cycles
        run = Run(net, calendar, project_start, status_date)
        _forward(run)
        _backward(run, run.ls, run.lf, late=True)
        if run.has_alap:
            run.start = list(run.es)
            run.start_at_end = list(run.at_end)
            _backward(run, run.start, list(run.ef), late=False)
        return build_results(run)


def _forward(run: Run) -> None:
    """Early dates: each task as soon as its links, constraints and progress allow.

    Bounds are compared as keys 2 × instant + anchor, where anchor 1 marks the end of the
    previous day: the same moment as the start of the next, but a milestone placed there shows
    on the earlier day. The largest key wins, so a tie goes to the end of the day.
    """
    net, count = run.net, run.count
    es, ef, at_end, why = run.es, run.ef, run.at_end, run.why
    dur, kind, on, after = run.dur, run.kind, run.on, run.after
    incoming, parent, children, summary = net.incoming, net.parent, net.children, run.summary
    actual_start, actual_finish, percent = run.actual_start, run.actual_finish, run.percent
    delay = run.delay
    origin_key = 2 * run.origin
    status = run.status
    status_key = -INF if status is None else 2 * status
    start_key = [0] * count  # where each scheduled task starts, and finishes, as keys
    finish_key = [0] * count
    # What a summary's incoming links impose on every task beneath it, as keys.
    start_floor = [-INF] * count
    finish_floor = [-INF] * count
    start_floor_why = [BY_START] * count
    finish_floor_why = [BY_START] * count

    for node in net.order:
        if node >= count:  # a summary's out-node: roll its children up
            i = node - count
            kids = children[i]
            es[i] = min([es[c] for c in kids])
            ef[i] = max([ef[c] for c in kids])
            start_key[i] = min([start_key[c] for c in kids])
            finish_key[i] = max([finish_key[c] for c in kids])
            why[i] = BY_CHILDREN
            continue
        i = node
        up = parent[i]
        if summary[i]:  # a summary's in-node: what binds its children
            if up >= 0:
                start, finish = start_floor[up], finish_floor[up]
                start_why, finish_why = start_floor_why[up], finish_floor_why[up]
            else:
                start = finish = -INF
                start_why = finish_why = BY_START
            for p, _, from_finish, to_finish, lag, number in incoming[i]:
                value = (finish_key[p] if from_finish else start_key[p]) + 2 * lag
                if to_finish:
                    if value > finish:
                        finish, finish_why = value, number
                elif value > start:
                    start, start_why = value, number
            if kind[i] == SNET and 2 * on[i] > start:
                start, start_why = 2 * on[i], BY_CONSTRAINT
            elif kind[i] == FNET and 2 * after[i] + 1 > finish:
                finish, finish_why = 2 * after[i] + 1, BY_CONSTRAINT
            start_floor[i], finish_floor[i] = start, finish
            start_floor_why[i], finish_floor_why[i] = start_why, finish_why
            continue

        d = dur[i]
        d2 = 2 * d
        s, because = origin_key, BY_START
        for p, _, from_finish, to_finish, lag, number in incoming[i]:
            candidate = (finish_key[p] if from_finish else start_key[p]) + 2 * lag
            if to_finish:
                candidate -= d2
            if candidate > s:
                s, because = candidate, number
        if up >= 0:
            if start_floor[up] > s:
                s, because = start_floor[up], start_floor_why[up]
            if finish_floor[up] - d2 > s:
                s, because = finish_floor[up] - d2, finish_floor_why[up]
        constraint = kind[i]
        if constraint > ALAP:
            on_key = 2 * on[i]
            # Finishing at the end of a day: a milestone there keeps the end-of-day anchor.
            finish_at = 2 * (after[i] - d) + (d == 0)
            if constraint == SNET:
                # The start of day `on` comes after the end of the day before (key on_key + 1)
                # in real time: a milestone held there shows on `on`, as in MS Project.
                if on_key > s or (d == 0 and s == on_key + 1):
                    s, because = on_key, BY_CONSTRAINT
            elif constraint == FNET:
                if finish_at > s:
                    s, because = finish_at, BY_CONSTRAINT
            elif constraint == SNLT:
                if s > on_key:
                    s, because = on_key, BY_CONSTRAINT
            elif constraint == FNLT:
                if s > finish_at:
                    s, because = finish_at, BY_CONSTRAINT
            elif constraint == MSO:
                s, because = on_key, BY_CONSTRAINT
            else:  # MFO
                s, because = finish_at, BY_CONSTRAINT
        began = actual_start[i]
        if began is not None:
            ended = actual_finish[i]
            if ended is not None:
                ended = max(began, ended)
                if d == 0:  # a reached milestone sits at the end of its day
                    s, end = 2 * ended + 1, ended
                else:
                    s, end = 2 * began, ended
            else:
                s, end = 2 * began, began + d
                if status is not None:
                    # Remaining work is scheduled from the status date, never in the past.
                    done = d * percent[i] // 100
                    end = max(end, max(began + done, status) + d - done)
            because = BY_ACTUAL
        else:
            if status_key > s and percent[i] == 0:
                s, because = status_key, BY_STATUS
            if delay[i]:
                # Levelling waits for the resources after every other bound has placed the
                # task, so its delay is exactly how far the start moves; the driver stays.
                s += 2 * delay[i]
            end = (s >> 1) + d
        begin = s >> 1
        es[i], ef[i], why[i] = begin, end, because
        if end > begin:
            at_end[i] = False
            start_key[i], finish_key[i] = 2 * begin, 2 * end + 1
        else:
            at_end[i] = bool(s & 1)
            start_key[i] = finish_key[i] = s
    run.finish = max(ef, default=run.origin)


def _backward(run: Run, starts: list[int], finishes: list[int], *, late: bool) -> None:
    """One reverse pass, reading successors from the arrays it fills.

    With `late`, fill late dates for every task. Otherwise place the ALAP tasks: each as late
    as its successors' scheduled dates allow, never before its early dates.
    """
    net, count = run.net, run.count
    es, ef, kind, on, after = run.es, run.ef, run.kind, run.on, run.after
    outgoing, parent, children, summary = net.outgoing, net.parent, net.children, run.summary
    actual_finish = run.actual_finish
    project_finish = run.finish
    finish_ceiling = [INF] * count
    start_ceiling = [INF] * count
    # A link into a summary binds every task beneath it, so what it allows its predecessor is
    # read from the summary's earliest start and earliest finish (a summary's own rolled-up
    # finish is its latest).
    first_finish = list(finishes)
    for node in reversed(net.order):
        if node >= count:  # a summary's out-node: what its outgoing links impose
            i = node - count
            up = parent[i]
            fc = finish_ceiling[up] if up >= 0 else INF
            # A link from a summary's start binds the summary's earliest start only: the
            # children that start with it, not the ones that start later.
            sc = start_ceiling[up] if up >= 0 and es[i] == es[up] else INF
            for _, q, from_finish, to_finish, lag, _ in outgoing[i]:
                bound = (first_finish[q] if to_finish else starts[q]) - lag
                if from_finish:
                    fc = min(fc, bound)
                else:
                    sc = min(sc, bound)
            if late and kind[i] == SNLT:
                sc = min(sc, on[i])
            elif late and kind[i] == FNLT:
                fc = min(fc, after[i])
            finish_ceiling[i], start_ceiling[i] = fc, sc
            continue
        i = node
        if summary[i]:  # a summary's in-node: roll its children up
            kids = children[i]
            starts[i] = min([starts[c] for c in kids])
            finishes[i] = max([finishes[c] for c in kids])
            first_finish[i] = min([first_finish[c] for c in kids])
            continue
        constraint = kind[i]
        if not late and constraint != ALAP:
            continue  # only ALAP tasks move; the rest keep their early dates
        span = ef[i] - es[i]
        if late and actual_finish[i] is not None:
            starts[i], finishes[i], first_finish[i] = es[i], ef[i], ef[i]
            continue
        f = project_finish
        for _, q, from_finish, to_finish, lag, _ in outgoing[i]:
            bound = (first_finish[q] if to_finish else starts[q]) - lag
            if not from_finish:
                bound += span
            if bound < f:
                f = bound
        up = parent[i]
        if up >= 0:
            if finish_ceiling[up] < f:
                f = finish_ceiling[up]
            if es[i] == es[up] and start_ceiling[up] + span < f:
                f = start_ceiling[up] + span
        if late and constraint in LATE_BOUNDS:
            if constraint == SNLT:
                f = min(f, on[i] + span)
            elif constraint == FNLT:
                f = min(f, after[i])
            elif constraint == MSO:
                f = on[i] + span
            else:  # MFO
                f = after[i]
        if not late:
            f = max(f, ef[i])
            if span == 0 and f > es[i]:
                # Moved late, a milestone sits at the end of the day before, as a finish does.
                run.start_at_end[i] = True
        starts[i], finishes[i] = f - span, f
        first_finish[i] = f
