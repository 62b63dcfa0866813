"""Pure scheduling: working calendars and the critical path method. Imports nothing of the app."""

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.cpm import schedule_project
from cpm_desktop.scheduling.model import (
    CycleError,
    Driver,
    DriverKind,
    LinkSpec,
    Schedule,
    ScheduledTask,
    TaskSpec,
)
from cpm_desktop.scheduling.order import topological_order

__all__ = [
    "CycleError",
    "Driver",
    "DriverKind",
    "LinkSpec",
    "Schedule",
    "ScheduledTask",
    "TaskSpec",
    "WorkCalendar",
    "schedule_project",
    "topological_order",
]
