"""The schedule of one project as rows: what `cpm-desktop schedule` prints and exports read.

The rows themselves are `schedule_rows.py`'s (no SQLAlchemy), which the read-only commands'
quick path (`quick_schedule.py`) builds the same way from plain columns.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.models import Project
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.plan.schedule_rows import (
    DriverRow,
    ScheduleReport,
    ScheduleRow,
    report_rows,
)
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

__all__ = ["DriverRow", "ScheduleReport", "ScheduleRow", "schedule_report"]


def schedule_report(session: Session, project_id: int) -> ScheduleReport:
    """Reschedule the project (storing any moved dates) and report every task's schedule."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    schedule = reschedule(session, project)
    outline = outline_rows(session, project.id)
    return ScheduleReport(
        code=project.code,
        name=project.name,
        start_date=project.start_date,
        status_date=project.status_date,
        finish=schedule.finish,
        critical_count=schedule.critical_count,
        rows=report_rows(
            [(task.id, wbs, task.name, task.is_milestone) for task, wbs, _ in outline], schedule
        ),
    )
