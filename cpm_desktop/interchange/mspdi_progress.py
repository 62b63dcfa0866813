"""What MS Project needs to keep a plan in progress where our engine put it.

Our engine schedules the work left after the status date (scheduling/cpm.py): a task not yet
started starts no earlier than the first working day after it, and an in-progress task's
remaining days run from there. Recalculating a file, MS Project does not do that by itself (it
is its *Update Project › Reschedule uncompleted work to start after* command), nor does MPXJ's
scheduler, which follows it: an unstarted task goes where its links put it from the project
start, a started one ends its full duration after its actual start. So the file carries what
that command leaves in a plan:

- a task the status date moved (its links, constraints and summaries alone would start it
  earlier) gets a *Start No Earlier Than* on the first working day after the status date, in
  place of its own constraint (which the status date overrode in our engine too);
- an in-progress task whose remaining days the status date pushed is split: `Stop` ends its
  done days (whole days of its percent complete, as the engine counts them), `Resume` starts
  the rest, and a *Finish No Earlier Than* on its finish holds the end where a scheduler that
  ignores splits (MPXJ's) would pull it back. It replaces the task's own constraint, which no
  longer moves a started task in our engine.

Tasks placed after the status date by their links get nothing: the constraints they follow
carry them. A plan with no status date, or whose status date moves nothing, is written as
before, byte for byte.

Actual dates are written where the engine counts them (`actual_moments`): as reported when on
a working day, moved off a day off as the engine moves them, a reached milestone at its finish.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpm_desktop.interchange.model import PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_placement import Moment, Row, is_milestone
from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.network import LINK_ENDS

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Rescheduled:
    """How the file holds a task the status date moved: a constraint, and a split if started."""

    constraint: str  # "SNET" (not started) or "FNET" (in progress)
    day: dt.date
    stop: Moment | None = None  # the end of the done days of a split task
    resume: Moment | None = None  # the start of its remaining days


def status_moves(
    rows: list[Row],
    keyed: dict[str, Row],
    links: list[PlanLink],
    calendar: WorkCalendar,
    project_start: dt.date,
    status_date: dt.date | None,
) -> dict[int, Rescheduled]:
    """Per task UID, the constraint (and split) that keeps it where the status date put it."""
    if status_date is None:
        return {}
    clock = _Clock(calendar, calendar.index(status_date + ONE_DAY))
    parent: dict[int, Row] = {child.uid: row for row in rows for child in row.children}
    incoming: dict[str, list[PlanLink]] = {}
    for link in links:
        incoming.setdefault(link.successor_key, []).append(link)
    moves: dict[int, Rescheduled] = {}
    for row in rows:
        if row.children:
            continue  # a summary follows its tasks
        task = row.task
        if task.actual_start is None:
            if task.percent_complete == 0 and _held_by_status(
                row, parent, incoming, keyed, clock, project_start
            ):
                moves[row.uid] = Rescheduled("SNET", row.start.day)
        elif task.actual_finish is None and not is_milestone(task):
            pushed = _pushed_remainder(row, clock)
            if pushed is not None:
                moves[row.uid] = pushed
    return moves


def actual_moments(row: Row, calendar: WorkCalendar) -> tuple[Moment | None, Moment | None]:
    """A task's ActualStart and ActualFinish as written: where our engine places them.

    Reported on working days they are written as they are, at 08:00 and 17:00. A day off moves
    them as the engine does: an actual start on a Saturday is Monday's 08:00, an actual finish
    on a Sunday is Friday's 17:00. A reached milestone sits at the end of its actual finish day,
    whatever its actual start says (it has no duration). A summary's are written as given.
    """
    task = row.task
    began, ended = task.actual_start, task.actual_finish
    if row.children or began is None:
        start = Moment(began, row.start.at_end) if began else None
        return start, Moment(ended, True) if ended else None
    first = calendar.index(began)
    if ended is None:
        return Moment(calendar.day_at(first), row.start.at_end), None
    last = calendar.day_at(max(first, calendar.index(ended + ONE_DAY)) - 1)
    if is_milestone(task):
        return Moment(last, True), Moment(last, True)
    start = Moment(calendar.day_at(first), at_end=False)
    return start, Moment(max(last, start.day), at_end=True)


class _Clock:
    """Moments as the engine's keys: 2 × working-day instant, + 1 for the end of a day."""

    def __init__(self, calendar: WorkCalendar, floor: int) -> None:
        self.calendar = calendar
        self.floor = floor  # the first working instant after the status date
        self.floor_day = calendar.day_at(floor)

    def key(self, moment: Moment) -> int:
        """The engine's key: 08:00 of day i is 2i, 17:00 of it is 2(i + 1) + 1."""
        index = self.calendar.index(moment.day)
        return 2 * index + 3 if moment.at_end else 2 * index

    def start_key(self, day: dt.date) -> int:
        """08:00 of `day` (a start constraint's moment)."""
        return 2 * self.calendar.index(day)

    def end_index(self, day: dt.date) -> int:
        """The instant that ends `day` (a finish constraint's moment)."""
        return self.calendar.index(day + ONE_DAY)


def _held_by_status(
    row: Row,
    parent: dict[int, Row],
    incoming: dict[str, list[PlanLink]],
    keyed: dict[str, Row],
    clock: _Clock,
    project_start: dt.date,
) -> bool:
    """Whether an unstarted task sits at the status date because nothing else holds it there.

    Its start without the status date is what the engine's forward pass gives it: the latest
    of the project start, its links, what its summaries' links and constraints pass down, and
    its own constraint. If that is before the first working day after the status date, the
    status date moved it (and the plan has it there, at 08:00).
    """
    if row.start != Moment(clock.floor_day, at_end=False):
        return False
    task = row.task
    span = 0 if is_milestone(task) else max(task.duration, 0)
    start = clock.start_key(project_start)
    for value, to_finish in _link_bounds(incoming.get(task.key, []), keyed, clock):
        start = max(start, value - 2 * span if to_finish else value)
    above = parent.get(row.uid)
    while above is not None:
        for value, to_finish in _link_bounds(incoming.get(above.task.key, []), keyed, clock):
            start = max(start, value - 2 * span if to_finish else value)
        summary = above.task
        if summary.constraint_date is not None:
            if summary.constraint_type == "SNET":
                start = max(start, clock.start_key(summary.constraint_date))
            elif summary.constraint_type == "FNET":
                start = max(start, 2 * clock.end_index(summary.constraint_date) + 1 - 2 * span)
        above = parent.get(above.uid)
    return _constrained(task, start, span, clock) < 2 * clock.floor


def _link_bounds(
    links: list[PlanLink], keyed: dict[str, Row], clock: _Clock
) -> list[tuple[int, bool]]:
    """(key the link holds the successor's start or finish at, whether it is the finish)."""
    bounds = []
    for link in links:
        from_finish, to_finish = LINK_ENDS.get(link.type, LINK_ENDS["FS"])
        predecessor = keyed[link.predecessor_key]
        moment = predecessor.finish if from_finish else predecessor.start
        bounds.append((clock.key(moment) + 2 * link.lag, to_finish))
    return bounds


def _constrained(task: PlanTask, start: int, span: int, clock: _Clock) -> int:
    """`start` after the task's own dated constraint, as the engine's forward pass applies it."""
    day = task.constraint_date
    if day is None:
        return start
    on = clock.start_key(day)
    finish_at = 2 * (clock.end_index(day) - span) + (span == 0)
    kind = task.constraint_type
    if kind == "SNET":
        return on if on > start or (span == 0 and start == on + 1) else start
    if kind == "FNET":
        return max(start, finish_at)
    if kind == "SNLT":
        return min(start, on)
    if kind == "FNLT":
        return min(start, finish_at)
    if kind == "MSO":
        return on
    if kind == "MFO":
        return finish_at
    return start  # ASAP, ALAP


def _pushed_remainder(row: Row, clock: _Clock) -> Rescheduled | None:
    """The split of an in-progress task that ends later than its duration from its start.

    The engine resumes the remaining days at the first working day after the status date
    when the done days (whole days of the percent complete) end before it.
    """
    task = row.task
    assert task.actual_start is not None
    calendar = clock.calendar
    began = calendar.index(task.actual_start)
    if row.finish.day <= calendar.day_at(began + task.duration - 1):
        return None
    done = task.duration * min(max(task.percent_complete, 0), 100) // 100
    left = task.duration - done
    if left <= 0 or began + done >= clock.floor:
        # Not a split our engine makes (a finished duration held to the status date, or a
        # hand-made plan): the finish constraint alone holds the plan's finish.
        return Rescheduled("FNET", row.finish.day)
    resume = calendar.add_working_days(row.finish.day, 1 - left)
    stop = (
        Moment(calendar.day_at(began + done - 1), at_end=True)
        if done
        else Moment(calendar.day_at(began), at_end=False)
    )
    return Rescheduled("FNET", row.finish.day, stop, Moment(resume, at_end=False))
