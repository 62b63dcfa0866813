"""The inputs of one scheduling run as flat lists by task position, and the arrays it fills."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.model import DriverKind
from cpm_desktop.scheduling.network import Network

ONE_DAY = dt.timedelta(days=1)
INF = 1 << 40
ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO = range(8)
LATE_BOUNDS = frozenset({SNLT, FNLT, MSO, MFO})  # constraints that cap the late dates
CONSTRAINT_NAMES = ("ASAP", "ALAP", "SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO")
CONSTRAINT_CODES = {name: code for code, name in enumerate(CONSTRAINT_NAMES)}
# What set a start, when not a link (a link is named by its number, >= 0).
BY_START, BY_CONSTRAINT, BY_STATUS, BY_ACTUAL, BY_CHILDREN = -1, -2, -3, -4, -5
DRIVER_KINDS = {
    BY_START: DriverKind.PROJECT_START,
    BY_CONSTRAINT: DriverKind.CONSTRAINT,
    BY_STATUS: DriverKind.STATUS_DATE,
    BY_ACTUAL: DriverKind.ACTUAL_START,
    BY_CHILDREN: DriverKind.CHILDREN,
}


class Run:
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
        self.status = calendar.index(status_date + ONE_DAY) if status_date else None
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
        self.delay = [0] * count  # levelling delay of a work task or milestone, working days
        self.has_alap = False
        for i, task in enumerate(net.tasks):
            if not summary[i] and not task.is_milestone:
                self.dur[i] = task.duration
            kind = CONSTRAINT_CODES.get(task.constraint, ASAP)
            if task.constraint_date is not None and kind not in (ASAP, ALAP):
                self.kind[i] = kind
                self.on[i] = index(task.constraint_date)
                self.after[i] = index(task.constraint_date + ONE_DAY)
            elif kind == ALAP and not summary[i] and task.actual_start is None:
                self.kind[i] = ALAP
                self.has_alap = True
            if task.actual_start is not None:
                self.actual_start[i] = index(task.actual_start)
                if task.actual_finish is not None:
                    self.actual_finish[i] = index(task.actual_finish + ONE_DAY)
            self.percent[i] = task.percent_complete
            if not summary[i]:
                self.delay[i] = task.leveling_delay
        self.es = [0] * count
        self.ef = [0] * count
        self.at_end = [False] * count  # a milestone placed at the end of a day
        self.why = [BY_START] * count
        self.ls = [0] * count
        self.lf = [0] * count
        self.start = self.es  # scheduled start: the early one, the late one for ALAP tasks
        self.start_at_end = self.at_end  # the same for the scheduled position
        self.finish = self.origin
