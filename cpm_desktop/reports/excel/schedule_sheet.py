"""The Schedule sheet: every task in outline order with its dates, and a week-by-week Gantt.

Summaries collapse through Excel's row outline (their tasks one level deeper), the Type column
lets a reader filter to milestones, and critical tasks show in vermillion in the table and
the Gantt alike. On paper the sheet prints full size over pages across, WBS and Task repeated
on each, the Gantt's pages holding whole months.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from cpm_desktop.reports import palette
from cpm_desktop.reports.excel import gantt_columns as gantt
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import TABLE_HEADER_ROW, ClientWorkbook, ScheduleRow
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.row_heights import height, text_lines, word_room
from cpm_desktop.reports.excel.styles import CellStyles, font, solid
from cpm_desktop.reports.excel.wording import sheet_tab
from cpm_desktop.texts import N_, _

SHEET = "Schedule"
FIRST_ROW = TABLE_HEADER_ROW + 1
HEADER_HEIGHT = 34  # the week dates stand upright
MAX_OUTLINE = 7  # Excel's deepest outline level
NAME_WIDTH, PREDECESSORS_WIDTH, OWNER_WIDTH = 50, 14, 24
# (header, width, style of a task row); the order of ScheduleRow's values below.
COLUMNS = (
    (N_("WBS"), 7, "text"),
    (N_("Task"), NAME_WIDTH, "name"),
    (N_("Type"), 8.5, "text"),
    (N_("Duration (days)"), 8.5, "int"),
    (N_("Start"), 11.5, "date"),
    (N_("Finish"), 11.5, "date"),
    (N_("% complete"), 8.5, "percent"),
    (N_("Predecessors"), PREDECESSORS_WIDTH, "wrap"),
    (N_("Owner"), OWNER_WIDTH, "wrap"),
    (N_("Total slack (days)"), 8.5, "int"),
    (N_("Critical"), 7.5, "critical"),
    (N_("Baseline start"), 11, "date"),
    (N_("Baseline finish"), 11, "date"),
    (N_("Finish variance (days)"), 9.5, "signed"),
    (N_("Budget cost"), 12.5, "money"),
    (N_("Actual cost"), 12.5, "money"),
)
COST_COLUMNS = 2  # the last two: the supplier's cost, left out where it may not be shown
RIGHT_ALIGNED = frozenset({"int", "date", "signed", "money"})
TYPE_COLUMN, START, FINISH, PERCENT, CRITICAL = 3, 5, 6, 7, 11
TASK_COLUMNS = 2  # WBS and Task: kept in view on screen, repeated on every page across


def write_schedule_sheet(book: Workbook, workbook: ClientWorkbook, context: SheetContext) -> None:
    """Add the Schedule sheet: titles, task rows with outline levels, the Gantt, print setup."""
    sheet = book.create_sheet(sheet_tab(SHEET))
    cells = SheetCells(sheet, context.styles)
    rows = workbook.schedule
    columns = COLUMNS if workbook.cost_shown else COLUMNS[:-COST_COLUMNS]
    write_titles(cells, context, sheet_tab(SHEET))
    header, right = context.styles["header"], context.styles["header_right"]
    for number, (title, _width, kind) in enumerate(columns, start=1):
        style = right if kind in RIGHT_ALIGNED else header
        cells.text(TABLE_HEADER_ROW, number, _(title), style)
    _task_rows(cells, rows, columns)
    # No header word cut in two: a German or French word may need a wider column.
    widths = [max(width, word_room(_(title))) for title, width, _kind in columns]
    # Wide enough for the longest type word ("Sammelvorgang"), which does not wrap.
    longest = max(len(_(kind)) for kind in (gantt.SUMMARY, gantt.MILESTONE, gantt.TASK))
    widths[TYPE_COLUMN - 1] = max(widths[TYPE_COLUMN - 1], longest + 1.5)
    set_widths(sheet, widths)
    grid = gantt.week_grid(rows, workbook.status_date, len(columns) + 1)
    last_column = len(columns)
    months: frozenset[int] = frozenset()
    if grid is not None:
        gantt.write_week_headers(cells, grid, TABLE_HEADER_ROW, workbook.status_date)
        read = (TYPE_COLUMN, START, FINISH, PERCENT, CRITICAL)
        letters = gantt.RowColumns(*(get_column_letter(n) for n in read))
        gantt.write_bars(
            cells, grid, rows, FIRST_ROW, TABLE_HEADER_ROW, letters, workbook.status_date
        )
        last_column = grid.last_column
        months = gantt.month_columns(grid)
        if grid.cut:
            cells.text(
                1,
                len(columns) + 1,
                _("The Gantt shows the first {weeks} weeks of the plan.").format(
                    weeks=gantt.MAX_WEEKS
                ),
                context.styles["subtitle"],
            )
    sheet.row_dimensions[TABLE_HEADER_ROW].height = HEADER_HEIGHT
    last_row = max(FIRST_ROW + len(rows) - 1, TABLE_HEADER_ROW)
    sheet.auto_filter.ref = f"A{TABLE_HEADER_ROW}:{get_column_letter(len(columns))}{last_row}"
    sheet.freeze_panes = f"{get_column_letter(TASK_COLUMNS + 1)}{FIRST_ROW}"
    sheet.sheet_properties.outlinePr.summaryBelow = False  # the +/- sits on the summary row
    sheet.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    # On paper each Gantt page covers whole months, below their names, beside WBS and Task.
    set_up_printing(
        sheet,
        context.print_text,
        title_rows=f"{TABLE_HEADER_ROW - 1}:{TABLE_HEADER_ROW}",
        title_columns=TASK_COLUMNS,
        page_starts=frozenset(range(1, len(columns) + 1)) | months,
        sections=(grid.first_column,) if grid is not None else (),
    )


def _task_rows(
    cells: SheetCells, rows: Sequence[ScheduleRow], columns: Sequence[tuple[str, float, str]]
) -> None:
    """One row per task; a summary's row in bold on a shade, its tasks one outline level down."""
    styles = cells.styles
    kinds = [kind for _title, _width, kind in columns]
    plain = [styles[kind] for kind in kinds if kind != "name"]
    bold = [_summary_style(styles, kind) for kind in kinds if kind != "name"]
    value_columns = tuple(n for n, kind in enumerate(kinds, start=1) if kind != "name")
    types = {kind: _(kind) for kind in (gantt.SUMMARY, gantt.MILESTONE, gantt.TASK)}
    off_path = (styles["not_critical"], _summary_style(styles, "not_critical"))
    names: dict[tuple[int, bool], StyleArray] = {}
    dimensions = cells.sheet.row_dimensions
    put, text = cells.put, cells.text
    for number, task in enumerate(rows, start=FIRST_ROW):
        summary = task.is_summary
        looks = bold if summary else plain
        kind = gantt.SUMMARY if summary else gantt.MILESTONE if task.is_milestone else gantt.TASK
        values = (
            task.wbs,
            types[kind],
            task.duration,
            task.start,
            task.finish,
            task.percent_complete,
            task.predecessors,
            task.owner,
            task.total_slack,
            cells.yes if task.is_critical else cells.no,
            task.baseline_start,
            task.baseline_finish,
            task.finish_variance,
            task.budget_cost,
            task.actual_cost,
        )
        indent = min(task.level, 15)
        name_style = names.get((indent, summary))
        if name_style is None:
            name_style = names[indent, summary] = _name_style(styles, indent, summary)
        text(number, 2, task.name, name_style)
        shown = values[: len(value_columns)]  # without the cost columns where they are left out
        for column, value, style in zip(value_columns, shown, looks, strict=True):
            if column == CRITICAL and not task.is_critical:
                style = off_path[summary]
            put(number, column, value, style)
        lines = max(
            text_lines(task.name, NAME_WIDTH - 1.5 * indent),
            text_lines(task.predecessors, PREDECESSORS_WIDTH),
            text_lines(task.owner, OWNER_WIDTH),
        )
        if lines > 1 or task.level:
            dimension = dimensions[number]
            if lines > 1:
                dimension.height = height(lines)
            if task.level:
                dimension.outline_level = min(task.level, MAX_OUTLINE)


def _summary_style(styles: CellStyles, kind: str) -> StyleArray:
    """Style `kind` for a summary row: bold slate on the summary shade."""
    look = styles.look(kind)
    colour = palette.MUTED if kind == "not_critical" else palette.INK
    if kind == "critical":
        colour = palette.GANTT_CRITICAL_PROGRESS
    return styles.define(
        f"summary_{kind}",
        replace(look, font=font(bold=True, colour=colour), fill=solid(palette.SHADE)),
    )


def _name_style(styles: CellStyles, indent: int, summary: bool) -> StyleArray:
    """The Task column indented by outline level; summaries bold on the summary shade."""
    look = replace(
        styles.look("text"), alignment=Alignment(vertical="top", indent=indent, wrap_text=True)
    )
    if summary:
        look = replace(look, font=font(bold=True, colour=palette.INK), fill=solid(palette.SHADE))
    return styles.define(f"name_{indent}_{summary:d}", look)
