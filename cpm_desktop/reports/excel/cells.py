"""Putting values into cells fast and safely: text stays text, dates are dates, styles shared.

All sheets write through `SheetCells`, the one place that relies on openpyxl's internals (the
worksheet's cell store, a cell's value, type and style array). A 10,000-task workbook holds
220,000 cells. Measured on the development VM for 300,000 cells: `Cell(value=…,
style_array=…)` takes 0.63 s (it re-checks the value and copies the style), a cell given its
already typed value and a shared style array 0.18 s; a named style set on each cell instead
made a whole sheet 1.5 times as slow as plain values. tests/reports/excel read every kind of
value back, so an openpyxl upgrade that changes these internals fails them.
"""

from __future__ import annotations

import datetime as dt

from openpyxl.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports.excel.content import CellValue
from cpm_desktop.reports.excel.safe_text import FORMULA_STARTS, clean_text
from cpm_desktop.reports.excel.styles import CellStyles
from cpm_desktop.texts import _

# Excel's day 0 for dates from March 1900 on (its phantom 29 Feb 1900 lies before).
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_EPOCH_TIME = dt.datetime(1899, 12, 30)


def excel_time(moment: dt.datetime) -> float:
    """The serial number Excel stores for a date and time (to the second)."""
    return round((moment.replace(tzinfo=None) - EXCEL_EPOCH_TIME).total_seconds() / 86_400, 6)


class SheetCells:
    """Writes values into one worksheet with the workbook's prepared styles."""

    def __init__(self, sheet: Worksheet, styles: CellStyles) -> None:
        self.sheet = sheet
        self.styles = styles
        # openpyxl's own cell store, filled directly: see the module docstring.
        self._cells: dict[tuple[int, int], Cell] = sheet._cells
        self._quoted: dict[bytes, StyleArray] = {}
        self.yes, self.no = _("Yes"), _("No")  # a bool as the reader's language says it

    def put(self, row: int, column: int, value: CellValue | float, style: StyleArray) -> None:
        """Write `value` at (row, column), 1-based: text as text, a date as a date, a bool as
        Yes or No in the language being spoken."""
        if isinstance(value, str):
            self.text(row, column, value, style)
        elif isinstance(value, bool):
            self.text(row, column, self.yes if value else self.no, style)
        elif isinstance(value, dt.datetime):
            self._store(row, column, excel_time(value), "n", style)
        elif isinstance(value, dt.date):
            self._store(row, column, (value - EXCEL_EPOCH).days, "n", style)
        else:
            self._store(row, column, value, "n", style)

    def text(self, row: int, column: int, text: str, style: StyleArray) -> None:
        """Write `text` as text, never as a formula, error or number, whatever it looks like."""
        text = clean_text(text)
        if text.startswith(FORMULA_STARTS):
            style = self._quoted_style(style)
        # Stored as a string whatever it looks like: openpyxl's own value setter would take
        # "=…" for a formula and "#N/A" for an error.
        self._store(row, column, text, "s", style)

    def formula(self, row: int, column: int, formula: str, style: StyleArray) -> None:
        """Write a formula of our own ('=SUBTOTAL(109,J4:J5000)')."""
        self._store(row, column, formula, "f", style)

    def row(self, row: int, values: tuple[CellValue, ...], styles: list[StyleArray]) -> None:
        """Write `values` from column 1 on, each with the style at its position."""
        put = self.put
        for column, (value, style) in enumerate(zip(values, styles, strict=True), start=1):
            put(row, column, value, style)

    def _store(
        self, row: int, column: int, value: object, data_type: str, style: StyleArray
    ) -> None:
        # The value is already typed and checked, so the cell takes it as it is; cells share
        # their style array, which nothing changes once written.
        cell = Cell(self.sheet, row, column)
        cell._value = value
        cell.data_type = data_type
        cell._style = style
        self._cells[row, column] = cell

    def _quoted_style(self, style: StyleArray) -> StyleArray:
        key = style.tobytes()
        quoted = self._quoted.get(key)
        if quoted is None:
            quoted = self._quoted[key] = self.styles.with_quote_prefix(style)
        return quoted
