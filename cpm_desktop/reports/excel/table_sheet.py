"""A filterable, printable table sheet (Milestones, Risks, Deliverables, …) from a TableSheet.

Layout (the round-trip contract): row 1 the title, row 2 the project and status date (and the
totals of the rows the filter shows), row TABLE_HEADER_ROW the headers, data below; a read-back
sheet ends with its hidden KEY_HEADER column. The totals sit above the header, not below the
data: rows the client adds go below the table, and a totals row there would read back as one.
A sheet that is not read back may carry figures (totals, averages) between row 2 and its
header, which then moves down; the filter never hides them.

The tab, the headers and the labels of a choice column are the table's English keys, shown in
the reader's language (wording.py); the hidden Key column keeps its English header.
"""

from __future__ import annotations

from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import (
    KEY_HEADER,
    TABLE_HEADER_ROW,
    CellValue,
    Column,
    Kind,
    TableSheet,
)
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.figures import put_value
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.row_heights import height, text_lines, word_room
from cpm_desktop.reports.excel.table_formats import add_conditional_formats
from cpm_desktop.reports.excel.validations import VALIDATED_TO, add_validations
from cpm_desktop.reports.excel.wording import choice_text, column_title, sheet_tab
from cpm_desktop.texts import _

FIRST_ROW = TABLE_HEADER_ROW + 1  # of a sheet without figures: every read-back sheet
HEADER_HEIGHT = 30  # two lines of header text
STYLE_BY_KIND = {
    Kind.TEXT: "wrap",
    Kind.LONG_TEXT: "wrap",
    Kind.INT: "int",
    Kind.MONEY: "money",
    Kind.DATE: "date",
    Kind.PERCENT: "percent",
    Kind.YES_NO: "centre",
    Kind.CHOICE: "wrap",
    Kind.SHARE: "share",
    Kind.HOURS: "hours",
}
WIDTH_BY_KIND = {
    Kind.TEXT: 18.0,
    Kind.LONG_TEXT: 42.0,
    Kind.INT: 9.0,
    Kind.MONEY: 14.0,
    Kind.DATE: 12.0,
    Kind.PERCENT: 9.0,
    Kind.YES_NO: 9.0,
    Kind.CHOICE: 13.0,
    Kind.SHARE: 9.0,
    Kind.HOURS: 9.0,
}
WRAPPED = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.CHOICE})
RIGHT_ALIGNED = frozenset({Kind.INT, Kind.MONEY, Kind.DATE, Kind.PERCENT, Kind.SHARE, Kind.HOURS})


def header_row(table: TableSheet) -> int:
    """The row of the table's headers: TABLE_HEADER_ROW, or below its figures and a gap."""
    return TABLE_HEADER_ROW + (len(table.figures) + 1 if table.figures else 0)


def write_table_sheet(book: Workbook, table: TableSheet, context: SheetContext) -> None:
    """Add `table` as a sheet: titles, header, typed rows, filter, validations, print setup."""
    sheet = book.create_sheet(sheet_tab(table.name))
    cells = SheetCells(sheet, context.styles)
    columns = table.columns
    keyed = table.read_back
    _check_read_back(table)
    top = header_row(table)
    first_row = top + 1
    write_titles(cells, context, table.title)
    _figures(cells, table)
    _header(cells, context, table, top)
    badges = {table.rag_column, table.score_column, table.status_column}  # short, coloured
    names = ["centre" if c.header in badges else STYLE_BY_KIND[c.kind] for c in columns]
    styles = [
        context.styles.input(name) if table.mark_inputs and c.field else context.styles[name]
        for name, c in zip(names, columns, strict=True)
    ]
    # No header word is cut in two: a German or French word may need a wider column.
    widths = [max(c.width or _width(c), word_room(column_title(c.header))) for c in columns]
    wrapped = [(at, widths[at]) for at, c in enumerate(columns) if c.kind in WRAPPED]
    put_row = cells.row
    dimensions = sheet.row_dimensions
    shown = _shown_choices(table)
    choices = [at for at, c in enumerate(columns) if c.kind == Kind.CHOICE] if shown else []
    for number, row in enumerate(table.rows, start=first_row):
        if choices:
            row = _with_choices_shown(row, choices, shown)
        put_row(number, row, styles)
        lines = max(
            (text_lines(text, width) for at, width in wrapped if isinstance(text := row[at], str)),
            default=1,
        )
        if lines > 1:
            dimensions[number].height = height(lines)
    if keyed:
        key_column = len(columns) + 1
        text_style = context.styles["text"]
        for offset, key in enumerate(table.keys):
            cells.text(first_row + offset, key_column, key, text_style)
    if not table.rows and table.empty_note:
        cells.text(first_row, 1, table.empty_note, context.styles["empty_note"])
    last_row = max(first_row + len(table.rows) - 1, top)
    width = len(columns) + keyed
    _totals(cells, context, columns, top)
    set_widths(sheet, widths)
    if keyed:
        key_letter = get_column_letter(width)
        sheet.column_dimensions[key_letter].width = 8
        sheet.column_dimensions[key_letter].hidden = True
    sheet.auto_filter.ref = f"A{top}:{get_column_letter(width)}{last_row}"
    sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}{first_row}"
    if keyed:
        add_validations(sheet, columns, first_row, context.currency)
    add_conditional_formats(sheet, table, first_row)
    # No print area: the rows a client adds below the table print with it.
    set_up_printing(
        sheet, context.print_text, title_rows=f"{top}:{top}", title_columns=table.frozen_columns
    )


def _shown_choices(table: TableSheet) -> dict[str, str]:
    """Each label of the table's choice columns as the reader sees it: {"Open": "Offen"};
    empty in English."""
    labels = {label for c in table.columns if c.kind == Kind.CHOICE for label in c.choices}
    shown = {label: choice_text(label) for label in labels}
    return {label: text for label, text in shown.items() if text != label}


def _with_choices_shown(
    row: tuple[CellValue, ...], choices: list[int], shown: dict[str, str]
) -> tuple[CellValue, ...]:
    """`row` with the labels in its choice columns (positions `choices`) as shown."""
    cells = list(row)
    for at in choices:
        value = cells[at]
        if isinstance(value, str):
            cells[at] = shown.get(value, value)
    return tuple(cells)


def _check_read_back(table: TableSheet) -> None:
    """Refuse a table the read-back could not find its way through."""
    if not table.read_back:
        if table.keys:
            raise ValueError(f"{table.name}: keys on a sheet that is not read back.")
        return
    if len(table.keys) != len(table.rows):
        raise ValueError(f"{table.name}: {len(table.rows)} rows but {len(table.keys)} keys.")
    if table.figures:
        raise ValueError(f"{table.name}: a read-back sheet keeps its header in row 3.")
    if table.empty_note:
        raise ValueError(f"{table.name}: an empty note would read back as a new row.")


def _figures(cells: SheetCells, table: TableSheet) -> None:
    """The figures from row TABLE_HEADER_ROW down: label, then value (in its RAG colour)."""
    if not table.figures:
        return
    headers = [c.header for c in table.columns]
    if table.figures_column not in headers or headers.index(table.figures_column) == 0:
        raise ValueError(f"{table.name}: figures need a column after the first to sit in.")
    column = headers.index(table.figures_column) + 1
    label = cells.styles["figure_label"]
    for row, figure in enumerate(table.figures, start=TABLE_HEADER_ROW):
        # Right-aligned, a long label runs on to the left over the empty cells.
        cells.text(row, column - 1, figure.label, label)
        put_value(cells, row, column, figure, coloured=True)


def _header(cells: SheetCells, context: SheetContext, table: TableSheet, row: int) -> None:
    styles = context.styles
    left = styles["header"]
    for number, column in enumerate(table.columns, start=1):
        name = "header_input" if table.mark_inputs and column.field else "header"
        style = styles[f"{name}_right" if column.kind in RIGHT_ALIGNED else name]
        cells.text(row, number, column_title(column.header), style)
    if table.read_back:
        cells.text(row, len(table.columns) + 1, KEY_HEADER, left)
    cells.sheet.row_dimensions[row].height = HEADER_HEIGHT


def _totals(
    cells: SheetCells, context: SheetContext, columns: tuple[Column, ...], top: int
) -> None:
    """SUBTOTAL(109, …) of each total column above the header: the sum of the rows shown."""
    totals = [n for n, c in enumerate(columns, start=1) if c.total]
    if not totals:
        return
    row = top - 1
    if totals[0] > 1:
        label = _("Total of the rows shown")
        cells.text(row, totals[0] - 1, label, context.styles["total_label"])
    for number in totals:
        column = columns[number - 1]
        style: StyleArray = context.styles[
            "total_money" if column.kind == Kind.MONEY else "total_int"
        ]
        letter = get_column_letter(number)
        formula = f"=SUBTOTAL(109,{letter}{top + 1}:{letter}{VALIDATED_TO})"
        cells.formula(row, number, formula, style)


def _width(column: Column) -> float:
    """A kind's width, or wide enough for the header on two lines."""
    return max(WIDTH_BY_KIND[column.kind], min(len(column_title(column.header)) / 2 + 3, 30))
