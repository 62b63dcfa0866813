"""How each sheet of the client workbook prints, read back from the saved file with openpyxl.

The printed sizes are measured independently of page_setup.py: column widths as LibreOffice
prints them in Carlito, Calibri's metric twin (5.55 points a unit, measured from its PDF),
fonts from the cells themselves.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from pypdf import PdfReader

from cpm_desktop.domain import PaperSize
from cpm_desktop.reports.excel.content import TABLE_HEADER_ROW
from cpm_desktop.reports.excel.page_setup import PrintText, set_footer, set_up_printing
from cpm_desktop.reports.formatting import MONTHS
from tests.reports.excel.support import load, sample_book, task, written
from tests.reports.support import SOFFICE, soffice_pdf

SHEETS = ("Summary", "Schedule", "Milestones", "Risks")
A4_ROOM = {"landscape": 841.89 - 57.6, "portrait": 595.28 - 57.6}  # points between margins
LIBREOFFICE_POINTS_PER_UNIT = 5.55
SMALLEST_PRINTED = 8.0
GANTT = 17  # the first week column: after the 16 task columns


def long_schedule() -> tuple[Any, ...]:
    """Forty tasks, one starting every two weeks from Monday 5 Jan 2026: an 82-week Gantt."""
    first = dt.date(2026, 1, 5)
    return tuple(
        task(
            f"{n + 1}",
            f"Work package {n + 1}",
            0,
            start=first + dt.timedelta(weeks=2 * n),
            finish=first + dt.timedelta(weeks=2 * n + 3, days=4),
        )
        for n in range(40)
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample workbook, written once and loaded."""
    return load(written(tmp_path_factory.mktemp("print")))


@pytest.fixture(scope="module")
def long_book_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with a plan of a year and a half, written once."""
    return written(tmp_path_factory.mktemp("long"), sample_book(schedule=long_schedule()))


@pytest.fixture(scope="module")
def long_book(long_book_path: Path) -> Any:
    """The long plan's workbook, loaded."""
    return load(long_book_path)


def widths(sheet: Any) -> list[float]:
    """Each column's printed width at 100 %, in points; hidden columns 0."""
    found = []
    for number in range(1, sheet.max_column + 1):
        dimension = sheet.column_dimensions.get(get_column_letter(number))
        width = dimension.width if dimension is not None and dimension.customWidth else 8.43
        hidden = dimension is not None and dimension.hidden
        found.append(0.0 if hidden else width * LIBREOFFICE_POINTS_PER_UNIT)
    return found


def scale(sheet: Any) -> float:
    """The scale the sheet prints at, in per cent: its own, or the one fitting its width."""
    setup = sheet.page_setup
    if not sheet.sheet_properties.pageSetUpPr.fitToPage:
        return float(setup.scale or 100)
    assert setup.fitToWidth == 1
    return min(100.0, 100 * A4_ROOM[setup.orientation] / sum(widths(sheet)))


def smallest_font(sheet: Any) -> float:
    """The smallest font of a cell with a value in a visible column."""
    hidden = {
        column_index_from_string(letter)
        for letter, dimension in sheet.column_dimensions.items()
        if dimension.hidden
    }
    return min(
        cell.font.sz or 11
        for row in sheet.iter_rows()
        for cell in row
        if cell.value not in (None, "") and cell.column not in hidden
    )


def page_columns(sheet: Any) -> list[tuple[int, int]]:
    """(first, last) column of each page across, from the column breaks."""
    starts = [1, *(b.id + 1 for b in sheet.col_breaks.brk)]
    ends = [s - 1 for s in starts[1:]] + [sheet.max_column]
    return list(zip(starts, ends, strict=True))


def title_columns(sheet: Any) -> int:
    """How many leading columns repeat on each page ("$A:$B": 2)."""
    if not sheet.print_title_cols:
        return 0
    return column_index_from_string(sheet.print_title_cols.split(":")[1].strip("$"))


@pytest.mark.parametrize("name", SHEETS)
def test_every_sheet_prints_its_smallest_text_at_eight_points_or_more(book, name) -> None:
    """The smallest font times the print scale is 8 points or more, cells and footer alike."""
    sheet = book[name]
    printed = scale(sheet) / 100
    assert smallest_font(sheet) * printed >= SMALLEST_PRINTED
    for part in (sheet.oddHeader.left, sheet.oddFooter.center, sheet.oddFooter.right):
        assert part.size * printed >= SMALLEST_PRINTED


@pytest.mark.parametrize("name", SHEETS)
def test_no_page_across_overflows(long_book, name) -> None:
    """Each page's columns, with the repeated ones, fit the width between the margins."""
    sheet = long_book[name]
    room = A4_ROOM[sheet.page_setup.orientation] * 100 / scale(sheet)
    points = widths(sheet)
    titles = sum(points[: title_columns(sheet)])
    for first, last in page_columns(sheet):
        used = (titles if first > 1 else 0.0) + sum(points[first - 1 : last])
        assert used <= room, (first, last)


@pytest.mark.parametrize("name", SHEETS)
def test_a4_with_page_numbers_and_rows_running_down(book, name) -> None:
    """A4, as many pages down as the rows need, 'Page x of y' at the foot."""
    sheet = book[name]
    assert sheet.page_setup.paperSize == 9
    if sheet.sheet_properties.pageSetUpPr.fitToPage:
        assert sheet.page_setup.fitToHeight == 0
    assert sheet.oddFooter.center.text == "Page &P of &N"


def test_header_names_project_and_sheet_and_the_footer_leaves_its_left_free(book) -> None:
    """Header: the project (its '&' doubled), the sheet; footer: blank, page, export date."""
    sheet = book["Risks"]
    assert sheet.oddHeader.left.text == "ACME-01 · Warehouse roll-out"
    assert sheet.oddHeader.right.text == "Risks"
    assert sheet.oddFooter.left.text is None
    assert sheet.oddFooter.right.text == "Exported 22 Nov 2026"


def test_the_audience_text_goes_to_the_footers_left() -> None:
    """set_footer's audience fills the left part, escaped; the rest as without it."""
    sheet = Workbook().active
    text = PrintText(project="P", exported="Exported 1 Dec 2026")
    set_footer(sheet, text, "Internal & confidential — not for the client")
    assert sheet.oddFooter.left.text == "Internal && confidential — not for the client"
    assert sheet.oddFooter.center.text == "Page &P of &N"


def test_letter_paper_when_the_print_text_says_so() -> None:
    """The paper comes from PrintText; a narrow sheet on Letter prints portrait, fitted."""
    sheet = Workbook().active
    sheet["A1"] = "x"
    text = PrintText(project="P", exported="E", paper=PaperSize.LETTER)
    layout = set_up_printing(sheet, text, title_rows=None)
    assert sheet.page_setup.paperSize == 1
    assert sheet.page_setup.orientation == "portrait"
    assert layout.fit_to_width


def test_a_narrow_table_prints_portrait_and_a_wide_one_landscape(book) -> None:
    """Milestones' three columns fit a portrait page; the Risks' eleven need landscape."""
    assert book["Milestones"].page_setup.orientation == "portrait"
    assert book["Risks"].page_setup.orientation == "landscape"


def test_a_table_readable_when_fitted_is_fitted_to_one_page_wide(book) -> None:
    """The sample Risks table shrinks to about 82 %: its 10-point text prints above 8."""
    sheet = book["Risks"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == f"${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}"
    assert not sheet.col_breaks.brk
    assert sheet.print_title_cols is None


def test_the_schedule_prints_full_size_over_pages_across(long_book) -> None:
    """Its 8-point week dates allow no shrinking: 100 %, breaks, WBS and Task on every page."""
    sheet = long_book["Schedule"]
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 0
    assert sheet.page_setup.scale == 100
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_cols == "$A:$B"
    # The month names above the week dates repeat with them.
    assert sheet.print_title_rows == f"${TABLE_HEADER_ROW - 1}:${TABLE_HEADER_ROW}"
    assert sheet.print_area == f"'Schedule'!$A$1:${get_column_letter(sheet.max_column)}$43"


def test_the_gantt_splits_over_pages_at_month_starts(long_book) -> None:
    """The Gantt begins a page; every later page begins at the week holding a month's 1st."""
    sheet = long_book["Schedule"]
    starts = [first for first, _ in page_columns(sheet)]
    assert GANTT in starts
    gantt_pages = [s for s in starts if s > GANTT]
    assert len(gantt_pages) >= 2  # 82 weeks take three pages or more
    for column in gantt_pages:
        monday = sheet.cell(TABLE_HEADER_ROW, column).value.date()
        first_of_month = (monday + dt.timedelta(days=6)).replace(day=1)
        assert monday <= first_of_month <= monday + dt.timedelta(days=6), monday
        label = f"{MONTHS[first_of_month.month - 1]} {first_of_month.year}"
        assert sheet.cell(TABLE_HEADER_ROW - 1, column).value == label
    # Whole months per page: at least three of them on a Gantt page.
    widths_in_weeks = [b - a for a, b in zip([GANTT, *gantt_pages], gantt_pages, strict=False)]
    assert min(widths_in_weeks) >= 13


def test_the_summary_prints_one_page_wide(book) -> None:
    """One page wide (the KPI block sits under the left half, not beside the right one),
    shrunk no further than its 8-point heat-map labels allow."""
    sheet = book["Summary"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert not sheet.col_breaks.brk


def printed_sizes(pdf: Path) -> list[float]:
    """The smallest text size on each page of `pdf`, in points, as printed."""
    return [_smallest_on(page) for page in PdfReader(pdf).pages]


def _smallest_on(page: Any) -> float:
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            # The vertical scale of the text matrix times the page's transformation.
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append(size * math.hypot(c, d))

    page.extract_text(visitor_text=visit)
    return min(sizes)


def font_families(pdf: Path) -> set[str]:
    """The families of the fonts `pdf` prints in ("Carlito" for "BAAAAA+Carlito-Bold")."""
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"].get_object().get("/Font", {}).get_object().values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].split("-")[0])
    return names


@pytest.mark.skipif(
    SOFFICE is None,
    reason=(
        "LibreOffice (soffice) is not installed; Debian: apt-get install libreoffice-calc-nogui "
        "fonts-crosextra-carlito"
    ),
)
def test_libreoffice_prints_no_text_below_eight_points(long_book_path: Path, tmp_path) -> None:
    """soffice prints the long-plan workbook; every page's smallest text is 8 points (to its
    rounding of 8 to 7.99), and the Schedule's Gantt runs over pages across."""
    result = soffice_pdf(long_book_path, tmp_path)
    assert result.returncode == 0, result.stderr
    families = font_families(tmp_path / "book.pdf")
    if not families & {"Calibri", "Carlito"}:
        # Column widths count Calibri's digits: printed in a wider stand-in (DejaVu Sans is a
        # quarter wider) every column widens with it and a fitted sheet shrinks below 8 points.
        pytest.skip(
            f"LibreOffice has neither Calibri nor Carlito and prints in {sorted(families)}; "
            "Debian: apt-get install fonts-crosextra-carlito"
        )
    sizes = printed_sizes(tmp_path / "book.pdf")
    assert len(sizes) > 6
    assert min(sizes) >= SMALLEST_PRINTED - 0.05, sizes
