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
import gc
from collections.abc import Iterator, Mapping

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.model import (
    Driver,
    DriverKind,
    LinkSpec,
    Schedule,
    ScheduledTask,
    TaskSpec,
)
from cpm_desktop.scheduling.network import Network, build_network

_ONE_DAY = dt.timedelta(days=1)
_INF = 1 << 40
ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO = range(8)
_LATE_BOUNDS = frozenset({SNLT, FNLT, MSO, MFO})  # constraints that cap the late dates
_CONSTRAINTS = {"ASAP": ASAP, "ALAP": ALAP, "SNET": SNET, "SNLT": SNLT,
                "FNET": FNET, "FNLT": FNLT, "MSO": MSO, "MFO": MFO}  # fmt: skip
# What set a start, when not a link (a link is named by its number, >= 0).
_BY_START, _BY_CONSTRAINT, _BY_STATUS, _BY_ACTUAL, _BY_CHILDREN = -1, -2, -3, -4, -5
_DRIVER_KINDS = {
    _BY_START: DriverKind.PROJECT_START,
    _BY_CONSTRAINT: DriverKind.CONSTRAINT,
    _BY_STATUS: DriverKind.STATUS_DATE,
    _BY_ACTUAL: DriverKind.ACTUAL_START,
    _BY_CHILDREN: DriverKind.CHILDREN,
}


def schedule_project(
    tasks: list[TaskSpec],
    links: list[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None = None,
) -> Schedule:
    """Schedule every task; raise CycleError naming the tasks of a loop."""
    # The passes allocate many small lists but no reference cycles; the cyclic collector
    # would rescan the caller's whole heap several times over (half the run for 10,000 tasks).
    collecting = gc.isenabled()
    gc.disable()
    try:
        run = _Run(build_network(tasks, links), calendar, project_start, status_date)
        _forward(run)
        _backward(run, run.ls, run.lf, late=True)
        if run.has_alap:
            run.start = list(run.es)
            run.start_at_end = list(run.at_end)
            _backward(run, run.start, list(run.ef), late=False)
        return _results(run)
    finally:
        if collecting:
            gc.enable()


class _Run:
    """The inputs of one run as flat lists by task position, and the arrays the passes fill."""

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
        self.count = count
        self.origin = calendar.index(project_start)
        self.status = calendar.index(status_date + _ONE_DAY) if status_date else None
        index = calendar.index
        summary = [bool(kids) for kids in net.children]
        self.summary = summary
        self.dur = [0] * count
        self.kind = [ASAP] * count
        self.on = [0] * count
        self.after = [0] * count
        self.actual_start: list[int | None] = [None] * count
        self.actual_finish: list[int | None] = [None] * count
        self.percent = [0] * count
        self.has_alap = False
        for i, task in enumerate(net.tasks):
            if not summary[i] and not task.is_milestone:
                self.dur[i] = task.duration
            kind = _CONSTRAINTS.get(task.constraint, ASAP)
            if task.constraint_date is not None and kind not in (ASAP, ALAP):
                self.kind[i] = kind
                self.on[i] = index(task.constraint_date)
                self.after[i] = index(task.constraint_date + _ONE_DAY)
            elif kind == ALAP and not summary[i] and task.actual_start is None:
                self.kind[i] = ALAP
                self.has_alap = True
            if task.actual_start is not None:
                self.actual_start[i] = index(task.actual_start)
                if task.actual_finish is not None:
                    self.actual_finish[i] = index(task.actual_finish + _ONE_DAY)
            self.percent[i] = task.percent_complete
        self.es = [0] * count
        self.ef = [0] * count
        self.at_end = [False] * count  # a milestone placed at the end of a day
        self.why = [_BY_START] * count
        self.ls = [0] * count
        self.lf = [0] * count
        self.start = self.es  # scheduled start: the early one, the late one for ALAP tasks
        self.start_at_end = self.at_end  # the same for the scheduled position
        self.finish = self.origin


def _forward(run: _Run) -> None:
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
    origin_key = 2 * run.origin
    status = run.status
    status_key = -_INF if status is None else 2 * status
    start_key = [0] * count  # where each scheduled task starts, and finishes, as keys
    finish_key = [0] * count
    # What a summary's incoming links impose on every task beneath it, as keys.
    start_floor = [-_INF] * count
    finish_floor = [-_INF] * count
    start_floor_why = [_BY_START] * count
    finish_floor_why = [_BY_START] * count

    for node in net.order:
        if node >= count:  # a summary's out-node: roll its children up
            i = node - count
            kids = children[i]
            es[i] = min([es[c] for c in kids])
            ef[i] = max([ef[c] for c in kids])
            start_key[i] = min([start_key[c] for c in kids])
            finish_key[i] = max([finish_key[c] for c in kids])
            why[i] = _BY_CHILDREN
            continue
        i = node
        up = parent[i]
        if summary[i]:  # a summary's in-node: what binds its children
            if up >= 0:
                start, finish = start_floor[up], finish_floor[up]
                start_why, finish_why = start_floor_why[up], finish_floor_why[up]
            else:
                start = finish = -_INF
                start_why = finish_why = _BY_START
            for p, _, from_finish, to_finish, lag, number in incoming[i]:
                value = (finish_key[p] if from_finish else start_key[p]) + 2 * lag
                if to_finish:
                    if value > finish:
                        finish, finish_why = value, number
                elif value > start:
                    start, start_why = value, number
            if kind[i] == SNET and 2 * on[i] > start:
                start, start_why = 2 * on[i], _BY_CONSTRAINT
            elif kind[i] == FNET and 2 * after[i] + 1 > finish:
                finish, finish_why = 2 * after[i] + 1, _BY_CONSTRAINT
            start_floor[i], finish_floor[i] = start, finish
            start_floor_why[i], finish_floor_why[i] = start_why, finish_why
            continue

        d = dur[i]
        d2 = 2 * d
        s, because = origin_key, _BY_START
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
                if on_key > s:
                    s, because = on_key, _BY_CONSTRAINT
            elif constraint == FNET:
                if finish_at > s:
                    s, because = finish_at, _BY_CONSTRAINT
            elif constraint == SNLT:
                if s > on_key:
                    s, because = on_key, _BY_CONSTRAINT
            elif constraint == FNLT:
                if s > finish_at:
                    s, because = finish_at, _BY_CONSTRAINT
            elif constraint == MSO:
                s, because = on_key, _BY_CONSTRAINT
            else:  # MFO
                s, because = finish_at, _BY_CONSTRAINT
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
            because = _BY_ACTUAL
        else:
            if status_key > s and percent[i] == 0:
                s, because = status_key, _BY_STATUS
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


def _backward(run: _Run, starts: list[int], finishes: list[int], *, late: bool) -> None:
    """One reverse pass, reading successors from the arrays it fills.

    With `late`, fill late dates for every task. Otherwise place the ALAP tasks: each as late
    as its successors' scheduled dates allow, never before its early dates.
    """
    net, count = run.net, run.count
    es, ef, kind, on, after = run.es, run.ef, run.kind, run.on, run.after
    outgoing, parent, children, summary = net.outgoing, net.parent, net.children, run.summary
    actual_finish = run.actual_finish
    project_finish = run.finish
    finish_ceiling = [_INF] * count
    start_ceiling = [_INF] * count
    # A link into a summary binds every task beneath it, so what it allows its predecessor is
    # read from the summary's earliest start and earliest finish (a summary's own rolled-up
    # finish is its latest).
    first_finish = list(finishes)
    for node in reversed(net.order):
        if node >= count:  # a summary's out-node: what its outgoing links impose
            i = node - count
            up = parent[i]
            fc = finish_ceiling[up] if up >= 0 else _INF
            # A link from a summary's start binds the summary's earliest start only: the
            # children that start with it, not the ones that start later.
            sc = start_ceiling[up] if up >= 0 and es[i] == es[up] else _INF
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
        if late and constraint in _LATE_BOUNDS:
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


def _results(run: _Run) -> Schedule:
    """Days shown per task (summaries spanning their children) and the critical flags."""
    net, count = run.net, run.count
    children, summary = net.children, run.summary
    # Working-day index of the first and last day shown; a milestone at a day's end shows
    # on that day. (Summaries are overwritten below.)
    first_day = [
        s if e > b or not a else s - 1
        for s, b, e, a in zip(run.start, run.es, run.ef, run.start_at_end, strict=True)
    ]
    last_day = [
        s + e - b - 1 if e > b else (s - 1 if a else s)
        for s, b, e, a in zip(run.start, run.es, run.ef, run.start_at_end, strict=True)
    ]
    total = [late - early for late, early in zip(run.lf, run.ef, strict=True)]
    for i, ended in enumerate(run.actual_finish):
        if ended is not None:
            total[i] = 0  # finished work has no slack to lose
    done = [ended is not None for ended in run.actual_finish]
    critical = [
        t <= 0 and not finished and not is_summary
        for t, finished, is_summary in zip(total, done, summary, strict=True)
    ]
    critical_count = critical.count(True)
    for node in net.order:  # children before their summary's out-node
        if node >= count:
            i = node - count
            kids = children[i]
            first_day[i] = min([first_day[c] for c in kids])
            last_day[i] = max([last_day[c] for c in kids])
            # The least slack of the work still to do in it: a phase holding critical work reads
            # critical; a finished phase has none left to lose.
            open_slack = [total[c] for c in kids if not done[c]]
            total[i] = min(open_slack) if open_slack else 0
            done[i] = not open_slack
            critical[i] = any([critical[c] for c in kids])
    finish = run.calendar.day_at(max(last_day)) if count else None
    return Schedule(_Results(run, first_day, last_day, total, critical), finish, critical_count)


class _Results(Mapping[int, ScheduledTask]):
    """Per-task results by task id, each built on first read from the run's arrays."""

    def __init__(
        self,
        run: _Run,
        first_day: list[int],
        last_day: list[int],
        total: list[int],
        critical: list[bool],
    ) -> None:
        self._run = run
        self._first, self._last, self._total, self._critical = first_day, last_day, total, critical
        self._position = {task.id: i for i, task in enumerate(run.net.tasks)}
        self._built: dict[int, ScheduledTask] = {}
        self._days: dict[int, dt.date] = {}

    def __getitem__(self, task_id: int) -> ScheduledTask:
        found = self._built.get(task_id)
        if found is None:
            found = self._built[task_id] = self._build(self._position[task_id])
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def _day(self, instant: int) -> dt.date:
        found = self._days.get(instant)
        if found is None:
            found = self._days[instant] = self._run.calendar.day_at(instant)
        return found

    def _span(self, start: int, end: int, at_end: bool) -> tuple[dt.date, dt.date]:
        if end == start:
            day = self._day(start - 1 if at_end else start)
            return day, day
        return self._day(start), self._day(end - 1)

    def _build(self, i: int) -> ScheduledTask:
        run = self._run
        task = run.net.tasks[i]
        is_summary = run.summary[i]
        start, finish = self._day(self._first[i]), self._day(self._last[i])
        if is_summary:  # span the children's days, milestones at a day's end included
            kids = [self[run.net.tasks[c].id] for c in run.net.children[i]]
            early_start = min(k.early_start for k in kids)
            early_finish = max(k.early_finish for k in kids)
            late_start = min(k.late_start for k in kids)
            late_finish = max(k.late_finish for k in kids)
            duration = run.calendar.working_days_in(start, finish)
        else:
            early_start, early_finish = self._span(run.es[i], run.ef[i], run.at_end[i])
            # A milestone's latest moment is the end of a day, unless it cannot move at all.
            late_at_end = run.at_end[i] or run.ls[i] != run.es[i]
            late_start, late_finish = self._span(run.ls[i], run.lf[i], late_at_end)
            # Work days, not the span: resumed work after the status date keeps its duration.
            duration = run.ef[i] - run.es[i] if run.actual_finish[i] is not None else run.dur[i]
        return ScheduledTask(
            task.id, start, finish, duration, is_summary, self._driver(i), early_start,
            early_finish, late_start, late_finish, self._total[i], self._free_slack(i),
            self._critical[i],
        )  # fmt: skip

    def _driver(self, i: int) -> Driver:
        run = self._run
        because = run.why[i]
        if run.kind[i] == ALAP and run.start[i] != run.es[i]:
            return Driver(DriverKind.CONSTRAINT)
        if because >= 0:
            link = run.net.links[because]
            return Driver(DriverKind.LINK, (link.predecessor, link.type, link.lag))
        return Driver(_DRIVER_KINDS[because])

    def _free_slack(self, i: int) -> int:
        """Days the task can slip without moving a successor (never above its total slack)."""
        run = self._run
        if run.summary[i] or run.actual_finish[i] is not None:
            return 0
        es, ef = run.es, run.ef
        free = run.finish - ef[i]
        for _, q, from_finish, to_finish, lag, _ in run.net.outgoing[i]:
            gap = (ef[q] if to_finish else es[q]) - lag - (ef[i] if from_finish else es[i])
            free = min(free, gap)
        return max(0, min(free, self._total[i]))
