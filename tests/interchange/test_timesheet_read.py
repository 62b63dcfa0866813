"""Reading timesheet files: columns found by their English or German headers in any order,
dates and weeks as people write them, one problem per bad line, and hostile files refused."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange import timesheet_read
from cpm_desktop.interchange.timesheet_read import read_timesheet, read_timesheet_data

MONDAY = dt.date(2026, 11, 23)


def _workbook(rows: list[list[object]], *, title_sheet: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title_sheet:  # a first sheet without a header: the reader looks further
        sheet.append(["Read me: the hours are on the next sheet"])
        sheet = book.create_sheet("Hours")
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_english_csv_any_order_and_every_week_form() -> None:
    """Headers in any order; a week named by any of its days, an ISO week or KW n/year."""
    text = (
        "Hours,Week,Task,Person,Billable,Note\n"
        "8,2026-11-26,3.4,Åsa Lindqvist,yes,Thursday names its Monday\n"
        "7.5,2026-W48,Integration design,asa lindqvist,no,\n"
        '"7:30",KW 48/2026,3.4,Jürgen,,"quoted, with a comma"\n'
        "4,Mon 23 Nov 2026,3.4,Kim,Y,\n"
    )
    sheet = read_timesheet_data(text.encode(), "hours.csv")
    assert sheet.columns == ("Hours", "Week", "Task", "Person", "Billable", "Note")
    assert [line.line for line in sheet.lines] == [2, 3, 4, 5]
    assert {line.week for line in sheet.lines} == {MONDAY}
    assert [line.hours for line in sheet.lines] == [8.0, 7.5, 7.5, 4.0]
    assert [line.billable for line in sheet.lines] == [True, False, None, True]
    assert sheet.lines[2].note == "quoted, with a comma"
    assert all(line.problem is None for line in sheet.lines)


def test_german_csv_from_excel() -> None:
    """Semicolons, Windows-1252, a title line, decimal commas, dotted and named dates."""
    text = (
        "Stundenzettel November\n"
        "Mitarbeiter;PSP-Code;Datum;Stunden [h];Abrechenbar;Bemerkung\n"
        "Jürgen Özdemir;3.4;24.11.2026;7,5;ja;Schnittstellen\n"
        "Jürgen Özdemir;3.4;Mi., 25. Nov. 2026;8 Std;nein;\n"
        "Jürgen Özdemir;3.4;26. März 2027;2;;\n"
    )
    sheet = read_timesheet_data(text.encode("cp1252"), "stunden.csv")
    first, second, third = sheet.lines
    assert (first.person, first.wbs, first.day, first.week) == (
        "Jürgen Özdemir",
        "3.4",
        dt.date(2026, 11, 24),
        MONDAY,
    )
    assert (first.hours, first.billable, second.hours, second.billable) == (7.5, True, 8.0, False)
    assert third.day == dt.date(2027, 3, 26)


def test_a_bad_line_carries_one_problem_and_the_others_are_read() -> None:
    """Each line that cannot be read names its number and what is wrong with it."""
    text = (
        "Person,Task,Date,Hours\n"
        "Ana,3.4,2026-11-23,abc\n"
        "Ana,3.4,2026-02-30,4\n"
        "Ana,3.4,07/08/2026,4\n"
        ",3.4,2026-11-23,4\n"
        "Ana,,2026-11-23,4\n"
        "Ana,3.4,2026-11-23,-2\n"
        "Ana,3.4,2026-11-23,169\n"
        "Ana,3.4,,4\n"
        "Ana,3.4,2026-11-23,\n"
        ",,,\n"
        "Ana,3.4,2026-11-24,6\n"
    )
    lines = read_timesheet_data(text.encode(), "t.csv").lines
    problems = {line.line: line.problem for line in lines}
    assert "not a number of hours" in str(problems[2])
    assert "no such day" in str(problems[3])
    assert "day/month or month/day" in str(problems[4])
    assert "no person" in str(problems[5])
    assert "no task" in str(problems[6])
    assert "negative" in str(problems[7])
    assert "more than a week" in str(problems[8])
    assert "no week" in str(problems[9])
    assert "no hours" in str(problems[10])
    assert 11 not in problems  # a blank line is skipped
    assert problems[12] is None


def test_week_and_date_must_agree_and_a_bare_week_number_is_refused() -> None:
    """A week number without its year is no week; a date outside the week given is a problem."""
    text = "Person,Task,Week,Date,Hours\nAna,1,48,,4\nAna,1,2026-11-23,2026-12-01,4\n"
    first, second = read_timesheet_data(text.encode(), "t.csv").lines
    assert "names no year" in str(first.problem)
    assert "not in the week" in str(second.problem)


def test_workbook_with_dates_times_and_a_title_sheet() -> None:
    """A workbook's date and time cells are read as such, on the first sheet with a header."""
    data = _workbook(
        [
            ["Hours booked in November"],
            [],
            ["Resource Name", "Task Name", "Week Starting", "Actual Work", "Comments"],
            ["Åsa Lindqvist", "Integration design", dt.datetime(2026, 11, 25), dt.time(7, 30), "x"],
            ["Åsa Lindqvist", 3.1, 46349, 8, None],
        ],
        title_sheet=True,
    )
    sheet = read_timesheet_data(data, "hours.xlsx")
    assert sheet.sheet == "Hours"
    first, second = sheet.lines
    assert (first.line, first.week, first.hours, first.note) == (4, MONDAY, 7.5, "x")
    assert (second.task, second.task_was_number, second.week) == ("3.1", True, MONDAY)


def test_a_bare_name_column_is_the_person_only_without_a_plainer_one() -> None:
    """A planner's "Name" is often the task: a Resource column wins over it."""
    text = "Name,Resource,WBS,Week,Hours\nDesign,Ana,1,2026-11-23,4\n"
    [line] = read_timesheet_data(text.encode(), "t.csv").lines
    assert (line.person, line.wbs) == ("Ana", "1")
    [line] = read_timesheet_data(b"Name,WBS,Week,Hours\nAna,1,2026-11-23,4\n", "t.csv").lines
    assert line.person == "Ana"


@pytest.mark.parametrize(
    ("data", "name", "match"),
    [
        (b"Person,Hours\nAna,4\n", "t.csv", "the task \\(or WBS\\), the week"),
        (b"", "t.csv", "no header row"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "t.xls", "Excel 97"),
        (b"PK\x03\x04 damaged", "t.xlsx", "damaged"),
        (b"not a zip at all", "t.xlsx", "not an Excel workbook"),
        (b"Person\x00Task", "t.csv", "not a text"),
    ],
)
def test_unreadable_files_are_refused_in_one_sentence(data: bytes, name: str, match: str) -> None:
    """No header, an old or damaged workbook, binary junk: one InterchangeError each."""
    with pytest.raises(InterchangeError, match=match):
        read_timesheet_data(data, name)


def test_limits_on_size_lines_and_unpacked_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file too big, too many lines, or a workbook unpacking to too much is not read."""
    monkeypatch.setattr(timesheet_read, "MAX_FILE_BYTES", 200)
    big = tmp_path / "big.csv"
    big.write_bytes(b"Person,Task,Week,Hours\n" + b"Ana,1,2026-11-23,1\n" * 20)
    with pytest.raises(InterchangeError, match="not read"):
        read_timesheet(big)
    monkeypatch.setattr(timesheet_read, "MAX_FILE_BYTES", 5 * 2**20)
    monkeypatch.setattr(timesheet_read, "MAX_LINES", 5)
    with pytest.raises(InterchangeError, match="more than 5 lines"):
        read_timesheet(big)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 2**20))
    monkeypatch.setattr(timesheet_read, "MAX_UNPACKED_BYTES", 2**20)
    with pytest.raises(InterchangeError, match="unpacks to more"):
        read_timesheet_data(bomb.getvalue(), "bomb.xlsx")
    with pytest.raises(InterchangeError, match="Cannot read"):
        read_timesheet(tmp_path / "missing.csv")


# -- hostile input never crashes -------------------------------------------------------------

_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "2026-11-23",
            "2026-W48",
            "KW 99/2026",
            "31.02.2026",
            "7:75",
            "1e400",
            "nan",
            "-0",
            "",
            "ja",
        ]
    ),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_are_read_or_refused(data: bytes) -> None:
    """Any bytes: lines, or an InterchangeError; never another exception."""
    for name in ("t.csv", "t.xlsx"):
        with contextlib.suppress(InterchangeError):
            read_timesheet_data(data, name)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([",", ";", "\t"]),
    st.lists(st.lists(_CELLS, min_size=0, max_size=7), max_size=12),
)
def test_hostile_csv_lines_are_read_or_refused(delimiter: str, rows: list[list[str]]) -> None:
    """Under a valid header any cells give lines (each with or without a problem) or a refusal."""
    header = delimiter.join(["Person", "Task", "Week", "Hours", "Billable", "Date"])
    body = "\n".join(delimiter.join(row) for row in rows)
    try:
        sheet = read_timesheet_data(f"{header}\n{body}".encode(), "t.csv")
    except InterchangeError:
        return
    for line in sheet.lines:
        assert line.problem is not None or (line.week and line.hours is not None)
        assert line.hours is None or 0 <= line.hours <= 168


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(-(10**6), 10**6),
                st.floats(allow_nan=False, allow_infinity=False),
                st.dates(dt.date(1900, 3, 1), dt.date(2200, 1, 1)),
                st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"])),
            ),
            max_size=6,
        ),
        max_size=6,
    )
)
def test_hostile_workbook_cells_are_read_or_refused(rows: list[list[object]]) -> None:
    """Any workbook cells under a valid header: lines or a refusal, never a crash."""
    data = _workbook([["Person", "Task", "Week", "Hours", "Billable", "Note"], *rows])
    with contextlib.suppress(InterchangeError):
        read_timesheet_data(data, "t.xlsx")
