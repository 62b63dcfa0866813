"""Play the client: export the demo project's workbook, then edit it as someone in Excel would.

`Returned` finds rows by their visible reference (R-001, CR-006) and cells by column header, the
way a person reads the sheet, so the edits do not depend on where the writer put things.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.create import create_demo_workspace
from cpm_desktop.reports.excel.content import KEY_HEADER
from cpm_desktop.services.client_workbook.edits import EditPreview, preview_client_edits
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace
from tests import stores
from tests.stores import ServerTemplate, Template, open_store


class Returned:
    """An exported workbook opened for editing; `save()` writes it back in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = openpyxl.load_workbook(path)

    def header_row(self, sheet: str) -> int:
        """The row holding the Key header (row 3 unless rows were inserted above)."""
        for cells in self.book[sheet].iter_rows(max_row=20):
            if any(cell.value == KEY_HEADER for cell in cells):
                return cells[0].row
        raise AssertionError(f"no header in {sheet}")

    def column(self, sheet: str, header: str) -> int:
        """The 1-based column of `header`."""
        row = self.book[sheet][self.header_row(sheet)]
        return next(cell.column for cell in row if cell.value == header)

    def row_of(self, sheet: str, ref: str) -> int:
        """The row number of the entry whose Ref cell is `ref`."""
        at = self.column(sheet, "Ref")
        for number in range(self.header_row(sheet) + 1, self.book[sheet].max_row + 1):
            if self.book[sheet].cell(number, at).value == ref:
                return number
        raise AssertionError(f"{ref} not in {sheet}")

    def set(self, sheet: str, ref: str, **cells: Any) -> None:
        """Type values into the entry's row; keyword names are headers with _ for spaces."""
        number = self.row_of(sheet, ref)
        for header, value in cells.items():
            self.book[sheet].cell(number, self.column(sheet, _header(header))).value = value

    def add(self, sheet: str, **cells: Any) -> int:
        """Type a new entry into the first empty row below the table; return its row number."""
        number = self.book[sheet].max_row + 1
        for header, value in cells.items():
            self.book[sheet].cell(number, self.column(sheet, _header(header)), value)
        return number

    def sort(self, sheet: str, header: str) -> None:
        """Sort the data rows by a column, descending, keys moving with their rows."""
        ws = self.book[sheet]
        first = self.header_row(sheet) + 1
        rows = [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]
        at = self.column(sheet, header) - 1
        rows.sort(key=lambda r: str(r[at] or ""), reverse=True)
        for offset, values in enumerate(rows):
            for column, value in enumerate(values, start=1):
                ws.cell(first + offset, column).value = value  # cell(..., None) keeps the old

    def save(self) -> Path:
        """Write the edits back to the file."""
        self.book.save(self.path)
        return self.path


def _header(name: str) -> str:
    special = {
        "Severity": "Severity (issues)",
        "Schedule_days": "Schedule (days)",
        "Reasons": "Comments / reasons",
    }
    return special.get(name, name.replace("_", " "))


def export_demo(workspace: Workspace, path: Path, audience: str = "internal") -> Path:
    """Export the demo project's workbook to `path`: by default the internal one, whose
    read-back sheets hold every editable column (a client's has no cost columns)."""
    project_id = workspace.run(find_project_id, DEMO_PROJECT_CODE)
    return workspace.run(export_client_workbook, project_id, path, audience=audience)


def make_demo(folder: Path) -> Path:
    """Write the demo workspace into `folder`, closed; return its path."""
    path = folder / "demo.cpm"
    create_demo_workspace(path).close()
    return path


def open_copy(template: Template, folder: Path) -> Workspace:
    """Open a private copy of the workspace file `template` in `folder` (on the server store:
    a clone of the template database)."""
    if isinstance(template, ServerTemplate):
        return stores.open_clone(template)
    path = folder / template.name
    shutil.copyfile(template, path)
    return open_store(path)


def preview(workspace: Workspace, path: Path) -> EditPreview:
    """The preview of the returned workbook `path` against `workspace`."""
    return workspace.run(preview_client_edits, path)
