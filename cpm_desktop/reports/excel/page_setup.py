"""How every sheet prints: the paper, a readable scale, repeated titles, header and footer.

A sheet that fits a portrait page prints portrait; a wider one landscape, fitted to one page
wide only while its smallest text stays readable (print_layout.py), else over pages across
with column breaks and its leading columns repeated. Headers and footers print at 8 points
or more too.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.domain import PaperSize
from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.print_fonts import smallest_font
from cpm_desktop.reports.excel.print_layout import (
    ColumnPlan,
    PrintLayout,
    column_widths,
    plan_layout,
)
from cpm_desktop.texts import _

# Excel refuses headers and footers longer than 255 characters in all (codes included).
SECTION_LIMIT = 80
FOOTER_SIZE = 8
# Paper: its short and long side in points, and its number in the file.
PAPER = {PaperSize.A4: (595.28, 841.89, 9), PaperSize.LETTER: (612.0, 792.0, 1)}
SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN = 0.4, 0.55, 0.6  # inches
HEADER_MARGIN, FOOTER_MARGIN = 0.25, 0.3
LAST_ROW = 1_048_576  # a column break runs down the whole sheet


@dataclass(frozen=True, slots=True)
class PrintText:
    """What the page header and footer say, and the paper the workbook prints on."""

    project: str  # "NHL-WMS · Warehouse management system"
    exported: str  # "Exported 22 Nov 2026"
    paper: PaperSize = PaperSize.A4
    audience: str | None = None  # the footer's left: who the pages are for; None leaves it blank


def set_up_printing(
    sheet: Worksheet,
    text: PrintText,
    *,
    title_rows: str | None,
    title_columns: int = 0,
    page_starts: Collection[int] | None = None,
    sections: Collection[int] = (),
) -> PrintLayout:
    """Paper, orientation, scale and column breaks, `title_rows` ("3:3") on every page, texts.

    Call it once the sheet is written: the layout follows its column widths and its smallest
    text. `title_columns` leading columns repeat on each page when the sheet runs over pages
    across; `page_starts` are the columns a page may begin at (None: any) and `sections` the
    columns that always begin one (the Gantt after the task table).
    """
    hidden = {
        column_index_from_string(letter)
        for letter, dimension in sheet.column_dimensions.items()
        if dimension.hidden
    }
    last = sheet.max_column
    widths = column_widths([_width(sheet, number) for number in range(1, last + 1)], hidden)
    columns = ColumnPlan(
        widths,
        title_columns=title_columns,
        page_starts=None if page_starts is None else frozenset(page_starts),
        sections=frozenset(sections),
    )
    font = smallest_font(sheet, last, hidden)
    short, long, number = PAPER[text.paper]
    portrait = sum(widths) <= _room(short)  # narrow enough to print upright at full size
    layout = plan_layout(columns, _room(short if portrait else long), font)
    setup = sheet.page_setup
    setup.paperSize = number
    setup.orientation = "portrait" if portrait else "landscape"
    _apply(sheet, layout)
    margins = sheet.page_margins
    margins.left = margins.right = SIDE_MARGIN
    margins.top, margins.bottom = TOP_MARGIN, BOTTOM_MARGIN
    margins.header, margins.footer = HEADER_MARGIN, FOOTER_MARGIN
    if title_rows:
        sheet.print_title_rows = title_rows
    size = math.ceil(FOOTER_SIZE * 100 / layout.scale)
    set_header(sheet, text, size=size)
    set_footer(sheet, text, text.audience, size=size)
    return layout


def set_header(sheet: Worksheet, text: PrintText, *, size: int = FOOTER_SIZE) -> None:
    """The page header: the project on the left, the sheet's name on the right."""
    header = sheet.oddHeader
    _section(header.left, text.project, size)
    _section(header.right, sheet.title, size)


def set_footer(
    sheet: Worksheet, text: PrintText, audience: str | None = None, *, size: int = FOOTER_SIZE
) -> None:
    """The page footer: `audience` (none: blank) on the left, "Page x of y", the export date.

    `size` is the font size before the sheet's scale: LibreOffice shrinks headers and footers
    with the sheet whatever the file asks, so a sheet printed small gets larger ones.
    """
    footer = sheet.oddFooter
    if audience:
        _section(footer.left, audience, size)
    # The codes &P and &N stand in the translation as they do here; '&' of the words doubled.
    page = _("Page {page} of {pages}").replace("&", "&&").format(page="&P", pages="&N")
    _section(footer.center, page, size, escaped=True)
    _section(footer.right, text.exported, size)


def _apply(sheet: Worksheet, layout: PrintLayout) -> None:
    """Fit to width, or the scale, the column breaks and the repeated columns."""
    setup = sheet.page_setup
    sheet.sheet_properties.pageSetUpPr.fitToPage = layout.fit_to_width
    setup.fitToWidth = 1 if layout.fit_to_width else 0
    setup.fitToHeight = 0  # as many pages down as the rows need
    if not layout.fit_to_width:
        setup.scale = layout.scale
    for column in layout.breaks:
        # A break's id is the number of columns before it.
        sheet.col_breaks.append(Break(id=column - 1, max=LAST_ROW - 1, man=True))
    if layout.title_columns:
        sheet.print_title_cols = f"A:{get_column_letter(layout.title_columns)}"


def _room(paper_width: float) -> float:
    """The printable width in points between the side margins."""
    return paper_width - 2 * SIDE_MARGIN * 72


def _width(sheet: Worksheet, number: int) -> float | None:
    dimension = sheet.column_dimensions.get(get_column_letter(number))
    return dimension.width if dimension is not None and dimension.customWidth else None


def _section(part: Any, value: str, size: int, *, escaped: bool = False) -> None:
    """Fill one part of a header or footer in the small muted font."""
    if not escaped:
        value = _escape(value)
    part.text = value
    part.size = size
    part.color = palette.MUTED.lstrip("#").upper()


def _escape(value: str) -> str:
    """Text as a header section shows it: '&' starts a code there, so it is doubled."""
    value = " ".join(value.split())
    if len(value) > SECTION_LIMIT:
        value = value[: SECTION_LIMIT - 1] + "…"
    return value.replace("&", "&&")
