"""The Timeline read model: every row, link and calendar fact the task table and Gantt draw.

The rows are built in `timeline_rows.py`; after an edit of task values, `timeline_update.py`
builds again only the rows it changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import chain, starmap
from operator import itemgetter
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from cpm_desktop.models import Baseline, BaselineTask, Dependency, Project, Task
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.outline import outline_order, rolled_up_percent
from cpm_desktop.services.plan.plan_memory import StoredPlan, plan_of
from cpm_desktop.services.plan.plan_rows import as_text, parse_dates
from cpm_desktop.services.plan.predecessors import format_link
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.timeline_model import (
    Timeline,
    TimelineCalendar,
    TimelineLink,
    TimelineTask,
)
from cpm_desktop.services.plan.timeline_rows import (
    AS_PLANNED,
    COLUMNS,
    LINK_AS_PLANNED,
    NO_SLACK,
    ROW_DATES,
    engine_schedule,
    task_row,
)
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

__all__ = [
    "Timeline",
    "TimelineCalendar",
    "TimelineLink",
    "TimelineTask",
    "link_rows",
    "read_rows",
    "timeline",
]

Columns = TypeVarTuple("Columns")


def timeline(
    session: Session, project_id: int, *, predecessors: bool = True, slack: bool = True
) -> Timeline:
    """Return the Timeline of a project (plain columns, no ORM objects: fast for 10k tasks).

    `predecessors=False` leaves every row's predecessor text empty, for readers that do not
    show it (the pack, the Overview): writing them is a tenth of a 50,000-task Timeline.
    `slack=False` runs no engine and reads no links (no slack, nothing critical, no links),
    for readers of the stored dates alone (the standing): half of a standing's time.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    with collector_paused():
        return _timeline(session, project, predecessors=predecessors, slack=slack)


def _timeline(session: Session, project: Project, *, predecessors: bool, slack: bool) -> Timeline:
    """Build the Timeline (timeline() minus the collector pause)."""
    rows = read_rows(session, select(*COLUMNS).where(Task.project_id == project.id))
    by_id = {row[0]: row for row in rows}
    ordered = outline_order((row[0], row[1], row[2]) for row in rows)
    parents = {row[1] for row in rows}
    percent = rolled_up_percent([(row[0], row[1], row[3], row[4]) for row in rows])
    day = parse_dates(chain.from_iterable(map(itemgetter(*ROW_DATES), rows)))
    links = read_rows(session, link_rows(project.id)) if predecessors or slack else []
    texts = _predecessor_texts(links, ordered) if predecessors else {}
    saved = _baseline_dates(session, project.id)
    schedule = engine_schedule(session, project, lambda: _plan_of(rows, links)) if slack else None
    slacks = schedule.tasks.slack() if schedule is not None else {}
    # Only a baseline needs working-day arithmetic.
    index = work_calendar(project.calendar).index if saved else None
    tasks: list[TimelineTask] = []
    finish_date: dt.date | None = None
    critical_count = 0
    for task_id, wbs, depth in ordered:
        task = task_row(
            by_id[task_id],
            wbs,
            depth,
            percent[task_id],
            task_id in parents,
            texts.get(task_id, ""),
            saved.get(task_id),
            index,
            day,
            slacks.get(task_id, NO_SLACK),
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
        schedule=schedule,
    )


def _plan_of(rows: Sequence[Sequence[Any]], links: Sequence[Sequence[Any]]) -> StoredPlan:
    """The engine's plan of the Timeline's own rows: a first showing reads the tasks once."""
    # As read_plan orders them (ORDER BY parent_id, position: a NULL parent first).
    ordered = sorted(rows, key=lambda row: (row[1] is not None, row[1] or 0, row[2]))
    return plan_of(list(map(AS_PLANNED, ordered)), map(LINK_AS_PLANNED, links))


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
