"""`cpm-desktop schedule`'s report read through plain sqlite3, when reading is all it takes.

The full path (`schedule_report.py`) opens the file for use and reschedules the project,
storing the dates that moved. When the file lies at rest (`workspace/plain_read.py`) and every
task's stored start and finish, and each summary's duration, are what the engine computes now,
that path writes nothing and reports the engine's schedule: so does this one, from the same
columns, the same engine and the same rows (`plan_columns.py`, `outline_walk.py`,
`schedule_rows.py`), without loading SQLAlchemy. Whenever it cannot vouch for the same answer
it says None, and the caller takes the full path: a project that is not there, a loop or a
schedule past the calendar (the full path's errors), dates to store.

The one reader of the workspace in services/ that is not the ORM; SQLite only by nature (a
server database always takes the full path).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from functools import partial
from itertools import starmap
from pathlib import Path

from cpm_desktop.scheduling import (
    CycleError,
    LinkSpec,
    WorkCalendar,
    schedule_project,
)
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.outline_walk import outline_order
from cpm_desktop.services.plan.plan_columns import TASK_COLUMNS, scheduled_changes, task_columns
from cpm_desktop.services.plan.schedule_rows import ScheduleReport, report_rows
from cpm_desktop.workspace.plain_read import read_steadily


def quick_schedule_report(path: Path, code: str) -> ScheduleReport | None:
    """The schedule report of the project `code` (any case) in the workspace at `path`, read
    without opening it for use; None when the full path must answer (see the module)."""
    try:
        return read_steadily(path, partial(_report, code=code))
    except (ValueError, TypeError):
        # A value the columns' types would not read either (a date that is no date): the
        # full path says what it says about it.
        return None


def _report(connection: sqlite3.Connection, code: str) -> ScheduleReport | None:
    # The project as services/portfolio/views.find_project_id finds it: the same SQL.
    project = connection.execute(_PROJECT, (code.upper(),)).fetchone()
    if project is None:
        return None
    project_id, project_code, name, start_text, status_text, calendar_id = project
    start, status_date = dt.date.fromisoformat(start_text), _date(status_text)
    tasks = connection.execute(_TASKS, (project_id,)).fetchall()
    specs, stored = task_columns([row[:-1] for row in tasks])
    links = list(starmap(LinkSpec, connection.execute(_LINKS, (project_id,))))
    calendar = _calendar(connection, calendar_id)
    try:
        with collector_paused():
            schedule = schedule_project(specs, links, calendar, start, status_date)
    except (CycleError, OverflowError):
        return None
    if scheduled_changes(stored, schedule.tasks.dates(), {spec.parent_id for spec in specs}):
        return None
    outline = outline_order((row[0], row[2], row[-1]) for row in tasks)
    described = {spec.id: (spec.name, spec.is_milestone) for spec in specs}
    return ScheduleReport(
        code=project_code,
        name=name,
        start_date=start,
        status_date=status_date,
        finish=schedule.finish,
        critical_count=schedule.critical_count,
        rows=report_rows(
            [(task_id, wbs, *described[task_id]) for task_id, wbs, _ in outline], schedule
        ),
    )


def _calendar(connection: sqlite3.Connection, calendar_id: int) -> WorkCalendar:
    """The project's calendar as services/plan/schedule.work_calendar adapts it."""
    (weekdays,) = connection.execute(_CALENDAR, (calendar_id,)).fetchone()
    exceptions = connection.execute(_HOLIDAYS, (calendar_id,)).fetchall()
    return WorkCalendar(
        frozenset(day for day in range(7) if weekdays >> day & 1),
        frozenset(dt.date.fromisoformat(day) for day, worked in exceptions if not worked),
        frozenset(dt.date.fromisoformat(day) for day, worked in exceptions if worked),
    )


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


_PROJECT = (
    "SELECT id, code, name, start_date, status_date, calendar_id FROM project WHERE upper(code) = ?"
)
# In the order plan_memory.read_plan gives the engine its tasks; the position last.
_TASKS = (
    f"SELECT {', '.join(TASK_COLUMNS)}, position FROM task WHERE project_id = ? "
    "ORDER BY parent_id, position"
)
_LINKS = "SELECT predecessor_id, successor_id, type, lag FROM dependency WHERE project_id = ?"
_CALENDAR = "SELECT working_weekdays FROM calendar WHERE id = ?"
_HOLIDAYS = "SELECT day, is_working FROM holiday WHERE calendar_id = ?"
