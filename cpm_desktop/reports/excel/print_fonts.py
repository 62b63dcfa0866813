"""The smallest text a sheet prints: what limits how far it may be shrunk onto paper."""

from __future__ import annotations

from collections.abc import Collection

from openpyxl.worksheet.worksheet import Worksheet

DEFAULT_SIZE = 11.0  # points: a font without a size is Excel's default


def smallest_font(sheet: Worksheet, last_column: int, hidden: Collection[int]) -> float:
    """The smallest font size, in points, of a cell with a value in columns 1..`last_column`.

    Hidden columns and empty cells (however styled) print no text and do not count; a sheet
    without text counts as DEFAULT_SIZE.
    """
    # Cells share a few dozen style arrays (cells.py): collect the fonts, then their sizes.
    font_ids = {
        # A cell openpyxl made without a style has none yet: the workbook's first font.
        cell._style.fontId if cell._style is not None else 0
        for (_, column), cell in sheet._cells.items()
        if cell._value is not None
        and cell._value != ""
        and column <= last_column
        and column not in hidden
    }
    fonts = sheet.parent._fonts
    return min((fonts[at].sz or DEFAULT_SIZE for at in font_ids), default=DEFAULT_SIZE)
