"""The very hidden state sheet: what marks the workbook as ours and what each cell held.

Layout (the round-trip contract, read by read_back.py):
    A1:B5  kind, format, project_code, project_key, exported_at (ISO text, seconds)
    A7:D7  STATE_HEADER
    A8..   (sheet, key, field, canonical_text(value)) per editable cell of each keyed row
"""

from __future__ import annotations

from openpyxl.workbook import Workbook

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    STATE_HEADER,
    STATE_SHEET,
    WORKBOOK_KIND,
    CellValue,
    ClientWorkbook,
    canonical_text,
)
from cpm_desktop.reports.excel.styles import CellStyles

HEADER_ROW = 7


def write_state_sheet(book: Workbook, workbook: ClientWorkbook, styles: CellStyles) -> None:
    """Add the state sheet, very hidden (only a macro or an XML editor can show it)."""
    sheet = book.create_sheet(STATE_SHEET)
    sheet.sheet_state = "veryHidden"
    cells = SheetCells(sheet, styles)
    plain = styles["state"]
    marker: tuple[tuple[str, CellValue], ...] = (
        ("kind", WORKBOOK_KIND),
        ("format", FORMAT_VERSION),
        ("project_code", workbook.project_code),
        ("project_key", workbook.project_key),
        ("exported_at", workbook.exported_at.replace(microsecond=0).isoformat()),
    )
    for row, (name, value) in enumerate(marker, start=1):
        cells.text(row, 1, name, plain)
        cells.put(row, 2, value, plain)
    for column, header in enumerate(STATE_HEADER, start=1):
        cells.text(HEADER_ROW, column, header, plain)
    row = HEADER_ROW + 1
    text = cells.text
    for table in workbook.tables:
        if not table.keys:
            continue
        fields = [(at, c.field) for at, c in enumerate(table.columns) if c.field is not None]
        for key, values in zip(table.keys, table.rows, strict=True):
            for at, field in fields:
                text(row, 1, table.name, plain)
                text(row, 2, key, plain)
                text(row, 3, field, plain)
                exported = canonical_text(values[at])
                if exported:  # an empty cell reads back as "" too
                    # text() cleans and cuts as it does the visible cell, so an untouched
                    # cell reads back equal to its exported value.
                    text(row, 4, exported, plain)
                row += 1
