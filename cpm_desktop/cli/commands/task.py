"""`cpm-desktop task add|set --db FILE --project CODE`: a project's tasks by their WBS codes."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id

if TYPE_CHECKING:
    from cpm_desktop.services.portfolio.views import TaskRow


def add(args: argparse.Namespace) -> int:
    """Add a task under `--parent`, linked finish-to-start from `--after`, as one transaction;
    print its WBS code and dates as just scheduled."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.plan.dependencies import add_dependency
    from cpm_desktop.services.plan.tasks import add_task
    from cpm_desktop.services.portfolio.views import task_rows

    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        with workspace.transaction() as session:
            rows = task_rows(session, found)
            parent = (
                None if args.parent is None else task_by_wbs(rows, args.parent, args.project).id
            )
            after = None if args.after is None else task_by_wbs(rows, args.after, args.project).id
            record = add_task(
                session,
                found,
                args.name,
                parent_id=parent,
                duration=args.duration,
                is_milestone=args.duration == 0,
            )
            if after is not None:
                add_dependency(session, after, record.id)
            row = next(row for row in task_rows(session, found) if row.id == record.id)
    print(f"Added {row.wbs} {row.name}: {_span(row)}.")
    return EXIT_OK


def set_fields(args: argparse.Namespace) -> int:
    """Record the task's progress and change its name or duration, as one transaction."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.plan.tasks import edit_task
    from cpm_desktop.services.portfolio.views import task_rows
    from cpm_desktop.services.status_cycle.progress import ProgressEntry, update_progress

    progress = ProgressEntry()
    if args.percent is not None:
        progress["percent_complete"] = args.percent
    if args.actual_start is not None:
        progress["actual_start"] = args.actual_start
    if args.actual_finish is not None:
        progress["actual_finish"] = args.actual_finish
    if args.remaining is not None:
        progress["remaining"] = args.remaining
    fields: dict[str, Any] = {
        field: value
        for field, value in (("name", args.name), ("duration", args.duration))
        if value is not None
    }
    if not progress and not fields:
        raise UserError(
            "task set needs at least one of --percent, --actual-start, --actual-finish, "
            "--remaining, --duration, --name."
        )
    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        with workspace.transaction() as session:
            target = task_by_wbs(task_rows(session, found), args.task, args.project).id
            if fields:
                edit_task(session, target, **fields)
            if progress:
                update_progress(session, found, {target: progress})
            row = next(row for row in task_rows(session, found) if row.id == target)
    print(f"Changed {row.wbs} {row.name}: {row.percent_complete} % complete, {_span(row)}.")
    return EXIT_OK


def task_by_wbs(rows: Sequence[TaskRow], wbs: str, code: str) -> TaskRow:
    """The task with WBS code `wbs` ("1.2") among project `code`'s `rows`, or a UserError
    saying where the codes are listed."""
    wanted = wbs.strip().rstrip(".")
    found = next((row for row in rows if row.wbs == wanted), None)
    if found is None:
        raise UserError(f"No task {wbs!r} in {code.upper()}; 'schedule' lists its WBS codes.")
    return found


def _span(row: TaskRow) -> str:
    """'Mon 2026-09-07 to Fri 2026-09-11, 5 working days' (a milestone: its one day)."""
    if row.start is None or row.finish is None:
        return "not scheduled"
    if row.is_milestone:
        return f"milestone on {_day(row.finish)}"
    days = "1 working day" if row.duration == 1 else f"{row.duration} working days"
    return f"{_day(row.start)} to {_day(row.finish)}, {days}"


def _day(day: dt.date) -> str:
    return day.strftime("%a %Y-%m-%d")
