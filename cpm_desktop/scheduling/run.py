"""The inputs of one scheduling run as flat lists by task position, and the arrays it fills."""

from __future__ import annotations

import copy
import datetime as dt
from itertools import count as numbers

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.model import DriverKind, TaskSpec
from cpm_desktop.scheduling.network import Network

ONE_DAY = dt.timedelta(days=1)
INF = 1 << 40
ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO = range(8)
CONSTRAINT_NAMES = ("ASAP", "ALAP", "SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO")
CONSTRAINT_CODES = {name: code for code, name in enumerate(CONSTRAINT_NAMES)}
LATE_BOUNDS = frozenset({SNLT, FNLT, MSO, MFO})  # constraints that cap the late dates
# What set a start, when not a link (a link is named by its number, >= 0).
BY_START, BY_CONSTRAINT, BY_STATUS, BY_ACTUAL, BY_CHILDREN = -1, -2, -3, -4, -5
DRIVER_KINDS = {
    BY_START: DriverKind.PROJECT_START,
    BY_CONSTRAINT: DriverKind.CONSTRAINT,
    BY_STATUS: DriverKind.STATUS_DATE,
    BY_ACTUAL: DriverKind.ACTUAL_START,
    BY_CHILDREN: DriverKind.CHILDREN,
}
# How a pass takes task i's node, in Run.plan and Run.late_plan: a plain leaf by its days
# (>= 0), the short path; else by one of these codes. FINISH_LINKED, a plain leaf with links
# to its finish; PLACED, a leaf placed by a constraint, its progress or a levelling delay
# (Run.place; late: bounded by a constraint or its progress); IN_NODE, a summary's in-node;
# FLOORED, the in-node of a summary with a constraint on its start or finish.
FINISH_LINKED, PLACED, IN_NODE, FLOORED = -1, -2, -3, -4
_SERIALS = numbers(1)  # names each run, so that a later one can say which it followed


class Run:
    """The inputs of one run as flat lists by task position, and the arrays the passes fill.

    Most tasks have no dated constraint, no progress and no levelling delay: the passes take
    a short path for them and the general one (`place`) for the few PLACED.
    """

    def __init__(
        self,
        net: Network,
        calendar: WorkCalendar,
        project_start: dt.date,
        status_date: dt.date | None,
    ) -> None:
        self.net = net
        self.calendar = calendar
        tasks = net.tasks
        count = len(tasks)
        self.count = count
        self.origin = calendar.index(project_start)
        self.status = calendar.index(status_date + ONE_DAY) if status_date else None
        self.origin_key = 2 * self.origin
        self.status_key = -INF if self.status is None else 2 * self.status
        summary = net.summary
        self.summary = summary
        dur = [0 if t.is_milestone else t.duration for t in tasks]
        for i in net.children:
            dur[i] = 0
        self.dur = dur
        # The few tasks' constraints, progress and levelling delays, by position: most tasks
        # have none, and a list per field would cost a pass of its own.
        self.kind: dict[int, int] = {}  # a dated constraint's code, or ALAP (else ASAP)
        self.on: dict[int, int] = {}  # index of the constraint's date
        self.after: dict[int, int] = {}  # index of the day after it
        self.actual_start: dict[int, int] = {}  # instant of the actual start
        self.actual_finish: dict[int, int] = {}  # instant after the actual finish
        self.delay: dict[int, int] = {}  # levelling delay of a leaf, working days
        self.finished: list[int] = []  # positions of the tasks with an actual finish
        # How the forward and the backward pass take each task (see cpm.py).
        self.plan = list(dur)
        self.late_plan = list(dur)  # a plain leaf's days from start to finish
        for i in net.finish_linked:
            self.plan[i] = FINISH_LINKED
        # Where the forward pass gathers each node's bound, as a key: a plain task starts
        # from the project start, and from the status date while not begun; a placed one
        # from the project start; a summary's floors start from nothing. At count + i, what
        # links to its finish (less its duration, when its turn comes) and its finish floor.
        origin_key, unstarted_key = self.origin_key, max(self.origin_key, self.status_key)
        gather = [unstarted_key if t.percent_complete == 0 else origin_key for t in tasks]
        for i in net.children:
            self.plan[i] = self.late_plan[i] = IN_NODE
            gather[i] = -INF
        unusual = [
            i
            for i, t in enumerate(tasks)
            if t.constraint != "ASAP" or t.actual_start is not None or t.leveling_delay
        ]
        for i in unusual:
            self._read(i, tasks[i], calendar)
            if self.plan[i] == PLACED:
                gather[i] = origin_key
        self.has_alap = ALAP in self.kind.values()
        gather += [-INF] * count
        self.gather = gather
        self.start_key = [0] * count
        self.finish_key = [0] * count
        # Late start of task i at i, and its late finish at count + i (a summary's: the
        # earliest of its children's), filled by the backward pass.
        self.late: list[int] = []
        self.total = [0] * count  # a leaf's total slack, working days (see cpm._backward)
        self.finish = self.origin
        self.last_shown = self.origin  # the last day shown (as the early dates place tasks)
        self.critical_count = 0
        # Set by the ALAP placement: the scheduled start and its anchor, where they differ
        # from the early ones.
        self.placed: tuple[list[int], list[int]] | None = None
        self._early: tuple[list[int], list[int], list[int]] | None = None
        # Per summary, the finish and start ceilings its out-node pushes down to its
        # children (INF: none), kept by the backward pass for a later run's (incremental.py).
        self.ceilings: dict[int, tuple[int, int]] = {}
        self.serial = next(_SERIALS)
        # Set by a run that followed another (`following`): that run's serial, and the
        # positions whose dates shown, or whose total slack, may differ from its (None: any;
        # in no order, maybe twice).
        self.basis = 0
        self.moved: list[int] | None = None
        self.reslacked: list[int] | None = None

    @classmethod
    def following(cls, basis: Run, net: Network, changed: list[int]) -> Run:
        """A run of `net` (the structure of `basis`, other task objects at `changed`) on the
        same calendar and dates: the inputs and arrays of `basis` copied, the changed tasks
        read afresh. `basis` is left as it is: its schedule still reads it."""
        run = copy.copy(basis)
        for name, value in vars(basis).items():  # every list and dict: none is shared
            if isinstance(value, list):
                setattr(run, name, list(value))
            elif isinstance(value, dict):
                setattr(run, name, dict(value))
        run.net = net
        run.serial, run.basis = next(_SERIALS), basis.serial
        run.moved = run.reslacked = None
        run.placed = run._early = None
        tasks = net.tasks
        for i in changed:
            run._reread(i, tasks[i])
        run.finished = sorted(run.actual_finish)
        run.has_alap = ALAP in run.kind.values()
        return run

    def _reread(self, i: int, task: TaskSpec) -> None:
        """Read task `i` afresh, as __init__ reads every task (its gathered bounds and its
        slack are the incremental passes' to find)."""
        for found in (self.kind, self.on, self.after, self.actual_start, self.actual_finish):
            found.pop(i, None)
        self.delay.pop(i, None)
        if self.summary[i]:
            self.plan[i] = self.late_plan[i] = IN_NODE
        else:
            d = 0 if task.is_milestone else task.duration
            self.dur[i] = self.late_plan[i] = d
            net = self.net
            to_finish = any(net.link_to_finish[k] for k in net.incoming()[i])
            self.plan[i] = FINISH_LINKED if to_finish else d
        if task.constraint != "ASAP" or task.actual_start is not None or task.leveling_delay:
            self._read(i, task, self.calendar)

    @property
    def es(self) -> list[int]:
        """Early start instant per task (a summary's is its children's earliest)."""
        return self._early_dates()[0]

    @property
    def ef(self) -> list[int]:
        """Early finish instant per task: a work task's ends its last day."""
        return self._early_dates()[1]

    @property
    def at_end(self) -> list[int]:
        """1 for a milestone placed at the end of a day, per task."""
        return self._early_dates()[2]

    @property
    def start(self) -> list[int]:
        """Scheduled start: the early one, the late one for an ALAP task."""
        return self.es if self.placed is None else self.placed[0]

    @property
    def start_at_end(self) -> list[int]:
        """The anchor of the scheduled start, as `at_end`."""
        return self.at_end if self.placed is None else self.placed[1]

    def _early_dates(self) -> tuple[list[int], list[int], list[int]]:
        """The early dates from the forward pass's keys, worked out on the first read: the
        passes read the keys, and a reschedule that reads only the finish never needs them."""
        if self._early is None:
            self._early = (
                [key >> 1 for key in self.start_key],
                [key >> 1 for key in self.finish_key],
                [key & 1 for key in self.start_key],
            )
        return self._early

    def _read(self, i: int, task: TaskSpec, calendar: WorkCalendar) -> None:
        """Read task `i`'s constraint, progress and levelling delay (most tasks have none)."""
        index = calendar.index
        leaf = not self.summary[i]
        code = CONSTRAINT_CODES.get(task.constraint, ASAP)
        if task.constraint_date is not None and code not in (ASAP, ALAP):
            self.kind[i] = code
            self.on[i] = index(task.constraint_date)
            self.after[i] = index(task.constraint_date + ONE_DAY)
            if not leaf:
                if code in (SNET, FNET):
                    self.plan[i] = FLOORED
            else:
                self.plan[i] = PLACED
                if code in LATE_BOUNDS:
                    self.late_plan[i] = PLACED
        elif code == ALAP and leaf and task.actual_start is None:
            self.kind[i] = ALAP
        if task.actual_start is not None:
            self.actual_start[i] = index(task.actual_start)
            if task.actual_finish is not None:
                self.actual_finish[i] = index(task.actual_finish + ONE_DAY)
                self.finished.append(i)
            if leaf:
                self.plan[i] = self.late_plan[i] = PLACED
        if task.leveling_delay and leaf:
            # Read on every run: levelling's what-if runs change only these.
            self.delay[i] = task.leveling_delay
            self.plan[i] = PLACED

    def place(self, i: int, s: int, because: int) -> tuple[int, int, int]:
        """Leaf `i`'s start key, finish instant and driver, from the start key `s` its links
        and summaries allow (set by `because`): its constraint, progress, status date and
        levelling delay applied.

        Keys are 2 × instant + anchor, where anchor 1 marks the end of the previous day: the
        same moment as the start of the next, but a milestone placed there shows on the
        earlier day.
        """
        d = self.dur[i]
        constraint = self.kind.get(i, ASAP)
        if constraint > ALAP:
            on_key = 2 * self.on[i]
            # Finishing at the end of a day: a milestone there keeps the end-of-day anchor.
            finish_at = 2 * (self.after[i] - d) + (d == 0)
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
        began = self.actual_start.get(i)
        if began is not None:
            ended = self.actual_finish.get(i)
            if ended is not None:
                ended = max(began, ended)
                if d == 0:  # a reached milestone sits at the end of its day
                    return 2 * ended + 1, ended, BY_ACTUAL
                return 2 * began, ended, BY_ACTUAL
            end = began + d
            if self.status is not None:
                # Remaining work is scheduled from the status date, never in the past.
                done = d * self.net.tasks[i].percent_complete // 100
                end = max(end, max(began + done, self.status) + d - done)
            return 2 * began, end, BY_ACTUAL
        if self.status_key > s and self.net.tasks[i].percent_complete == 0:
            s, because = self.status_key, BY_STATUS
        if i in self.delay:
            # Levelling waits for the resources after every other bound has placed the
            # task, so its delay is exactly how far the start moves; the driver stays.
            s += 2 * self.delay[i]
        return s, (s >> 1) + d, because

    def place_leaf(self, i: int, s: int) -> tuple[int, int]:
        """Start and finish keys of leaf `i` with links to its finish, a constraint, progress
        or a levelling delay, from its gathered start bound `s`."""
        d = self.dur[i]
        s = max(s, self.gather[self.count + i] - 2 * d)  # what links to its finish allow
        if self.plan[i] == PLACED:
            s, end, _ = self.place(i, s, 0)
            begin = s >> 1
            if end > begin:
                return 2 * begin, 2 * end + 1
            return s, s
        if d:
            s &= -2
            return s, s + 2 * d + 1
        return s, s

    def span(self, i: int) -> int:
        """Working days from leaf `i`'s early start to its early finish."""
        return (self.finish_key[i] >> 1) - (self.start_key[i] >> 1)

    def late_special(self, i: int, late: list[int], ceiling: int) -> bool:
        """A finished task keeps its dates; a constraint or progress bounds a leaf's late
        dates. Tell whether it is critical (no slack, work left); a finished one has no slack
        to lose."""
        count = self.count
        span = self.span(i)
        if i in self.actual_finish:
            late[i], late[count + i] = self.start_key[i] >> 1, self.finish_key[i] >> 1
            return False
        f = ceiling
        for _, slot, _, from_finish, minus_lag in self.net.outgoing[i]:
            bound = late[slot] + minus_lag
            if not from_finish:
                bound += span
            f = min(f, bound)
        constraint = self.kind.get(i)
        if constraint == SNLT:
            f = min(f, self.on[i] + span)
        elif constraint == FNLT:
            f = min(f, self.after[i])
        elif constraint == MSO:
            f = self.on[i] + span
        elif constraint == MFO:
            f = self.after[i]
        late[count + i] = f
        late[i] = f - span
        self.total[i] = f - (self.finish_key[i] >> 1)
        return self.total[i] <= 0

    def summary_ceilings(self, i: int, fc: int, sc: int, late: list[int]) -> tuple[int, int]:
        """The finish and start ceilings summary `i` pushes down to its children, from those
        it takes from its parent (`fc`, `sc`), its links out and its constraint."""
        for _, slot, _, from_finish, minus_lag in self.net.outgoing[i]:
            bound = late[slot] + minus_lag
            if from_finish:
                fc = min(fc, bound)
            else:
                sc = min(sc, bound)
        kind = self.kind.get(i)
        if kind == SNLT:
            sc = min(sc, self.on[i])
        elif kind == FNLT:
            fc = min(fc, self.after[i])
        return fc, sc
