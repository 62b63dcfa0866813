"""The Summary sheet: a one-page dashboard of where the project stands.

Left: the project, its schedule, budget and earned value. Middle: open risks by RAG and their
heat map, change requests by status, the next milestones. Right: the KPIs with their RAGs.
Notes run across the bottom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.workbook import Workbook

from cpm_desktop.reports.excel import kpi_block
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import CellValue, ClientWorkbook, SummaryFigures
from cpm_desktop.reports.excel.context import SheetContext, set_widths, write_titles
from cpm_desktop.reports.excel.figures import rag_badge, rag_text
from cpm_desktop.reports.excel.heat_map import write_heat_map
from cpm_desktop.reports.excel.page_setup import set_up_printing
from cpm_desktop.reports.excel.row_heights import height, text_lines
from cpm_desktop.reports.excel.wording import sheet_tab
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.texts import _, pgettext

SHEET = "Summary"
# A..J, one landscape page wide at full size: the left half (label, value, and C: the KPI
# block's RAG badge, a gap above it) and the right half (risks, heat map, changes, milestones).
WIDTHS: list[float] = [36, 15, 8, 15, 9, 9, 9, 9, 9, 12]
LEFT, RIGHT = 1, 4  # label columns of the two halves
NOTE_SPAN = 3  # the overall status's note, wrapped over A..C
Figure = CellValue | float


def write_summary_sheet(book: Workbook, workbook: ClientWorkbook, context: SheetContext) -> None:
    """The dashboard as the workbook's first sheet, printed one page wide."""
    sheet = book.active
    sheet.title = sheet_tab(SHEET)
    cells = SheetCells(sheet, context.styles)
    figures = workbook.summary
    about = [_("Client workbook for {client}").format(client=figures.client)]
    if figures.status_date is not None:
        about.append(_("status date {date}").format(date=long_date(figures.status_date)))
    about.append(context.print_text.exported)
    title = f"{figures.project_code} · {figures.project_name}"
    write_titles(cells, context, title, " · ".join(about))
    set_widths(sheet, WIDTHS)
    left = _left_half(cells, figures)
    bottom = _right_half(cells, workbook)
    if workbook.kpis:  # under the left half: on paper the dashboard stays one page wide
        kpis = kpi_block.write_kpi_block(cells, left + 1, LEFT, workbook.kpis, workbook.kpis_as_of)
        bottom = max(bottom, kpis)
    _notes(cells, figures.notes, max(bottom, sheet.max_row) + 2)
    sheet.freeze_panes = "A4"
    sheet.sheet_view.showGridLines = False
    set_up_printing(sheet, context.print_text, title_rows=None)


def _left_half(cells: SheetCells, f: SummaryFigures) -> int:
    """Project, schedule, then the contract or the budget and earned value; the row below."""
    status = [
        (_("Client"), f.client),
        (_("Project manager"), f.manager),
        (_("Sponsor"), f.sponsor or "–"),
        (_("Status date"), f.status_date),
    ]
    row = _block(cells, 4, LEFT, _("Project"), status)
    _rag(cells, row, f.overall_rag, f.overall_note)
    row += 2
    schedule: list[tuple[str, Figure]] = [
        (_("Forecast finish"), f.planned_finish),
        (_("Baseline finish"), f.baseline_finish),
    ]
    row = _block(cells, row, LEFT, pgettext("section", "Schedule"), schedule)
    label = _("Finish variance (working days, + late)")
    cells.text(row, LEFT, label, cells.styles["label"])
    variance = f.finish_variance_days
    cells.put(
        row,
        LEFT + 1,
        "–" if variance is None else variance,
        cells.styles["value_signed" if variance is not None else "value"],
    )
    row += 2
    if f.contract:  # a client without an open-book contract sees what it pays, not our cost
        row = _block(cells, row, LEFT, _("Contract"), _translated(f.contract))
        if f.earned_value:
            row = _block(cells, row + 1, LEFT, _("Earned value"), _translated(f.earned_value))
        return row
    budget: list[tuple[str, Figure]] = [
        (_("Original budget"), f.original_budget),
        (_("Approved changes"), f.approved_changes),
        (_("Current budget"), f.current_budget),
        (_("Forecast cost at completion"), f.forecast_cost),
    ]
    row = _block(cells, row, LEFT, _("Budget"), budget)
    cells.text(row, LEFT, _("Current budget less forecast"), cells.styles["label"])
    if f.current_budget is None or f.forecast_cost is None:  # missing, not zero
        cells.put(row, LEFT + 1, None, cells.styles["value"])
    else:
        cells.formula(row, LEFT + 1, f"=B{row - 2}-B{row - 1}", cells.styles["value_money"])
    row += 2
    if f.earned_value:
        row = _block(cells, row, LEFT, _("Earned value"), _translated(f.earned_value))
    return row


def _right_half(cells: SheetCells, workbook: ClientWorkbook) -> int:
    f = workbook.summary
    styles = cells.styles
    row = _section(cells, 4, RIGHT, _("Open risks and issues by RAG"))
    for rag, count in f.risks_by_rag:
        cells.text(row, RIGHT, rag_text(rag), rag_badge(cells, rag))
        cells.put(row, RIGHT + 1, count, styles["value"])
        row += 1
    row = _section(cells, row + 1, RIGHT, _("Open risks: probability × impact"), span=7)
    row += write_heat_map(cells, row, RIGHT, workbook.heat_map, workbook.risk_thresholds)
    statuses = _translated(f.changes_by_status) or [(_("None"), "–")]
    row = _block(cells, row + 1, RIGHT, _("Change requests by status"), statuses, span=2)
    row = _section(cells, row + 1, RIGHT, _("Next milestones"), span=7)
    for wbs, name, day in f.next_milestones or (("", _("No open milestones"), None),):
        cells.text(row, RIGHT, wbs, styles["label"])
        cells.text(row, RIGHT + 1, name, styles["value_text"])  # runs on over the empty cells
        for column in range(RIGHT + 2, RIGHT + 6):
            cells.put(row, column, None, styles["label"])
        cells.put(row, RIGHT + 6, day, styles["value_date"])
        row += 1
    return row


def _block(
    cells: SheetCells,
    row: int,
    column: int,
    title: str,
    pairs: Sequence[tuple[str, Figure]],
    *,
    span: int = 2,
) -> int:
    """A section title and its label/value rows; returns the row below the block."""
    row = _section(cells, row, column, title, span=span)
    label = cells.styles["label"]
    for name, value in pairs:
        cells.text(row, column, name, label)
        style = cells.styles[_value_style(value)]
        cells.put(row, column + 1, "–" if value is None else value, style)
        row += 1
    return row


def _section(cells: SheetCells, row: int, column: int, title: str, *, span: int = 2) -> int:
    """A section title over `span` columns; returns the first row under it."""
    style = cells.styles["section"]
    cells.text(row, column, title, style)
    for extra in range(column + 1, column + span):
        cells.put(row, extra, None, style)
    return row + 1


def _rag(cells: SheetCells, row: int, rag: str, note: str) -> None:
    cells.text(row, LEFT, _("Overall status"), cells.styles["label"])
    if rag:
        cells.text(row, LEFT + 1, rag_text(rag), rag_badge(cells, rag))
    else:
        cells.text(row, LEFT + 1, _("Not rated"), cells.styles["value_text"])
    if note:  # wrapped under the status, not run on into the right half
        cells.text(row + 1, LEFT, note, cells.styles["note"])
        cells.sheet.merge_cells(
            start_row=row + 1, start_column=LEFT, end_row=row + 1, end_column=LEFT + NOTE_SPAN - 1
        )
        lines = text_lines(note, sum(WIDTHS[:NOTE_SPAN]))
        cells.sheet.row_dimensions[row + 1].height = height(lines)


def _translated(pairs: Sequence[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """Label/value pairs whose labels are English keys ("Planned value (PV)"), translated."""
    return [(_(label), value) for label, value in pairs]


def _value_style(value: Figure) -> str:
    if isinstance(value, Decimal):
        return "value_money"
    if isinstance(value, float):
        return "value_ratio"
    if isinstance(value, dt.date):
        return "value_date"
    return "value_text" if isinstance(value, str) else "value"  # None shows "–" on the right


def _notes(cells: SheetCells, notes: tuple[str, ...], row: int) -> None:
    """Each note across the page, wrapped."""
    style = cells.styles["note"]
    last = len(WIDTHS)
    for note in notes:
        cells.text(row, 1, note, style)
        cells.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        # A merged cell does not grow with its text: give the row the lines the note needs.
        cells.sheet.row_dimensions[row].height = height(text_lines(note, sum(WIDTHS)))
        row += 1
