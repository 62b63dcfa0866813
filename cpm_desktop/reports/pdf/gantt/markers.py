"""The status-date and today lines down the chart, each named by a tag under the rows."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Group, Line, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import BOLD
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.look import SMALL_SIZE, STATUS_DATE, TODAY
from cpm_desktop.reports.pdf.gantt.scale import short_date
from cpm_desktop.texts import _

STATUS_DASH = [3, 2]


def day_text(day: dt.date) -> str:
    """Return a date as printed on the chart: 12 Mar 2026, 12. März 2026."""
    return short_date(day)


def status_date_tag(day: dt.date) -> str:
    """The status-date line's name: 'Status date 12 Mar 2026'."""
    return _("Status date {date}").format(date=day_text(day))


def today_tag(day: dt.date) -> str:
    """Today's line's name: 'Today 12 Mar 2026'."""
    return _("Today {date}").format(date=day_text(day))


def date_lines(sheet: Sheet, status_date: dt.date | None, today: dt.date) -> Group:
    """Draw the status-date line (end of that day, dashed) and today's (mid-day, solid).

    Today is left out when it is the status date, and its tag when the two would collide.
    """
    group = Group()
    taken: tuple[float, float] | None = None
    if status_date is not None:
        x = sheet.x_of(status_date, 1.0)
        if sheet.shows(x):
            _line(group, sheet, x, STATUS_DATE, STATUS_DASH, 1.0)
            taken = _tag(group, sheet, x, status_date_tag(status_date), STATUS_DATE)
    if today != status_date:
        x = sheet.x_of(today, 0.5)
        if sheet.shows(x):
            _line(group, sheet, x, TODAY, None, 0.8)
            _tag(group, sheet, x, today_tag(today), TODAY, avoid=taken)
    return group


def _line(
    group: Group, sheet: Sheet, x: float, colour: Color, dash: list[int] | None, width: float
) -> None:
    """A vertical line through the rows, from the timescale's foot to the last row."""
    group.add(
        Line(
            x,
            sheet.rows_top,
            x,
            sheet.rows_bottom - 2,
            strokeColor=colour,
            strokeWidth=width,
            strokeDashArray=dash,
        )
    )


def _tag(
    group: Group,
    sheet: Sheet,
    x: float,
    text: str,
    colour: Color,
    avoid: tuple[float, float] | None = None,
) -> tuple[float, float] | None:
    """Write `text` under the rows next to the line at `x`; return the span it takes."""
    width = stringWidth(text, BOLD, SMALL_SIZE)
    # Right of the line when it fits on the page, else to its left.
    left = x + 2 if x + 2 + width <= sheet.width else x - 2 - width
    if avoid is not None and left < avoid[1] + 4 and avoid[0] < left + width + 4:
        return None
    y = sheet.rows_bottom - 2 - SMALL_SIZE
    group.add(String(left, y, text, fontName=BOLD, fontSize=SMALL_SIZE, fillColor=colour))
    return left, left + width
