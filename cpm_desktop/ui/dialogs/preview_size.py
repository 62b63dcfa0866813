"""The size of an import preview: a table of lines with their outcome under a heading.

The client workbook's edits and a timesheet's hours are previewed alike: each column as wide
as its content (long texts capped, their tooltip has all), the last one taking what is left,
and the dialog wide enough for every column and tall enough for a screenful of lines, never
larger than most of the screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView

SCREEN_SHARE = 0.9  # of the screen the dialog may take at most
VISIBLE_ROWS = 14  # rows shown before the table scrolls
FEWEST_ROWS = 4
SMALLEST = (760, 420)  # pixels: the dialog is never smaller


def preview_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A preview's read-only table of `model`: whole rows selected, one line per row, no
    grid, alternating rows, headings on the left."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    return table


def fit_columns(table: QTableView, caps: Mapping[int, int]) -> None:
    """Columns as wide as their content, those in `caps` at most that wide; the last one
    stretches."""
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    for column, cap in caps.items():
        header.resizeSection(column, min(header.sectionSize(column), cap))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def fit_dialog(dialog: QDialog, table: QTableView, row_height: int) -> None:
    """Resize `dialog` to show every column of `table` and up to VISIBLE_ROWS rows of
    `row_height`, within SCREEN_SHARE of its screen."""
    header = table.horizontalHeader()
    frame = table.frameWidth() * 2
    width = header.length() + frame + 40
    model = table.model()
    rows = max(min(model.rowCount() if model is not None else 0, VISIBLE_ROWS), FEWEST_ROWS)
    wanted = header.sizeHint().height() + row_height * rows + frame
    # The layout's own hint holds the heading, notes and buttons around a default table.
    height = dialog.sizeHint().height() - table.sizeHint().height() + wanted
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        space = screen.availableGeometry()
        width = min(width, int(space.width() * SCREEN_SHARE))
        height = min(height, int(space.height() * SCREEN_SHARE))
    dialog.resize(max(width, SMALLEST[0]), max(height, SMALLEST[1]))
