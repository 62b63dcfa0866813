"""The very hidden state sheet: what marks the workbook as ours and what each read-back row held.

Layout (the round-trip contract, read by read_back/workbook.py):
    A1:B5  kind, format, project_code, project_key, exported_at (ISO text, seconds)
    A6:B6  left_out: JSON {sheet: [field, …]} of editable columns this export did not write
           (absent in older files: none)
    C1:D1  locale: the locale the workbook is written in, "de_CH" (absent in older files)
    A7:C7  STATE_HEADER
    A8..   per keyed row of each read-back sheet: sheet, key, then the JSON object
           {field: text} of that row's editable fields, cut into STATE_CHUNK-character pieces
           in columns C, D, … (joined, they are the JSON again)
Each text is canonical_text(value) cleaned as the visible cell is (safe_text.clean_text), so an
untouched cell reads back equal to its exported value.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from openpyxl.workbook import Workbook

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    STATE_CHUNK,
    STATE_HEADER,
    STATE_SHEET,
    WORKBOOK_KIND,
    CellValue,
    ClientWorkbook,
    canonical_text,
)
from cpm_desktop.reports.excel.safe_text import clean_text
from cpm_desktop.reports.excel.styles import CellStyles
from cpm_desktop.texts import current_locale

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
        ("left_out", json.dumps({t.name: list(t.left_out) for t in workbook.tables if t.left_out})),
    )
    for row, (name, value) in enumerate(marker, start=1):
        cells.text(row, 1, name, plain)
        cells.put(row, 2, value, plain)
    # Beside the marker rather than below it: the rows under it are the read-back contract of
    # workbooks already at clients, which read on without it.
    cells.text(1, 3, "locale", plain)
    cells.text(1, 4, current_locale(), plain)
    for column, header in enumerate(STATE_HEADER, start=1):
        cells.text(HEADER_ROW, column, header, plain)
    text = cells.text
    for row, texts in enumerate(state_rows(workbook), start=HEADER_ROW + 1):
        for column, value in enumerate(texts, start=1):
            text(row, column, value, plain)


def state_rows(workbook: ClientWorkbook) -> Iterator[tuple[str, ...]]:
    """The state sheet's rows below its header: (sheet, key, JSON piece, JSON piece, …)."""
    for table in workbook.tables:
        if not table.read_back:
            continue
        fields = [(at, c.field) for at, c in enumerate(table.columns) if c.field is not None]
        for key, values in zip(table.keys, table.rows, strict=True):
            exported = {field: clean_text(canonical_text(values[at])) for at, field in fields}
            # ensure_ascii=False: a text in any script stays one character a character;
            # json escapes the line breaks and control characters that remain.
            document = json.dumps(exported, ensure_ascii=False, separators=(",", ":"))
            pieces = range(0, len(document), STATE_CHUNK)
            yield (table.name, key, *(document[at : at + STATE_CHUNK] for at in pieces))
