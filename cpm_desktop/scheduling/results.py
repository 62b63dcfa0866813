"""Per-task results of a scheduling run: days shown, slack, critical flags, drivers.

Result objects and drivers are found only when read: the service reads every task's dates,
a report a few objects, the start-drivers panel a few drivers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Iterator
from itertools import compress

from cpm_desktop.scheduling.drivers import StartDrivers
from cpm_desktop.scheduling.model import (
    Driver,
    DriverKind,
    Schedule,
    ScheduledTask,
    TaskDates,
    TaskResults,
)
from cpm_desktop.scheduling.run import ALAP, DRIVER_KINDS, Run

# Drivers that name no link are the same for every task: share one object of each kind.
_PLAIN_DRIVERS = {code: Driver(kind) for code, kind in DRIVER_KINDS.items()}
_BY_CONSTRAINT = Driver(DriverKind.CONSTRAINT)


def build_results(run: Run) -> Schedule:
    """The project finish and the critical count; the rest of each task's results as read."""
    if not run.count:
        return Schedule(_Results(run), None, 0)
    last = run.last_shown
    if run.placed is not None:  # ALAP tasks moved: read their days shown
        summary = [not is_summary for is_summary in run.summary]
        last = max(compress(_last_days(run), summary))
    return Schedule(_Results(run), run.calendar.day_at(last), run.critical_count)


def _union(*known: list[int] | None) -> list[int] | None:
    """The positions in all these lists, or None if one is unknown (None)."""
    found: set[int] = set()
    for positions in known:
        if positions is None:
            return None
        found.update(positions)
    return sorted(found)


def _above(run: Run, positions: Iterable[int]) -> set[int]:
    """The summaries above these positions."""
    parent = run.net.parent
    found: set[int] = set()
    for i in positions:
        up = parent[i]
        while up >= 0 and up not in found:
            found.add(up)
            up = parent[up]
    return found


def _last_days(run: Run) -> list[int]:
    """Working-day index of each task's last day shown; a milestone at a day's end shows on
    that day. (A summary's is its children's latest: see _Results._roll_up.)"""
    if run.placed is None:
        # From the finish keys: a work task's (odd) ends its last day, a milestone's anchor
        # at the end of a day shows it on the day before.
        return [(key >> 1) - (key & 1) for key in run.finish_key]
    return [
        s + e - b - 1 if e > b else (s - 1 if a else s)
        for s, b, e, a in zip(run.start, run.es, run.ef, run.start_at_end, strict=True)
    ]


class _Results(TaskResults):
    """Per-task results by task id, each built on first read from the run's arrays."""

    def __init__(self, run: Run) -> None:
        self._run = run
        # Filled on the first read that needs them (_roll_up).
        self._critical: list[bool] = []
        self._first: list[int] = []
        self._last: list[int] = []
        self._total: list[int] = []
        self._position = run.net.position
        self._why = StartDrivers(run)
        self._built: dict[int, ScheduledTask] = {}
        self._days: dict[int, dt.date] = {}
        self._done: set[int] = set()  # tasks and summaries with no work left
        self._all_durations: list[int] = []  # as dates() gives them, once rolled up

    def _roll_up(self) -> None:
        """Days shown, total slack; for summaries spanning their children, their slack and
        critical flags.

        Done once, on the first read that needs them: a reschedule that reads nothing but
        the finish skips it.
        """
        if self._first or not self._run.count:
            return
        run = self._run
        if run.placed is None:  # a work task's start key is even: its own day
            first = [(key >> 1) - (key & 1) for key in run.start_key]
        else:
            first = [
                s if e > b or not a else s - 1
                for s, b, e, a in zip(run.start, run.es, run.ef, run.start_at_end, strict=True)
            ]
        last = _last_days(run)
        total = run.total  # a leaf's, from the backward pass (finished work: 0)
        critical = [slack <= 0 for slack in total]
        for i in run.finished:
            critical[i] = False  # finished work has no slack to lose
        done = set(run.finished)
        for i in run.net.rollups:  # children before their summary
            self._roll_summary(i, first, last, total, critical, done)
        self._done = done
        self._last, self._total, self._critical = last, total, critical
        self._first = first

    def _roll_summary(
        self,
        i: int,
        first: list[int],
        last: list[int],
        total: list[int],
        critical: list[bool],
        done: set[int],
    ) -> None:
        """Summary `i`'s days shown, slack and critical flag from its children's."""
        kids = self._run.net.children[i]
        first[i] = min(map(first.__getitem__, kids))
        last[i] = max(map(last.__getitem__, kids))
        # The least slack of the work still to do in it: a phase holding critical work
        # reads critical (it is open, with no slack); a finished phase has none to lose.
        least: int | None
        if done.isdisjoint(kids):
            least = min(map(total.__getitem__, kids))
        else:
            open_slack = [total[c] for c in kids if c not in done]
            least = min(open_slack) if open_slack else None
        if least is None:
            total[i], critical[i] = 0, False
            done.add(i)
        else:
            total[i], critical[i] = least, least <= 0
            done.discard(i)  # its own actual finish aside, work is left in it

    def _roll_up_after(self, previous: _Results) -> None:
        """Roll up as _roll_up does, from the rolled-up results of the run this one followed:
        the days shown of the tasks it moved and of the summaries above them; the slack of
        the tasks it worked out again and of the summaries above (of every summary when the
        finish moved every slack)."""
        run = self._run
        if self._first or not run.count:
            return
        if run.basis != previous._run.serial or run.moved is None or not previous._first:
            self._roll_up()
            return
        first, last = list(previous._first), list(previous._last)
        total, summary, finished = run.total, run.summary, run.actual_finish
        touched = _union(run.moved, run.reslacked)
        if touched is None:  # every slack moved: as _roll_up, but the days shown
            touched = run.moved
            critical = [slack <= 0 for slack in total]
            for i in run.finished:
                critical[i] = False
            done = set(run.finished)
            rolled: Container[int] = range(run.count)
        else:
            critical, done = list(previous._critical), set(previous._done)
            for i in run.net.children:  # this run's copy of them may predate the roll-up
                total[i] = previous._total[i]
            for i in touched:
                if not summary[i]:
                    critical[i] = total[i] <= 0 and i not in finished
                    if i in finished:
                        done.add(i)
                    else:
                        done.discard(i)
            rolled = _above(run, touched)
        start_key, finish_key = run.start_key, run.finish_key
        for i in touched:
            if not summary[i]:
                first[i] = (start_key[i] >> 1) - (start_key[i] & 1)
                last[i] = (finish_key[i] >> 1) - (finish_key[i] & 1)
        for i in run.net.rollups:  # children before their summary
            if i in rolled:
                self._roll_summary(i, first, last, total, critical, done)
        self._done = done
        self._last, self._total, self._critical = last, total, critical
        self._first = first

    def __getitem__(self, task_id: int) -> ScheduledTask:
        found = self._built.get(task_id)
        if found is None:
            self._roll_up()
            found = self._build_summaries_first(self._position[task_id])
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def dates(self) -> list[TaskDates]:
        """(id, start, finish, duration, total slack, critical) per task, in input order.

        The values of the ScheduledTask objects, read straight from the run's arrays: a service
        compares every task after every edit, and building 10,000 objects for it costs more
        than the passes themselves.
        """
        self._roll_up()
        run = self._run
        first, last = self._first, self._last
        if not first:
            return []
        earliest = min(first)
        days = run.calendar.days(earliest, max(last))  # by working-day index from `earliest`
        durations = self._durations()
        return list(
            zip(
                [task.id for task in run.net.tasks],
                [days[begin - earliest] for begin in first],
                [days[end - earliest] for end in last],
                durations,
                self._total,
                self._critical,
                strict=True,
            )
        )

    def slack(self) -> dict[int, tuple[int, bool]]:
        """(total slack, critical) per task id, from the run's arrays (no objects built)."""
        self._roll_up()
        ids = [task.id for task in self._run.net.tasks]
        return dict(zip(ids, zip(self._total, self._critical, strict=True), strict=True))

    def changed_dates(self, previous: TaskResults) -> list[TaskDates]:
        """As dates(), the tasks whose start, finish or duration differ from `previous`'s
        (in input order); ValueError unless both schedule the same tasks in the same order.

        After an incremental run, only what it worked out again is compared."""
        if not isinstance(previous, _Results):
            return super().changed_dates(previous)
        positions = self._compared(previous, self._run.moved)
        first, last, was_first, was_last = self._first, self._last, previous._first, previous._last
        # Every task's duration worked out once (a move on the critical path compares all).
        durations, was_durations = self._durations(), previous._durations()
        found = [
            i
            for i in positions
            if first[i] != was_first[i]
            or last[i] != was_last[i]
            or durations[i] != was_durations[i]
        ]
        if not found:
            return []
        ids, total, critical = self._run.net.structure.ids, self._total, self._critical
        earliest = min(first[i] for i in found)
        # By working-day index from `earliest`: one run of days, not a look-up per task.
        days = self._run.calendar.days(earliest, max(last[i] for i in found))
        return [
            (
                ids[i],
                days[first[i] - earliest],
                days[last[i] - earliest],
                durations[i],
                total[i],
                critical[i],
            )
            for i in found
        ]

    def changed_slack(self, previous: TaskResults) -> dict[int, tuple[int, bool]]:
        """As slack(), the tasks whose total slack or critical flag differ from `previous`'s;
        ValueError unless both schedule the same tasks in the same order."""
        if not isinstance(previous, _Results):
            return super().changed_slack(previous)
        positions = self._compared(previous, self._run.reslacked)
        ids, total, critical = self._run.net.structure.ids, self._total, self._critical
        before, was = previous._total, previous._critical
        return {
            ids[i]: (total[i], critical[i])
            for i in positions
            if total[i] != before[i] or critical[i] != was[i]
        }

    def _compared(self, previous: _Results, known: list[int] | None) -> Iterable[int]:
        """Both rolled up; the positions where they may differ: those this run worked out
        again (`known`) and the summaries above, when it followed `previous`, else all."""
        run = self._run
        if run.net.position is not previous._position and (
            run.net.structure.ids != previous._run.net.structure.ids
        ):
            raise ValueError("The two schedules are not of the same tasks in the same order.")
        previous._roll_up()
        self._roll_up_after(previous)
        if known is None or run.basis != previous._run.serial:
            return range(run.count)
        return sorted({*known, *_above(run, known)})

    def _durations(self) -> list[int]:
        """Each task's duration as dates() gives it (rolled up): a task's own, a finished
        task's days of work, a summary's days shown, counted as working_days_in does (both
        ends are working days)."""
        if not self._all_durations:
            run, first, last = self._run, self._first, self._last
            durations = list(run.dur)
            for i in run.finished:
                durations[i] = (run.finish_key[i] >> 1) - (run.start_key[i] >> 1)
            for i in run.net.children:
                durations[i] = max(0, last[i] - first[i] + 1)
            self._all_durations = durations
        return self._all_durations

    def driver(self, task_id: int) -> Driver:
        """What set the start of task `task_id`, without building its ScheduledTask."""
        found = self._built.get(task_id)
        return found.driver if found is not None else self._driver(self._position[task_id])

    def _day(self, instant: int) -> dt.date:
        found = self._days.get(instant)
        if found is None:
            found = self._days[instant] = self._run.calendar.day_at(instant)
        return found

    def _span(self, start: int, end: int, at_end: int) -> tuple[dt.date, dt.date]:
        if end == start:
            day = self._day(start - 1 if at_end else start)
            return day, day
        return self._day(start), self._day(end - 1)

    def _build_summaries_first(self, i: int) -> ScheduledTask:
        """Build task `i`, after the summaries beneath it, by a loop rather than recursion.

        A summary's dates span its children's, so they are built first; walking down with a
        stack keeps an outline of any depth clear of Python's recursion limit.
        """
        run, built = self._run, self._built
        tasks, children, summary = run.net.tasks, run.net.children, run.summary
        stack = [i]
        while stack:
            j = stack[-1]
            waiting = [c for c in children.get(j, ()) if summary[c] and tasks[c].id not in built]
            if waiting:
                stack.extend(waiting)
                continue
            stack.pop()
            if tasks[j].id not in built:
                built[tasks[j].id] = self._build(j)
        return built[tasks[i].id]

    def _build(self, i: int) -> ScheduledTask:
        run = self._run
        task = run.net.tasks[i]
        is_summary = run.summary[i]
        start, finish = self._day(self._first[i]), self._day(self._last[i])
        if is_summary:  # span the children's days, milestones at a day's end included
            # Summaries beneath are built already (_build_summaries_first); leaves build flat.
            kids = [self[run.net.tasks[c].id] for c in run.net.children[i]]
            early_start = min(k.early_start for k in kids)
            early_finish = max(k.early_finish for k in kids)
            late_start = min(k.late_start for k in kids)
            late_finish = max(k.late_finish for k in kids)
            duration = run.calendar.working_days_in(start, finish)
        else:
            early_start, early_finish = self._span(run.es[i], run.ef[i], run.at_end[i])
            # A milestone's latest moment is the end of a day, unless it cannot move at all.
            ls, lf = run.late[i], run.late[run.count + i]
            late_at_end = run.at_end[i] or ls != run.es[i]
            late_start, late_finish = self._span(ls, lf, late_at_end)
            # Work days, not the span: resumed work after the status date keeps its duration.
            duration = run.ef[i] - run.es[i] if i in run.actual_finish else run.dur[i]
        return ScheduledTask(
            task.id,
            start,
            finish,
            duration,
            is_summary,
            self._driver(i),
            early_start,
            early_finish,
            late_start,
            late_finish,
            self._total[i],
            self._free_slack(i),
            self._critical[i],
        )

    def _driver(self, i: int) -> Driver:
        run = self._run
        if run.kind.get(i) == ALAP and run.start[i] != run.es[i]:
            return _BY_CONSTRAINT
        because = self._why.of(i)
        if because >= 0:
            link = run.net.links[because]
            return Driver(DriverKind.LINK, (link.predecessor, link.type, link.lag))
        return _PLAIN_DRIVERS[because]

    def _free_slack(self, i: int) -> int:
        """Days the task can slip without moving a successor (never above its total slack)."""
        run = self._run
        if run.summary[i] or i in run.actual_finish:
            return 0
        net, es, ef = run.net, run.es, run.ef
        free = run.finish - ef[i]
        for number in net.link_numbers(i):
            q, lag = net.link_succ[number], net.links[number].lag
            assert q is not None  # a link in the network joins two tasks
            to_finish, from_finish = net.link_to_finish[number], net.link_from_finish[number]
            gap = (ef[q] if to_finish else es[q]) - lag - (ef[i] if from_finish else es[i])
            free = min(free, gap)
        return max(0, min(free, self._total[i]))
