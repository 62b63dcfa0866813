"""The client workbook read back with openpyxl: sheets, types, formats, panes, filters.

How each sheet prints: test_page_setup.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.errors import ExportError
from cpm_desktop.reports.excel.content import KEY_HEADER, STATE_SHEET, TABLE_HEADER_ROW
from cpm_desktop.reports.excel.workbook_file import write_workbook
from tests.reports.excel.support import load, sample_book, written

SHEETS = ["Summary", "Schedule", "Milestones", "Risks", STATE_SHEET]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample workbook, written once and loaded for this module's read-only tests."""
    return load(written(tmp_path_factory.mktemp("workbook")))


def test_sheets_in_order_with_the_state_sheet_very_hidden(book) -> None:
    """Summary first, then Schedule and the tables; only the state sheet is hidden."""
    assert book.sheetnames == SHEETS
    assert [book[name].sheet_state for name in SHEETS] == ["visible"] * 4 + ["veryHidden"]
    assert book.active.title == "Summary"


def test_workbook_properties(book) -> None:
    """File > Properties shows the title, the PM as author and the export time."""
    props = book.properties
    assert props.title == "ACME-01 Warehouse roll-out: client workbook"
    assert props.creator == "Laura Becker"
    assert props.created == dt.datetime(2026, 11, 22, 9, 30, 15)


def test_summary_holds_the_figures(book) -> None:
    """Labels with typed values: dates, money in euro, ratios, the RAG; notes at the bottom."""
    cells = {
        row[0].value: row[1]
        for row in book["Summary"].iter_rows(min_col=1, max_col=2)
        if row[0].value
    }
    assert cells["Client"].value == "Acme & Sons"
    assert cells["Status date"].value == dt.datetime(2026, 11, 20)
    assert cells["Status date"].number_format == "d mmm yyyy"
    assert cells["Original budget"].value == 480000
    assert "€" in cells["Original budget"].number_format
    assert cells["SPI"].value == pytest.approx(0.91)
    assert cells["CPI"].value == "–"
    assert cells["Overall status"].value == "Amber"
    assert cells["Current budget less forecast"].value.startswith("=B")
    texts = [c.value for row in book["Summary"].iter_rows() for c in row if c.value]
    assert "Earned value against the current plan: no baseline." in texts
    assert "Go-live" in texts


def test_summary_heat_map_counts_in_zone_colours(book) -> None:
    """The 5 × 5 grid: probability 5 on top, counts where risks are, zone by score."""
    sheet = book["Summary"]
    labels = {c.value: c for row in sheet.iter_rows(min_col=4, max_col=4) for c in row if c.value}
    two_low = labels["2 Low"]
    impact_four = sheet.cell(two_low.row, two_low.column + 4)
    assert impact_four.value == 1
    assert sheet.cell(labels["5 Very high"].row, two_low.column + 5).fill.fgColor.rgb == "FFF2B8B2"
    assert sheet.cell(labels["1 Very low"].row, two_low.column + 1).fill.fgColor.rgb == "FFCFE9D9"


def test_schedule_rows_are_typed_and_formatted(book) -> None:
    """Real dates with a date format, whole numbers, % complete, money in euro."""
    sheet = book["Schedule"]
    headers = [c.value for c in sheet[TABLE_HEADER_ROW]][:16]
    assert headers[:6] == ["WBS", "Task", "Type", "Duration (days)", "Start", "Finish"]
    design = {h: sheet.cell(TABLE_HEADER_ROW + 2, n) for n, h in enumerate(headers, start=1)}
    assert design["WBS"].value == "1.1"
    assert design["WBS"].data_type == "s"
    assert design["Start"].value == dt.datetime(2026, 11, 2)
    assert design["Start"].number_format == "d mmm yyyy"
    assert design["Duration (days)"].value == 5
    assert design["% complete"].value == 40
    assert design["% complete"].number_format == '0"%"'
    assert design["Budget cost"].value == 1000
    assert design["Budget cost"].number_format == "[$€-2] #,##0.00"
    assert design["Critical"].value == "Yes"
    assert design["Type"].value == "Task"


def test_schedule_outline_levels_collapse_summaries(book) -> None:
    """Tasks sit one outline level below their summary, with the +/- on the summary row."""
    sheet = book["Schedule"]
    first = TABLE_HEADER_ROW + 1
    assert sheet.cell(first, 3).value == "Summary"
    assert sheet.row_dimensions[first].outline_level == 0
    assert [sheet.row_dimensions[first + n].outline_level for n in (1, 2, 3)] == [1, 1, 1]
    assert sheet.sheet_properties.outlinePr.summaryBelow is False


def test_schedule_filter_and_panes(book) -> None:
    """The filter covers header and tasks; WBS and Task stay in view."""
    sheet = book["Schedule"]
    assert sheet.auto_filter.ref == f"A{TABLE_HEADER_ROW}:P{TABLE_HEADER_ROW + 12}"
    assert sheet.freeze_panes == "C4"


def test_gantt_weeks_bars_milestone_and_status_date(book) -> None:
    """Week columns hold Mondays; bar rules read Start/Finish; a diamond; the status week."""
    sheet = book["Schedule"]
    mondays = [c.value for c in sheet[TABLE_HEADER_ROW][16:]]
    assert mondays[0] == dt.datetime(2026, 11, 2)  # the Monday of the first start
    assert all(b - a == dt.timedelta(weeks=1) for a, b in zip(mondays, mondays[1:], strict=False))
    rules = [r for cf in sheet.conditional_formatting for r in cf.rules]
    formulas = [r.formula[0] for r in rules]
    assert any('$C4="Summary"' in f for f in formulas)
    assert any("$G4/100" in f for f in formulas)  # progress
    assert any('$K4="Yes"' in f for f in formulas)  # critical
    status_column = 17 + mondays.index(dt.datetime(2026, 11, 16))
    assert sheet.cell(TABLE_HEADER_ROW + 1, status_column).border.left.style == "medium"
    go_live = sheet.cell(TABLE_HEADER_ROW + 4, 17 + mondays.index(dt.datetime(2026, 11, 30)))
    assert go_live.value == "◆"


@pytest.mark.parametrize(
    ("wbs", "name", "quoted"),
    [
        ("2.1", '=HYPERLINK("x")', True),
        ("2.2", "+1", True),
        ("2.3", "-2", True),
        ("2.4", "@SUM(A1)", True),
        ("2.5", "\tTab", True),
        ("2.6", "Bellring", False),
        ("2.7", "#N/A", False),
    ],
)
def test_text_that_looks_like_a_formula_stays_text(book, wbs, name, quoted) -> None:
    """Stored as a string (never a formula or error), quote-prefixed; control characters go."""
    sheet = book["Schedule"]
    row = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == wbs)
    cell = row[1]
    assert cell.value == name
    assert cell.data_type == "s"
    assert cell.quotePrefix is quoted


def test_text_over_the_cell_limit_is_cut_with_a_marker(book) -> None:
    """A 40,000-character name fits Excel's 32,767 and says what was cut."""
    sheet = book["Schedule"]
    row = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == "3")
    text = row[1].value
    assert len(text) <= 32_767
    assert text.startswith("x" * 30_000)
    assert text.endswith("more characters did not fit in one Excel cell]")


def test_table_layout_title_header_data_and_hidden_key_last(book) -> None:
    """Row 1 title, row 2 project, row 3 headers; the Key column last and hidden."""
    sheet = book["Risks"]
    assert sheet["A1"].value == "Risk register"
    assert "ACME-01 Warehouse roll-out" in sheet["A2"].value
    headers = [c.value for c in sheet[TABLE_HEADER_ROW]]
    assert headers[-1] == KEY_HEADER
    assert headers[0] == "Ref"
    assert sheet.column_dimensions["L"].hidden
    assert [sheet.cell(r, 12).value for r in (4, 5)] == ["R11", "R12"]
    assert sheet.max_column == 12
    assert sheet.freeze_panes == "C4"
    assert sheet.auto_filter.ref == "A3:L5"


def test_table_cells_typed_by_kind(book) -> None:
    """Money, dates, percent, Yes/No and choices as the contract says; long text wraps."""
    sheet = book["Risks"]
    assert sheet["G4"].value == pytest.approx(1200.5)
    assert sheet["G4"].number_format == "[$€-2] #,##0.00"
    assert sheet["H4"].value == dt.datetime(2026, 12, 1)
    assert (sheet["I4"].value, sheet["I4"].number_format) == (40, '0"%"')
    assert (sheet["J4"].value, sheet["J5"].value) == ("Yes", "No")
    assert sheet["D4"].value == "3 - Medium"
    assert sheet["C4"].alignment.wrap_text
    assert sheet.row_dimensions[4].height > 15  # two lines of description


def test_table_text_that_looks_like_a_formula_stays_text(book) -> None:
    """A risk titled '=1+1' is text in the table (the state sheet: test_state_sheet.py)."""
    assert book["Risks"]["B5"].value == "=1+1"
    assert book["Risks"]["B5"].data_type == "s"


def test_totals_row_sums_the_filtered_rows(book) -> None:
    """Row 2 holds SUBTOTAL(109, …) over the column down to the validated rows."""
    sheet = book["Risks"]
    assert sheet["G2"].value == "=SUBTOTAL(109,G4:G5000)"
    assert sheet["K2"].value == "=SUBTOTAL(109,K4:K5000)"
    assert sheet["F2"].value == "Total of the rows shown"
    assert "€" in sheet["G2"].number_format


def test_validations_on_editable_columns(book) -> None:
    """Dropdowns for choices and Yes/No, type checks for numbers and dates, down to row 5000."""
    validations = {str(v.sqref): v for v in book["Risks"].data_validations.dataValidation}
    assert validations["D4:D5000"].type == "list"
    levels = '"1 - Very low,2 - Low,3 - Medium,4 - High,5 - Very high"'
    assert validations["D4:D5000"].formula1 == levels
    assert validations["J4:J5000"].formula1 == '"Yes,No"'
    assert validations["G4:G5000"].type == "decimal"
    assert validations["H4:H5000"].type == "date"
    assert (validations["I4:I5000"].formula1, validations["I4:I5000"].formula2) == ("0", "100")
    assert validations["K4:K5000"].type == "whole"
    assert all(v.showErrorMessage and v.error for v in validations.values())
    assert "E4:E5000" not in validations  # the score is not editable
    assert not book["Milestones"].data_validations.dataValidation  # not read back


def test_conditional_formats_colour_rag_and_score(book) -> None:
    """RAG cells take their colour from a rule; the score column has a colour scale."""
    formats = {str(cf.sqref): cf.rules for cf in book["Risks"].conditional_formatting}
    rag_rules = formats["F4:F5000"]
    assert [r.formula[0] for r in rag_rules] == [
        'LOWER($F4)="red"',
        'LOWER($F4)="amber"',
        'LOWER($F4)="green"',
    ]
    assert formats["E4:E5000"][0].type == "colorScale"


def test_chf_amounts_show_the_franc(tmp_path: Path) -> None:
    """Number formats follow the project currency."""
    sheet = load(written(tmp_path, sample_book(currency="CHF")))["Risks"]
    assert sheet["G4"].number_format == "[$CHF] #,##0.00"


def test_progress_reports_each_sheet(tmp_path: Path) -> None:
    """The report callback hears one line per sheet, then the save."""
    heard: list[str] = []
    write_workbook(sample_book(), tmp_path / "b.xlsx", report=heard.append)
    assert heard[:3] == [
        "Writing the Summary sheet…",
        "Writing the Schedule sheet…",
        "Writing the Milestones sheet…",
    ]
    assert heard[-1] == "Saving b.xlsx…"


def test_unwritable_target_is_an_export_error_and_leaves_nothing(tmp_path: Path) -> None:
    """A missing folder or a folder as the target: ExportError, and no file written."""
    with pytest.raises(ExportError, match="does not exist"):
        write_workbook(sample_book(), tmp_path / "missing" / "b.xlsx")
    (tmp_path / "b.xlsx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write_workbook(sample_book(), tmp_path / "b.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["b.xlsx"]


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    """Writing over an older export leaves the new workbook and no temporary file."""
    target = tmp_path / "b.xlsx"
    target.write_bytes(b"old")
    write_workbook(sample_book(), target)
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["b.xlsx"]


def test_an_empty_project_still_makes_a_workbook(tmp_path: Path) -> None:
    """No tasks, no rows, no status date: every sheet is there, headers only."""
    tables = tuple(replace(t, rows=(), keys=()) for t in sample_book().tables)
    book = sample_book(schedule=(), status_date=None, heat_map=(), tables=tables)
    loaded = load(written(tmp_path, book))
    assert loaded.sheetnames == SHEETS
    assert loaded["Risks"].auto_filter.ref == "A3:L3"


def test_an_empty_read_back_table_keeps_its_key_column_and_checks(tmp_path: Path) -> None:
    """A read-back table without rows still ends with the hidden Key column and has its
    dropdowns, so the first entries a client adds below it come back."""
    milestones, risks = sample_book().tables
    book = sample_book(tables=(milestones, replace(risks, rows=(), keys=())))
    sheet = load(written(tmp_path, book))["Risks"]
    assert sheet.cell(TABLE_HEADER_ROW, 12).value == KEY_HEADER
    assert sheet.column_dimensions["L"].hidden
    assert sheet.max_row == TABLE_HEADER_ROW
    validations = {str(v.sqref) for v in sheet.data_validations.dataValidation}
    assert "D4:D5000" in validations


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"read_back": False}, "keys on a sheet that is not read back"),
        ({"keys": ("R11",)}, "2 rows but 1 keys"),
        ({"rows": (), "keys": (), "empty_note": "No risks yet."}, "would read back as a new row"),
    ],
)
def test_inconsistent_read_back_tables_are_refused(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    """Keys without the read-back, a key per row missing, an empty note that would come back:
    the writer refuses them instead of writing a sheet the read-back would misread."""
    milestones, risks = sample_book().tables
    book = sample_book(tables=(milestones, replace(risks, **changes)))
    with pytest.raises(ValueError, match=message):
        written(tmp_path, book)
