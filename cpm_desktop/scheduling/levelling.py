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
from cpm_desktop.scheduling.cpm import schedule_project
from cpm_desktop.scheduling.model import LinkSpec, Schedule, TaskSpec

DO_NOT_LEVEL = 1000  # MS Project's priority that levelling leaves alone
DEFAULT_PRIORITY = 500
_FIXED_CONSTRAINTS = frozenset({"ALAP", "SNLT", "FNLT", "MSO", "MFO"})
_EPSILON = 1e-6  # hours: float noise is not an over-allocation
_MAX_TRIALS = 60  # reschedules tried per task and over-allocated day, a bound on the cost


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
    return _Loads(problem, _Capacities(problem), schedule).overloads()


def level(problem: LevellingProblem) -> Levelling:
    """Resolve what over-allocations delays can; see the module docstring for the rules."""
    capacities = _Capacities(problem)
    movable = _movable(problem)
    delays: dict[int, int] = {}
    first: dict[int, Overload] = {}
    state = _Loads(problem, capacities, problem.schedule(delays))
    stuck: set[tuple[int, int]] = set()
    while True:
        conflict = next((c for c in state.conflicts() if c not in stuck), None)
        if conflict is None:
            break
        found = _resolve(problem, state, delays, conflict, movable)
        if found is None:
            stuck.add(conflict)  # nothing movable fits: left for the PM to see
            continue
        task_id, delay, resolved = found
        first.setdefault(task_id, state.overload(conflict))
        delays[task_id] = delays.get(task_id, 0) + delay
        state = resolved
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
) -> tuple[int, int, _Loads] | None:
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
            after = _Loads(problem, state.capacities, problem.schedule(trial))
            if state.improved_by(after):
                return task_id, delay, after
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


class _Capacities:
    """Hours each resource can work on each working day of the project calendar, cached;
    and the tasks whose dates must hold still."""

    def __init__(self, problem: LevellingProblem) -> None:
        self._problem = problem
        self._known: dict[tuple[int, int], float] = {}
        # A started task ignores its links (progress is a fact), so what the engine would not
        # guard is guarded here: the predecessors of a started task keep their dates.
        started = {task.id for task in problem.tasks if task.actual_start is not None}
        self.anchored = {link.predecessor for link in problem.links if link.successor in started}

    def __contains__(self, resource_id: int) -> bool:
        return resource_id in self._problem.capacity

    def hours(self, resource_id: int, day: int) -> float:
        """Capacity of `resource_id` on the working day of index `day`."""
        key = (resource_id, day)
        known = self._known.get(key)
        if known is None:
            capacity = self._problem.capacity[resource_id]
            calendar = capacity.calendar
            works = calendar is None or calendar.is_working(self._problem.calendar.day_at(day))
            known = self._known[key] = capacity.hours_per_day if works else 0.0
        return known


class _Loads:
    """Hours per resource per working day of one schedule, its over-allocations and slacks."""

    def __init__(
        self, problem: LevellingProblem, capacities: _Capacities, schedule: Schedule
    ) -> None:
        self.problem = problem
        self.capacities = capacities
        self.schedule = schedule
        index = problem.calendar.index
        rows = schedule.tasks.dates()
        self.slack = {row[0]: row[4] for row in rows}
        anchored = capacities.anchored
        self.anchored = {row[0]: row[1:3] for row in rows if row[0] in anchored}
        self.window: dict[int, tuple[int, int]] = {}
        self.hours = {
            resource: dict(daily)
            for resource, daily in problem.background.items()
            if resource in capacities
        }
        for task_id, asks in problem.demand.items():
            result = schedule.tasks.get(task_id)
            if result is None or result.is_summary or result.duration <= 0:
                continue
            begin, end = index(result.start), index(result.finish)
            self.window[task_id] = (begin, end)
            for resource, hours in asks.items():
                if hours <= 0 or resource not in capacities:
                    continue
                daily = self.hours.setdefault(resource, {})
                for day in range(begin, end + 1):
                    daily[day] = daily.get(day, 0.0) + hours
        self.last_day = max((end for _, end in self.window.values()), default=0)
        self.over: dict[tuple[int, int], float] = {}  # (day, resource) → hours beyond capacity
        for resource, daily in self.hours.items():
            for day, hours in daily.items():
                beyond = hours - capacities.hours(resource, day)
                if beyond > _EPSILON:
                    self.over[day, resource] = beyond
        self.excess = sum(self.over.values())
        self.failed: set[tuple[int, int]] = set()  # (task, delay) tried from here in vain

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
            self.capacities.hours(resource, day),
        )

    def overloads(self) -> list[Overload]:
        """Every over-allocation, by day then resource."""
        return [self.overload(conflict) for conflict in self.conflicts()]

    def fits(self, task_id: int, delay: int) -> bool:
        """Tell whether the task, moved `delay` days later, finds its resources free."""
        begin, end = self.window[task_id]
        for resource, hours in self.problem.demand[task_id].items():
            if hours <= 0 or resource not in self.capacities:
                continue
            daily = self.hours.get(resource, {})
            for day in range(begin + delay, end + delay + 1):
                others = daily.get(day, 0.0) - (hours if day <= end else 0.0)
                if others + hours > self.capacities.hours(resource, day) + _EPSILON:
                    return False
        return True

    def improved_by(self, after: _Loads) -> bool:
        """Tell whether `after` over-allocates no new day, less in all, moves no predecessor
        of a started task and turns no slack negative or more negative (a link or a latest
        date would break)."""
        if not after.over.keys() <= self.over.keys():
            return False
        if after.excess >= self.excess - _EPSILON or after.anchored != self.anchored:
            return False
        return all(after.slack[task_id] >= min(slack, 0) for task_id, slack in self.slack.items())
