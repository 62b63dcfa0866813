"""Synthetic Gantt charts and a PDF builder for the Gantt tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables

START = dt.date(2026, 9, 7)
STATUS = dt.date(2026, 11, 20)
PAPERS = {"a4": A4, "letter": LETTER}


def sample_chart(
    count: int = 30,
    *,
    days: int = 240,
    baselines: bool = True,
    status_date: dt.date | None = STATUS,
    title: str = "NHL-WMS · Gantt (full)",
) -> PrintedGantt:
    """`count` rows over `days` days: phases of eight (a summary, six tasks, a milestone).

    Every fifth task is critical; tasks slip two days against a baseline a week earlier.
    """
    rows: list[GanttRow] = []
    step = max(1, days // max(1, count))
    for index in range(count):
        phase, place = divmod(index, 8)
        start = START + dt.timedelta(days=min(days - 1, index * step))
        if place == 0:
            finish = min(START + dt.timedelta(days=days - 1), start + dt.timedelta(days=8 * step))
            rows.append(_row(f"{phase + 1}", f"Phase {phase + 1}", 0, start, finish, summary=True))
            continue
        wbs = f"{phase + 1}.{place}"
        if place == 7:
            rows.append(
                _row(
                    wbs,
                    f"Phase {phase + 1} sign-off",
                    1,
                    start,
                    start,
                    milestone=True,
                    baseline=baselines,
                )
            )
            continue
        finish = start + dt.timedelta(days=max(1, 2 * step))
        rows.append(
            _row(wbs, f"Task {wbs}", 1, start, finish, critical=index % 5 == 0, baseline=baselines)
        )
    return PrintedGantt(tuple(rows), status_date, dt.date(2026, 11, 25), title)


def _row(
    wbs: str,
    name: str,
    level: int,
    start: dt.date,
    finish: dt.date,
    *,
    summary: bool = False,
    milestone: bool = False,
    critical: bool = False,
    baseline: bool = False,
) -> GanttRow:
    """One row; a baseline (when asked) starts a week earlier and is two days shorter."""
    week = dt.timedelta(days=7)
    base_start = start - week if baseline else None
    base_finish = max(start - week, finish - week - dt.timedelta(days=2)) if baseline else None
    done = 100 if finish <= STATUS else 40 if start <= STATUS else 0
    return GanttRow(
        wbs, name, level, summary, milestone, critical, start, finish, base_start, base_finish, done
    )


def build_pdf(chart: PrintedGantt, path: Path, paper: str = "a4") -> Path:
    """Write the chart alone on landscape pages of `paper`, as the pack's frame holds it."""
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(PAPERS[paper]),
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        initialFontName=REGULAR,  # as the pack's template: else the canvas declares Helvetica
    )
    doc.build(gantt_flowables(chart, width=doc.width, height=doc.height))
    return path
