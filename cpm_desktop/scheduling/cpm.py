"""The critical path method over a working calendar, with MS Project's semantics.

Time is counted in working-day instants: instant i is the start of working day i of the
calendar's index, so a task of d days that starts at s ends at s + d (the end of day s + d - 1).
A forward pass gives early dates, a backward pass late dates; links and constraints are bounds.
A milestone remembers whether it sits at the start or at the end of a day, as MS Project shows
a milestone that follows a finish on that finish's day.

This is the hot path (every edit reschedules), so the passes work on flat lists of ints with
local names, push each node's dates along its edges (one tuple per link), give the common task
(no constraint, no progress) a short path, and leave what only a reader needs (drivers, result
objects) until it is read. An edit's reschedule follows the last run of its structure
(last_runs.py) and works out again only what the edited tasks move (incremental.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.scheduling.incremental import backward_again, forward_again, shift_late
from cpm_desktop.scheduling.last_runs import LastRun, LastRuns
from cpm_desktop.scheduling.model import LinkSpec, Schedule, TaskSpec
from cpm_desktop.scheduling.network import Network, Structure, build_network
from cpm_desktop.scheduling.results import build_results
from cpm_desktop.scheduling.run import (
    ALAP,
    FLOORED,
    FNET,
    IN_NODE,
    INF,
    ONE_DAY,
    SNET,
    Run,
)


def schedule_project(
    tasks: list[TaskSpec],
    links: list[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None = None,
) -> Schedule:
    """Schedule every task; raise CycleError naming the tasks of a loop.

    After a run of the same structure, calendar and dates, with few tasks changed (handed as
    new objects), only what they can move is worked out again (incremental.py).
    """
    last_runs = _last_runs()
    with collector_paused():  # the passes allocate many small lists but no cycles
        found = last_runs.same_objects(tasks, links, _most_changed(len(tasks)))
        last: LastRun | None
        if found is not None:
            last, changed = found
            net = dataclasses.replace(last.run.net, tasks=tasks, links=links)
        else:
            net = _network(tasks, links)
            last = last_runs.of_structure(net.structure)
            changed = [] if last is None else last.changed(tasks)
        run = None
        if last is not None:
            run = _run_again(last, changed, net, calendar, project_start, status_date)
        if run is None:
            run = _run(net, calendar, project_start, status_date)
        last_runs.keep(run, tasks, links, net)
        return build_results(run)


# The networks of the last structures scheduled. An edit reschedules the whole plan, mostly
# with the structure it had (a move, a duration, progress): indexing and ordering it again
# would cost as much as both passes. And the last run of each, which an edit's run follows.
_RECENT: list[Network] = []
_KEPT = 2
_RECENT_LOCK = threading.Lock()
# Per thread: a worker scheduling the plan it read itself (the driving chain, with task
# objects of its own) must not take the place of the run the window's next edit follows.
_THREAD_RUNS = threading.local()


def _last_runs() -> LastRuns:
    """This thread's last runs."""
    runs: LastRuns | None = getattr(_THREAD_RUNS, "runs", None)
    if runs is None:
        runs = _THREAD_RUNS.runs = LastRuns(_KEPT)
    return runs


def _network(tasks: list[TaskSpec], links: list[LinkSpec]) -> Network:
    """The network of these tasks and links: a recent one of the same structure, or a new one."""
    structure = Structure.of(tasks, links)
    with _RECENT_LOCK:
        known = next((net for net in _RECENT if net.structure == structure), None)
    if known is None:
        known = build_network(tasks, links, structure)
        with _RECENT_LOCK:
            # Kept without the caller's tasks and links: they would outlive their schedule.
            _RECENT.insert(0, dataclasses.replace(known, tasks=[], links=[]))
            del _RECENT[_KEPT:]
    return dataclasses.replace(known, tasks=tasks, links=links)


def schedule_network(
    net: Network, calendar: WorkCalendar, project_start: dt.date, status_date: dt.date | None
) -> Schedule:
    """Schedule a network built once, reading its tasks' durations, constraints, progress and
    levelling delays afresh: what-if runs that keep the structure (levelling's) skip indexing
    and ordering it again."""
    with collector_paused():
        return build_results(_run(net, calendar, project_start, status_date))


def _run(
    net: Network, calendar: WorkCalendar, project_start: dt.date, status_date: dt.date | None
) -> Run:
    """A full run: both passes over every node, and the ALAP placement."""
    run = Run(net, calendar, project_start, status_date)
    _forward(run)
    _backward(run)
    if run.has_alap:
        _place_alap(run)
    return run


# An edit that changes more tasks than this share of the plan runs the full passes: per node,
# they cost less than the incremental ones. Past this share of the nodes queued, the
# incremental passes scan the order rather than keep a queue.
_MOST_CHANGED = 1 / 16
_MOST_QUEUED = 1 / 16
# An edit whose forward pass reaches more than this share of the nodes (one early on the
# critical path) gives up and runs the full passes: the incremental pass costs about three
# times as much per node, so past this share it costs more than what it saves.
_MOST_REACHED = 1 / 16
_FEWEST_REACHED = 200


def _most_changed(count: int) -> int:
    """How many of `count` tasks an edit may change for its run to follow the last one."""
    return int(count * _MOST_CHANGED) + 1


def _run_again(
    last: LastRun,
    changed: list[int],
    net: Network,
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None,
) -> Run | None:
    """A run from the last one of the structure, redoing only what the tasks at `changed`
    can move; None when it must be a full run (other calendar or dates, no tasks, many
    changes)."""
    basis = last.run
    count = basis.count
    if (
        not count
        or calendar is not basis.calendar
        or len(changed) > _most_changed(count)
        or calendar.index(project_start) != basis.origin
        or (calendar.index(status_date + ONE_DAY) if status_date else None) != basis.status
    ):
        return None
    reach = max(int(count * _MOST_REACHED), _FEWEST_REACHED)
    if count > reach and any(basis.total[i] <= 0 for i in changed):
        # A task on the critical path: what it moves, the rest of the path moves with it.
        return None
    run = Run.following(basis, net, changed)
    rank = last.ranks()
    budget = int(count * _MOST_QUEUED) + len(changed)
    moved = forward_again(run, changed, rank, budget, reach)
    if moved is None:
        return None
    summary = run.summary
    seeds = [count + i if summary[i] else i for i in changed]
    by = run.finish - basis.finish
    if by:
        # The late dates move with the finish; a leaf whose early dates moved as much keeps
        # its slack, and needs working out again only if what it reads moved otherwise.
        followed = _followed(basis, run, moved, 2 * by)
        seeds += shift_late(run, by, followed)
        moved_otherwise = set(moved).difference(followed)
    else:
        moved_otherwise = set(moved)
    seeds += [count + i if summary[i] else i for i in moved_otherwise]
    reslacked = backward_again(run, basis, seeds, rank, budget)
    if run.has_alap:
        _place_alap(run)
    elif basis.placed is None:  # else ALAP tasks of the last run may have moved back
        run.moved = [*changed, *moved]
    if run.finish == basis.finish:  # else every slack moved
        run.reslacked = [*changed, *moved, *reslacked]
    return run


def _followed(basis: Run, run: Run, moved: list[int], by: int) -> list[int]:
    """The leaves among `moved` whose start and finish keys both moved `by`."""
    summary, start_key, finish_key = run.summary, run.start_key, run.finish_key
    started, finished = basis.start_key, basis.finish_key
    return [
        i
        for i in moved
        if not summary[i] and start_key[i] - started[i] == by and finish_key[i] - finished[i] == by
    ]


def _forward(run: Run) -> None:
    """Early dates: each task as soon as its links, constraints and progress allow.

    Bounds are compared as keys 2 × instant + anchor (see Run.place); the largest key wins,
    so a tie goes to the end of the day. In topological order, each node pushes its start
    and finish keys along its edges into its successors' gathered bounds, so a task finds
    its bound from links and summaries ready when its turn comes.
    """
    net, count = run.net, run.count
    gather, plan = run.gather, run.plan
    start_key, finish_key = run.start_key, run.finish_key
    outgoing, children = net.outgoing, net.children
    # The greatest finish key of a plain work task (odd: the end of its last day), and of
    # any other leaf with the last day it shows; read here rather than in another pass.
    work_top = other_top = other_last = -INF
    for node in net.order:
        if node < count:
            d = plan[node]
            s = gather[node]
            if d > 0:  # a plain work task starts at the start of a day
                s &= -2
                f = s + d + d + 1  # the end of its last day
                if f > work_top:
                    work_top = f
            else:
                if not d:  # a plain milestone keeps its anchor
                    f = s
                elif d <= IN_NODE:  # a summary's in-node: what binds its children
                    if d == FLOORED or s > -INF or gather[count + node] > -INF:
                        _floors(run, node, gather)
                    continue
                else:
                    s, f = run.place_leaf(node, s)
                other_top = max(other_top, f)
                # Shown on the day before: a work task's last day, or a milestone at the end
                # of a day (both odd keys).
                other_last = max(other_last, (f >> 1) - (f & 1))
            start_key[node] = s
            finish_key[node] = f
            edges = outgoing[node]
        else:  # a summary's out-node: roll its children up
            i = node - count
            kids = children[i]
            s = start_key[i] = min(map(start_key.__getitem__, kids))
            f = finish_key[i] = max(map(finish_key.__getitem__, kids))
            edges = outgoing[i]
        for _, slot, twice_lag, from_finish, _ in edges:
            value = (f if from_finish else s) + twice_lag
            if value > gather[slot]:
                gather[slot] = value
    if count:
        run.finish = max(work_top, other_top) >> 1
        run.last_shown = max((work_top >> 1) - 1, other_last)


def _floors(run: Run, i: int, gather: list[int]) -> None:
    """Summary `i`'s floors (from its parent, its links in and its own constraint), pushed
    down to its children."""
    count = run.count
    kind = run.kind.get(i)
    if kind == SNET:
        gather[i] = max(gather[i], 2 * run.on[i])
    elif kind == FNET:
        gather[count + i] = max(gather[count + i], 2 * run.after[i] + 1)
    floor, finish_floor = gather[i], gather[count + i]
    if floor > -INF or finish_floor > -INF:
        summary, dur = run.summary, run.dur
        for c in run.net.children[i]:
            if summary[c]:
                gather[c] = max(gather[c], floor)
                gather[count + c] = max(gather[count + c], finish_floor)
            else:
                gather[c] = max(gather[c], floor, finish_floor - 2 * dur[c])


def _backward(run: Run) -> None:
    """Late dates: each task as late as its successors' late dates and its constraints allow.

    Nodes are taken in reverse order. `late` holds each task's late start and, at count + i,
    its earliest late finish: a link into a summary binds every task beneath it, so what it
    allows its predecessor is read from the summary's earliest start and earliest finish. A
    summary's out-node pushes what its own outgoing links impose (its ceilings) down to its
    children.
    """
    net, count = run.net, run.count
    outgoing, children, late_plan = net.outgoing, net.children, run.late_plan
    finish_key, total = run.finish_key, run.total
    critical = 0  # work tasks and milestones without slack
    late = [0] * (2 * count)
    ceiling = [run.finish] * count  # a leaf's latest finish from its summaries' ceilings
    # A summary's finish and start ceilings, from its links, constraints and parents.
    finish_ceiling: dict[int, int] = {}
    start_ceiling: dict[int, int] = {}
    pushed = run.ceilings = {}  # each summary's, for a later run's (incremental.py)
    finishes_of = net.finish_slots
    for node in reversed(net.order):
        if node < count:
            days = late_plan[node]
            if days >= 0:  # a plain leaf, `days` from its start to its finish
                f = ceiling[node]
                for _, slot, _, from_finish, minus_lag in outgoing[node]:
                    bound = late[slot] + minus_lag
                    if not from_finish:
                        bound += days
                    if bound < f:
                        f = bound
                late[count + node] = f
                late[node] = f - days
                f -= finish_key[node] >> 1  # total slack: late finish less the early one
                total[node] = f
                if f <= 0:
                    critical += 1
            elif days == IN_NODE:  # a summary's in-node: roll its children up
                late[node] = min(map(late.__getitem__, children[node]))
                late[count + node] = min(map(late.__getitem__, finishes_of[node]))
            elif run.late_special(node, late, ceiling[node]):
                critical += 1
            continue
        # A summary's out-node: what its outgoing links and constraint impose.
        i = node - count
        inherited = finish_ceiling.get(i, INF), start_ceiling.get(i, INF)
        fc, sc = pushed[i] = run.summary_ceilings(i, *inherited, late)
        if fc < INF or sc < INF:
            _ceilings(run, i, fc, sc, ceiling, finish_ceiling, start_ceiling)
    run.late = late
    run.critical_count = critical


def _ceilings(
    run: Run,
    i: int,
    fc: int,
    sc: int,
    ceiling: list[int],
    finish_ceiling: dict[int, int],
    start_ceiling: dict[int, int],
) -> None:
    """Push summary `i`'s finish and start ceilings down to its children.

    A link from a summary's start binds the summary's earliest start only: the children that
    start with it, not the ones that start later.
    """
    start_key, summary = run.start_key, run.summary
    first = start_key[i] >> 1
    for c in run.net.children[i]:
        c_sc = sc if start_key[c] >> 1 == first else INF
        if summary[c]:
            finish_ceiling[c], start_ceiling[c] = fc, c_sc
        else:
            ceiling[c] = min(ceiling[c], fc, c_sc + run.span(c))


def _place_alap(run: Run) -> None:
    """Place the ALAP tasks: each as late as its successors' scheduled dates allow, never
    before its early dates; every other task keeps its early dates."""
    net, count = run.net, run.count
    es, ef = run.es, run.ef
    outgoing, children, kind, summary = net.outgoing, net.children, run.kind, run.summary
    placed = es + ef  # scheduled start, and at count + i the earliest scheduled finish
    at_end = list(run.at_end)
    finish_ceiling = [INF] * count
    start_ceiling = [INF] * count
    finishes_of = net.finish_slots
    for node in reversed(net.order):
        if node < count and summary[node]:  # a summary's in-node: roll its children up
            placed[node] = min(map(placed.__getitem__, children[node]))
            placed[count + node] = min(map(placed.__getitem__, finishes_of[node]))
        elif node < count:
            i = node
            if kind.get(i) != ALAP:
                continue  # only ALAP tasks move; the rest keep their early dates
            span = ef[i] - es[i]
            f = run.finish
            for _, slot, _, from_finish, minus_lag in outgoing[i]:
                bound = placed[slot] + minus_lag
                if not from_finish:
                    bound += span
                f = min(f, bound)
            up = net.parent[i]
            if up >= 0:
                f = min(f, finish_ceiling[up])
                if es[i] == es[up]:
                    f = min(f, start_ceiling[up] + span)
            f = max(f, ef[i])
            if span == 0 and f > es[i]:
                # Moved late, a milestone sits at the end of the day before, as a finish does.
                at_end[i] = 1
            placed[i], placed[count + i] = f - span, f
        else:  # a summary's out-node: what its outgoing links impose
            i = node - count
            up = net.parent[i]
            fc = finish_ceiling[up] if up >= 0 else INF
            sc = start_ceiling[up] if up >= 0 and es[i] == es[up] else INF
            for _, slot, _, from_finish, minus_lag in outgoing[i]:
                bound = placed[slot] + minus_lag
                if from_finish:
                    fc = min(fc, bound)
                else:
                    sc = min(sc, bound)
            finish_ceiling[i], start_ceiling[i] = fc, sc
    run.placed = (placed[:count], at_end)
