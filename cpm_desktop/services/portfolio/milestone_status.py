"""How a milestone stands, in the same words on screen, in the workbook and in the pack."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.services.plan.timeline import TimelineTask

LATE_AFTER_DAYS = 5  # working days behind the baseline before "At risk" becomes "Late"
MILESTONE_STATUSES = ("Achieved", "Overdue", "Late", "At risk", "On track")


def milestone_status(task: TimelineTask, status_date: dt.date | None) -> str:
    """Achieved; Overdue (due by the status date, not reached); Late (more than LATE_AFTER_DAYS
    working days behind its baseline); At risk (behind it, less); On track."""
    if task.actual_finish is not None or task.percent_complete >= 100:
        return "Achieved"
    if status_date is not None and task.finish is not None and task.finish <= status_date:
        return "Overdue"
    behind = task.finish_variance or 0
    if behind > LATE_AFTER_DAYS:
        return "Late"
    return "At risk" if behind > 0 else "On track"
