"""The Workload sheet: each person's planned hours and % of capacity, week by week.

Row 3 holds the headers (person, role, what the row measures, each week's Monday); each person
takes two rows, hours then % of capacity. A week where some day asks more hours than the
person has is filled red and marked "!", so it reads in black and white too. For reading only.
"""

from __future__ import annotations

from dataclasses import replace

from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import TABLE_HEADER_ROW, LoadCell, WorkloadSheet
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.heat_map import ZONES
from cpm_desktop.reports.excel.notes import write_notes
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.styles import font, solid
from cpm_desktop.reports.excel.wording import sheet_tab
from cpm_desktop.texts import N_, _

SHEET = "Workload"
TITLE = N_("Workload: planned hours and % of capacity per week")
LEADING: list[float] = [22, 20, 12]  # person, role, measure
WEEK_WIDTH = 7.0
HOURS, SHARE = N_("Hours"), N_("% of capacity")
OVER = " !"  # after an over-allocated week's figures


def write_workload_sheet(book: Workbook, load: WorkloadSheet, context: SheetContext) -> None:
    """Add the Workload sheet: the people × weeks grid, its notes, its print setup."""
    sheet = book.create_sheet(sheet_tab(SHEET))
    cells = SheetCells(sheet, context.styles)
    write_titles(cells, context, _(TITLE))
    styles = _styles(context)
    header = TABLE_HEADER_ROW
    for column, text in enumerate((_("Person"), _("Role"), ""), start=1):
        cells.text(header, column, text, styles["header"])
    first_week = len(LEADING) + 1
    for offset, monday in enumerate(load.weeks):
        cells.put(header, first_week + offset, monday, styles["week"])
    sheet.row_dimensions[header].height = 20
    row = header + 1
    if not load.people and load.empty_note:
        cells.text(row, 1, load.empty_note, styles["empty_note"])
        row += 1
    hours, share = _(HOURS), _(SHARE)
    for person in load.people:
        cells.text(row, 1, person.name, styles["text"])
        cells.text(row, 2, person.role, styles["text"])
        cells.text(row, 3, hours, styles["measure"])
        cells.text(row + 1, 1, "", styles["text"])
        cells.text(row + 1, 2, "", styles["text"])
        cells.text(row + 1, 3, share, styles["measure"])
        for offset, week in enumerate(person.weeks):
            _week(cells, row, first_week + offset, week, styles)
        row += 2
    widths = LEADING + [WEEK_WIDTH] * len(load.weeks)
    set_widths(sheet, widths)
    write_notes(cells, load.notes, row + 1, widths)
    sheet.freeze_panes = f"{get_column_letter(first_week)}{header + 1}"
    set_up_printing(
        sheet, context.print_text, title_rows=f"{header}:{header}", title_columns=len(LEADING)
    )


def _week(
    cells: SheetCells, row: int, column: int, week: LoadCell, styles: dict[str, StyleArray]
) -> None:
    """A week's hours above its % of capacity; blank when nothing is planned."""
    over = "_over" if week.over_allocated else ""
    hours = week.hours if week.hours > 0 or week.over_allocated else None
    percent = week.percent if hours is not None else None
    cells.put(row, column, hours, styles[f"hours{over}"])
    cells.put(row + 1, column, percent, styles[f"percent{over}"])


def _styles(context: SheetContext) -> dict[str, StyleArray]:
    """The sheet's styles: the workbook's, and the week header and over-allocated cells."""
    styles = context.styles
    formats = styles.formats
    over_fill = solid(ZONES["red"])
    over_font = font(bold=True)
    hours = styles.look("hours")
    percent = replace(
        styles.look("percent"), alignment=Alignment(vertical="top", horizontal="right")
    )
    return {
        "header": styles["header"],
        "text": styles["text"],
        "empty_note": styles["empty_note"],
        "measure": styles["label"],
        "week": styles.define(
            "header_week", replace(styles.look("header_right"), number_format=formats.week)
        ),
        "hours": styles["hours"],
        "percent": styles.define("load_percent", percent),
        "hours_over": styles.define(
            "hours_over",
            replace(
                hours, font=over_font, fill=over_fill, number_format=f'{formats.hours}"{OVER}"'
            ),
        ),
        "percent_over": styles.define(
            "percent_over",
            replace(
                percent,
                font=over_font,
                fill=over_fill,
                number_format=formats.percent.removesuffix('"%"') + f'"%{OVER}"',
            ),
        ),
    }
