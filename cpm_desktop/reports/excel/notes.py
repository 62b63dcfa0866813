"""Notes under a sheet's content: each one merged across the columns it spans, wrapped."""

from __future__ import annotations

from collections.abc import Sequence

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.row_heights import height, text_lines


def write_notes(cells: SheetCells, notes: Sequence[str], row: int, widths: Sequence[float]) -> int:
    """Each note from `row` down across columns 1..len(widths); the row after the last."""
    style = cells.styles["note"]
    for note in notes:
        cells.text(row, 1, note, style)
        if len(widths) > 1:
            cells.sheet.merge_cells(
                start_row=row, start_column=1, end_row=row, end_column=len(widths)
            )
        # A merged cell does not grow with its text: give the row the lines the note needs.
        cells.sheet.row_dimensions[row].height = height(text_lines(note, sum(widths)))
        row += 1
    return row
