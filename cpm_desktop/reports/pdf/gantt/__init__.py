"""The Gantt chart of the steering-committee pack, as vector drawings split over pages."""

from cpm_desktop.reports.pdf.gantt.content import GanttChart, GanttRow
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables

__all__ = ["GanttChart", "GanttRow", "gantt_flowables"]
