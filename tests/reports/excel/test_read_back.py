"""Reading a returned client workbook: marker, rows by key and header, typed cells, refusals.

The workbooks here are laid out by hand exactly as content.py and the round-trip contract say
the writer lays them out, so the reader is proved against the contract, not against the writer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    KEY_HEADER,
    STATE_CHUNK,
    STATE_HEADER,
    STATE_SHEET,
    TABLE_HEADER_ROW,
    WORKBOOK_KIND,
    Column,
    Kind,
    canonical_text,
)
from cpm_desktop.reports.excel.read_back import CellProblem, cell_value, read_returned

LEVELS = ("1", "2", "3", "4", "5")
STATUS = ("Open", "Monitoring", "Closed")
COLUMNS = (
    Column("Ref", Kind.TEXT),
    Column("Title", Kind.TEXT, field="title"),
    Column("Probability", Kind.CHOICE, field="probability", choices=LEVELS),
    Column("Cost impact", Kind.MONEY, field="cost_impact"),
    Column("Review on", Kind.DATE, field="review_on"),
    Column("Status", Kind.CHOICE, field="status", choices=STATUS),
)
LAYOUTS = {"Risks": COLUMNS}
ROWS = (
    ("R-001", "Late scanners", "4", Decimal("1200.00"), dt.date(2026, 12, 1), "Open"),
    ("R-002", "Key user leaves", "2", Decimal("0.00"), None, "Monitoring"),
)
KEYS = ("R11", "R12")


def write_returned(
    path: Path, *, rows=ROWS, keys=KEYS, marker: dict | None = None, state_rows=None
) -> Path:
    """A workbook as the writer lays it out: title rows, header row 3, key last, state sheet.

    `state_rows` replaces the state sheet's rows below its header (default: as exported).
    """
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Risks"
    sheet["A1"] = "Risk register"
    sheet["A2"] = "ACME-01, status date 2026-11-20"
    headers = [c.header for c in COLUMNS] + [KEY_HEADER]
    for at, header in enumerate(headers, start=1):
        sheet.cell(TABLE_HEADER_ROW, at, header)
    for offset, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for at, value in enumerate((*row, key), start=1):
            sheet.cell(TABLE_HEADER_ROW + 1 + offset, at, value)
    sheet.column_dimensions["G"].hidden = True
    state = book.create_sheet(STATE_SHEET)
    state.sheet_state = "veryHidden"
    fields = {
        "kind": WORKBOOK_KIND,
        "format": FORMAT_VERSION,
        "project_code": "ACME-01",
        "project_key": "7f3a",
        "exported_at": "2026-11-20T09:30:00",
    }
    fields.update(marker or {})
    for number, (name, value) in enumerate(fields.items(), start=1):
        state.cell(number, 1, name)
        state.cell(number, 2, value)
    for at, text in enumerate(STATE_HEADER, start=1):
        state.cell(7, at, text)
    if state_rows is None:
        state_rows = [("Risks", key, _state_json(row)) for row, key in zip(rows, keys, strict=True)]
    for line, texts in enumerate(state_rows, start=8):
        for at, text in enumerate(texts, start=1):
            state.cell(line, at, text)
    book.save(path)
    return path


def _state_json(row: tuple) -> str:
    """The JSON of a row's editable fields as the state sheet holds it."""
    values = {c.field: canonical_text(v) for c, v in zip(COLUMNS, row, strict=True) if c.field}
    return json.dumps(values, ensure_ascii=False)


@pytest.fixture
def returned(tmp_path: Path) -> Path:
    """A returned workbook with two risks, as exported."""
    return write_returned(tmp_path / "returned.xlsx")


def test_reads_marker_rows_and_exported_values(returned: Path) -> None:
    """The marker, each row by key with raw values by field, and the state sheet's values."""
    book = read_returned(returned, LAYOUTS)
    assert book.marker.project_code == "ACME-01"
    assert book.marker.project_key == "7f3a"
    assert book.marker.format == FORMAT_VERSION
    assert book.marker.exported_at == dt.datetime(2026, 11, 20, 9, 30)
    sheet = book.sheets["Risks"]
    assert sheet.fields == {"title", "probability", "cost_impact", "review_on", "status"}
    assert [(r.row, r.key) for r in sheet.rows] == [(4, "R11"), (5, "R12")]
    assert sheet.rows[0].values["title"] == "Late scanners"
    assert sheet.rows[0].values["review_on"].date() == dt.date(2026, 12, 1)
    assert book.exported["Risks", "R11"]["cost_impact"] == "1200.00"
    assert book.exported["Risks", "R12"]["review_on"] == ""
    assert book.notes == ()


def test_client_moves_columns_inserts_rows_sorts_and_adds(returned: Path) -> None:
    """Rows inserted above, a column moved and hidden, rows sorted, a new row: all found."""
    book = openpyxl.load_workbook(returned)
    sheet = book["Risks"]
    sheet.insert_rows(1, 2)  # the client's own notes above the title
    sheet["A1"] = "Reviewed by Miriam"
    sheet.move_range("B5:B7", rows=0, cols=8)  # Title moves to column J
    sheet.column_dimensions["J"].hidden = True
    first = [c.value for c in sheet[6]]
    second = [c.value for c in sheet[7]]
    for at, value in enumerate(second, start=1):
        sheet.cell(6, at, value)
    for at, value in enumerate(first, start=1):
        sheet.cell(7, at, value)
    sheet.cell(9, 3, "5")
    sheet.cell(9, 10, "Customs delay")
    book.save(returned)

    read = read_returned(returned, LAYOUTS).sheets["Risks"]
    assert [(r.row, r.key, r.values["title"]) for r in read.rows] == [
        (6, "R12", "Key user leaves"),
        (7, "R11", "Late scanners"),
        (9, "", "Customs delay"),
    ]
    assert read.rows[2].values["probability"] == "5"


def test_missing_editable_column_is_left_out(returned: Path) -> None:
    """A deleted Status column: the field is not read, so it reads as unchanged."""
    book = openpyxl.load_workbook(returned)
    book["Risks"].delete_cols(6)
    book.save(returned)
    sheet = read_returned(returned, LAYOUTS).sheets["Risks"]
    assert "status" not in sheet.fields
    assert "status" not in sheet.rows[0].values


def test_unknown_and_copied_keys_are_notes_not_rows(returned: Path) -> None:
    """A key the export did not write, and a copied row's repeated key, are reported only."""
    book = openpyxl.load_workbook(returned)
    sheet = book["Risks"]
    for at in range(1, 8):
        sheet.cell(6, at, sheet.cell(4, at).value)
    sheet.cell(7, 2, "Invented")
    sheet.cell(7, 7, "R99")
    book.save(returned)
    read = read_returned(returned, LAYOUTS)
    assert [r.row for r in read.sheets["Risks"].rows] == [4, 5]
    assert len(read.notes) == 2
    assert read.notes[0].startswith("Row 6 of Risks repeats the key of row 4")
    assert read.notes[1].startswith("Row 7 of Risks has the key 'R99'")


def test_blank_rows_are_skipped(returned: Path) -> None:
    """Empty rows between data (or cells cleared to spaces) are not new entries."""
    book = openpyxl.load_workbook(returned)
    book["Risks"].cell(8, 2, "   ")
    book["Risks"].cell(12, 3, None)
    book.save(returned)
    assert len(read_returned(returned, LAYOUTS).sheets["Risks"].rows) == 2


def _refusal(path: Path) -> str:
    with pytest.raises(ReturnedWorkbookError) as excinfo:
        read_returned(path, LAYOUTS)
    message = str(excinfo.value)
    assert "\n" not in message
    return message


def test_refuses_a_workbook_without_the_state_sheet(returned: Path) -> None:
    """Deleting the hidden sheet makes the workbook no longer ours."""
    book = openpyxl.load_workbook(returned)
    del book[STATE_SHEET]
    book.save(returned)
    assert _refusal(returned).startswith("This workbook was not exported by CPM Desktop")


def test_refuses_a_plain_openpyxl_workbook(tmp_path: Path) -> None:
    """Some other workbook, even one with a Risks sheet, is not ours."""
    book = openpyxl.Workbook()
    book.active.title = "Risks"
    book.save(tmp_path / "other.xlsx")
    assert _refusal(tmp_path / "other.xlsx").startswith(
        "This workbook was not exported by CPM Desktop"
    )


def test_refuses_another_kind_and_a_newer_format(tmp_path: Path) -> None:
    """The marker must name our kind and a format this version reads."""
    other = write_returned(tmp_path / "a.xlsx", marker={"kind": "Someone's tracker"})
    assert "not exported by CPM Desktop" in _refusal(other)
    newer = write_returned(tmp_path / "b.xlsx", marker={"format": FORMAT_VERSION + 1})
    assert "newer CPM Desktop" in _refusal(newer)


def test_refuses_a_format_1_workbook(tmp_path: Path) -> None:
    """A workbook of format 1 (a state row per field) is refused in one sentence, not misread."""
    old = write_returned(
        tmp_path / "old.xlsx",
        marker={"format": 1},
        state_rows=[("Risks", "R11", "title", "Late scanners")],
    )
    assert _refusal(old) == (
        "old.xlsx was exported by an earlier CPM Desktop (workbook format 1), whose edits this "
        "version cannot read back; export the workbook again and have the client edit the new one."
    )


def test_exported_values_split_over_cells_join_exactly(tmp_path: Path) -> None:
    """A row's JSON cut over several cells (cuts next to spaces too) reads back whole."""
    title = "Late scanners " * 1_500  # 21,000 characters, trailing space stripped as in a cell
    document = json.dumps({"title": title, "probability": "4", "status": "Open"})
    cut = STATE_CHUNK // 2 + 13  # lands a cut between "scanners" and its space
    pieces = [document[at : at + cut] for at in range(0, len(document), cut)]
    assert len(pieces) > 2
    assert any(p.endswith(" ") or p.startswith(" ") for p in pieces)
    path = write_returned(
        tmp_path / "long.xlsx",
        state_rows=[("Risks", "R11", *pieces), ("Risks", "R12", _state_json(ROWS[1]))],
    )
    book = read_returned(path, LAYOUTS)
    assert book.exported["Risks", "R11"] == {
        "title": title.strip(),
        "probability": "4",
        "status": "Open",
    }


@pytest.mark.parametrize("values", ["{not json", '["a list"]'])
def test_refuses_a_damaged_state_sheet(tmp_path: Path, values: str) -> None:
    """State values that are not a JSON object mean the hidden sheet was tampered with."""
    path = write_returned(tmp_path / "bad.xlsx", state_rows=[("Risks", "R11", values)])
    assert _refusal(path) == (
        "The hidden CPM Desktop sheet of bad.xlsx is damaged; export the workbook again."
    )


def test_refuses_a_sheet_without_its_key_column(returned: Path) -> None:
    """Deleting the hidden key column leaves rows that cannot be matched."""
    book = openpyxl.load_workbook(returned)
    book["Risks"].delete_cols(7)
    book.save(returned)
    assert "lost its hidden 'Key' column" in _refusal(returned)


def test_refuses_a_missing_read_back_sheet(returned: Path) -> None:
    """A renamed Risks sheet is refused rather than read as 'no edits'."""
    book = openpyxl.load_workbook(returned)
    book["Risks"].title = "Risks (reviewed)"
    book.save(returned)
    assert "The sheet 'Risks' is missing" in _refusal(returned)


def test_refuses_files_that_are_not_xlsx(tmp_path: Path) -> None:
    """A text file renamed .xlsx, an encrypted workbook and a missing file: one sentence each."""
    text = tmp_path / "notes.xlsx"
    text.write_text("Dear PM, see attached.")
    assert _refusal(text) == "notes.xlsx is not an Excel workbook (.xlsx)."
    locked = tmp_path / "locked.xlsx"
    # An encrypted OOXML file is an OLE compound file holding an EncryptionInfo stream.
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    )
    assert "protected by a password" in _refusal(locked)
    assert "Cannot read" in _refusal(tmp_path / "missing.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "not an Excel workbook (.xlsx) or is damaged" in _refusal(broken)


@pytest.mark.parametrize(
    ("raw", "column", "expected"),
    [
        ("  Late  ", COLUMNS[1], "Late"),
        (None, COLUMNS[1], ""),
        (4, COLUMNS[2], "4"),
        (4.0, COLUMNS[2], "4"),
        ("closed", COLUMNS[5], "Closed"),
        (1234.5, COLUMNS[3], Decimal("1234.50")),
        ("12,500", COLUMNS[3], Decimal("12500.00")),
        (0.1 + 0.2, COLUMNS[3], Decimal("0.30")),
        (dt.datetime(2026, 12, 1, 0, 0), COLUMNS[4], dt.date(2026, 12, 1)),
        ("2026-12-01", COLUMNS[4], dt.date(2026, 12, 1)),
        (46357, COLUMNS[4], dt.date(2026, 12, 1)),
        (None, COLUMNS[4], None),
        ("Yes", Column("Billable", Kind.YES_NO, field="billable"), True),
        ("no", Column("Billable", Kind.YES_NO, field="billable"), False),
        (3.0, Column("Days", Kind.INT, field="days"), 3),
    ],
)
def test_cell_value_types_what_excel_returns(raw, column: Column, expected) -> None:
    """Excel hands back floats, datetimes and text; each column gets its own type back."""
    assert cell_value(raw, column) == expected


@pytest.mark.parametrize(
    ("raw", "column", "message"),
    [
        ("Maybe", COLUMNS[5], "Status: 'Maybe' is not one of Open, Monitoring, Closed."),
        ("6", COLUMNS[2], "Probability: '6' is not one of 1, 2, 3, 4, 5."),
        ("next week", COLUMNS[4], "Review on: 'next week' is not a date (use YYYY-MM-DD)."),
        ("lots", COLUMNS[3], "Cost impact: 'lots' is not an amount of money."),
        (2.5, Column("Days", Kind.INT, field="days"), "Days: '2.5' is not a whole number."),
        ("perhaps", Column("Billable", Kind.YES_NO), "Billable: 'perhaps' is not Yes or No."),
    ],
)
def test_cell_value_problems_say_what_is_wrong(raw, column: Column, message: str) -> None:
    """A value its column cannot take is a CellProblem naming the column and the value."""
    with pytest.raises(CellProblem) as excinfo:
        cell_value(raw, column)
    assert str(excinfo.value) == message


def test_rows_beyond_a_stale_sheet_size_are_read(returned: Path, tmp_path: Path) -> None:
    """A tool that adds rows without updating the sheet's stated size loses none of them."""
    book = openpyxl.load_workbook(returned)
    book["Risks"].cell(9, 2, "Added below")
    book.save(returned)
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(returned) as source, zipfile.ZipFile(stale, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                # openpyxl writes `<dimension ref="A1:G9" />`, or without the space over lxml.
                text, found = re.subn(
                    r'<dimension ref="A1:G9"\s*/>', '<dimension ref="A1:C4"/>', data.decode()
                )
                assert found == 1
                data = text.encode()
            target.writestr(item, data)
    rows = read_returned(stale, LAYOUTS).sheets["Risks"].rows
    assert [(r.row, r.key, r.values["title"]) for r in rows][-1] == (9, "", "Added below")
    assert rows[0].values["status"] == "Open"
