"""The head of a page: title, name-column heading, the two-tier timescale and its gridlines."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.gantt.batch import add_line, outlines
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.look import (
    GRID,
    MUTED,
    NAME_SIZE,
    RULE,
    SCALE_SIZE,
    SHADE,
    SMALL_SIZE,
    TEXT,
    TITLE_SIZE,
)
from cpm_desktop.reports.pdf.gantt.pages import TIER_HEIGHT, Page
from cpm_desktop.reports.pdf.gantt.scale import Tiers, Unit, cells, labels, rules_lower_cells
from cpm_desktop.reports.pdf.gantt.texts import TextRun
from cpm_desktop.reports.pdf.text import one_line
from cpm_desktop.texts import N_, _

NAME_HEADING = N_("Task")
WBS_HEADING = N_("WBS")
_PAD = 1.5  # air between a timescale label and its cell's edges


def title(sheet: Sheet, text: str, page: Page, total_rows: int) -> Group:
    """The chart's title on the left, where this page sits in the whole on the right."""
    where = _("Page {number} of {total}").format(number=page.number, total=page.count)
    if page.rows:
        rows = _("rows {first}–{last} of {total}").format(
            first=page.first_index + 1, last=page.first_index + len(page.rows), total=total_rows
        )
        where = f"{where} · {rows}"
    y = sheet.height - TITLE_SIZE - 2
    room = sheet.width - stringWidth(where, REGULAR, SMALL_SIZE) - 12
    return Group(
        String(
            0,
            y,
            one_line(text, BOLD, TITLE_SIZE, room),
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            fillColor=TEXT,
        ),
        String(
            sheet.width,
            y,
            where,
            fontName=REGULAR,
            fontSize=SMALL_SIZE,
            fillColor=MUTED,
            textAnchor="end",
        ),
    )


def timescale(sheet: Sheet, tiers: Tiers) -> Group:
    """The shaded two-tier timescale over the chart, with the name column's headings."""
    top, middle, bottom = sheet.scale_top, sheet.scale_top - TIER_HEIGHT, sheet.rows_top
    group = Group(
        Rect(0, bottom, sheet.width, top - bottom, fillColor=SHADE, strokeColor=None),
        Line(0, top, sheet.width, top, strokeColor=RULE, strokeWidth=0.6),
        Line(sheet.chart_left, middle, sheet.width, middle, strokeColor=RULE, strokeWidth=0.6),
        Line(0, bottom, sheet.width, bottom, strokeColor=RULE, strokeWidth=0.8),
    )
    text_y = bottom + TIER_HEIGHT - NAME_SIZE * 0.35  # centred on the two tiers
    texts = TextRun()
    texts.add(_text(3.0, text_y, _(WBS_HEADING), BOLD, NAME_SIZE, "start"))
    texts.add(_text(sheet.wbs_width, text_y, _(NAME_HEADING), BOLD, NAME_SIZE, "start"))
    _tier(group, texts, sheet, tiers.upper, middle, upper=True)
    _tier(group, texts, sheet, tiers.lower, bottom, upper=False)
    group.add(texts)  # over the tiers' dividers, as each label over its cell's
    return group


def gridlines(sheet: Sheet, tiers: Tiers) -> Group:
    """Light vertical lines through the rows at each lower cell, firmer at each upper cell.

    Each kind is one path; the lower cells of a squeezed scale are left unruled.
    """
    group = Group()
    kinds = [(tiers.lower, GRID, 0.5), (tiers.upper, RULE, 0.6)]
    if not rules_lower_cells(tiers, sheet.points_per_day):
        del kinds[0]
    for unit, colour, width in kinds:
        lines = outlines(stroke=colour, width=width)
        for start, _end in cells(unit, *sheet.window):
            x = sheet.x_of(start)
            if sheet.chart_left < x < sheet.width:
                add_line(lines, x, sheet.rows_top, x, sheet.rows_bottom)
        if lines.points:
            group.add(lines)
    return group


def _tier(
    group: Group, texts: TextRun, sheet: Sheet, unit: Unit, base: float, *, upper: bool
) -> None:
    """Divide one tier into cells, labelled alike: the longest form every whole cell fits."""
    font = BOLD if upper else REGULAR
    parts = []
    dividers = outlines(stroke=RULE, width=0.6)
    for start, end in cells(unit, *sheet.window):
        left, right = sheet.clip(sheet.x_of(start)), sheet.clip(sheet.x_of(end))
        if left > sheet.chart_left:
            add_line(dividers, left, base, left, base + TIER_HEIGHT)
        forms = labels(unit, start, upper)
        room = right - left - 2 * _PAD
        fits = [i for i, label in enumerate(forms) if stringWidth(label, font, SCALE_SIZE) <= room]
        whole = sheet.x_of(start) >= sheet.chart_left and sheet.x_of(end) <= sheet.width
        parts.append((left, right, forms, fits[0] if fits else len(forms), whole))
    # "Oct 2026" beside "September 2026" reads as a mistake: whole cells share one form,
    # and only the cut cells at the page's edges fall back to shorter ones on their own.
    common = max((first for *_cell, first, whole in parts if whole), default=0)
    if dividers.points:
        group.add(dividers)
    y = base + (TIER_HEIGHT - SCALE_SIZE) / 2 + 1
    for left, right, forms, first, _whole in parts:
        index = max(common, first)
        if index < len(forms):
            texts.add(_text((left + right) / 2, y, forms[index], font, SCALE_SIZE, "middle"))


def _text(x: float, y: float, text: str, font: str, size: float, anchor: str) -> String:
    """A label in the chart's text colour."""
    return String(x, y, text, fontName=font, fontSize=size, fillColor=TEXT, textAnchor=anchor)
