"""The Costs sheet: budget, actual cost, forecast at completion and variance, by phase and by
role, each table with the project's total. Only in a workbook whose reader may see cost; for
reading only."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook

from cpm_desktop.reports.cost_rows import CostRow
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import TABLE_HEADER_ROW, CostSheet
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.notes import write_notes
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.wording import sheet_tab
from cpm_desktop.texts import N_, _

SHEET = "Costs"
TITLE = N_("Costs by phase and by role")
WIDTHS: list[float] = [34, 15, 15, 15, 15]  # one portrait page wide at full size
FIGURES = (N_("Budget"), N_("Actual cost"), N_("Forecast at completion"), N_("Variance"))
HEADER_HEIGHT = 30  # two lines of header text


def write_cost_sheet(book: Workbook, costs: CostSheet, context: SheetContext) -> None:
    """Add the Costs sheet: the two tables (or the note that there is no cost data)."""
    sheet = book.create_sheet(sheet_tab(SHEET))
    cells = SheetCells(sheet, context.styles)
    write_titles(cells, context, _(TITLE))
    set_widths(sheet, WIDTHS)
    row = TABLE_HEADER_ROW + 1  # a blank row under the titles
    if costs.empty_note:
        cells.text(row, 1, costs.empty_note, context.styles["empty_note"])
        row += 1
    else:
        row = _table(cells, row, _("By phase"), _("Phase"), costs.phases, costs.total) + 1
        if costs.roles:
            row = _table(cells, row, _("By role"), _("Role"), costs.roles, costs.total) + 1
    write_notes(cells, costs.notes, row + 1, WIDTHS)
    sheet.sheet_view.showGridLines = False
    set_up_printing(sheet, context.print_text, title_rows=None)


def _table(
    cells: SheetCells,
    row: int,
    heading: str,
    first: str,
    lines: Sequence[CostRow],
    total: CostRow,
) -> int:
    """A section heading, the header, a row per line and the total; the row after it."""
    styles = cells.styles
    cells.text(row, 1, heading, styles["section"])
    row += 1
    cells.text(row, 1, first, styles["header"])
    for column, text in enumerate(FIGURES, start=2):
        cells.text(row, column, _(text), styles["header_right"])
    cells.sheet.row_dimensions[row].height = HEADER_HEIGHT
    for line in lines:
        row += 1
        cells.text(row, 1, line.label, styles["wrap"])
        _figures(cells, row, line, styles["money"])
    row += 1
    cells.text(row, 1, _("Total"), styles["total_label"])
    _figures(cells, row, total, styles["total_money"])
    return row + 1


def _figures(cells: SheetCells, row: int, line: CostRow, style: StyleArray) -> None:
    """Budget, actual, forecast and variance; "–" for an unknown amount, never 0."""
    for column, value in enumerate(
        (line.budget, line.actual, line.forecast, line.variance), start=2
    ):
        cells.put(row, column, value if value is not None else "–", style)
