"""Timesheets from outside: a CSV or Excel file of hours per person, task and week (or day).

Pure: bytes in, plain lines out; the services find the people and tasks the lines name. The
columns are found by their headers, in any order, in English or German (Person/Mitarbeiter,
Task/Aufgabe or WBS/PSP, Week/Woche or Date/Datum, Hours/Stunden, Billable, Note/Bemerkung,
Project). A day is booked in its week: a date, or a week named by any of its days, counts for
the week's Monday.

Untrusted input: size, line and column limits; a line that cannot be read carries one problem
naming what is wrong, and the other lines are still read; a file that cannot be read at all is
one InterchangeError. Nothing else escapes.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import itertools
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.text_values import local_number
from cpm_desktop.interchange.timesheet_values import (
    CellError,
    fold,
    monday_of,
    read_day,
    read_flag,
    read_hours,
    read_week,
    shown,
)
from cpm_desktop.texts import N_, _

MAX_FILE_BYTES = 5 * 2**20  # a year of a large team's daily lines is well under a megabyte
MAX_UNPACKED_BYTES = 60 * 2**20  # what a workbook's zip may unpack to (a zip bomb is refused)
MAX_ZIP_ENTRIES = 2_000
MAX_LINES = 20_000  # lines of hours
MAX_COLUMNS = 60  # columns read per row; a timesheet has a handful
HEADER_ROWS = 20  # rows searched for the header (a title and notes may come first)
MAX_CELL = 500  # characters in a person's, task's or project's cell
NOTE_LIMIT = 200  # a note is cut to what the workspace keeps
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an encrypted .xlsx
DELIMITERS = (";", ",", "\t", "|")
T = TypeVar("T")


class Field(enum.Enum):
    """What a column of the timesheet holds."""

    PERSON = "Person"
    TASK = "Task"
    WBS = "WBS"
    WEEK = "Week"
    DATE = "Date"
    HOURS = "Hours"
    BILLABLE = "Billable"
    NOTE = "Note"
    PROJECT = "Project"


# Headers as `fold` leaves them, brackets and punctuation dropped ("Stunden [h]" → "stunden").
HEADERS: dict[Field, frozenset[str]] = {
    Field.PERSON: frozenset(
        ["person", "person name", "resource", "resource name", "employee", "employee name"]
        + ["staff", "team member", "consultant", "user", "who", "mitarbeiter", "mitarbeiterin"]
        + ["name mitarbeiter", "ressource", "ressourcenname", "benutzer"]
    ),
    Field.TASK: frozenset(
        ["task", "task name", "activity", "work package", "aufgabe", "vorgang", "vorgangsname"]
        + ["arbeitspaket", "tatigkeit", "aktivitat", "task or wbs", "task wbs"]
    ),
    Field.WBS: frozenset(
        ["wbs", "wbs code", "outline number", "psp", "psp code", "psp element", "pspelement"]
        + ["gliederungsnummer", "strukturplancode"]
    ),
    Field.WEEK: frozenset(
        ["week", "week of", "week start", "week starting", "week beginning", "week commencing"]
        + ["woche", "wochenbeginn", "woche ab", "kalenderwoche", "kw", "cw", "calendar week"]
    ),
    Field.DATE: frozenset(["date", "day", "work date", "datum", "tag", "arbeitstag"]),
    Field.HOURS: frozenset(
        ["hours", "hrs", "h", "time", "hours worked", "actual hours", "actual work", "work"]
        + ["effort", "duration", "stunden", "std", "arbeitsstunden", "ist stunden", "iststunden"]
        + ["aufwand", "dauer", "arbeitszeit", "zeit"]
    ),
    Field.BILLABLE: frozenset(
        ["billable", "chargeable", "billed", "abrechenbar", "fakturierbar", "verrechenbar"]
    ),
    Field.NOTE: frozenset(
        ["note", "notes", "comment", "comments", "description", "remark", "remarks"]
        + ["bemerkung", "bemerkungen", "notiz", "kommentar", "beschreibung", "anmerkung"]
    ),
    Field.PROJECT: frozenset(
        ["project", "project code", "projekt", "projektcode", "projektnummer", "projekt code"]
    ),
}
# A bare "Name" is the person only when no column says so plainly: in a planner's export it is
# as often the task's name.
WEAK_HEADERS: dict[str, Field] = {"name": Field.PERSON}
_BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True, slots=True)
class TimesheetLine:
    """One line of hours as the file has it (a cell that could not be read is None).

    `problem` says why the line cannot be booked as it is; the other fields still show what
    could be read, for the preview.
    """

    line: int  # the line (CSV) or row (workbook) number people see in their editor
    person: str
    task: str  # the Task cell: a WBS code or a task's name
    wbs: str  # the WBS cell, when the file has such a column
    week: dt.date | None  # the Monday of the week the hours count for
    day: dt.date | None  # the date the line gives, when it gives one
    hours: float | None
    billable: bool | None  # None: the file does not say
    note: str
    project: str  # the Project cell, when the file has such a column
    problem: str | None = None
    task_was_number: bool = False  # a workbook's number: 3.10 may have become 3.1


@dataclass(frozen=True, slots=True)
class TimesheetFile:
    """What a timesheet file holds: its lines of hours and the columns they were read from."""

    name: str
    sheet: str  # the workbook sheet read ("" for a CSV)
    columns: tuple[str, ...]  # the headers read, as the file spells them
    lines: tuple[TimesheetLine, ...]


def read_timesheet(path: Path) -> TimesheetFile:
    """Read the timesheet at `path` (CSV or .xlsx, told apart by their content)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InterchangeError(_too_big(path.name, size))
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(
            _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return read_timesheet_data(data, path.name)


def read_timesheet_data(data: bytes, name: str) -> TimesheetFile:
    """Read a timesheet from the bytes of a file called `name`."""
    if len(data) > MAX_FILE_BYTES:
        raise InterchangeError(_too_big(name, len(data)))
    if data.startswith(OLE_MAGIC):
        raise InterchangeError(
            _(
                "{name} is an Excel 97–2003 file or protected by a password; save it as an "
                "Excel workbook (.xlsx) without a password, or as CSV."
            ).format(name=name)
        )
    if data.startswith(ZIP_MAGIC):
        return _read_workbook(data, name)
    if name.casefold().endswith((".xlsx", ".xlsm")):
        raise InterchangeError(_damaged(name))
    return _read_csv(data, name)


# -- CSV ---------------------------------------------------------------------------------------


def _read_csv(data: bytes, name: str) -> TimesheetFile:
    text = _decoded(data)
    if "\x00" in text:
        raise InterchangeError(
            _("{name} is not a text (CSV) file nor an Excel workbook.").format(name=name)
        )
    best: tuple[int, str] = (0, DELIMITERS[0])
    for delimiter in DELIMITERS:  # the delimiter whose first lines hold the best header
        head = list(_csv_rows(text, delimiter, name, limit=HEADER_ROWS))
        found = _header(row for _line, row in head)
        score = len(found[1]) if found else 0
        if score > best[0]:
            best = (score, delimiter)
    return _lines_of(name, "", _csv_rows(text, best[1], name))


def _decoded(data: bytes) -> str:
    """UTF-8 (with or without its mark), else Windows-1252, as Excel saves CSV in Europe."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _csv_rows(
    text: str, delimiter: str, name: str, limit: int | None = None
) -> Iterator[tuple[int, Sequence[object]]]:
    """(line number, cells) of each record; a quoted cell may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for count, row in enumerate(reader):
            if limit is not None and count >= limit:
                return
            yield line, row[:MAX_COLUMNS]
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InterchangeError(
            _("{name}, line {line}: not readable as CSV ({reason}).").format(
                name=name, line=line, reason=exc
            )
        ) from None


# -- workbook ----------------------------------------------------------------------------------


def _read_workbook(data: bytes, name: str) -> TimesheetFile:
    damaged = InterchangeError(_damaged(name))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except Exception as exc:  # a damaged zip fails in any of its layers
        raise damaged from exc
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise InterchangeError(
            _("{name} unpacks to more than a timesheet holds; it is not read.").format(name=name)
        )
    try:
        # openpyxl warns of what it leaves out; the user gets the lines and their problems.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _workbook_lines(data, name)
    except InterchangeError:
        raise
    except Exception as exc:  # zip, XML and openpyxl fail in any way on a damaged file
        raise damaged from exc


def _workbook_lines(data: bytes, name: str) -> TimesheetFile:
    import openpyxl  # here: a CSV import need not load it

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        heads: list[Sequence[object]] = []
        for sheet in book.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue  # a chart sheet
            sheet.reset_dimensions()  # every row, whatever the (maybe stale) size says
            head = [cells for _row, cells in itertools.islice(_sheet_rows(sheet), HEADER_ROWS)]
            if _header(head) is not None:
                return _lines_of(name, sheet.title, _sheet_rows(sheet))
            heads.extend(head)
        raise _no_header(name, heads)
    finally:
        book.close()


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, Sequence[object]]]:
    """(row number, cell values) of a sheet's rows, from row 1."""
    yield from enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1)


# -- lines -------------------------------------------------------------------------------------


def _lines_of(name: str, sheet: str, rows: Iterable[tuple[int, Sequence[object]]]) -> TimesheetFile:
    """The lines after the header row, blank ones skipped."""
    iterator = iter(rows)
    seen: list[Sequence[object]] = []
    columns: dict[Field, int] | None = None
    headers: tuple[str, ...] = ()
    for _number, row in iterator:
        seen.append(row)
        found = _header([row])
        if found is not None:
            columns, headers = found[0], found[1]
            break
        if len(seen) >= HEADER_ROWS:
            break
    if columns is None:
        raise _no_header(name, seen)
    lines: list[TimesheetLine] = []
    for number, row in iterator:
        if all(_blank(cell) for cell in row):
            continue
        if len(lines) >= MAX_LINES:
            raise InterchangeError(
                _(
                    "{name} holds more than {most} lines of hours; split it into smaller files."
                ).format(name=name, most=local_number(MAX_LINES, grouped=True))
            )
        lines.append(_line(number, row, columns))
    return TimesheetFile(name, sheet, headers, tuple(lines))


def _header(rows: Iterable[Sequence[object]]) -> tuple[dict[Field, int], tuple[str, ...]] | None:
    """The columns of the first row that names a person, a task, a week or date and hours."""
    for row in rows:
        columns: dict[Field, int] = {}
        weak: dict[Field, int] = {}
        for index, cell in enumerate(row):
            field, plain = _field_of(cell)
            chosen = columns if plain else weak
            if field is not None and field not in chosen:
                chosen[field] = index
        columns = {**weak, **columns}
        if _complete(columns):
            headers = tuple(str(row[i]).strip() for i in sorted(columns.values()))
            return columns, headers
    return None


def _field_of(cell: object) -> tuple[Field | None, bool]:
    """The field a header cell names, and whether it names it plainly (not a bare "Name")."""
    if not isinstance(cell, str) or len(cell) > 60:
        return None, False
    text = fold(_PUNCTUATION.sub(" ", _BRACKETS.sub(" ", cell)))
    for field, names in HEADERS.items():
        if text in names:
            return field, True
    return WEAK_HEADERS.get(text), False


def _complete(columns: dict[Field, int]) -> bool:
    return (
        Field.PERSON in columns
        and (Field.TASK in columns or Field.WBS in columns)
        and (Field.WEEK in columns or Field.DATE in columns)
        and Field.HOURS in columns
    )


def _no_header(name: str, seen: Sequence[Sequence[object]]) -> InterchangeError:
    """The refusal of a file without a header row, naming what its best row lacks."""
    best: set[Field] = set()
    for row in seen:
        fields = {f for f, _plain in map(_field_of, row) if f is not None}
        best = max(best, fields, key=len)
    wanted = {
        N_("the person"): {Field.PERSON},
        N_("the task (or WBS)"): {Field.TASK, Field.WBS},
        N_("the week (or date)"): {Field.WEEK, Field.DATE},
        N_("the hours"): {Field.HOURS},
    }
    missing = [_(what) for what, fields in wanted.items() if not fields & best]
    return InterchangeError(
        _(
            "{name} has no header row naming {missing}: the first lines need column headers "
            "such as Person, Task, Week (or Date), Hours."
        ).format(name=name, missing=", ".join(missing))
    )


def _line(number: int, row: Sequence[object], columns: dict[Field, int]) -> TimesheetLine:
    """One line of hours; the first cell that cannot be read is the line's problem."""
    problems: list[str] = []

    def cell(field: Field) -> object:
        index = columns.get(field)
        return row[index] if index is not None and index < len(row) else None

    def attempt(read: Callable[[object], T], field: Field) -> T | None:
        value = cell(field)
        if _blank(value):
            return None
        try:
            return read(value)
        except CellError as exc:
            problems.append(str(exc))
            return None

    person = _text(cell(Field.PERSON), N_("Person"), problems)
    task = _text(cell(Field.TASK), N_("Task"), problems)
    wbs = _text(cell(Field.WBS), N_("WBS"), problems)
    project = _text(cell(Field.PROJECT), N_("Project"), problems)
    note = _note(cell(Field.NOTE))
    day = attempt(lambda v: read_day(v, N_("Date")), Field.DATE)
    week = attempt(read_week, Field.WEEK)
    hours = attempt(read_hours, Field.HOURS)
    billable = attempt(read_flag, Field.BILLABLE)
    if day is not None:
        monday = monday_of(day)
        if week is not None and week != monday:
            problems.append(
                _("the date {date} is not in the week of {week}.").format(
                    date=day.isoformat(), week=week.isoformat()
                )
            )
        week = monday
    if not person and not problems:
        problems.append(_("no person: name who worked the hours."))
    if not task and not wbs and not problems:
        problems.append(_("no task: give its WBS code or name."))
    if week is None and not problems:
        problems.append(_("no week: give the week (its Monday) or the date."))
    if hours is None and not problems:
        problems.append(_("no hours."))
    raw_task = cell(Field.WBS) if wbs else cell(Field.TASK)
    return TimesheetLine(
        line=number,
        person=person,
        task=task,
        wbs=wbs,
        week=week,
        day=day,
        hours=hours,
        billable=billable,
        note=note,
        project=project,
        problem=problems[0] if problems else None,
        task_was_number=isinstance(raw_task, float),
    )


def _text(value: object, what: str, problems: list[str]) -> str:
    """A name cell as one line of text (a workbook number as people wrote it: 3.0 → "3");
    `what`, marked with N_, names the column in a problem."""
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    if len(text) > MAX_CELL:
        problems.append(
            _("{what} {value!r} is longer than {most} characters.").format(
                what=_(what), value=shown(text), most=MAX_CELL
            )
        )
        return ""
    return text


def _note(value: object) -> str:
    """A note, cut to what the workspace keeps (the hours matter more than a long note)."""
    if _blank(value):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= NOTE_LIMIT else text[: NOTE_LIMIT - 1] + "…"


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _too_big(name: str, size: int) -> str:
    return _(
        "{name} is {size} MB; timesheets over {limit} MB are not read (split it into smaller "
        "files)."
    ).format(name=name, size=local_number(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20)


def _damaged(name: str) -> str:
    return _("{name} is not an Excel workbook (.xlsx) or is damaged.").format(name=name)
