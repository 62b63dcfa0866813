"""`cpm-desktop task add|set --db FILE --project CODE`: a project's tasks by their WBS codes."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

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
            parent = None if args.parent is None else task_by_wbs(rows, args.parent).id
            after = None if args.after is None else task_by_wbs(rows, args.after).id
            record = add_task(session, found, args.name, parent_id=parent, duration=args.duration)
            if after is not None:
                add_dependency(session, after, record.id)
            row = next(row for row in task_rows(session, found) if row.id == record.id)
    print(f"Added {row.wbs} {row.name}: {_span(row)}.")
    return EXIT_OK


def task_by_wbs(rows: Sequence[TaskRow], wbs: str) -> TaskRow:
    """The task with WBS code `wbs` ("1.2"), or a UserError saying where the codes are listed."""
    wanted = wbs.strip().rstrip(".")
    found = next((row for row in rows if row.wbs == wanted), None)
    if found is None:
        raise UserError(f"No task {wbs!r} in this project; 'schedule' lists its WBS codes.")
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
