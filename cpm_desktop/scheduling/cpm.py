"""The critical path method over a working calendar, with MS Project's semantics.

Time is counted in working-day instants: instant i is the start of working day i of the
calendar's index, so a task of d days that starts at s ends at s + d (the end of day s + d - 1).
A forward pass gives early dates, a backward pass late dates; links and constraints are bounds.
Milestones remember whether they sit at the start or at the end of a day, as MS Project shows a
milestone that follows a finish on that finish's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.model import (
    Driver,
    DriverKind,
    LinkSpec,
    Schedule,
    ScheduledTask,
    TaskSpec,
)
from cpm_desktop.scheduling.network import FF, FS, LEAF, SF, SS, SUMMARY_IN, Network, build_network

_ONE_DAY = dt.timedelta(days=1)
_INF = 1 << 40
ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO = range(8)
_CONSTRAINTS = {"ASAP": ASAP, "ALAP": ALAP, "SNET": SNET, "SNLT": SNLT,
                "FNET": FNET, "FNLT": FNLT, "MSO": MSO, "MFO": MFO}  # fmt: skip
_TYPE_NAMES = ("FS", "SS", "FF", "SF")

# A driver while scheduling: (kind, predecessor position, link type, lag).
_Why = tuple[DriverKind, int, int, int]
_PROJECT_START: _Why = (DriverKind.PROJECT_START, -1, 0, 0)
_CONSTRAINT: _Why = (DriverKind.CONSTRAINT, -1, 0, 0)
_STATUS: _Why = (DriverKind.STATUS_DATE, -1, 0, 0)
_ACTUAL: _Why = (DriverKind.ACTUAL_START, -1, 0, 0)
_CHILDREN: _Why = (DriverKind.CHILDREN, -1, 0, 0)


def schedule_project(
    tasks: list[TaskSpec],
    links: list[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None = None,
) -> Schedule:
    """Schedule every task; raise CycleError naming the tasks of a loop."""
    net = build_network(tasks, links)
    passes = _Passes(net, calendar, project_start, status_date)
    passes.forward()
    passes.backward()
    passes.place_alap_tasks()
    return passes.result()


class _Passes:
    """The arrays of one scheduling run and the passes over them."""

    def __init__(
        self,
        net: Network,
        calendar: WorkCalendar,
        project_start: dt.date,
        status_date: dt.date | None,
    ) -> None:
        self.net = net
        self.calendar = calendar
        count = len(net.tasks)
        self.origin = calendar.index(project_start)
        self.status = calendar.index(status_date + _ONE_DAY) if status_date else None
        index = calendar.index
        self.dur = [0 if t.is_milestone or net.children[i] else t.duration
                    for i, t in enumerate(net.tasks)]  # fmt: skip
        self.kind = [_CONSTRAINTS.get(t.constraint, ASAP) if t.constraint_date or t.constraint
                     == "ALAP" else ASAP for t in net.tasks]  # fmt: skip
        self.on = [index(t.constraint_date) if t.constraint_date else 0 for t in net.tasks]
        self.after = [index(t.constraint_date + _ONE_DAY) if t.constraint_date else 0
                      for t in net.tasks]  # fmt: skip
        self.es = [0] * count
        self.ef = [0] * count
        self.at_end = [False] * count  # milestone placed at the end of a day
        self.why: list[_Why] = [_PROJECT_START] * count
        self.ls = [0] * count
        self.lf = [0] * count
        self.start = self.es  # scheduled start: early, or late for ALAP tasks
        self.finish_instant = 0
        # What a summary's incoming links impose on everything beneath it.
        self.start_floor = [-_INF] * count
        self.finish_floor = [-_INF] * count
        self.floor_at_end = [(False, False)] * count
        self.floor_why: list[tuple[_Why, _Why]] = [(_PROJECT_START, _PROJECT_START)] * count

    # -- forward -------------------------------------------------------------------------

    def forward(self) -> None:
        """Early dates: each task as soon as its links, constraints and progress allow."""
        net, es, ef = self.net, self.es, self.ef
        for kind, i in net.order:
            if kind == LEAF:
                self._forward_leaf(i)
            elif kind == SUMMARY_IN:
                self._forward_summary_in(i)
            else:
                kids = net.children[i]
                es[i] = min(es[c] for c in kids)
                ef[i] = max(ef[c] for c in kids)
                self.why[i] = _CHILDREN
        self.finish_instant = max(ef, default=self.origin)

    def _forward_leaf(self, i: int) -> None:
        es, ef, at_end = self.es, self.ef, self.at_end
        d = self.dur[i]
        s, anchored, why = self.origin, False, _PROJECT_START
        for p, code, lag in self.net.incoming[i]:
            if code in (FS, FF):
                candidate = ef[p] + lag - (d if code == FF else 0)
                end_anchored = ef[p] > es[p] or at_end[p]
            else:
                candidate = es[p] + lag - (d if code != SS else 0)
                end_anchored = at_end[p] and ef[p] == es[p]
            if candidate > s or (candidate == s and end_anchored and not anchored):
                s, anchored, why = candidate, end_anchored, (DriverKind.LINK, p, code, lag)
        parent = self.net.parent[i]
        if parent >= 0:
            start_at_end, finish_at_end = self.floor_at_end[parent]
            start_why, finish_why = self.floor_why[parent]
            candidate = self.start_floor[parent]
            if candidate > s or (candidate == s and start_at_end and not anchored):
                s, anchored, why = candidate, start_at_end, start_why
            candidate = self.finish_floor[parent] - d
            if candidate > s or (candidate == s and finish_at_end and not anchored):
                s, anchored, why = candidate, finish_at_end, finish_why

        constraint = self.kind[i]
        if constraint != ASAP and constraint != ALAP:
            on, after = self.on[i], self.after[i]
            if constraint == SNET and on > s:
                s, anchored, why = on, False, _CONSTRAINT
            elif constraint == FNET and after - d > s:
                s, anchored, why = after - d, d == 0, _CONSTRAINT
            elif constraint == SNLT and s > on:
                s, anchored, why = on, False, _CONSTRAINT
            elif constraint == FNLT and s > after - d:
                s, anchored, why = after - d, d == 0, _CONSTRAINT
            elif constraint == MSO:
                s, anchored, why = on, False, _CONSTRAINT
            elif constraint == MFO:
                s, anchored, why = after - d, d == 0, _CONSTRAINT

        task = self.net.tasks[i]
        if task.actual_start is not None:
            s, why = self.calendar.index(task.actual_start), _ACTUAL
            if task.actual_finish is not None:
                end = max(s, self.calendar.index(task.actual_finish + _ONE_DAY))
                if d == 0:  # a reached milestone sits at the end of its day
                    s, anchored = end, True
                es[i], ef[i], at_end[i], self.why[i] = s, end, anchored, why
                return
            end = s + d
            if self.status is not None:
                # Remaining work is scheduled from the status date, never in the past.
                done = d * task.percent_complete // 100
                end = max(end, max(s + done, self.status) + d - done)
            es[i], ef[i], at_end[i], self.why[i] = s, end, anchored, why
            return
        if self.status is not None and task.percent_complete == 0 and self.status > s:
            s, anchored, why = self.status, False, _STATUS
        es[i], ef[i], at_end[i], self.why[i] = s, s + d, anchored, why

    def _forward_summary_in(self, i: int) -> None:
        es, ef, at_end = self.es, self.ef, self.at_end
        parent = self.net.parent[i]
        if parent >= 0:
            start, finish = self.start_floor[parent], self.finish_floor[parent]
            (start_at_end, finish_at_end), (start_why, finish_why) = (
                self.floor_at_end[parent], self.floor_why[parent])  # fmt: skip
        else:
            start = finish = -_INF
            start_at_end = finish_at_end = False
            start_why = finish_why = _PROJECT_START
        for p, code, lag in self.net.incoming[i]:
            why = (DriverKind.LINK, p, code, lag)
            if code in (FS, FF):
                value, end_anchored = ef[p] + lag, ef[p] > es[p] or at_end[p]
            else:
                value, end_anchored = es[p] + lag, at_end[p] and ef[p] == es[p]
            if code in (FS, SS):
                if value > start or (value == start and end_anchored and not start_at_end):
                    start, start_at_end, start_why = value, end_anchored, why
            elif value > finish or (value == finish and end_anchored and not finish_at_end):
                finish, finish_at_end, finish_why = value, end_anchored, why
        constraint = self.kind[i]
        if constraint == SNET and self.on[i] > start:
            start, start_at_end, start_why = self.on[i], False, _CONSTRAINT
        elif constraint == FNET and self.after[i] > finish:
            finish, finish_at_end, finish_why = self.after[i], True, _CONSTRAINT
        self.start_floor[i], self.finish_floor[i] = start, finish
        self.floor_at_end[i] = (start_at_end, finish_at_end)
        self.floor_why[i] = (start_why, finish_why)

    # -- backward ------------------------------------------------------------------------

    def backward(self) -> None:
        """Late dates: each task as late as its successors and the project finish allow."""
        self.ls, self.lf = self._backward(self.ls, self.lf, late=True)

    def place_alap_tasks(self) -> None:
        """Move unstarted ALAP tasks to the latest dates their successors' scheduled dates allow."""
        net = self.net
        if not any(k == ALAP and net.tasks[i].actual_start is None
                   for i, k in enumerate(self.kind) if not net.children[i]):  # fmt: skip
            return
        self.start = list(self.es)
        finish = list(self.ef)
        self._backward(self.start, finish, late=False)

    def _backward(self, starts: list[int], finishes: list[int], *, late: bool) -> tuple[
        list[int], list[int]]:  # fmt: skip
        """One reverse pass. With `late`, fill late dates; else place ALAP tasks in `starts`.

        Successors are read from the arrays being filled, so each pass sees the dates it set.
        """
        net, es, ef = self.net, self.es, self.ef
        count = len(net.tasks)
        finish_ceiling = [_INF] * count
        start_ceiling = [_INF] * count
        project_finish = self.finish_instant
        for kind, i in reversed(net.order):
            parent = net.parent[i]
            if kind == SUMMARY_IN:
                kids = net.children[i]
                starts[i] = min(starts[c] for c in kids)
                finishes[i] = max(finishes[c] for c in kids)
                continue
            if kind != LEAF:  # a summary's out-node: what its outgoing links impose
                fc = finish_ceiling[parent] if parent >= 0 else _INF
                sc = start_ceiling[parent] if parent >= 0 else _INF
                for q, code, lag in net.outgoing[i]:
                    bound = (starts[q] if code in (FS, SS) else finishes[q]) - lag
                    if code in (FS, FF):
                        fc = min(fc, bound)
                    else:
                        sc = min(sc, bound)
                if self.kind[i] == SNLT:
                    sc = min(sc, self.on[i])
                elif self.kind[i] == FNLT:
                    fc = min(fc, self.after[i])
                finish_ceiling[i], start_ceiling[i] = fc, sc
                continue
            span = ef[i] - es[i]
            if not late and (self.kind[i] != ALAP or net.tasks[i].actual_start is not None):
                continue  # only ALAP tasks move; the rest keep their early dates
            if late and net.tasks[i].actual_finish is not None:
                starts[i], finishes[i] = es[i], ef[i]
                continue
            f = project_finish
            for q, code, lag in net.outgoing[i]:
                bound = (starts[q] if code in (FS, SS) else finishes[q]) - lag
                if code in (SS, SF):
                    bound += span
                if bound < f:
                    f = bound
            if parent >= 0:
                f = min(f, finish_ceiling[parent], start_ceiling[parent] + span)
            constraint = self.kind[i]
            if late and constraint not in (ASAP, ALAP, SNET, FNET):
                if constraint == SNLT:
                    f = min(f, self.on[i] + span)
                elif constraint == FNLT:
                    f = min(f, self.after[i])
                elif constraint == MSO:
                    f = self.on[i] + span
                else:  # MFO
                    f = self.after[i]
            if not late:
                f = max(f, ef[i])  # never earlier than the early dates
            starts[i], finishes[i] = f - span, f
        return starts, finishes

    # -- results -------------------------------------------------------------------------

    def result(self) -> Schedule:
        """Turn instants into dates and slacks into per-task results."""
        net, es, ef, ls, lf, at_end = self.net, self.es, self.ef, self.ls, self.lf, self.at_end
        day_at = self.calendar.day_at
        cache: dict[int, dt.date] = {}

        def day(instant: int) -> dt.date:
            found = cache.get(instant)
            if found is None:
                found = cache[instant] = day_at(instant)
            return found

        def span_dates(s: int, e: int, end_anchored: bool) -> tuple[dt.date, dt.date]:
            if e == s:
                date = day(s - 1 if end_anchored else s)
                return date, date
            return day(s), day(e - 1)

        drivers: dict[_Why, Driver] = {}
        tasks = net.tasks
        project_finish = self.finish_instant
        results: dict[int, ScheduledTask] = {}
        critical_leaf = [False] * len(tasks)
        for i, task in enumerate(tasks):
            if net.children[i]:
                continue
            span = ef[i] - es[i]
            s = self.start[i]
            start, finish = span_dates(s, s + span, at_end[i])
            early_start, early_finish = span_dates(es[i], ef[i], at_end[i])
            late_start, late_finish = span_dates(ls[i], lf[i], at_end[i])
            done = task.actual_finish is not None
            total = 0 if done else lf[i] - ef[i]
            free = project_finish - ef[i]
            for q, code, lag in net.outgoing[i]:
                gap = (
                    (es[q] if code in (FS, SS) else ef[q])
                    - lag
                    - (ef[i] if code in (FS, FF) else es[i])
                )
                free = min(free, gap)
            free = max(0, min(free, total))
            critical_leaf[i] = total <= 0 and not done
            why = self.why[i]
            if self.kind[i] == ALAP and s != es[i]:
                why = _CONSTRAINT
            driver = drivers.get(why)
            if driver is None:
                driver = drivers[why] = _driver(why, tasks)
            results[task.id] = ScheduledTask(
                id=task.id, start=start, finish=finish, duration=span, is_summary=False,
                driver=driver, early_start=early_start, early_finish=early_finish,
                late_start=late_start, late_finish=late_finish, total_slack=total,
                free_slack=free, critical=critical_leaf[i],
            )  # fmt: skip
        self._summaries(results, critical_leaf, span_dates, drivers)
        finish_date = max((r.finish for r in results.values()), default=None)
        return Schedule(tasks=results, finish=finish_date)

    def _summaries(
        self,
        results: dict[int, ScheduledTask],
        critical_leaf: list[bool],
        span_dates: Callable[[int, int, bool], tuple[dt.date, dt.date]],
        drivers: dict[_Why, Driver],
    ) -> None:
        """Summaries span their children's shown dates; critical if a child is."""
        net, es, ef, ls, lf = self.net, self.es, self.ef, self.ls, self.lf
        children_driver = drivers.setdefault(_CHILDREN, Driver(DriverKind.CHILDREN))
        critical = list(critical_leaf)
        for kind, i in net.order:  # children before their summary's out-node
            if kind in (LEAF, SUMMARY_IN):
                continue
            kids = net.children[i]
            task = net.tasks[i]
            start = min(results[net.tasks[c].id].start for c in kids)
            finish = max(results[net.tasks[c].id].finish for c in kids)
            critical[i] = any(critical[c] for c in kids)
            early_start, early_finish = span_dates(es[i], ef[i], False)
            late_start, late_finish = span_dates(ls[i], lf[i], False)
            results[task.id] = ScheduledTask(
                id=task.id, start=start, finish=finish,
                duration=self.calendar.working_days_in(start, finish), is_summary=True,
                driver=children_driver, early_start=early_start, early_finish=early_finish,
                late_start=late_start, late_finish=late_finish, total_slack=lf[i] - ef[i],
                free_slack=0, critical=critical[i],
            )  # fmt: skip


def _driver(why: _Why, tasks: list[TaskSpec]) -> Driver:
    kind, predecessor, code, lag = why
    if kind is DriverKind.LINK:
        return Driver(kind, (tasks[predecessor].id, _TYPE_NAMES[code], lag))
    return Driver(kind)
