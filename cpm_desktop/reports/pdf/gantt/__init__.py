"""The Gantt chart of the steering-committee pack, as vector drawings split over pages."""

from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables

__all__ = ["PrintedGantt", "GanttRow", "gantt_flowables"]
