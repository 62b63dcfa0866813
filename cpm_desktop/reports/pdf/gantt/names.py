"""The name column and the row bands: WBS and name, indented by level, cut to one line."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Group, Line, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.gantt.batch import add_rect, shapes_of
from cpm_desktop.reports.pdf.gantt.content import GanttRow
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.header import WBS_HEADING
from cpm_desktop.reports.pdf.gantt.look import BAND, MUTED, NAME_SIZE, RULE, TEXT
from cpm_desktop.reports.pdf.gantt.pages import ROW_HEIGHT
from cpm_desktop.reports.pdf.gantt.texts import TextRun
from cpm_desktop.reports.pdf.text import one_line
from cpm_desktop.texts import _

INDENT = 8.0  # points per outline level
MAX_INDENT_LEVELS = 6  # deeper levels stop indenting, so names keep their room
_PAD = 3.0  # air left of the WBS and before the chart


def name_column_width(width: float) -> float:
    """Return the name column's width for a frame `width` wide: about a quarter, within bounds."""
    return min(max(0.28 * width, 150.0), 250.0)


def wbs_column_width(rows: Sequence[GanttRow], name_width: float) -> float:
    """Return the WBS column's width: the longest code, at most a third of the name column."""
    room = name_width / 3
    # A code longer than this (a deep outline) would not fit anyway; no glyph is under 0.2 em.
    most = int(room / (0.2 * NAME_SIZE)) + 1
    widest = max((float(stringWidth(row.wbs[:most], BOLD, NAME_SIZE)) for row in rows), default=0.0)
    heading = float(stringWidth(_(WBS_HEADING), BOLD, NAME_SIZE))
    return min(max(widest, heading) + 2 * _PAD + 2, room)


def name_cell(row: GanttRow, sheet: Sheet) -> tuple[float, str, str]:
    """Return (x, text, font) of a row's name: indented, elided to end before the chart."""
    font = BOLD if row.is_summary else REGULAR
    depth = min(max(0, row.level - sheet.base_level), MAX_INDENT_LEVELS)
    x = sheet.wbs_width + depth * INDENT
    return x, one_line(row.name, font, NAME_SIZE, sheet.name_width - _PAD - x), font


def wbs_cell(row: GanttRow, sheet: Sheet) -> str:
    """Return the row's WBS code, elided to its column."""
    return one_line(row.wbs, REGULAR, NAME_SIZE, sheet.wbs_width - 2 * _PAD)


def row_bands(sheet: Sheet) -> Group:
    """Shade every other row across the page, so an eye can follow a row to its bar."""
    bands = shapes_of(BAND)
    for index in range(1, sheet.rows, 2):
        add_rect(bands, 0, sheet.row_top(index) - ROW_HEIGHT, sheet.width, ROW_HEIGHT)
    return Group(bands) if bands.points else Group()


def names(rows: Sequence[GanttRow], sheet: Sheet) -> Group:
    """Write each row's WBS and name, and rule the column off from the chart."""
    texts = TextRun()
    for index, row in enumerate(rows):
        y = sheet.row_top(index) - ROW_HEIGHT / 2 - NAME_SIZE * 0.35
        texts.add(
            String(
                _PAD, y, wbs_cell(row, sheet), fontName=REGULAR, fontSize=NAME_SIZE, fillColor=MUTED
            )
        )
        x, text, font = name_cell(row, sheet)
        texts.add(String(x, y, text, fontName=font, fontSize=NAME_SIZE, fillColor=TEXT))
    group = Group(texts)
    left = sheet.chart_left
    group.add(
        Line(left, sheet.rows_top, left, sheet.rows_bottom, strokeColor=RULE, strokeWidth=0.8)
    )
    group.add(
        Line(
            0, sheet.rows_bottom, sheet.width, sheet.rows_bottom, strokeColor=RULE, strokeWidth=0.8
        )
    )
    return group
