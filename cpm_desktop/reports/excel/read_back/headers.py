"""Where a returned table sheet keeps its header and each editable column, found by their text.

The header row is the first of the top rows holding KEY_HEADER (the client may have inserted
rows above it) and each column is found by its header, ignoring case and spacing (the client
may have moved, hidden or inserted columns, so a position means nothing). A header is known
in English and in the workbook's language (language.py); a problem names it as the workbook
writes it. Headers are the only thing that says what a column holds, so the reader never
guesses:

- an editable column whose header is gone while the sheet has a column it was not exported
  with (or data under no header) was most likely renamed: the workbook is refused, naming
  both, so no edit of it is lost or applied half (a new row without its impact, say, could
  not be completed by a later import: it would then read as imported before);
- a header that two columns share is refused: either could hold the edits;
- an editable column simply deleted, or a column of the client's own next to the exported
  ones, is a note: its cells are not read, and the preview says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.content import KEY_HEADER, Column
from cpm_desktop.reports.excel.read_back.cells import cell_text
from cpm_desktop.reports.excel.read_back.language import ENGLISH_READING, Reading, fold
from cpm_desktop.texts import _, ngettext

HEADER_SEARCH_ROWS = 20  # the client may insert this many rows, less one, above the header
Row = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Header:
    """A sheet's header row (as Excel numbers it) and where its key and editable fields are."""

    row: int
    key_at: int  # 0-based column index
    fields: dict[str, int]  # field → 0-based column index of each editable column found
    notes: tuple[str, ...]  # columns left unread


def find_header(
    title: str,
    rows: Sequence[Row],
    columns: Sequence[Column],
    path: Path,
    reading: Reading = ENGLISH_READING,
) -> Header:
    """The header of the sheet `title` whose rows are `rows`; refuse one that cannot be trusted."""
    key = reading.names(KEY_HEADER)
    for number, cells in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        if any(fold(cell_text(cell)) in key for cell in cells):
            return _header(title, number, cells, rows[number:], columns, path, reading)
    raise ReturnedWorkbookError(
        _(
            "The {title} sheet of {name} has lost its hidden {key!r} column, so its rows cannot "
            "be matched; import the workbook as it was sent, with only cells edited."
        ).format(title=title, name=path.name, key=KEY_HEADER)
    )


def _header(
    title: str,
    number: int,
    cells: Row,
    below: Sequence[Row],
    columns: Sequence[Column],
    path: Path,
    reading: Reading,
) -> Header:
    where = _("The {title} sheet of {name}").format(title=title, name=path.name)
    found: dict[str, list[int]] = {}
    for at, cell in enumerate(cells):
        if text := fold(cell_text(cell)):
            found.setdefault(text, []).append(at)
    # Each column's places, by its English header: under its English or translated name.
    at_of = {
        header: sorted({at for name in reading.names(header) for at in found.get(name, ())})
        for header in (*(c.header for c in columns), KEY_HEADER)
    }
    at_of = {header: ats for header, ats in at_of.items() if ats}
    editable = [c for c in columns if c.field]
    for header in (*(c.header for c in editable), KEY_HEADER):
        if len(at_of.get(header, ())) > 1:
            raise ReturnedWorkbookError(
                _(
                    "{where} has {count} columns headed {header!r}, so it is not known which one "
                    "holds the edits; give each column its own header and import again."
                ).format(where=where, count=len(at_of[header]), header=reading.text(header))
            )
    known = {name for header in at_of for name in reading.names(header)}
    strange = [
        _("the column {name!r}").format(name=cell_text(cells[ats[0]]))
        for text, ats in found.items()
        if text not in known
    ]
    headed = {at for ats in found.values() for at in ats}
    strange += [
        _("data in column {letter}, which has no header").format(letter=_column_letter(at + 1))
        for at in _unheaded(below, headed)
    ]
    missing = [reading.text(c.header) for c in editable if c.header not in at_of]
    if missing and strange:
        raise ReturnedWorkbookError(
            _(
                "{where} no longer has the {columns} but has {found}, which it was not exported "
                "with (renamed?); its edits were not read. Give the column its header back and "
                "import again."
            ).format(where=where, columns=_columns(missing), found=", ".join(strange))
        )
    notes = [
        _(
            "{where} no longer has the {columns}; its values are left as they are in the workspace."
        ).format(where=where, columns=_columns([header]))
        for header in missing
    ]
    notes += [
        _("{where} has {found}, which it was not exported with; it was not read.").format(
            where=where, found=thing
        )
        for thing in strange
    ]
    fields = {c.field: at_of[c.header][0] for c in editable if c.field and c.header in at_of}
    return Header(number, at_of[KEY_HEADER][0], fields, tuple(notes))


def _unheaded(rows: Sequence[Row], headed: set[int]) -> list[int]:
    """Columns holding data in `rows` but no header (a header cleared, a note typed aside)."""
    found = {
        at
        for cells in rows
        for at, cell in enumerate(cells)
        if at not in headed and cell_text(cell)
    }
    return sorted(found)


def _columns(headers: list[str]) -> str:
    names = ", ".join(repr(h) for h in headers)
    return ngettext("column {names}", "columns {names}", len(headers)).format(names=names)


def _column_letter(number: int) -> str:
    """A column's letters as Excel names it: 1 → A, 27 → AA (openpyxl's get_column_letter,
    without loading openpyxl where only the read-back's types are needed)."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
