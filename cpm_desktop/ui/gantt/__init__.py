"""The Gantt chart drawn beside the task table: bars, links, timescale, drag to edit."""

from cpm_desktop.ui.gantt.chart import GanttChart
from cpm_desktop.ui.gantt.timescale import ZOOM_LEVELS, ZoomLevel

__all__ = ["ZOOM_LEVELS", "GanttChart", "ZoomLevel"]
