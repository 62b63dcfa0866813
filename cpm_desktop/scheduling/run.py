"""The inputs of one scheduling run as flat lists by task position, and the arrays it fills."""

from __future__ import annotations

import datetime as dt
from itertools import compress

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
# How a pass takes task i's node: PLAIN, the short path of a leaf; FINISH_LINKED, a plain
# leaf with links to its finish; PLACED or LATE_PLACED, a leaf placed by a constraint, its
# progress or a levelling delay (Run.place, cpm._late_placed); IN_NODE, a summary's in-node.
PLAIN, FINISH_LINKED, PLACED, IN_NODE = 0, 1, 2, 3
LATE_PLACED = PLACED


class Run:
    """The inputs of one run as flat lists by task position, and the arrays the passes fill.

    Most tasks have no dated constraint, no progress and no levelling delay: the passes take
    a short path for them and the general one (`place`) for the few whose step is PLACED.
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
        dur = [t.duration for t in tasks]
        for i in compress(range(count), [t.is_milestone for t in tasks]):
            dur[i] = 0
        for i in net.children:
            dur[i] = 0
        self.dur = dur
        self.percent = [t.percent_complete for t in tasks]
        self.kind = [ASAP] * count
        self.on = [0] * count
        self.after = [0] * count
        self.actual_start: list[int | None] = [None] * count
        self.actual_finish: list[int | None] = [None] * count
        self.delay = [0] * count  # levelling delay of a work task or milestone, working days
        self.finished: list[int] = []  # positions of the tasks with an actual finish
        # How the forward and the backward pass take each task (see cpm.py).
        self.step = [PLAIN] * count
        self.late_step = [PLAIN] * count
        for i in net.finish_linked:
            self.step[i] = FINISH_LINKED
        for i in net.children:
            self.step[i] = self.late_step[i] = IN_NODE
        unusual = [
            i
            for i, t in enumerate(tasks)
            if t.constraint != "ASAP" or t.actual_start is not None or t.leveling_delay
        ]
        for i in unusual:
            self._read(i, tasks[i], calendar)
        self.has_alap = ALAP in self.kind
        # Where the forward pass gathers each node's bound, as a key: a plain task starts
        # from the project start, and from the status date while not begun; a placed one
        # from the project start; a summary's floors start from nothing. At count + i, what
        # links to its finish (less its duration, when its turn comes) and its finish floor.
        begin = (self.origin_key, max(self.origin_key, self.status_key))
        gather = list(map(begin.__getitem__, map((0).__eq__, self.percent)))
        for i in unusual:
            if self.step[i] == PLACED:
                gather[i] = self.origin_key
        for i in net.children:
            gather[i] = -INF
        gather += [-INF] * count
        self.gather = gather
        self.start_key = [0] * count
        self.finish_key = [0] * count
        self.es: list[int] = []
        self.ef: list[int] = []
        self.at_end: list[int] = []  # 1 for a milestone placed at the end of a day
        self.ls: list[int] = []
        self.lf: list[int] = []
        self.start = self.es  # scheduled start: the early one, the late one for ALAP tasks
        self.start_at_end = self.at_end  # the same for the scheduled position
        self.finish = self.origin

    def _read(self, i: int, task: TaskSpec, calendar: WorkCalendar) -> None:
        """Read task `i`'s constraint, progress and levelling delay (most tasks have none)."""
        index = calendar.index
        leaf = not self.summary[i]
        code = CONSTRAINT_CODES.get(task.constraint, ASAP)
        if task.constraint_date is not None and code not in (ASAP, ALAP):
            self.kind[i] = code
            self.on[i] = index(task.constraint_date)
            self.after[i] = index(task.constraint_date + ONE_DAY)
            if leaf:
                self.step[i] = PLACED
                if code in LATE_BOUNDS:
                    self.late_step[i] = LATE_PLACED
        elif code == ALAP and leaf and task.actual_start is None:
            self.kind[i] = ALAP
        if task.actual_start is not None:
            self.actual_start[i] = index(task.actual_start)
            if task.actual_finish is not None:
                self.actual_finish[i] = index(task.actual_finish + ONE_DAY)
                self.finished.append(i)
            if leaf:
                self.step[i] = PLACED
                self.late_step[i] = LATE_PLACED
        if task.leveling_delay and leaf:
            # Read on every run: levelling's what-if runs change only these.
            self.delay[i] = task.leveling_delay
            self.step[i] = PLACED

    def place(self, i: int, s: int, because: int) -> tuple[int, int, int]:
        """Leaf `i`'s start key, finish instant and driver, from the start key `s` its links
        and summaries allow (set by `because`): its constraint, progress, status date and
        levelling delay applied.

        Keys are 2 × instant + anchor, where anchor 1 marks the end of the previous day: the
        same moment as the start of the next, but a milestone placed there shows on the
        earlier day.
        """
        d = self.dur[i]
        constraint = self.kind[i]
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
        began = self.actual_start[i]
        if began is not None:
            ended = self.actual_finish[i]
            if ended is not None:
                ended = max(began, ended)
                if d == 0:  # a reached milestone sits at the end of its day
                    return 2 * ended + 1, ended, BY_ACTUAL
                return 2 * began, ended, BY_ACTUAL
            end = began + d
            if self.status is not None:
                # Remaining work is scheduled from the status date, never in the past.
                done = d * self.percent[i] // 100
                end = max(end, max(began + done, self.status) + d - done)
            return 2 * began, end, BY_ACTUAL
        if self.status_key > s and self.percent[i] == 0:
            s, because = self.status_key, BY_STATUS
        if self.delay[i]:
            # Levelling waits for the resources after every other bound has placed the
            # task, so its delay is exactly how far the start moves; the driver stays.
            s += 2 * self.delay[i]
        return s, (s >> 1) + d, because
