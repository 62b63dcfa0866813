"""The plain rows a printed Gantt chart is drawn from (the services fill them in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GanttRow:
    """One task line of the chart; `finish` is the last working day, as on screen."""

    wbs: str
    name: str
    level: int
    is_summary: bool
    is_milestone: bool
    is_critical: bool
    start: dt.date | None
    finish: dt.date | None
    baseline_start: dt.date | None
    baseline_finish: dt.date | None
    percent_complete: int


@dataclass(frozen=True, slots=True)
class PrintedGantt:
    """Rows in outline order, already filtered to the detail wanted, and the chart's dates."""

    rows: tuple[GanttRow, ...]
    status_date: dt.date | None
    today: dt.date
    title: str  # e.g. "NHL-WMS · Gantt (summary)"


def dated(row: GanttRow) -> bool:
    """Tell whether the row has a bar to draw."""
    return row.start is not None and row.finish is not None


def has_baseline(row: GanttRow) -> bool:
    """Tell whether the row has a baseline bar to draw."""
    return row.baseline_start is not None and row.baseline_finish is not None
