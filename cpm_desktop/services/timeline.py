"""The Timeline read model: every row, link and calendar fact the task table and Gantt draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain, starmap
from operator import itemgetter
from typing import Any, NamedTuple, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from cpm_desktop.errors import NotFoundError
from cpm_desktop.models import (
    Baseline,
    BaselineTask,
    ConstraintType,
    Dependency,
    Project,
    Task,
)
from cpm_desktop.scheduling import Driver, DriverKind, Schedule
from cpm_desktop.services.outline import outline_order, rolled_up_percent
from cpm_desktop.services.predecessors import format_link
from cpm_desktop.services.schedule import (
    as_text,
    collector_paused,
    compute_schedule,
    dates_of,
    parse_dates,
    work_calendar,
)
from cpm_desktop.services.schedule_report import DriverRow
from cpm_desktop.services.validate import get_or_raise


# TimelineTask and TimelineLink are built by the ten thousand on every edit, and frozen
# construction costs four times as much; nothing hashes them (the UI compares rows with ==).
@dataclass(slots=True)
class TimelineTask:
    """One task row of the Timeline, in outline order."""

    id: int
    parent_id: int | None
    wbs: str
    depth: int
    name: str
    duration: int  # working days; a summary's spans its tasks
    start: dt.date | None
    finish: dt.date | None  # the last working day
    percent_complete: int  # a summary's is rolled up, duration-weighted
    is_summary: bool
    is_milestone: bool
    owner: str
    predecessors: str  # e.g. "3FS+2d, 1.2SS-1d": WBS codes; FS and zero lag are left out
    total_slack: int | None  # working days
    is_critical: bool
    constraint: str  # ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO
    constraint_date: dt.date | None
    actual_start: dt.date | None
    actual_finish: dt.date | None
    baseline_start: dt.date | None  # baseline 0, None when the task has none
    baseline_finish: dt.date | None
    finish_variance: int | None  # working days later (+) or earlier (-) than baseline 0


@dataclass(slots=True)
class TimelineLink:
    """A dependency as drawn: predecessor → successor, type FS/SS/FF/SF, lag in working days."""

    id: int
    predecessor_id: int
    successor_id: int
    type: str
    lag: int


@dataclass(frozen=True, slots=True)
class TimelineCalendar:
    """Which days are worked: weekdays 0=Monday..6=Sunday, plus the holidays."""

    working_weekdays: frozenset[int]
    holidays: frozenset[dt.date]

    def is_working(self, day: dt.date) -> bool:
        """Tell whether `day` is a working day."""
        return day.weekday() in self.working_weekdays and day not in self.holidays


@dataclass(frozen=True, slots=True)
class Timeline:
    """A project's Timeline: rows in outline order, links, calendar and key dates."""

    project_id: int
    code: str
    tasks: list[TimelineTask]
    links: list[TimelineLink]
    calendar: TimelineCalendar
    start_date: dt.date
    status_date: dt.date | None
    finish_date: dt.date | None
    critical_count: int  # work tasks and milestones on the critical path


def timeline(session: Session, project_id: int) -> Timeline:
    """Return the Timeline of a project (plain columns, no ORM objects: fast for 10k tasks)."""
    project = get_or_raise(session, Project, project_id, "project")
    with collector_paused():
        return _timeline(session, project)


def start_drivers(session: Session, project_id: int) -> dict[int, str]:
    """Per task id, what set its start, e.g. 'link 3.2 FS+2d', 'constraint SNET', 'status date'.

    A constraint is named with its date ('constraint SNET 2026-09-14'); one a summary passes
    down to its tasks also names the summary ('constraint SNET 2026-09-14 (summary 2)').
    """
    project = get_or_raise(session, Project, project_id, "project")
    with collector_paused():
        # The engine's drivers for the stored plan; nothing is written (every edit has
        # already stored the dates, so rescheduling here would only compare them).
        schedule = compute_schedule(session, project)
        rows = _read(
            session,
            select(Task.id, Task.parent_id, Task.position, as_text(Task.constraint_type),
                   as_text(Task.constraint_date))
            .where(Task.project_id == project.id),
        )  # fmt: skip
        ordered = outline_order((row[0], row[1], row[2]) for row in rows)
        wbs_of = {task_id: wbs for task_id, wbs, _ in ordered}
        days = dates_of([row[4] for row in rows])
        by_id = {
            row[0]: _ConstraintRow(row[0], row[1], row[3], day)
            for row, day in zip(rows, days, strict=True)
        }
        plain: dict[DriverKind, str] = {}
        return {
            task_id: _driver_text(
                schedule.tasks.driver(task_id), by_id[task_id], by_id, wbs_of, plain
            )
            for task_id, _, _ in ordered
        }


def driving_chain(session: Session, project_id: int, task_id: int) -> tuple[set[int], set[int]]:
    """Return the task ids and link ids that drive `task_id`'s start, back to the first cause.

    The chain follows each task's driving link to its predecessor and stops at a task driven
    by anything else (project start, constraint, status date, actual start). A summary's dates
    are its children's, so the chain goes on through the child that starts first (the one that
    finishes last when a link from the summary's finish led there; ties go to the first in
    outline order). A link into a summary drives the tasks beneath it: that summary is part
    of the chain too. `task_id` itself is always in the task ids.
    """
    project = get_or_raise(session, Project, project_id, "project")
    with collector_paused():
        schedule = compute_schedule(session, project)  # nothing written, as in start_drivers
        rows = _read(
            session,
            select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project.id),
        )
        parent_of = {tid: parent_id for tid, parent_id, _ in rows}
        if task_id not in parent_of:
            raise NotFoundError("task", task_id)
        order = {tid: i for i, (tid, _, _) in enumerate(outline_order(rows))}
        links = {
            (pred, succ): (link_id, kind, lag)
            for link_id, pred, succ, kind, lag in _read(session, _links(project.id))
        }
    children: dict[int, list[int]] = {}
    for tid, parent_id in parent_of.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(tid)
    task_ids: set[int] = set()
    link_ids: set[int] = set()
    current, from_finish = task_id, False  # which end of `current` the chain arrived at
    while current not in task_ids:
        task_ids.add(current)
        kids = children.get(current)
        if kids:
            current = _child_setting(kids, from_finish, schedule, order)
            continue
        driver = schedule.tasks.driver(current).link
        if driver is None:
            break  # driven by anything but a link: the first cause
        found = _link_behind(driver, current, links, parent_of)
        if found is None:
            break
        link_id, target = found
        link_ids.add(link_id)
        task_ids.add(target)
        predecessor, link_type, _ = driver
        current, from_finish = predecessor, link_type in ("FS", "FF")
    return task_ids, link_ids


# Everything a Timeline row shows, read as plain columns (enums as their stored text, dates as
# the driver returns them: see schedule.as_text). _ROW_DATES are the positions of the dates.
_COLUMNS = (
    Task.id, Task.parent_id, Task.position, Task.duration, Task.percent_complete, Task.name,
    as_text(Task.start), as_text(Task.finish), Task.is_milestone, Task.owner, Task.total_slack,
    Task.is_critical, as_text(Task.constraint_type), as_text(Task.constraint_date),
    as_text(Task.actual_start), as_text(Task.actual_finish),
)  # fmt: skip
_ROW_DATES = (6, 7, 13, 14, 15)
Columns = TypeVarTuple("Columns")
# Constraints a summary passes down to the tasks beneath it in the forward pass.
_INHERITED = frozenset({ConstraintType.SNET, ConstraintType.FNET})


class _ConstraintRow(NamedTuple):
    """A task's constraint, as start_drivers reads it; the type is its stored text."""

    id: int
    parent_id: int | None
    constraint_type: str
    constraint_date: dt.date | None


def _timeline(session: Session, project: Project) -> Timeline:
    """Build the Timeline (timeline() minus the collector pause)."""
    rows = _read(session, select(*_COLUMNS).where(Task.project_id == project.id))
    by_id = {row[0]: row for row in rows}
    ordered = outline_order((row[0], row[1], row[2]) for row in rows)
    parents = {row[1] for row in rows}
    percent = rolled_up_percent([(row[0], row[1], row[3], row[4]) for row in rows])
    day = parse_dates(chain.from_iterable(map(itemgetter(*_ROW_DATES), rows)))
    links = _read(session, _links(project.id))
    predecessors = _predecessor_texts(links, ordered)
    saved = _baseline_dates(session, project.id)
    # Only a baseline needs working-day arithmetic.
    index = work_calendar(project.calendar).index if saved else None
    tasks: list[TimelineTask] = []
    finish_date: dt.date | None = None
    critical_count = 0
    for task_id, wbs, depth in ordered:
        task = _task(
            by_id[task_id], wbs, depth, percent[task_id], task_id in parents,
            predecessors.get(task_id, ""), saved.get(task_id), index, day,
        )  # fmt: skip
        if task.finish is not None and (finish_date is None or task.finish > finish_date):
            finish_date = task.finish
        critical_count += task.is_critical and not task.is_summary
        tasks.append(task)
    calendar = project.calendar
    return Timeline(
        project_id=project.id,
        code=project.code,
        tasks=tasks,
        links=list(starmap(TimelineLink, links)),
        calendar=TimelineCalendar(
            working_weekdays=frozenset(d for d in range(7) if calendar.works_on_weekday(d)),
            holidays=frozenset(h.day for h in calendar.holidays),
        ),
        start_date=project.start_date,
        status_date=project.status_date,
        finish_date=finish_date,
        critical_count=critical_count,
    )


def timeline_update(session: Session, previous: Timeline, task_ids: Collection[int]) -> Timeline:
    """Return `previous` with the rows of `task_ids` (and the summaries above them) re-read.

    For an edit that changed only task values: the outline, the links, the baseline and the
    calendar must be as `previous` has them (the caller knows from the edit's change set).
    A move on a 10,000-task plan then re-reads its few changed rows, not all of them.
    """
    project = get_or_raise(session, Project, previous.project_id, "project")
    by_id = {task.id: task for task in previous.tasks}
    wanted = set(task_ids) & by_id.keys()
    for task_id in list(wanted):  # a summary's % complete rolls up from the tasks under it
        parent_id = by_id[task_id].parent_id
        while parent_id is not None and parent_id not in wanted:
            wanted.add(parent_id)
            parent_id = by_id[parent_id].parent_id
    with collector_paused():
        rows = [
            row
            for chunk in _chunks(sorted(wanted), 500)
            for row in _read(session, select(*_COLUMNS).where(Task.id.in_(chunk)))
        ]
        day = parse_dates(chain.from_iterable(map(itemgetter(*_ROW_DATES), rows)))
        fresh = {row[0]: row for row in rows}
        percent = rolled_up_percent(
            [
                (t.id, t.parent_id, fresh[t.id][3], fresh[t.id][4])
                if t.id in fresh
                else (t.id, t.parent_id, t.duration, t.percent_complete)
                for t in previous.tasks
            ]
        )
        has_baseline = any(t.baseline_finish is not None for t in previous.tasks)
        index = work_calendar(project.calendar).index if has_baseline else None
        tasks = [
            _task(
                fresh[t.id], t.wbs, t.depth, percent[t.id], t.is_summary, t.predecessors,
                (t.baseline_start, t.baseline_finish) if t.baseline_start and t.baseline_finish
                else None,
                index, day,
            )
            if t.id in fresh
            else t
            for t in previous.tasks
        ]  # fmt: skip
    finishes = [t.finish for t in tasks if t.finish is not None]
    return replace(
        previous,
        tasks=tasks,
        finish_date=max(finishes) if finishes else None,
        critical_count=sum(1 for t in tasks if t.is_critical and not t.is_summary),
    )


def _task(
    row: Sequence[Any],
    wbs: str,
    depth: int,
    percent: int,
    is_summary: bool,
    predecessors: str,
    baseline: tuple[dt.date, dt.date] | None,
    index: Callable[[dt.date], int] | None,
    day: Mapping[Any, dt.date | None],
) -> TimelineTask:
    """One Timeline row from its plain columns (_COLUMNS) and what the outline adds."""
    (task_id, parent_id, _, duration, _, name, start_text, finish_text, is_milestone, owner, slack,
     critical, constraint, constraint_on, started, ended) = row  # fmt: skip
    start, finish = day[start_text], day[finish_text]
    variance = None
    if index is not None and baseline is not None and start is not None and finish is not None:
        variance = index(finish) - index(baseline[1])  # working days, as task_variances counts
    return TimelineTask(
        task_id, parent_id, wbs, depth, name, duration, start, finish, percent, is_summary,
        is_milestone, owner, predecessors, slack, critical, constraint, day[constraint_on],
        day[started], day[ended], baseline[0] if baseline else None,
        baseline[1] if baseline else None, variance,
    )  # fmt: skip


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    # Bounded IN lists: every database caps the number of bound parameters.
    for at in range(0, len(items), size):
        yield items[at : at + size]


def _read(session: Session, statement: Select[*Columns]) -> Sequence[Row[*Columns]]:
    """Run a select of plain columns in the session's transaction, as Core rows.

    session.execute would build each row through the ORM's loading machinery: a third more
    time for 10,000 tasks, for rows that hold no ORM objects anyway.
    """
    session.flush()  # what session.execute's autoflush would do
    return session.connection().execute(statement).all()


def _links(project_id: int) -> Select[int, int, int, str, int]:
    return (
        select(Dependency.id, Dependency.predecessor_id, Dependency.successor_id,
               as_text(Dependency.type), Dependency.lag)
        .where(Dependency.project_id == project_id)
        .order_by(Dependency.id)
    )  # fmt: skip


def _predecessor_texts(
    links: Sequence[Row[int, int, int, str, int]], ordered: list[tuple[int, str, int]]
) -> dict[int, str]:
    """Per successor id, its predecessors as typed in the task table, in outline order."""
    place = {task_id: (i, wbs) for i, (task_id, wbs, _) in enumerate(ordered)}
    # format_link writes the WBS code, then what the type and lag add: that part is the same
    # for every link of one type and lag, so it is written once.
    tails: dict[tuple[str, int], str] = {}
    incoming: dict[int, list[tuple[int, str]]] = {}
    for _, pred, succ, kind, lag in links:
        found = place.get(pred)
        if found is None:
            continue
        tail = tails.get((kind, lag))
        if tail is None:
            tail = tails[kind, lag] = format_link("", kind, lag)
        incoming.setdefault(succ, []).append((found[0], found[1] + tail))
    # A successor has one link per predecessor, so sorting compares outline positions only.
    return {
        succ: refs[0][1] if len(refs) == 1 else ", ".join(text for _, text in sorted(refs))
        for succ, refs in incoming.items()
    }


def _baseline_dates(session: Session, project_id: int) -> dict[int, tuple[dt.date, dt.date]]:
    """(start, finish) per task id in baseline 0; empty when the project has none."""
    rows = _read(
        session,
        select(BaselineTask.task_id, as_text(BaselineTask.start), as_text(BaselineTask.finish))
        .join(Baseline, Baseline.id == BaselineTask.baseline_id)
        .where(Baseline.project_id == project_id, Baseline.number == 0),
    )  # fmt: skip
    day = parse_dates(value for _, start, finish in rows for value in (start, finish))
    saved: dict[int, tuple[dt.date, dt.date]] = {}
    for task_id, start, finish in rows:
        began, ended = day[start], day[finish]
        if began is not None and ended is not None:  # always: the columns are NOT NULL
            saved[task_id] = (began, ended)
    return saved


def _driver_text(
    driver: Driver,
    row: _ConstraintRow,
    by_id: dict[int, _ConstraintRow],
    wbs_of: dict[int, str],
    plain: dict[DriverKind, str],
) -> str:
    """Say what `driver` means for the task of `row`; `plain` keeps the texts naming no link."""
    if driver.kind == DriverKind.CONSTRAINT:
        return _constraint_text(row, by_id, wbs_of)
    if driver.link is None:
        found = plain.get(driver.kind)
        if found is None:
            found = plain[driver.kind] = DriverRow(driver.kind.value).text()
        return found
    predecessor, link_type, lag = driver.link
    return DriverRow(driver.kind.value, predecessor, wbs_of.get(predecessor), link_type, lag).text()


def _constraint_text(
    row: _ConstraintRow, by_id: dict[int, _ConstraintRow], wbs_of: dict[int, str]
) -> str:
    """Name the constraint: the task's own, else the nearest summary's SNET/FNET above it.

    The engine's driver does not say whose constraint won; when the task and a summary above
    it both push its start, the task's own is named.
    """
    node: _ConstraintRow | None = row
    while node is not None:
        kind = node.constraint_type
        if (node is row and kind != ConstraintType.ASAP) or kind in _INHERITED:
            text = f"constraint {kind}"
            if node.constraint_date is not None:
                text += f" {node.constraint_date.isoformat()}"
            return text if node is row else f"{text} (summary {wbs_of[node.id]})"
        node = by_id.get(node.parent_id) if node.parent_id is not None else None
    return DriverKind.CONSTRAINT.value


def _link_behind(
    driver: tuple[int, str, int],
    task_id: int,
    links: dict[tuple[int, int], tuple[int, str, int]],
    parent_of: dict[int, int | None],
) -> tuple[int, int] | None:
    """The id of the link a driver names, and the task it ends at: `task_id` or a summary above.

    A link into a summary binds every task beneath it, so the driving link may end higher up.
    """
    predecessor, link_type, lag = driver
    target: int | None = task_id
    while target is not None:
        found = links.get((predecessor, target))
        if found is not None and found[1:] == (link_type, lag):
            return found[0], target
        target = parent_of[target]
    return None


def _child_setting(
    kids: list[int], at_finish: bool, schedule: Schedule, order: dict[int, int]
) -> int:
    """The child that sets a summary's start (or, `at_finish`, its finish)."""
    if at_finish:
        return min(kids, key=lambda k: (-schedule.tasks[k].finish.toordinal(), order[k]))
    return min(kids, key=lambda k: (schedule.tasks[k].start, order[k]))
