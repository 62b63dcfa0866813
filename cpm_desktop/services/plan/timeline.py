"""The Timeline read model: every row, link and calendar fact the task table and Gantt draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from itertools import chain, starmap
from operator import attrgetter, itemgetter
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DependencyCycleError, ValidationError
from cpm_desktop.models import Baseline, BaselineTask, Dependency, Project, Task
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.outline import outline_order, rolled_up_percent
from cpm_desktop.services.plan.plan_columns import TASK_COLUMNS
from cpm_desktop.services.plan.plan_memory import StoredPlan, plan_of, recalled_plan
from cpm_desktop.services.plan.plan_rows import as_text, parse_dates
from cpm_desktop.services.plan.predecessors import format_link
from cpm_desktop.services.plan.schedule import compute_schedule, work_calendar
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


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
    total_slack: int | None  # working days; None when the plan cannot be scheduled
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
    """Which days are worked: weekdays 0=Monday..6=Sunday, less the holidays, plus the days
    worked though their weekday is not (a weekend cut-over)."""

    working_weekdays: frozenset[int]
    holidays: frozenset[dt.date]
    worked_days: frozenset[dt.date] = frozenset()

    def is_working(self, day: dt.date) -> bool:
        """Tell whether `day` is a working day."""
        if day in self.worked_days:
            return True
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


def timeline(session: Session, project_id: int, *, predecessors: bool = True) -> Timeline:
    """Return the Timeline of a project (plain columns, no ORM objects: fast for 10k tasks).

    `predecessors=False` leaves every row's predecessor text empty, for readers that do not
    show it (the pack, the Overview): writing them is a tenth of a 50,000-task Timeline.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    with collector_paused():
        return _timeline(session, project, predecessors=predecessors)


# Everything a Timeline row shows, read as plain columns (enums as their stored text, dates as
# the driver returns them: see schedule.as_text).
_SHOWN = (
    "id",
    "parent_id",
    "position",
    "duration",
    "percent_complete",
    "name",
    "start",
    "finish",
    "is_milestone",
    "owner",
    "constraint_type",
    "constraint_date",
    "actual_start",
    "actual_finish",
    "leveling_delay",  # not shown: with the rest, all the engine reads (_AS_PLANNED)
)
_DATES = {"start", "finish", "constraint_date", "actual_start", "actual_finish"}
_AS_TEXT = _DATES | {"constraint_type"}
_COLUMNS = tuple(
    as_text(getattr(Task, name)) if name in _AS_TEXT else getattr(Task, name) for name in _SHOWN
)
_ROW_DATES = tuple(i for i, name in enumerate(_SHOWN) if name in _DATES)
# A row's columns in plan_columns.TASK_COLUMNS order, and a link row's as the engine's LinkSpec.
_AS_PLANNED = itemgetter(*map(_SHOWN.index, TASK_COLUMNS))
_LINK_AS_PLANNED = itemgetter(1, 2, 3, 4)
# What a row shows that the engine's plan does not hold: an edit that wrote none of these
# leaves every row as the plan in memory (after the reschedule) has it.
_OUTSIDE_PLAN = frozenset(_SHOWN) - frozenset(TASK_COLUMNS)
Columns = TypeVarTuple("Columns")


def _timeline(session: Session, project: Project, *, predecessors: bool) -> Timeline:
    """Build the Timeline (timeline() minus the collector pause)."""
    rows = read_rows(session, select(*_COLUMNS).where(Task.project_id == project.id))
    by_id = {row[0]: row for row in rows}
    ordered = outline_order((row[0], row[1], row[2]) for row in rows)
    parents = {row[1] for row in rows}
    percent = rolled_up_percent([(row[0], row[1], row[3], row[4]) for row in rows])
    day = parse_dates(chain.from_iterable(map(itemgetter(*_ROW_DATES), rows)))
    links = read_rows(session, link_rows(project.id))
    texts = _predecessor_texts(links, ordered) if predecessors else {}
    saved = _baseline_dates(session, project.id)
    slack = _slack(session, project, lambda: _plan_of(rows, links))
    # Only a baseline needs working-day arithmetic.
    index = work_calendar(project.calendar).index if saved else None
    tasks: list[TimelineTask] = []
    finish_date: dt.date | None = None
    critical_count = 0
    for task_id, wbs, depth in ordered:
        task = _task(
            by_id[task_id],
            wbs,
            depth,
            percent[task_id],
            task_id in parents,
            texts.get(task_id, ""),
            saved.get(task_id),
            index,
            day,
            slack.get(task_id, _NO_SLACK),
        )
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
            holidays=frozenset(h.day for h in calendar.holidays if not h.is_working),
            worked_days=frozenset(h.day for h in calendar.holidays if h.is_working),
        ),
        start_date=project.start_date,
        status_date=project.status_date,
        finish_date=finish_date,
        critical_count=critical_count,
    )


def timeline_update(
    session: Session,
    previous: Timeline,
    task_ids: Collection[int],
    written: Collection[str] | None = None,
) -> Timeline:
    """Return `previous` with the rows of `task_ids` (and the summaries above them) re-read.

    For an edit that changed only task values: the outline, the links, the baseline and the
    calendar must be as `previous` has them (the caller knows from the edit's change set).
    A move on a 10,000-task plan then re-reads its few changed rows, not all of them; when
    the edit wrote no task column (`written`) but what the engine's plan holds, the rows
    come from the plan the reschedule left in memory (a move on the critical path writes
    thousands) and nothing is read.
    """
    project = get_or_raise(session, Project, previous.project_id, N_("project"))
    by_id = {task.id: task for task in previous.tasks}
    wanted = set(task_ids) & by_id.keys()
    for task_id in list(wanted):  # a summary's % complete rolls up from the tasks under it
        parent_id = by_id[task_id].parent_id
        while parent_id is not None and parent_id not in wanted:
            wanted.add(parent_id)
            parent_id = by_id[parent_id].parent_id
    with collector_paused():
        # Any edit may change any task's slack (a move on the critical path, every one's);
        # most change none but their own, found by one comparison of the whole mappings.
        slack = _slack(session, project)
        plan = (
            recalled_plan(session, project.id)
            if written is not None and _OUTSIDE_PLAN.isdisjoint(written)
            else None
        )
        if plan is not None:
            rows = [_planned_row(plan, plan.index[i], by_id[i]) for i in wanted]
        elif len(wanted) * 4 > len(by_id):
            # Past a quarter of the rows (a move near the plan's start), one read of the
            # project's rows is quicker than picking them out.
            project_rows = select(*_COLUMNS).where(Task.project_id == project.id)
            rows = [row for row in read_rows(session, project_rows) if row[0] in wanted]
        else:
            rows = [
                row
                for chunk in _chunks(sorted(wanted), 500)
                for row in read_rows(session, select(*_COLUMNS).where(Task.id.in_(chunk)))
            ]
        day = parse_dates(chain.from_iterable(map(itemgetter(*_ROW_DATES), rows)))
        fresh = {row[0]: row for row in rows}
        if any(
            (row[3], row[4]) != (by_id[task_id].duration, by_id[task_id].percent_complete)
            for task_id, row in fresh.items()
            if not by_id[task_id].is_summary
        ):
            percent = rolled_up_percent(
                [
                    (t.id, t.parent_id, fresh[t.id][3], fresh[t.id][4])
                    if t.id in fresh
                    else (t.id, t.parent_id, t.duration, t.percent_complete)
                    for t in previous.tasks
                ]
            )
        else:  # a move: no task's weight or progress changed, so no summary's % either
            percent = {task_id: by_id[task_id].percent_complete for task_id in fresh}
        has_baseline = any(t.baseline_finish is not None for t in previous.tasks)
        index = work_calendar(project.calendar).index if has_baseline else None
        shown = {t.id: (t.total_slack, t.is_critical) for t in previous.tasks}
        restyled: Collection[int] = ()
        if slack != shown:
            restyled = {i for i, was in shown.items() if slack.get(i, _NO_SLACK) != was}
        tasks = [
            _task(
                fresh[t.id],
                t.wbs,
                t.depth,
                percent[t.id],
                t.is_summary,
                t.predecessors,
                (t.baseline_start, t.baseline_finish)
                if t.baseline_start and t.baseline_finish
                else None,
                index,
                day,
                slack.get(t.id, _NO_SLACK),
            )
            if t.id in fresh
            else _with_slack(t, slack.get(t.id, _NO_SLACK))
            if t.id in restyled
            else t
            for t in previous.tasks
        ]
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
    slack: tuple[int | None, bool],
) -> TimelineTask:
    """One Timeline row from its plain columns (_COLUMNS), what the outline adds and the
    engine's (total slack, critical)."""
    (
        task_id,
        parent_id,
        _,
        duration,
        _,
        name,
        start_text,
        finish_text,
        is_milestone,
        owner,
        constraint,
        constraint_on,
        started,
        ended,
        _,
    ) = row
    start, finish = day[start_text], day[finish_text]
    variance = None
    if index is not None and baseline is not None and start is not None and finish is not None:
        variance = index(finish) - index(baseline[1])  # working days, as task_variances counts
    return TimelineTask(
        task_id,
        parent_id,
        wbs,
        depth,
        name,
        duration,
        start,
        finish,
        percent,
        is_summary,
        is_milestone,
        owner,
        predecessors,
        *slack,
        constraint,
        day[constraint_on],
        day[started],
        day[ended],
        baseline[0] if baseline else None,
        baseline[1] if baseline else None,
        variance,
    )


_NO_SLACK: tuple[int | None, bool] = (None, False)


def _planned_row(plan: StoredPlan, index: int, shown: TimelineTask) -> tuple[Any, ...]:
    """The row (_SHOWN's columns) of the plan's task at `index`, what the plan does not hold
    (_OUTSIDE_PLAN) as `shown` has it."""
    spec = plan.specs[index]
    return (
        spec.id,
        spec.parent_id,
        None,  # the position: the outline is as shown
        plan.duration[index],
        spec.percent_complete,
        spec.name,
        plan.start[index],
        plan.finish[index],
        spec.is_milestone,
        shown.owner,
        spec.constraint,
        spec.constraint_date,
        spec.actual_start,
        spec.actual_finish,
        spec.leveling_delay,
    )


def _slack(
    session: Session, project: Project, read: Callable[[], StoredPlan] | None = None
) -> Mapping[int, tuple[int | None, bool]]:
    """(total slack, critical) per task id, from the engine: never stored, as every task's
    changes with a move on the critical path (the plan built by `read` from rows read anyway,
    when no reschedule left it in memory). Empty when the plan cannot be scheduled (the
    stored dates are still shown)."""
    try:
        return compute_schedule(session, project, read).tasks.slack()
    except (DependencyCycleError, ValidationError):
        return {}


def _plan_of(rows: Sequence[Sequence[Any]], links: Sequence[Sequence[Any]]) -> StoredPlan:
    """The engine's plan of the Timeline's own rows: a first showing reads the tasks once."""
    # As read_plan orders them (ORDER BY parent_id, position: a NULL parent first).
    ordered = sorted(rows, key=lambda row: (row[1] is not None, row[1] or 0, row[2]))
    return plan_of(list(map(_AS_PLANNED, ordered)), map(_LINK_AS_PLANNED, links))


def _with_slack(task: TimelineTask, slack: tuple[int | None, bool]) -> TimelineTask:
    """A copy of `task` with new slack (every task's, after a move on the critical path:
    copied by position, dataclasses.replace costs several times as much)."""
    values = list(_task_values(task))
    values[_SLACK], values[_CRITICAL] = slack
    return TimelineTask(*values)


_FIELDS = tuple(field.name for field in fields(TimelineTask))
_task_values = attrgetter(*_FIELDS)
_SLACK, _CRITICAL = _FIELDS.index("total_slack"), _FIELDS.index("is_critical")


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    # Bounded IN lists: every database caps the number of bound parameters.
    for at in range(0, len(items), size):
        yield items[at : at + size]


def read_rows(session: Session, statement: Select[*Columns]) -> Sequence[Row[*Columns]]:
    """Run a select of plain columns in the session's transaction, as Core rows.

    session.execute would build each row through the ORM's loading machinery: a third more
    time for 10,000 tasks, for rows that hold no ORM objects anyway.
    """
    session.flush()  # what session.execute's autoflush would do
    return session.connection().execute(statement).all()


def link_rows(project_id: int) -> Select[int, int, int, str, int]:
    """The select of a project's links as (id, predecessor, successor, type, lag) rows."""
    return (
        select(
            Dependency.id,
            Dependency.predecessor_id,
            Dependency.successor_id,
            as_text(Dependency.type),
            Dependency.lag,
        )
        .where(Dependency.project_id == project_id)
        .order_by(Dependency.id)
    )


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
    rows = read_rows(
        session,
        select(BaselineTask.task_id, as_text(BaselineTask.start), as_text(BaselineTask.finish))
        .join(Baseline, Baseline.id == BaselineTask.baseline_id)
        .where(Baseline.project_id == project_id, Baseline.number == 0),
    )
    day = parse_dates(value for _, start, finish in rows for value in (start, finish))
    saved: dict[int, tuple[dt.date, dt.date]] = {}
    for task_id, start, finish in rows:
        began, ended = day[start], day[finish]
        if began is not None and ended is not None:  # always: the columns are NOT NULL
            saved[task_id] = (began, ended)
    return saved
