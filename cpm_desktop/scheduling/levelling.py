"""Level resources as MS Project's Level Resources does: delay tasks until no resource works
more hours a day than it has.

Days are counted on the project calendar's working-day clock (`WorkCalendar.index`): a task
of d days works the days index(start) .. index(finish), spending its hours per day on each.
A resource can work `hours_per_day` on the days its own calendar (else the project's) works.

Levelling starts from the schedule without levelling delays and resolves over-allocated days
in date order. On each, it delays one task working there: first one whose slack absorbs the
delay (least priority, then latest start first), else one beyond its slack (least priority
first). The delay is the smallest that takes the task off the day, lengthened until the task
finds its resources free. The engine reschedules after each delay, so links always hold; a
delay is kept only when it creates no new over-allocated day, lowers the total excess and
turns no slack negative (a link or a finish-no-later-than date would break). Tasks fixed in
time are never delayed: started ones, milestones, summaries, ALAP tasks, tasks with a
must-start/finish-on or start/finish-no-later-than date, and priority 1000 ("do not level").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.cpm import schedule_network, schedule_project
from cpm_desktop.scheduling.model import LinkSpec, Schedule, TaskDates, TaskSpec
from cpm_desktop.scheduling.network import build_network

DO_NOT_LEVEL = 1000  # MS Project's priority that levelling leaves alone
DEFAULT_PRIORITY = 500
_FIXED_CONSTRAINTS = frozenset({"ALAP", "SNLT", "FNLT", "MSO", "MFO"})
_EPSILON = 1e-6  # hours: float noise is not an over-allocation
_MAX_TRIALS = 12  # reschedules tried per task and over-allocated day, a bound on the cost


@dataclass(frozen=True, slots=True)
class Capacity:
    """What a resource can work: hours on each working day of its calendar (None: the
    project's)."""

    hours_per_day: float
    calendar: WorkCalendar | None = None


@dataclass(frozen=True, slots=True)
class Overload:
    """A resource asked for more hours on one day than it has."""

    resource_id: int
    day: dt.date
    hours: float
    capacity: float


@dataclass(frozen=True, slots=True)
class Move:
    """A task levelling delays by `delay` working days, first to resolve `overload`."""

    task_id: int
    delay: int
    overload: Overload


@dataclass(frozen=True, slots=True)
class LevellingProblem:
    """A project to level: its tasks and links as the engine takes them, the hours per working
    day each task asks of each resource, the resources' capacities, the tasks' priorities
    (0..1000, DEFAULT_PRIORITY when absent) and the resources' work elsewhere."""

    tasks: Sequence[TaskSpec]
    links: Sequence[LinkSpec]
    calendar: WorkCalendar
    project_start: dt.date
    status_date: dt.date | None
    demand: Mapping[int, Mapping[int, float]]  # task id → resource id → hours per day
    capacity: Mapping[int, Capacity]
    priority: Mapping[int, int] = dataclasses.field(default_factory=dict)
    # Hours the resources work elsewhere (other projects), which levelling cannot move:
    # resource id → working-day index of the project calendar → hours.
    background: Mapping[int, Mapping[int, float]] = dataclasses.field(default_factory=dict)

    def schedule(self, delays: Mapping[int, int]) -> Schedule:
        """The schedule with these levelling delays (every other task's delay 0)."""
        specs = [dataclasses.replace(t, leveling_delay=delays.get(t.id, 0)) for t in self.tasks]
        return schedule_project(
            specs, list(self.links), self.calendar, self.project_start, self.status_date
        )


@dataclass(frozen=True, slots=True)
class Levelling:
    """What levelling did: each task delayed (its whole delay), the over-allocations left and
    the levelled schedule."""

    moves: tuple[Move, ...]
    unresolved: tuple[Overload, ...]
    schedule: Schedule

    @property
    def delays(self) -> dict[int, int]:
        """Levelling delay by task id, for the tasks it delays."""
        return {move.task_id: move.delay for move in self.moves}


def overloads(problem: LevellingProblem, schedule: Schedule) -> list[Overload]:
    """The over-allocated (resource, day)s of `schedule`, by day then resource."""
    return _Loads(_Context(problem), schedule).overloads()


def level(problem: LevellingProblem) -> Levelling:
    """Resolve what over-allocations delays can; see the module docstring for the rules."""
    context = _Context(problem)
    movable = _movable(problem)
    delays: dict[int, int] = {}
    first: dict[int, Overload] = {}
    state = _Loads(context, context.schedule(delays))
    stuck: set[tuple[int, int]] = set()
    while True:
        conflict = next((c for c in state.conflicts() if c not in stuck), None)
        if conflict is None:
            break
        found = _resolve(problem, state, delays, conflict, movable)
        if found is None:
            stuck.add(conflict)  # nothing movable fits: left for the PM to see
            continue
        task_id, delay, change = found
        first.setdefault(task_id, state.overload(conflict))
        delays[task_id] = delays.get(task_id, 0) + delay
        state.apply(change)
    moves = tuple(Move(task_id, delays[task_id], first[task_id]) for task_id in sorted(delays))
    return Levelling(moves, tuple(state.overloads()), state.schedule)


def _movable(problem: LevellingProblem) -> set[int]:
    """Tasks levelling may delay: unstarted work tasks free to move, below priority 1000."""
    parents = {task.parent_id for task in problem.tasks}
    return {
        task.id
        for task in problem.tasks
        if task.id not in parents
        and not task.is_milestone
        and task.duration > 0
        and task.actual_start is None
        and task.percent_complete == 0
        and task.constraint not in _FIXED_CONSTRAINTS
        and problem.priority.get(task.id, DEFAULT_PRIORITY) < DO_NOT_LEVEL
    }


def _resolve(
    problem: LevellingProblem,
    state: _Loads,
    delays: Mapping[int, int],
    conflict: tuple[int, int],
    movable: set[int],
) -> tuple[int, int, _Change] | None:
    """(task, added delay, the state after) of the first delay that helps on `conflict`:
    first a delay within a task's slack, then one beyond it."""
    for task_id, shortest, longest in _trials(problem, state, conflict, movable):
        tried = 0
        for delay in range(shortest, longest + 1):
            if not state.fits(task_id, delay):
                continue
            tried += 1
            if tried > _MAX_TRIALS:
                break
            if (task_id, delay) in state.failed:  # tried for an earlier day that stays stuck
                continue
            trial = dict(delays)
            trial[task_id] = trial.get(task_id, 0) + delay
            change = state.judge(state.context.schedule(trial))
            if change is not None:
                return task_id, delay, change
            state.failed.add((task_id, delay))
    return None


def _trials(
    problem: LevellingProblem, state: _Loads, conflict: tuple[int, int], movable: set[int]
) -> list[tuple[int, int, int]]:
    """(task, shortest delay, longest delay) to try, in order: the movable tasks loading the
    resource that day within their slack (least priority, latest start first), then beyond
    it (least priority, most slack, latest start first)."""
    day, resource = conflict
    within: list[tuple[tuple[int, ...], int, int, int]] = []
    beyond: list[tuple[tuple[int, ...], int, int, int]] = []
    for task_id, (begin, end) in state.window.items():
        if task_id not in movable or not begin <= day <= end:
            continue
        if problem.demand[task_id].get(resource, 0.0) <= 0:
            continue
        # Anything shorter leaves the task on the day; past the last loaded day it is alone.
        shortest = day - begin + 1
        longest = max(state.last_day - begin + 1, shortest) + (end - begin + 1)
        slack = state.slack[task_id]
        priority = problem.priority.get(task_id, DEFAULT_PRIORITY)
        if slack >= shortest:
            within.append(((priority, -begin, task_id), task_id, shortest, slack))
        beyond.append(
            ((priority, -slack, -begin, task_id), task_id, max(shortest, slack + 1), longest)
        )
    return [trial[1:] for trial in sorted(within) + sorted(beyond)]


class _Context:
    """What every trial of one levelling shares: the network (ordered once; a trial only sets
    levelling delays on private copies of the tasks), the resources' capacity per working
    day, cached, the summaries, and the tasks whose dates must hold still."""

    def __init__(self, problem: LevellingProblem) -> None:
        self.problem = problem
        self._known: dict[tuple[int, int], float] = {}
        self._specs = {t.id: dataclasses.replace(t, leveling_delay=0) for t in problem.tasks}
        self._net = build_network(list(self._specs.values()), list(problem.links))
        self._delays: dict[int, int] = {}
        self.summaries = {t.parent_id for t in problem.tasks if t.parent_id is not None}
        # A started task ignores its links (progress is a fact), so what the engine would not
        # guard is guarded here: the predecessors of a started task keep their dates.
        started = {task.id for task in problem.tasks if task.actual_start is not None}
        self.anchored = {link.predecessor for link in problem.links if link.successor in started}

    def schedule(self, delays: Mapping[int, int]) -> Schedule:
        """The schedule with these levelling delays, as `LevellingProblem.schedule` gives it."""
        for task_id in self._delays.keys() | delays.keys():
            self._specs[task_id].leveling_delay = delays.get(task_id, 0)
        self._delays = dict(delays)
        problem = self.problem
        return schedule_network(
            self._net, problem.calendar, problem.project_start, problem.status_date
        )

    def __contains__(self, resource_id: int) -> bool:
        return resource_id in self.problem.capacity

    def hours(self, resource_id: int, day: int) -> float:
        """Capacity of `resource_id` on the working day of index `day`."""
        key = (resource_id, day)
        known = self._known.get(key)
        if known is None:
            capacity = self.problem.capacity[resource_id]
            calendar = capacity.calendar
            works = calendar is None or calendar.is_working(self.problem.calendar.day_at(day))
            known = self._known[key] = capacity.hours_per_day if works else 0.0
        return known


@dataclass(slots=True)
class _Change:
    """What a trial schedule changes in a state: the tasks' new windows, the hours moved per
    (day, resource), the over-allocations of the days touched and the new slacks."""

    schedule: Schedule
    dates: dict[int, tuple[dt.date, dt.date]]
    windows: dict[int, tuple[int, int]]
    moved: dict[tuple[int, int], float]  # (day, resource) → hours added (negative: removed)
    over: dict[tuple[int, int], float]  # (day, resource) touched → hours beyond (0: none)
    excess: float
    slack: dict[int, int]
    anchored: dict[int, tuple[dt.date, dt.date]]


class _Loads:
    """Hours per resource per working day of the schedule levelling stands on, its
    over-allocations and slacks; a trial is judged on what it changes, not rebuilt."""

    def __init__(self, context: _Context, schedule: Schedule) -> None:
        problem = context.problem
        self.context = context
        self.problem = problem
        self.schedule = schedule
        rows = schedule.tasks.dates()  # plain values: building a result per task costs more
        self.slack = {row[0]: row[4] for row in rows}
        self.anchored = {row[0]: (row[1], row[2]) for row in rows if row[0] in context.anchored}
        self.dates = {row[0]: (row[1], row[2]) for row in rows if self._loads(row)}
        index = problem.calendar.index
        self.window = {
            i: (index(start), index(finish)) for i, (start, finish) in self.dates.items()
        }
        self.hours = {
            resource: dict(daily)
            for resource, daily in problem.background.items()
            if resource in context
        }
        for task_id, (begin, end) in self.window.items():
            for resource, hours in self._asks(task_id):
                daily = self.hours.setdefault(resource, {})
                for day in range(begin, end + 1):
                    daily[day] = daily.get(day, 0.0) + hours
        self.last_day = max((end for _, end in self.window.values()), default=0)
        self.over: dict[tuple[int, int], float] = {}  # (day, resource) → hours beyond capacity
        for resource, daily in self.hours.items():
            for day, hours in daily.items():
                beyond = hours - context.hours(resource, day)
                if beyond > _EPSILON:
                    self.over[day, resource] = beyond
        self.excess = sum(self.over.values())
        self.failed: set[tuple[int, int]] = set()  # (task, delay) tried from here in vain

    def _loads(self, row: TaskDates) -> bool:
        """Tell whether a task of the schedule (a `dates()` row) puts hours on anyone."""
        task_id, duration = row[0], row[3]
        asks = self.problem.demand.get(task_id)
        return bool(asks) and task_id not in self.context.summaries and duration > 0

    def _asks(self, task_id: int) -> list[tuple[int, float]]:
        """(resource, hours per day) the task asks of the resources levelled."""
        asks = self.problem.demand.get(task_id, {})
        return [(r, h) for r, h in asks.items() if h > 0 and r in self.context]

    def conflicts(self) -> Iterator[tuple[int, int]]:
        """The over-allocated (day, resource) pairs, by day then resource."""
        return iter(sorted(self.over))

    def overload(self, conflict: tuple[int, int]) -> Overload:
        """The over-allocation of one (day, resource) pair, as reported."""
        day, resource = conflict
        return Overload(
            resource,
            self.problem.calendar.day_at(day),
            self.hours[resource][day],
            self.context.hours(resource, day),
        )

    def overloads(self) -> list[Overload]:
        """Every over-allocation, by day then resource."""
        return [self.overload(conflict) for conflict in self.conflicts()]

    def fits(self, task_id: int, delay: int) -> bool:
        """Tell whether the task, moved `delay` days later, finds its resources free."""
        begin, end = self.window[task_id]
        for resource, hours in self._asks(task_id):
            daily = self.hours.get(resource, {})
            for day in range(begin + delay, end + delay + 1):
                others = daily.get(day, 0.0) - (hours if day <= end else 0.0)
                if others + hours > self.context.hours(resource, day) + _EPSILON:
                    return False
        return True

    def judge(self, schedule: Schedule) -> _Change | None:
        """What `schedule` changes, if it over-allocates no new day, less in all, moves no
        predecessor of a started task and turns no slack negative or more negative (a link
        or a latest date would break); else None."""
        rows = schedule.tasks.dates()
        slack = {row[0]: row[4] for row in rows}
        if any(slack[task_id] < min(old, 0) for task_id, old in self.slack.items()):
            return None
        anchored = {row[0]: (row[1], row[2]) for row in rows if row[0] in self.context.anchored}
        if anchored != self.anchored:
            return None
        index = self.problem.calendar.index
        dates: dict[int, tuple[dt.date, dt.date]] = {}
        windows: dict[int, tuple[int, int]] = {}
        moved: dict[tuple[int, int], float] = {}
        for row in rows:
            task_id = row[0]
            old = self.dates.get(task_id)
            if old is None or old == (row[1], row[2]):
                continue
            dates[task_id] = (row[1], row[2])
            begin, end = windows[task_id] = (index(row[1]), index(row[2]))
            was_begin, was_end = self.window[task_id]
            for resource, hours in self._asks(task_id):
                for day in range(was_begin, was_end + 1):
                    moved[day, resource] = moved.get((day, resource), 0.0) - hours
                for day in range(begin, end + 1):
                    moved[day, resource] = moved.get((day, resource), 0.0) + hours
        over: dict[tuple[int, int], float] = {}
        excess = self.excess
        for (day, resource), change in moved.items():
            planned = self.hours.get(resource, {}).get(day, 0.0) + change
            beyond = planned - self.context.hours(resource, day)
            beyond = beyond if beyond > _EPSILON else 0.0
            if beyond and (day, resource) not in self.over:
                return None  # a new over-allocated day
            excess += beyond - self.over.get((day, resource), 0.0)
            over[day, resource] = beyond
        if excess >= self.excess - _EPSILON:
            return None
        return _Change(schedule, dates, windows, moved, over, excess, slack, anchored)

    def apply(self, change: _Change) -> None:
        """Stand on the trial `judge` accepted."""
        self.schedule = change.schedule
        self.dates.update(change.dates)
        self.window.update(change.windows)
        for (day, resource), hours in change.moved.items():
            daily = self.hours.setdefault(resource, {})
            daily[day] = daily.get(day, 0.0) + hours
        for pair, beyond in change.over.items():
            if beyond:
                self.over[pair] = beyond
            else:
                self.over.pop(pair, None)
        self.excess = change.excess
        self.slack = change.slack
        self.anchored = change.anchored
        self.last_day = max((end for _, end in self.window.values()), default=0)
        self.failed = set()
