"""Pure scheduling: working calendars and the critical path method. Imports nothing of the app."""

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.cpm import schedule_project
from cpm_desktop.scheduling.earned_value import (
    CurvePoint,
    EarnedValue,
    EvTask,
    planned_value,
    project_earned_value,
    s_curve,
    task_earned_value,
)
from cpm_desktop.scheduling.model import (
    CycleError,
    Driver,
    DriverKind,
    LinkSpec,
    Schedule,
    ScheduledTask,
    TaskDates,
    TaskResults,
    TaskSpec,
)

__all__ = [
    "CurvePoint",
    "CycleError",
    "Driver",
    "DriverKind",
    "EarnedValue",
    "EvTask",
    "LinkSpec",
    "Schedule",
    "ScheduledTask",
    "TaskDates",
    "TaskResults",
    "TaskSpec",
    "WorkCalendar",
    "planned_value",
    "project_earned_value",
    "s_curve",
    "schedule_project",
    "task_earned_value",
]
