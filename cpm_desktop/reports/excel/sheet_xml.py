"""Saving the workbook with each cell's XML written as text: openpyxl's bytes, in less time.

openpyxl serialises every cell through et_xmlfile's element writer, about 13 µs a cell on the
development VM: 2.8 s of the 3.7 s it took to write a 10,000-task export. `save_bytes` keeps
openpyxl's save and replaces only the writing of a row's cells by string templates of the same
markup. A row with a cell they do not cover (merged, a comment, a hyperlink), such a cell (rich
text, an array formula) and, with lxml installed, every cell go through openpyxl's own writer.
tests/reports/excel/test_sheet_xml.py compares each part of the file with openpyxl's, so an
openpyxl upgrade that changes its markup fails there.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import LXML
from openpyxl.cell import Cell
from openpyxl.cell._writer import write_cell
from openpyxl.compat.strings import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"}


def save_bytes(workbook: Workbook) -> bytes:
    """The .xlsx file of `workbook`, byte for byte what `workbook.save` writes."""
    stream = io.BytesIO()
    if LXML:  # openpyxl then writes through lxml, whose markup the templates do not copy
        workbook.save(stream)
        return stream.getvalue()
    # What Workbook.save and openpyxl's save_workbook do, with the faster sheet writer.
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    with ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _ExcelWriter(workbook, archive).save()
    return stream.getvalue()


class _ExcelWriter(ExcelWriter):
    """openpyxl's package writer with the faster sheet writer."""

    def write_worksheet(self, ws: Worksheet) -> None:
        # openpyxl's ExcelWriter.write_worksheet (3.1) for a workbook that is not write-only.
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws)
        writer.write()
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer whose rows are written as text."""

    def __init__(self, ws: Worksheet) -> None:
        super().__init__(ws)
        # Style index and "has a style" per shared style array: cells share a few dozen.
        self._styles: dict[int, str | None] = {}

    def write_row(self, xf: Any, row: Sequence[Cell], row_idx: int) -> None:
        """Row `row_idx` and its cells, as openpyxl's write_row would write them."""
        if any(
            type(cell) is not Cell or cell._comment is not None or cell._hyperlink is not None
            for cell in row
        ):
            # A merged cell, or a comment or link that openpyxl files as it writes the cell.
            super().write_row(xf, row, row_idx)
            return
        out: Callable[[str], object] = xf._file  # et_xmlfile's text sink, after <sheetData>
        attributes = {"r": f"{row_idx}", **dict(self.ws.row_dimensions.get(row_idx, {}))}
        parts = ["<row", *(f' {k}="{_attribute(v)}"' for k, v in attributes.items()), ">"]
        styles = self._styles
        for cell in row:
            style = cell._style
            key = id(style)
            if key in styles:
                s = styles[key]
            else:
                s = styles[key] = self._style_attribute(cell)
            value = cell._value
            if value is None and s is None:
                continue  # nothing to write, as openpyxl skips it
            markup = _cell(cell, value, s, row_idx)
            if markup is None:
                out("".join(parts))
                parts = []
                write_cell(xf, self.ws, cell, s is not None)
            else:
                parts.append(markup)
        parts.append("</row>")
        out("".join(parts))

    def _style_attribute(self, cell: Cell) -> str | None:
        return f' s="{cell.style_id}"' if cell.has_style else None


def _cell(cell: Cell, value: object, s: str | None, row_idx: int) -> str | None:
    """A cell's markup as openpyxl's etree_write_cell writes it, or None to leave it to that."""
    head = f'<c r="{get_column_letter(cell.column)}{row_idx}"{s or ""}'
    data_type = cell.data_type
    if data_type == "s":
        if value is None or value == "":
            return f'{head} t="inlineStr" />'
        if type(value) is not str:
            return None  # rich text
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f'{head} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
    if data_type == "n":
        if value is None or value == "":
            return f'{head} t="n" />'
        if type(value) not in (int, float, Decimal):
            return None
        return f'{head} t="n"><v>{safe_string(value)}</v></c>'
    if data_type == "f" and type(value) is str and value:
        return f"{head}><f>{escape(value[1:])}</f><v /></c>"
    return None


def _attribute(value: str) -> str:
    text = escape(value)
    if any(c in text for c in _ATTRIBUTE_ESCAPES):
        text = "".join(_ATTRIBUTE_ESCAPES.get(c, c) for c in text)
    return text
