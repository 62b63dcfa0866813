"""The returned workbook as a whole: its marker, the exported values, the rows of each sheet.

The marker and the exported values come from the very hidden state sheet (see
state_sheet.py): the marker says whose project and which format, and its JSON holds, per keyed
row, each editable field as exported. A table sheet's rows are matched by their hidden key: ""
for a row the client added. Values are returned raw, as the cells hold them; `cell_value`
types one by its column and the workbook's `reading`.

A workbook written in German or French has its sheets under their translated names; its
language is the locale the state sheet records, else the one its sheet names are in
(language.py). The result speaks English all the same: sheets by their English names, and
each choice the export wrote as its English label, so it compares with the workspace.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    STATE_HEADER,
    STATE_SHEET,
    WORKBOOK_KIND,
    Column,
    Kind,
)
from cpm_desktop.reports.excel.read_back.cells import cell_text as _text
from cpm_desktop.reports.excel.read_back.file import Row, read_sheets
from cpm_desktop.reports.excel.read_back.headers import find_header
from cpm_desktop.reports.excel.read_back.language import (
    Reading,
    english_sheet,
    reading_for,
    sheet_tabs,
    tab_of,
)
from cpm_desktop.texts import _

STATE_FIRST_ROW = 8


@dataclass(frozen=True, slots=True)
class Marker:
    """What the state sheet says about the export: whose project, from when."""

    kind: str
    format: int
    project_code: str
    project_key: str
    exported_at: dt.datetime | None
    left_out: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sheet → fields
    locale: str | None = None  # the locale the export was written in, if the sheet says


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

    name: str  # in English, as the layouts name it
    fields: frozenset[str]
    rows: tuple[ReturnedRow, ...]
    tab: str = ""  # the sheet's name in the workbook ("Risiken")


@dataclass(frozen=True, slots=True)
class ReturnedWorkbook:
    """The marker, the read-back sheets by name, and the value of each field as exported."""

    marker: Marker
    sheets: Mapping[str, ReturnedSheet]  # an optional sheet the export wrote no rows of: absent
    exported: Mapping[tuple[str, str], Mapping[str, str]]  # (sheet, key) → field → text
    notes: tuple[str, ...]  # rows left out (a key this export did not write, a copied key)
    reading: Reading = Reading()  # the workbook's language and locales


def read_returned(
    path: Path,
    layouts: Mapping[str, Sequence[Column]],
    *,
    optional: Collection[str] = (),
) -> ReturnedWorkbook:
    """Read `path` back: the sheets named in `layouts`, each with its exported columns.

    A sheet in `optional` takes no new rows, so it is read only where the state sheet holds
    rows exported from it: a workbook exported before the sheet existed imports without it.
    """
    grids = read_sheets(path, (STATE_SHEET, *sorted(sheet_tabs(layouts))))
    if STATE_SHEET not in grids:
        raise ReturnedWorkbookError(
            _(
                "This workbook was not exported by CPM Desktop: {name} has no CPM Desktop marker."
            ).format(name=path.name)
        )
    state = grids[STATE_SHEET]
    marker = _marker(state, path)
    tables = {tab: rows for tab, rows in grids.items() if tab != STATE_SHEET}
    reading = reading_for(marker.locale, tables, layouts)
    marker = dataclasses.replace(
        marker,
        left_out={english_sheet(n, layouts, reading): f for n, f in marker.left_out.items()},
    )
    exported = _in_english(_exported(state, path), layouts, reading)
    sheets: dict[str, ReturnedSheet] = {}
    notes: list[str] = []
    written = {sheet for sheet, _key in exported}
    for name, all_columns in layouts.items():
        if name in optional and name not in written:
            continue
        # Columns this export left out (a client's cost) are neither read nor missed.
        columns = [c for c in all_columns if c.field not in marker.left_out.get(name, ())]
        tab = tab_of(name, grids.keys(), reading)
        if tab is None:
            raise ReturnedWorkbookError(
                _(
                    "The sheet {tab!r} is missing from {name}, so its edits cannot be read back; "
                    "restore the sheet (its name included) and import again."
                ).format(tab=reading.tab(name), name=path.name)
            )
        sheets[name] = _sheet(name, tab, grids[tab], columns, exported, notes, path, reading)
    return ReturnedWorkbook(marker, sheets, exported, tuple(notes), reading)


def _in_english(
    exported: dict[tuple[str, str], dict[str, str]],
    layouts: Mapping[str, Sequence[Column]],
    reading: Reading,
) -> dict[tuple[str, str], dict[str, str]]:
    """The exported values under English sheet names, each choice as its English label: the
    way the workspace's values are written, so an untouched one compares equal."""
    english: dict[tuple[str, str], dict[str, str]] = {}
    for (name, key), values in exported.items():
        sheet = english_sheet(name, layouts, reading)
        choices = {c.field: c.choices for c in layouts.get(sheet, ()) if c.kind == Kind.CHOICE}
        english[sheet, key] = {
            field: (reading.label(text, choices[field]) or text) if field in choices else text
            for field, text in values.items()
        }
    return english


# -- the marker and the exported values -----------------------------------------------------


def _marker(state: list[Row], path: Path) -> Marker:
    # Name and value pairs in A:B, and in C:D beside them (the locale, since it was recorded).
    cells = {
        _text(row[at]): row[at + 1]
        for row in state[: STATE_FIRST_ROW - 2]
        for at in range(0, len(row) - 1, 2)
        if row[at] is not None
    }
    if cells.get("kind") != WORKBOOK_KIND:
        raise ReturnedWorkbookError(
            _(
                "This workbook was not exported by CPM Desktop: {name} is marked as something else."
            ).format(name=path.name)
        )
    try:
        version = int(str(cells.get("format")).strip().removesuffix(".0"))
    except ValueError:
        raise ReturnedWorkbookError(
            _(
                "This workbook was not exported by CPM Desktop: {name} has no format version."
            ).format(name=path.name)
        ) from None
    if version > FORMAT_VERSION:
        raise ReturnedWorkbookError(
            _(
                "{name} was exported by a newer CPM Desktop (workbook format {version}); install "
                "the newer version to import it."
            ).format(name=path.name, version=version)
        )
    if version < FORMAT_VERSION:
        raise ReturnedWorkbookError(
            _(
                "{name} was exported by an earlier CPM Desktop (workbook format {version}), "
                "whose edits this version cannot read back; export the workbook again and have "
                "the client edit the new one."
            ).format(name=path.name, version=version)
        )
    stamp = cells.get("exported_at")
    exported_at = stamp if isinstance(stamp, dt.datetime) else _timestamp(stamp)
    return Marker(
        kind=WORKBOOK_KIND,
        format=version,
        project_code=_text(cells.get("project_code")),
        project_key=_text(cells.get("project_key")),
        exported_at=exported_at,
        left_out=_left_out(cells.get("left_out"), path),
        locale=_text(cells.get("locale")) or None,
    )


def _left_out(value: object, path: Path) -> dict[str, frozenset[str]]:
    """The state's left_out cell: {sheet: fields}; none when absent (an older export)."""
    if value is None or _text(value) == "":
        return {}
    try:
        document = json.loads(_text(value))
        return {str(sheet): frozenset(map(str, fields)) for sheet, fields in document.items()}
    except (ValueError, AttributeError, TypeError):
        raise ReturnedWorkbookError(
            _(
                "{name}: its hidden state sheet was changed (left_out cannot be read); import "
                "the workbook as it was sent, with only cells edited."
            ).format(name=path.name)
        ) from None


def _timestamp(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _exported(state: list[Row], path: Path) -> dict[tuple[str, str], dict[str, str]]:
    damaged = ReturnedWorkbookError(
        _("The hidden CPM Desktop sheet of {name} is damaged; export the workbook again.").format(
            name=path.name
        )
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
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested past the stack
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
    name: str,
    title: str,
    grid: list[Row],
    columns: Sequence[Column],
    exported: Mapping[tuple[str, str], Mapping[str, str]],
    notes: list[str],
    path: Path,
    reading: Reading,
) -> ReturnedSheet:
    """The rows of the read-back sheet `name` (English), whose tab is `title`."""
    header = find_header(title, grid, columns, path, reading)
    notes.extend(header.notes)
    rows: list[ReturnedRow] = []
    seen: dict[str, int] = {}
    for number, cells in enumerate(grid[header.row :], start=header.row + 1):
        raw_key = cells[header.key_at] if header.key_at < len(cells) else None
        values = {
            field: cells[at] if at < len(cells) else None for field, at in header.fields.items()
        }
        if _blank(raw_key) and all(_blank(v) for v in values.values()):
            continue
        key = _text(raw_key).upper()
        where = _("Row {row} of {sheet}").format(row=number, sheet=title)
        if key and (name, key) not in exported:
            notes.append(
                _(
                    "{where} has the key {key!r}, which this export did not write; it is left out."
                ).format(where=where, key=key)
            )
            continue
        if key in seen:
            notes.append(
                _(
                    "{where} repeats the key of row {row} (a copied row?); it is left out. Add "
                    "new entries in rows without a key."
                ).format(where=where, row=seen[key])
            )
            continue
        if key:
            seen[key] = number
        rows.append(ReturnedRow(name, number, key, values))
    return ReturnedSheet(name, frozenset(header.fields), tuple(rows), title)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
