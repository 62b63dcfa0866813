"""Read a client workbook that came back: its marker, the edited table rows, the exported values.

The inverse of the writer (see content.py, "the round trip"), in four small parts:
    file.py      opens the file and reads the cells of the sheets read back; any damage the
                 zip, XML or openpyxl layers trip over is refused in one sentence
    headers.py   finds the header row and each editable column by its header text
    workbook.py  the marker, the exported values (the state sheet's JSON), and the rows
    cells.py     types one returned cell by its column, or says why it cannot
    language.py  the workbook's language: its sheet names, headers and list values known in
                 English and in its translation; local_text.py its numbers and dates as text
A file that cannot be read back is refused with one sentence (ReturnedWorkbookError) before
anything else looks at it.
"""

from __future__ import annotations

from cpm_desktop.reports.excel.read_back.cells import CellProblem, Unreadable, cell_value
from cpm_desktop.reports.excel.read_back.language import Reading
from cpm_desktop.reports.excel.read_back.workbook import (
    Marker,
    ReturnedRow,
    ReturnedSheet,
    ReturnedWorkbook,
    read_returned,
)

__all__ = [
    "CellProblem",
    "Marker",
    "Reading",
    "ReturnedRow",
    "ReturnedSheet",
    "ReturnedWorkbook",
    "Unreadable",
    "cell_value",
    "read_returned",
]
