"""A filterable, printable table sheet (Milestones, Risks, Changes) from a TableSheet.

Layout (the round-trip contract): row 1 the title, row 2 the project and status date (and the
totals of the rows the filter shows), row TABLE_HEADER_ROW the headers, data below; a read-back
sheet ends with its hidden KEY_HEADER column. The totals sit above the header, not below the
data: rows the client adds go below the table, and a totals row there would read back as one.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import KEY_HEADER, TABLE_HEADER_ROW, Column, Kind, TableSheet
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.row_heights import height, text_lines
from cpm_desktop.reports.excel.styles import font, solid
from cpm_desktop.reports.excel.validations import VALIDATED_TO, add_validations

FIRST_ROW = TABLE_HEADER_ROW + 1
HEADER_HEIGHT = 30  # two lines of header text
STYLE_BY_KIND = {
    Kind.TEXT: "wrap", Kind.LONG_TEXT: "wrap", Kind.INT: "int", Kind.MONEY: "money",
    Kind.DATE: "date", Kind.PERCENT: "percent", Kind.YES_NO: "centre", Kind.CHOICE: "wrap",
}  # fmt: skip
WIDTH_BY_KIND = {
    Kind.TEXT: 18.0, Kind.LONG_TEXT: 42.0, Kind.INT: 9.0, Kind.MONEY: 14.0, Kind.DATE: 12.0,
    Kind.PERCENT: 9.0, Kind.YES_NO: 9.0, Kind.CHOICE: 13.0,
}  # fmt: skip
WRAPPED = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.CHOICE})
RIGHT_ALIGNED = frozenset({Kind.INT, Kind.MONEY, Kind.DATE, Kind.PERCENT})
RAG_FILLS = (("red", palette.RAG_RED), ("amber", palette.RAG_AMBER), ("green", palette.RAG_GREEN))


def write_table_sheet(book: Workbook, table: TableSheet, context: SheetContext) -> None:
    """Add `table` as a sheet: titles, header, typed rows, filter, validations, print setup."""
    sheet = book.create_sheet(table.name)
    cells = SheetCells(sheet, context.styles)
    columns = table.columns
    keyed = bool(table.keys)
    if keyed and len(table.keys) != len(table.rows):
        raise ValueError(f"{table.name}: {len(table.rows)} rows but {len(table.keys)} keys.")
    write_titles(cells, context, table.title)
    _header(cells, context, columns, keyed)
    badges = {table.rag_column, table.score_column}  # short, coloured: centred
    styles = [context.styles["centre" if c.header in badges else STYLE_BY_KIND[c.kind]]
              for c in columns]  # fmt: skip
    widths = [c.width or _width(c) for c in columns]
    wrapped = [(at, widths[at]) for at, c in enumerate(columns) if c.kind in WRAPPED]
    put_row = cells.row
    dimensions = sheet.row_dimensions
    for number, row in enumerate(table.rows, start=FIRST_ROW):
        put_row(number, row, styles)
        lines = max((text_lines(text, width) for at, width in wrapped
                     if isinstance(text := row[at], str)), default=1)  # fmt: skip
        if lines > 1:
            dimensions[number].height = height(lines)
    if keyed:
        key_column = len(columns) + 1
        text_style = context.styles["text"]
        for offset, key in enumerate(table.keys):
            cells.text(FIRST_ROW + offset, key_column, key, text_style)
    last_row = max(FIRST_ROW + len(table.rows) - 1, TABLE_HEADER_ROW)
    width = len(columns) + keyed
    _totals(cells, context, columns)
    set_widths(sheet, widths)
    if keyed:
        key_letter = get_column_letter(width)
        sheet.column_dimensions[key_letter].width = 8
        sheet.column_dimensions[key_letter].hidden = True
    sheet.auto_filter.ref = f"A{TABLE_HEADER_ROW}:{get_column_letter(width)}{last_row}"
    sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}{FIRST_ROW}"
    if keyed:
        add_validations(sheet, columns, FIRST_ROW, context.currency)
    _conditional_formats(sheet, table)
    set_up_printing(sheet, context.print_text, title_rows=f"{TABLE_HEADER_ROW}:{TABLE_HEADER_ROW}")


def _header(
    cells: SheetCells, context: SheetContext, columns: tuple[Column, ...], keyed: bool
) -> None:
    left, right = context.styles["header"], context.styles["header_right"]
    for number, column in enumerate(columns, start=1):
        style = right if column.kind in RIGHT_ALIGNED else left
        cells.text(TABLE_HEADER_ROW, number, column.header, style)
    if keyed:
        cells.text(TABLE_HEADER_ROW, len(columns) + 1, KEY_HEADER, left)
    cells.sheet.row_dimensions[TABLE_HEADER_ROW].height = HEADER_HEIGHT


def _totals(cells: SheetCells, context: SheetContext, columns: tuple[Column, ...]) -> None:
    """SUBTOTAL(109, …) of each total column in row 2: the sum of the rows the filter shows."""
    totals = [n for n, c in enumerate(columns, start=1) if c.total]
    if not totals:
        return
    row = TABLE_HEADER_ROW - 1
    if totals[0] > 1:
        cells.text(row, totals[0] - 1, "Total of the rows shown", context.styles["total_label"])
    for number in totals:
        column = columns[number - 1]
        style: StyleArray = context.styles[
            "total_money" if column.kind == Kind.MONEY else "total_int"
        ]
        letter = get_column_letter(number)
        formula = f"=SUBTOTAL(109,{letter}{FIRST_ROW}:{letter}{VALIDATED_TO})"
        cells.formula(row, number, formula, style)


def _conditional_formats(sheet: Worksheet, table: TableSheet) -> None:
    """RAG cells in their colour; scores on a green-amber-red scale."""
    headers = [c.header for c in table.columns]
    formats = sheet.conditional_formatting
    if table.rag_column in headers:
        letter = get_column_letter(headers.index(table.rag_column) + 1)
        target = f"{letter}{FIRST_ROW}:{letter}{VALIDATED_TO}"
        for rag, colour in RAG_FILLS:
            # LOWER: LibreOffice compares text case-sensitively, Excel does not.
            rule = FormulaRule(
                formula=[f'LOWER(${letter}{FIRST_ROW})="{rag}"'],
                fill=solid(colour),
                font=font(bold=True, colour=palette.WHITE if rag != "amber" else palette.TEXT),
                stopIfTrue=True,
            )
            formats.add(target, rule)
    if table.score_column in headers:
        letter = get_column_letter(headers.index(table.score_column) + 1)
        scale = ColorScaleRule(
            start_type="num", start_value=1, start_color="FFD5EEDD",
            mid_type="num", mid_value=10, mid_color="FFFBE7B0",
            end_type="num", end_value=25, end_color="FFF4C2BD",
        )  # fmt: skip
        formats.add(f"{letter}{FIRST_ROW}:{letter}{VALIDATED_TO}", scale)


def _width(column: Column) -> float:
    """A kind's width, or wide enough for the header on two lines."""
    return max(WIDTH_BY_KIND[column.kind], min(len(column.header) / 2 + 3, 30))
