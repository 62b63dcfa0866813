"""What every sheet writer shares: the styles, the print texts and the two title rows."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.page_setup import PrintText
from cpm_desktop.reports.excel.styles import CellStyles

TITLE_HEIGHT = 24  # points: row 1 holds the 15-point title


@dataclass(frozen=True, slots=True)
class SheetContext:
    """The workbook-wide facts a sheet writer needs."""

    styles: CellStyles
    print_text: PrintText
    subtitle: str  # row 2: project, status date
    currency: str


def write_titles(
    cells: SheetCells, context: SheetContext, title: str, subtitle: str | None = None
) -> None:
    """Row 1 the sheet's title, row 2 the project and its status date (or `subtitle`)."""
    cells.text(1, 1, title, context.styles["title"])
    cells.text(2, 1, context.subtitle if subtitle is None else subtitle, context.styles["subtitle"])
    cells.sheet.row_dimensions[1].height = TITLE_HEIGHT


def set_widths(sheet: Worksheet, widths: list[float], *, first: int = 1) -> None:
    """Column widths in characters, from column `first` on."""
    for offset, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(first + offset)].width = width
