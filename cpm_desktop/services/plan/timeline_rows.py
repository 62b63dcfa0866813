"""A Timeline row from the columns read, or from the plan the reschedule left in memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy.orm import Session

from cpm_desktop.errors import DependencyCycleError, ValidationError
from cpm_desktop.models import Project, Task
from cpm_desktop.scheduling import Schedule
from cpm_desktop.services.plan.plan_columns import TASK_COLUMNS
from cpm_desktop.services.plan.plan_memory import StoredPlan
from cpm_desktop.services.plan.plan_rows import as_text
from cpm_desktop.services.plan.schedule import compute_schedule
from cpm_desktop.services.plan.timeline_model import TimelineTask

# Everything a Timeline row shows, read as plain columns (enums as their stored text, dates as
# the driver returns them: see schedule.as_text).
SHOWN = (
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
    "leveling_delay",  # not shown: with the rest, all the engine reads (AS_PLANNED)
)
_DATES = {"start", "finish", "constraint_date", "actual_start", "actual_finish"}
_AS_TEXT = _DATES | {"constraint_type"}
COLUMNS = tuple(
    as_text(getattr(Task, name)) if name in _AS_TEXT else getattr(Task, name) for name in SHOWN
)
ROW_DATES = tuple(i for i, name in enumerate(SHOWN) if name in _DATES)
# A row's columns in plan_columns.TASK_COLUMNS order, and a link row's as the engine's LinkSpec.
AS_PLANNED = itemgetter(*map(SHOWN.index, TASK_COLUMNS))
LINK_AS_PLANNED = itemgetter(1, 2, 3, 4)
# What a row shows that the engine's plan does not hold: an edit that wrote none of these
# leaves every row as the plan in memory (after the reschedule) has it.
OUTSIDE_PLAN = frozenset(SHOWN) - frozenset(TASK_COLUMNS)


def engine_schedule(
    session: Session, project: Project, read: Callable[[], StoredPlan] | None = None
) -> Schedule | None:
    """The engine's run of the project, for the slack (never stored: every task's changes
    with a move on the critical path), the plan built by `read` from rows read anyway when no
    reschedule left it in memory. None when the plan cannot be scheduled (the stored dates
    are still shown)."""
    try:
        return compute_schedule(session, project, read)
    except (DependencyCycleError, ValidationError):
        return None


NO_SLACK: tuple[int | None, bool] = (None, False)


def task_row(
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
    """One Timeline row from its plain columns (COLUMNS), what the outline adds and the
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


def planned_task(
    plan: StoredPlan,
    at: int,
    shown: TimelineTask,
    percent: int,
    index: Callable[[dt.date], int] | None,
    slack: tuple[int | None, bool],
) -> TimelineTask:
    """The row of the plan's task at `at`, built straight from the plan (no columns to
    convert); what the plan does not hold (OUTSIDE_PLAN) and the outline as `shown` has
    them, `percent` rolled up, the engine's (total slack, critical)."""
    spec = plan.specs[at]
    start, finish = plan.start[at], plan.finish[at]
    variance = None
    baseline = shown.baseline_finish if shown.baseline_start else None
    if index is not None and baseline and start is not None and finish is not None:
        variance = index(finish) - index(baseline)  # working days, as task_variances counts
    return TimelineTask(
        spec.id,
        spec.parent_id,
        shown.wbs,
        shown.depth,
        spec.name,
        plan.duration[at],
        start,
        finish,
        percent,
        shown.is_summary,
        spec.is_milestone,
        shown.owner,
        shown.predecessors,
        *slack,
        spec.constraint,
        spec.constraint_date,
        spec.actual_start,
        spec.actual_finish,
        shown.baseline_start,
        shown.baseline_finish,
        variance,
    )


def with_slack(task: TimelineTask, slack: tuple[int | None, bool]) -> TimelineTask:
    """A copy of `task` with new slack (every task's, after a move on the critical path:
    copied by position, dataclasses.replace costs several times as much)."""
    values = list(_task_values(task))
    values[_SLACK], values[_CRITICAL] = slack
    return TimelineTask(*values)


_FIELDS = tuple(field.name for field in fields(TimelineTask))
_task_values = attrgetter(*_FIELDS)
_SLACK, _CRITICAL = _FIELDS.index("total_slack"), _FIELDS.index("is_critical")
