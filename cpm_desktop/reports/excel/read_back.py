"""Read a client workbook that came back: its marker, the edited table rows, the exported values.

The inverse of the writer (see content.py, "the round trip"). It finds what it needs by text, not
by position: the header row is the first of the top rows holding KEY_HEADER (the client may have
inserted rows above it) and each column by its header (the client may have moved or hidden
columns; a column that is gone reads as "unchanged"). Values are returned raw, as the cells hold
them; `cell_value` types one by its column. The exported values come from the state sheet's
JSON, one object per keyed row (see state_sheet.py). A file that cannot be read back is refused
with one sentence (ReturnedWorkbookError) before anything else looks at it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

import openpyxl
from openpyxl.utils.datetime import from_excel

from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    KEY_HEADER,
    STATE_HEADER,
    STATE_SHEET,
    WORKBOOK_KIND,
    CellValue,
    Column,
    Kind,
)

HEADER_SEARCH_ROWS = 20  # the client may insert this many rows, less one, above the header
STATE_FIRST_ROW = 8
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx, or an old .xls
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
NOT_OURS = "This workbook was not exported by CPM Desktop"


@dataclass(frozen=True, slots=True)
class Marker:
    """What the state sheet says about the export: whose project, from when."""

    kind: str
    format: int
    project_code: str
    project_key: str
    exported_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """One non-blank data row: `key` is "" for a row the client added; values are raw cells."""

    sheet: str
    row: int  # the row number Excel shows
    key: str
    values: Mapping[str, Any]  # field → raw cell value, for each editable column found


@dataclass(frozen=True, slots=True)
class ReturnedSheet:
    """A read-back sheet: the editable fields whose column was found, and its rows."""

    name: str
    fields: frozenset[str]
    rows: tuple[ReturnedRow, ...]


@dataclass(frozen=True, slots=True)
class ReturnedWorkbook:
    """The marker, the read-back sheets by name, and the value of each field as exported."""

    marker: Marker
    sheets: Mapping[str, ReturnedSheet]
    exported: Mapping[tuple[str, str], Mapping[str, str]]  # (sheet, key) → field → text
    notes: tuple[str, ...]  # rows left out (a key this export did not write, a copied key)


class CellProblem(ValueError):
    """A returned cell holds something its column cannot take; the message says what."""


def read_returned(path: Path, layouts: Mapping[str, Sequence[Column]]) -> ReturnedWorkbook:
    """Read `path` back: the sheets named in `layouts`, each with its exported columns."""
    book = _open(path)
    try:
        if STATE_SHEET not in book.sheetnames:
            raise ReturnedWorkbookError(f"{NOT_OURS}: {path.name} has no CPM Desktop marker.")
        state = list(_rows(book[STATE_SHEET]))
        marker = _marker(state, path)
        exported = _exported(state, path)
        sheets: dict[str, ReturnedSheet] = {}
        notes: list[str] = []
        for name, columns in layouts.items():
            if name not in book.sheetnames:
                raise ReturnedWorkbookError(
                    f"The sheet {name!r} is missing from {path.name}, so its edits cannot be "
                    "read back; restore the sheet (its name included) and import again."
                )
            sheets[name] = _sheet(book[name], columns, exported, notes, path)
    finally:
        book.close()
    return ReturnedWorkbook(marker, sheets, exported, tuple(notes))


def cell_value(raw: object, column: Column) -> CellValue:
    """The value of a returned cell typed by its column's kind, or CellProblem saying why not."""
    if isinstance(raw, str):
        raw = raw.replace("\r\n", "\n").strip()
    if raw is None or raw == "":
        return "" if column.kind in (Kind.TEXT, Kind.LONG_TEXT) else None
    match column.kind:
        case Kind.TEXT | Kind.LONG_TEXT:
            return _text(raw)
        case Kind.INT | Kind.PERCENT:
            return _whole(raw, column)
        case Kind.MONEY:
            return _money(raw, column)
        case Kind.DATE:
            return _date(raw, column)
        case Kind.YES_NO:
            return _yes_no(raw, column)
        case Kind.CHOICE:
            return _choice(raw, column)
    raise AssertionError(column.kind)  # pragma: no cover - every Kind is matched above


# -- the file and its marker ------------------------------------------------------------------


def _open(path: Path) -> Any:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ReturnedWorkbookError(f"Cannot read {path}: {exc.strerror}.") from exc
    if data.startswith(OLE_MAGIC):
        if ENCRYPTION_STREAM in data:
            raise ReturnedWorkbookError(
                f"{path.name} is protected by a password; save it without one and import again."
            )
        raise ReturnedWorkbookError(
            f"{path.name} is an Excel 97–2003 file; save it as an Excel workbook (.xlsx)."
        )
    if not zipfile.is_zipfile(path):
        raise ReturnedWorkbookError(f"{path.name} is not an Excel workbook (.xlsx).")
    try:
        # data_only: a formula the client typed counts as the value Excel last computed;
        # read_only: only the sheets read back are parsed, not a Schedule of 200,000 cells.
        return openpyxl.load_workbook(path, data_only=True, read_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to its own errors
        raise ReturnedWorkbookError(
            f"{path.name} is not an Excel workbook (.xlsx) or is damaged."
        ) from exc


def _marker(state: list[tuple[Any, ...]], path: Path) -> Marker:
    cells = {_text(row[0]): row[1] for row in state[:5] if len(row) >= 2}
    if cells.get("kind") != WORKBOOK_KIND:
        raise ReturnedWorkbookError(f"{NOT_OURS}: {path.name} is marked as something else.")
    try:
        version = int(str(cells.get("format")).strip().removesuffix(".0"))
    except ValueError:
        raise ReturnedWorkbookError(f"{NOT_OURS}: {path.name} has no format version.") from None
    if version > FORMAT_VERSION:
        raise ReturnedWorkbookError(
            f"{path.name} was exported by a newer CPM Desktop (workbook format {version}); "
            "install the newer version to import it."
        )
    if version < FORMAT_VERSION:
        raise ReturnedWorkbookError(
            f"{path.name} was exported by an earlier CPM Desktop (workbook format {version}), "
            "whose edits this version cannot read back; export the workbook again and have "
            "the client edit the new one."
        )
    stamp = cells.get("exported_at")
    exported_at = stamp if isinstance(stamp, dt.datetime) else _timestamp(stamp)
    return Marker(
        kind=WORKBOOK_KIND,
        format=version,
        project_code=_text(cells.get("project_code")),
        project_key=_text(cells.get("project_key")),
        exported_at=exported_at,
    )


def _timestamp(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _exported(state: list[tuple[Any, ...]], path: Path) -> dict[tuple[str, str], dict[str, str]]:
    damaged = ReturnedWorkbookError(
        f"The hidden CPM Desktop sheet of {path.name} is damaged; export the workbook again."
    )
    header = state[STATE_FIRST_ROW - 2] if len(state) >= STATE_FIRST_ROW - 1 else ()
    if tuple(_text(cell) for cell in header[: len(STATE_HEADER)]) != STATE_HEADER:
        raise damaged
    exported: dict[tuple[str, str], dict[str, str]] = {}
    for row in state[STATE_FIRST_ROW - 1 :]:
        cells: tuple[Any, ...] = (*row, None, None)
        sheet, key = cells[0], cells[1]
        if sheet is None and key is None:
            continue
        # The pieces joined as written, unstripped: a cut may fall next to a space.
        document = "".join(piece for piece in cells[2:] if isinstance(piece, str))
        try:
            values = json.loads(document)
        except ValueError:
            raise damaged from None
        if not isinstance(values, dict):
            raise damaged
        # _text as for a returned cell (line breaks, outer spaces), so the two compare.
        exported[_text(sheet), _text(key)] = {
            str(field): _text(value) for field, value in values.items()
        }
    return exported


# -- a table sheet ----------------------------------------------------------------------------


def _sheet(
    sheet: Any,
    columns: Sequence[Column],
    exported: Mapping[tuple[str, str], Mapping[str, str]],
    notes: list[str],
    path: Path,
) -> ReturnedSheet:
    header_row, positions = _header(sheet, path)
    found = {c.field: positions[c.header.casefold()] for c in columns
             if c.field and c.header.casefold() in positions}  # fmt: skip
    key_at = positions[KEY_HEADER.casefold()]
    rows: list[ReturnedRow] = []
    seen: dict[str, int] = {}
    for number, cells in enumerate(_rows(sheet), start=1):
        if number <= header_row:
            continue
        raw_key = cells[key_at] if key_at < len(cells) else None
        values = {field: cells[at] if at < len(cells) else None for field, at in found.items()}
        if _blank(raw_key) and all(_blank(v) for v in values.values()):
            continue
        key = _text(raw_key).upper()
        where = f"Row {number} of {sheet.title}"
        if key and (sheet.title, key) not in exported:
            notes.append(f"{where} has the key {key!r}, which this export did not write; "
                         "it is left out.")  # fmt: skip
            continue
        if key in seen:
            notes.append(f"{where} repeats the key of row {seen[key]} (a copied row?); it is left "
                         "out. Add new entries in rows without a key.")  # fmt: skip
            continue
        if key:
            seen[key] = number
        rows.append(ReturnedRow(sheet.title, number, key, values))
    return ReturnedSheet(sheet.title, frozenset(found), tuple(rows))


def _header(sheet: Any, path: Path) -> tuple[int, dict[str, int]]:
    """The header row's number and each header's column index (first one wins)."""
    for number, cells in enumerate(_rows(sheet), start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        texts = [_text(cell).casefold() for cell in cells]
        if KEY_HEADER.casefold() in texts:
            positions: dict[str, int] = {}
            for at, text in enumerate(texts):
                if text:
                    positions.setdefault(text, at)
            return number, positions
    raise ReturnedWorkbookError(
        f"The {sheet.title} sheet of {path.name} has lost its hidden {KEY_HEADER!r} column, "
        "so its rows cannot be matched; import the workbook as it was sent, with only cells edited."
    )


def _rows(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """Every row's values from row 1, however many the sheet's (maybe stale) size claims."""
    sheet.reset_dimensions()
    return cast(Iterator[tuple[Any, ...]], sheet.iter_rows(values_only=True))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- typing one cell ----------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _whole(raw: object, column: Column) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and re.fullmatch(r"[+-]?\d+%?", raw):
        return int(raw.rstrip("%"))
    raise CellProblem(f"{column.header}: {_shown(raw)} is not a whole number.")


def _money(raw: object, column: Column) -> Decimal:
    try:
        if isinstance(raw, bool):
            raise InvalidOperation
        if isinstance(raw, int | float):
            amount = Decimal(str(raw))  # str: the float as Excel showed it, not its binary tail
        else:
            amount = Decimal(str(raw).replace(",", "").replace(" ", ""))
    except InvalidOperation:
        raise CellProblem(f"{column.header}: {_shown(raw)} is not an amount of money.") from None
    if not amount.is_finite():
        raise CellProblem(f"{column.header}: {_shown(raw)} is not an amount of money.")
    return amount.quantize(Decimal("0.01"))


def _date(raw: object, column: Column) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 1 <= raw < 2_958_466:
        day = from_excel(raw)  # a date typed into a cell that lost its date format
        return day.date() if isinstance(day, dt.datetime) else day
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            pass
    raise CellProblem(f"{column.header}: {_shown(raw)} is not a date (use YYYY-MM-DD).")


def _yes_no(raw: object, column: Column) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).casefold()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise CellProblem(f"{column.header}: {_shown(raw)} is not Yes or No.")


def _choice(raw: object, column: Column) -> str:
    text = " ".join(_text(raw).split()).casefold()
    for label in column.choices:
        if label.casefold() == text:
            return label
    offered = ", ".join(column.choices)
    raise CellProblem(f"{column.header}: {_shown(raw)} is not one of {offered}.")


def _shown(raw: object) -> str:
    text = _text(raw)
    return repr(text if len(text) <= 40 else text[:39] + "…")
