"""The key at each page's foot: what each colour and shape of the chart means."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.graphics.shapes import Group, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.look import (
    BAR,
    BASELINE,
    CRITICAL_BAR,
    CRITICAL_PROGRESS,
    MILESTONE,
    MUTED,
    PROGRESS,
    SMALL_SIZE,
    STATUS_DATE,
    SUMMARY,
    TEXT,
    TODAY,
)
from cpm_desktop.reports.pdf.gantt.markers import STATUS_DASH, status_date_tag, today_tag
from cpm_desktop.reports.pdf.gantt.texts import TextRun
from cpm_desktop.reports.pdf.text import one_line
from cpm_desktop.texts import _

SWATCH = 14.0  # a swatch's width
_GAP = 12.0  # between one entry and the next
_Y = 4.0  # the key's text baseline, from the drawing's foot

Swatch = Callable[[float], list[object]]  # shapes of a swatch starting at x


def _bar(fill: object, stroke: object) -> Swatch:
    return lambda x: [
        Rect(x, _Y - 0.5, SWATCH, 5.5, fillColor=fill, strokeColor=stroke, strokeWidth=0.5)
    ]


def _progress(x: float) -> list[object]:
    return [
        Rect(x, _Y - 0.5, SWATCH, 5.5, fillColor=BAR, strokeColor=PROGRESS, strokeWidth=0.5),
        Rect(x, _Y - 0.5, SWATCH * 0.6, 5.5, fillColor=PROGRESS, strokeColor=None),
    ]


def _baseline(x: float) -> list[object]:
    return [Rect(x, _Y + 1, SWATCH, 2.0, fillColor=BASELINE, strokeColor=None)]


def _summary(x: float) -> list[object]:
    top, bottom, tip = _Y + 5, _Y + 2.2, 2.5
    points = [
        x,
        top,
        x + SWATCH,
        top,
        x + SWATCH,
        bottom - tip,
        x + SWATCH - tip,
        bottom,
        x + tip,
        bottom,
        x,
        bottom - tip,
    ]
    return [Polygon(points, fillColor=SUMMARY, strokeColor=None)]


def _milestone(x: float) -> list[object]:
    c, y, h = x + SWATCH / 2, _Y + 2.3, 3.8
    return [
        Polygon([c, y + h, c + h, y, c, y - h, c - h, y], fillColor=MILESTONE, strokeColor=None)
    ]


def _line(colour: object, dash: list[int] | None) -> Swatch:
    return lambda x: [
        Line(
            x + SWATCH / 2,
            _Y - 2,
            x + SWATCH / 2,
            _Y + 7,
            strokeColor=colour,
            strokeWidth=1.0,
            strokeDashArray=dash,
        )
    ]


def legend(
    *,
    status_date: dt.date | None,
    today: dt.date | None,
    baseline: bool,
    note: str = "",
    width: float = 0.0,
) -> Group:
    """Lay the key out along one line; entries for absent lines and baselines are left out.

    The lines' entries carry their dates, as a line's own tag gives way when two collide;
    `note` ends the line at `width`.
    """
    entries: list[tuple[str, Swatch]] = [
        (_("Task"), _bar(BAR, PROGRESS)),
        (_("Critical task"), _bar(CRITICAL_BAR, CRITICAL_PROGRESS)),
        (_("Progress"), _progress),
        (_("Summary"), _summary),
        (_("Milestone"), _milestone),
    ]
    if baseline:
        entries.append((_("Baseline"), _baseline))
    if status_date is not None:
        entries.append((status_date_tag(status_date), _line(STATUS_DATE, STATUS_DASH)))
    if today is not None:
        entries.append((today_tag(today), _line(TODAY, None)))
    group = Group()
    texts = TextRun()
    x = 0.0
    for label, swatch in entries:
        for shape in swatch(x):
            group.add(shape)
        texts.add(
            String(x + SWATCH + 3, _Y, label, fontName=REGULAR, fontSize=SMALL_SIZE, fillColor=TEXT)
        )
        x += SWATCH + 3 + stringWidth(label, REGULAR, SMALL_SIZE) + _GAP
    if note:
        # Right-aligned at the line's end; cut short rather than run off the page.
        note = one_line(note, REGULAR, SMALL_SIZE, width - x)
        left = max(x, width - stringWidth(note, REGULAR, SMALL_SIZE))
        texts.add(String(left, _Y, note, fontName=REGULAR, fontSize=SMALL_SIZE, fillColor=MUTED))
    group.add(texts)  # beside the swatches, never over one
    return group
