"""Open a returned workbook and read the cells of the sheets read back, refusing a damaged file.

Everything that parses the file happens here. A damaged file can make the zip, zlib, XML and
openpyxl layers fail in any way (zlib.error, BadZipFile, KeyError, ValueError, a date serial out
of range …), and with read_only the sheets are only parsed while their rows are read; so the
whole read is guarded, and what comes out is plain rows of values for code that cannot then be
surprised by the file.

Formulas: a cell counts as the value Excel last calculated for it, which is what the client
saw. A workbook saved by a program that does not calculate (openpyxl, some converters) holds
formulas without a value; such a cell reads as Unreadable, never as empty, so it cannot clear
a field. So does a cell showing an error (#REF!, #DIV/0!). Telling those apart takes two reads:
one of the values, one of where the formulas are.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Collection
from pathlib import Path

from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.read_back.cells import SHOWN, Unreadable
from cpm_desktop.texts import N_, _

Row = tuple[object, ...]
TypedRow = tuple[tuple[object, str], ...]  # (value, openpyxl data type) of each cell
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx, or an old .xls
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
UNCALCULATED = N_(
    "the formula {formula} has no calculated value (the workbook was saved by a program that "
    "does not calculate); type the value instead, or open and save the workbook in Excel."
)
ERROR = N_("the cell shows the error {error}; type the value instead.")


def read_sheets(path: Path, names: Collection[str]) -> dict[str, list[Row]]:
    """The rows of each sheet of `names` the workbook at `path` has, from row 1."""
    _check_kind(path)
    try:
        # openpyxl warns of what it leaves out (extensions, a date out of range); the user
        # gets the outcome as problems and refusals, never those warnings on the console.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            formulas = _typed_rows(path, names, data_only=False)
            values = _typed_rows(path, names, data_only=True)
    except Exception as exc:  # a damaged file fails in any layer; see the module docstring
        raise ReturnedWorkbookError(
            _("{name} is not an Excel workbook (.xlsx) or is damaged.").format(name=path.name)
        ) from exc
    return {name: _merged(rows, formulas.get(name, [])) for name, rows in values.items()}


def _check_kind(path: Path) -> None:
    """Refuse a file that is no .xlsx at all, with the sentence that says what it is."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(OLE_MAGIC))
            data = handle.read() if start == OLE_MAGIC else b""
    except OSError as exc:
        raise ReturnedWorkbookError(
            _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror)
        ) from exc
    if start == OLE_MAGIC:
        if ENCRYPTION_STREAM in data:
            raise ReturnedWorkbookError(
                _(
                    "{name} is protected by a password; save it without one and import again."
                ).format(name=path.name)
            )
        raise ReturnedWorkbookError(
            _("{name} is an Excel 97–2003 file; save it as an Excel workbook (.xlsx).").format(
                name=path.name
            )
        )
    if not zipfile.is_zipfile(path):
        raise ReturnedWorkbookError(
            _("{name} is not an Excel workbook (.xlsx).").format(name=path.name)
        )


def _typed_rows(
    path: Path, names: Collection[str], *, data_only: bool
) -> dict[str, list[TypedRow]]:
    """Each named sheet's cells with their data types; only those sheets are parsed."""
    import openpyxl  # noqa: PLC0415 - loaded only when a workbook is read

    book = openpyxl.load_workbook(path, data_only=data_only, read_only=True)
    try:
        found: dict[str, list[TypedRow]] = {}
        for name in names:
            if name in book.sheetnames:
                sheet = book[name]
                # Every row from row 1, however many the sheet's (maybe stale) size claims.
                sheet.reset_dimensions()
                found[name] = [
                    tuple((cell.value, cell.data_type) for cell in row) for row in sheet.iter_rows()
                ]
        return found
    finally:
        book.close()


def _merged(values: list[TypedRow], formulas: list[TypedRow]) -> list[Row]:
    """The values, with a formula never calculated and an error cell made Unreadable."""
    rows: list[Row] = []
    for at, row in enumerate(values):
        marks = formulas[at] if at < len(formulas) else ()
        cells: list[object] = []
        for column, (value, kind) in enumerate(row):
            formula = marks[column][0] if column < len(marks) and marks[column][1] == "f" else None
            if kind == "e":
                cells.append(Unreadable(str(value), _(ERROR).format(error=value)))
            elif formula is not None and value is None and kind == "str":
                cells.append("")  # Excel writes a formula's empty text result as <v></v>
            elif formula is not None and value is None:
                why = _(UNCALCULATED).format(formula=_cut(formula))
                cells.append(Unreadable(str(formula), why))
            else:
                cells.append(value)
        rows.append(tuple(cells))
    return rows


def _cut(formula: object) -> str:
    text = " ".join(str(formula).split())  # one line: the problem is shown in a table
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
