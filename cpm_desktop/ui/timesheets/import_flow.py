"""Import Timesheet…: pick a CSV or Excel file, preview what it books, book it as one edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.services.timesheets.importing import (
    AppliedTimesheet,
    TimesheetPreview,
    apply_timesheet,
    preview_timesheet,
)
from cpm_desktop.ui.client_workbook.export import documents_folder
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.timesheets.import_dialog import TimesheetImportDialog
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

TITLE = QT_TRANSLATE_NOOP("TimesheetImport", "Import timesheet")
FILTER = QT_TRANSLATE_NOOP("TimesheetImport", "Timesheets (*.csv *.xlsx *.txt);;All files (*)")


def ask_for_timesheet(parent: QWidget, folder: Path | None) -> Path | None:
    """Ask which timesheet to read (from `folder`, else the documents); None if cancelled."""
    start = folder if folder is not None and folder.is_dir() else documents_folder()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TimesheetImport", "Import a timesheet"),
        str(start),
        QCoreApplication.translate("TimesheetImport", FILTER),
    )
    return Path(name) if name else None


def read_preview(
    parent: QWidget, editor: Editor, project_id: int, path: Path
) -> TimesheetPreview | None:
    """What `path` would book on the project; None (after a message) if it cannot be read."""
    try:
        return editor.workspace.run(preview_timesheet, project_id, path)
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("TimesheetImport", TITLE), exc)
        return None


def import_timesheet(
    parent: QWidget, editor: Editor, project_id: int, path: Path
) -> AppliedTimesheet | None:
    """Preview `path`, and if the PM books it, book it as one undoable edit; None otherwise."""
    preview = read_preview(parent, editor, project_id, path)
    if preview is None:
        return None
    dialog = TimesheetImportDialog(preview, parent)
    try:
        if not dialog.exec():
            return None
    finally:
        dialog.deleteLater()
    return book(editor, preview)


def book(editor: Editor, preview: TimesheetPreview) -> AppliedTimesheet | None:
    """Book what a fresh read of the previewed file books; None if refused (signalled)."""
    label = named(QT_TRANSLATE_NOOP("Edits", "Import timesheet {file}"), file=preview.path.name)
    applied = editor.run(
        preview.project_id, edit(label, apply_timesheet, preview.project_id, preview.path)
    )
    return None if applied is REFUSED else applied
