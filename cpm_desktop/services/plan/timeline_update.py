"""The Timeline after an edit of task values: only the rows the edit changed are built again.

A move on a 10,000-task plan changes a few rows (within the task's slack) or thousands (on the
critical path, where every other task's slack changes too); either way the work here follows
what changed, not the plan's size: rows from the plan the reschedule left in memory, slack
from comparing the engine's run with the one the previous Timeline showed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Project, Task
from cpm_desktop.scheduling import Schedule
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.outline import rolled_up_percent
from cpm_desktop.services.plan.plan_memory import StoredPlan, recalled_plan
from cpm_desktop.services.plan.plan_rows import parse_dates
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.plan.timeline import read_rows
from cpm_desktop.services.plan.timeline_model import Timeline, TimelineTask
from cpm_desktop.services.plan.timeline_rows import (
    COLUMNS,
    NO_SLACK,
    OUTSIDE_PLAN,
    ROW_DATES,
    engine_schedule,
    planned_task,
    task_row,
    with_slack,
)
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

Slack = tuple[int | None, bool]


def timeline_update(
    session: Session,
    previous: Timeline,
    task_ids: Collection[int],
    written: Collection[str] | None = None,
) -> Timeline:
    """Return `previous` with the rows of `task_ids` (and the summaries above them) re-read.

    For an edit that changed only task values: the outline, the links, the baseline and the
    calendar must be as `previous` has them (the caller knows from the edit's change set).
    When the edit wrote no task column (`written`) but what the engine's plan holds, the
    rows come from the plan the reschedule left in memory and nothing is read.
    """
    project = get_or_raise(session, Project, previous.project_id, N_("project"))
    tasks = previous.tasks
    position = previous.places
    if position is None:
        position = {task.id: i for i, task in enumerate(tasks)}
    wanted = [task_id for task_id in task_ids if task_id in position]
    with collector_paused():
        schedule = engine_schedule(session, project)
        plan = _plan(session, project, written)
        rows, weights = _weights(session, project, plan, previous, wanted)
        percent: Mapping[int, int] | None = None
        if _progress_changed(tasks, position, weights):
            # A summary's % complete rolls up from the tasks under it: those above the
            # changed rows are built again too.
            more, more_weights = _weights(
                session, project, plan, previous, _ancestors(tasks, position, weights)
            )
            rows.update(more)
            weights.update(more_weights)
            percent = _rolled_up(tasks, weights)
        day = parse_dates(chain.from_iterable(map(itemgetter(*ROW_DATES), rows.values())))
        has_baseline = any(t.baseline_finish is not None for t in tasks)
        index = work_calendar(project.calendar).index if has_baseline else None
        restyled = _slack_changes(previous, schedule)
        updated = list(tasks)
        for task_id in weights:
            at = position[task_id]
            was = tasks[at]
            slack = restyled.get(task_id, (was.total_slack, was.is_critical))
            if plan is not None:
                done = was.percent_complete if percent is None else percent[task_id]
                updated[at] = planned_task(plan, plan.index[task_id], was, done, index, slack)
                continue
            updated[at] = task_row(
                rows[task_id],
                was.wbs,
                was.depth,
                was.percent_complete if percent is None else percent[task_id],
                was.is_summary,
                was.predecessors,
                (was.baseline_start, was.baseline_finish)
                if was.baseline_start and was.baseline_finish
                else None,
                index,
                day,
                slack,
            )
        # Only a row whose slack changed can have crossed onto or off the critical path.
        flips = 0
        for task_id, slack in restyled.items():
            place = position.get(task_id)
            if place is None:
                continue
            was = tasks[place]
            if slack[1] != was.is_critical and not was.is_summary:
                flips += 1 if slack[1] else -1
            if task_id not in weights:
                updated[place] = with_slack(was, slack)
    # A row whose slack alone changed kept its dates.
    dated = [position[i] for i in weights]
    return replace(
        previous,
        tasks=updated,
        finish_date=_finish_date(previous, updated, dated),
        critical_count=previous.critical_count + flips,
        schedule=schedule,
        places=position,
    )


def _plan(session: Session, project: Project, written: Collection[str] | None) -> StoredPlan | None:
    """The plan the reschedule left in memory, when the edit wrote no column it lacks
    (`written` None: unknown) and the memory vouches for it; else None (rows are read)."""
    if written is None or not OUTSIDE_PLAN.isdisjoint(written):
        return None
    return recalled_plan(session, project.id)


def _weights(
    session: Session,
    project: Project,
    plan: StoredPlan | None,
    previous: Timeline,
    task_ids: Collection[int],
) -> tuple[dict[int, Any], dict[int, tuple[int, int]]]:
    """The rows of `task_ids` read afresh (none when the `plan` in memory gives them), and each
    task's (duration, % complete) as the file now holds them."""
    if plan is not None:
        index, durations, specs = plan.index, plan.duration, plan.specs
        weights = {}
        for task_id in task_ids:
            at = index[task_id]
            weights[task_id] = (durations[at], specs[at].percent_complete)
        return {}, weights
    rows = {row[0]: row for row in _read(session, project, task_ids, len(previous.tasks))}
    return rows, {task_id: (row[3], row[4]) for task_id, row in rows.items()}


def _read(session: Session, project: Project, ids: Collection[int], total: int) -> list[Any]:
    """The rows (timeline_rows.COLUMNS) of the tasks `ids` of the project's `total`."""
    if len(ids) * 4 > total:
        # Past a quarter of the rows (a move near the plan's start), one read of the
        # project's rows is quicker than picking them out.
        wanted = set(ids)
        project_rows = select(*COLUMNS).where(Task.project_id == project.id)
        return [row for row in read_rows(session, project_rows) if row[0] in wanted]
    return [
        row
        for chunk in _chunks(sorted(ids), 500)
        for row in read_rows(session, select(*COLUMNS).where(Task.id.in_(chunk)))
    ]


def _progress_changed(
    tasks: Sequence[TimelineTask],
    position: Mapping[int, int],
    weights: Mapping[int, tuple[int, int]],
) -> bool:
    """Tell whether a work task's duration or % complete differs from what `tasks` show (a
    move changes neither, so no summary's % either)."""
    return any(
        duration != was.duration or done != was.percent_complete
        for task_id, (duration, done) in weights.items()
        if not (was := tasks[position[task_id]]).is_summary
    )


def _ancestors(
    tasks: Sequence[TimelineTask], position: Mapping[int, int], task_ids: Collection[int]
) -> set[int]:
    """The summaries above the tasks `task_ids` that are not among them."""
    found: set[int] = set()
    for task_id in task_ids:
        parent_id = tasks[position[task_id]].parent_id
        while parent_id is not None and parent_id not in task_ids and parent_id not in found:
            found.add(parent_id)
            parent_id = tasks[position[parent_id]].parent_id
    return found


def _rolled_up(
    tasks: Sequence[TimelineTask], weights: Mapping[int, tuple[int, int]]
) -> Mapping[int, int]:
    """Every task's % complete rolled up, from the (duration, % complete) of `weights` and
    what `tasks` show for the others."""
    return rolled_up_percent(
        [
            (t.id, t.parent_id, *weights[t.id])
            if t.id in weights
            else (t.id, t.parent_id, t.duration, t.percent_complete)
            for t in tasks
        ]
    )


def _slack_changes(previous: Timeline, schedule: Schedule | None) -> Mapping[int, Slack]:
    """(total slack, critical) of each task whose slack differs from what `previous` shows:
    the engine's runs compared (a move within its slack changes a few tasks'), or, when
    `previous` showed no run of the same tasks, every row compared."""
    before = previous.schedule
    if schedule is not None and before is not None:
        if schedule is before:
            return {}
        try:
            return schedule.tasks.changed_slack(before.tasks)
        except ValueError:  # not the same tasks in the same order
            pass
    slack: Mapping[int, Slack] = schedule.tasks.slack() if schedule is not None else {}
    return {
        t.id: now
        for t in previous.tasks
        if (now := slack.get(t.id, NO_SLACK)) != (t.total_slack, t.is_critical)
    }


def _finish_date(
    previous: Timeline, tasks: Sequence[TimelineTask], changed: Collection[int]
) -> dt.date | None:
    """The latest finish of `tasks`, of which the rows at `changed` are new: the whole list
    is read again only when a changed row held the previous latest finish and lost it."""
    latest = previous.finish_date
    if any(previous.tasks[at].finish == latest and tasks[at].finish != latest for at in changed):
        finishes = [t.finish for t in tasks if t.finish is not None]
        return max(finishes) if finishes else None
    new = [finish for at in changed if (finish := tasks[at].finish) is not None]
    return max(new, default=latest) if latest is None else max([latest, *new])


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    # Bounded IN lists: every database caps the number of bound parameters.
    for at in range(0, len(items), size):
        yield items[at : at + size]
