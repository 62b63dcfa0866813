"""The faster sheet writer writes what openpyxl's own save writes, byte for byte, part by part."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.formula import ArrayFormula

from cpm_desktop.reports.excel.sheet_xml import save_bytes
from cpm_desktop.reports.excel.workbook_file import workbook_bytes
from tests.reports.excel.support import sample_book

# openpyxl's save stamps the time of saving; two saves may fall in different seconds.
# Both books are made a moment apart: on a busy machine their creation second differs too.
MODIFIED = re.compile(rb"<dcterms:(modified|created)[^>]*>[^<]*</dcterms:(modified|created)>")


def parts(data: bytes) -> dict[str, bytes]:
    """Each part of an .xlsx file by name, the creation and save times blanked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: MODIFIED.sub(b"", archive.read(name)) for name in archive.namelist()}


def openpyxl_save(book: Workbook) -> bytes:
    """The file as openpyxl's own save writes it."""
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_the_client_workbook_is_written_as_openpyxl_writes_it(monkeypatch) -> None:
    """Every part of the sample workbook (tricky text, a cut text, formulas, merged cells)."""
    fast = workbook_bytes(sample_book())
    monkeypatch.setattr("cpm_desktop.reports.excel.workbook_file.save_bytes", openpyxl_save)
    assert parts(fast) == parts(workbook_bytes(sample_book()))


def odd_cells() -> Workbook:
    """A workbook with the cells the templates leave to openpyxl, among ordinary ones."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "plain"
    sheet["B1"] = " spaced & <escaped> "
    sheet["C1"] = 3.25
    sheet["D1"] = Decimal("1200.50")
    sheet["E1"] = True  # a boolean cell
    sheet["F1"] = dt.datetime(2026, 11, 20, 9, 30)  # a date cell
    sheet["A2"] = "=SUM(C1:D1)"
    sheet["B2"] = ArrayFormula("B2:B2", "=SUM(C1:D1*2)")
    sheet["C2"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold")])
    sheet["D2"].font = Font(bold=True)  # styled, no value
    sheet["A3"] = "commented"
    sheet["A3"].comment = Comment("A note", "PM")
    sheet["B4"] = "link"
    sheet["B4"].hyperlink = "https://example.com"
    sheet.merge_cells("A5:B5")
    sheet["A5"] = "merged"
    sheet.row_dimensions[6].height = 30
    sheet.row_dimensions[7].outline_level = 2
    sheet.row_dimensions[7].hidden = True
    return book


def test_cells_left_to_openpyxl_come_out_the_same() -> None:
    """Booleans, dates, array formulas, rich text, comments, links, merged cells, bare rows."""
    assert parts(save_bytes(odd_cells())) == parts(openpyxl_save(odd_cells()))
