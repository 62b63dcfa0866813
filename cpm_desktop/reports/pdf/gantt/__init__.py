"""The Gantt chart of the steering-committee pack, as vector drawings split over pages:
`content.py` (PrintedGantt, GanttRow: what is printed, no reportlab) and `story.py`
(`gantt_flowables`: the drawings)."""
