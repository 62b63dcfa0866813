"""How every sheet prints: A4 landscape, one page wide, header row repeated, numbered pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports import palette

# Excel refuses headers and footers longer than 255 characters in all (codes included).
SECTION_LIMIT = 80
FOOTER_SIZE = 8


@dataclass(frozen=True, slots=True)
class PrintText:
    """What the page header and footer say: the project and the export date."""

    project: str  # "NHL-WMS · Warehouse management system"
    exported: str  # "Exported 22 Nov 2026"


def set_up_printing(sheet: Worksheet, text: PrintText, *, title_rows: str | None) -> None:
    """A4 landscape fitted to one page wide, `title_rows` ("3:3") on every page, page x of y."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top, margins.bottom = 0.55, 0.6
    margins.header, margins.footer = 0.25, 0.3
    if title_rows:
        sheet.print_title_rows = title_rows
    footer = sheet.oddFooter
    _section(footer.left, text.project)
    _section(footer.center, "Page &P of &N", escaped=True)
    _section(footer.right, text.exported)


def _section(part: Any, value: str, *, escaped: bool = False) -> None:
    """Fill one part of a header or footer in the small muted font."""
    if not escaped:
        value = _escape(value)
    part.text = value
    part.size = FOOTER_SIZE
    part.color = palette.MUTED.lstrip("#").upper()


def _escape(value: str) -> str:
    """Text as a header section shows it: '&' starts a code there, so it is doubled."""
    value = " ".join(value.split())
    if len(value) > SECTION_LIMIT:
        value = value[: SECTION_LIMIT - 1] + "…"
    return value.replace("&", "&&")
