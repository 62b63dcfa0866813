"""File > Import Client Edits…: read a returned workbook, preview its edits, apply the chosen.

The preview is read in the background behind a progress dialog; the PM ticks edits in
ClientEditsDialog; the ticked ones are applied as one undoable edit through the Editor.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.services.client_workbook.edits import (
    AppliedEdits,
    EditPreview,
    apply_client_edits,
    preview_client_edits,
)
from cpm_desktop.ui.client_workbook.export import XLSX_FILTER, documents_folder
from cpm_desktop.ui.client_workbook.preview_dialog import ClientEditsDialog
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.undo import REFUSED, Editor, edit
from cpm_desktop.workspace import Workspace

# The import's title: its messages' (translated where shown) and its undoable edit's.
TITLE = QT_TRANSLATE_NOOP("ImportClientEdits", "Import client edits")


def ask_for_workbook(parent: QWidget, settings: AppSettings) -> Path | None:
    """Ask which returned workbook to read (starting where the last one was); None if cancelled."""
    folder = settings.client_workbook_folder() or documents_folder()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate(
            "ImportClientEdits", "Import the client's edits from a workbook"
        ),
        str(folder),
        QCoreApplication.translate("ClientWorkbookExport", XLSX_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    settings.set_client_workbook_folder(path.parent)
    return path


def read_preview(parent: QWidget, workspace: Workspace, path: Path) -> EditPreview | None:
    """Compare `path` with the workspace, with progress; None (after a message) if refused."""

    def job(report: Report) -> EditPreview:
        report(
            QCoreApplication.translate(
                "ImportClientEdits", "Reading {file} and comparing it with the workspace…"
            ).format(file=path.name)
        )
        return workspace.run(preview_client_edits, path)

    try:
        return run_with_progress(
            parent,
            QCoreApplication.translate("ImportClientEdits", "Reading the client's edits"),
            job,
        )
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("ImportClientEdits", TITLE), exc)
        return None


def import_client_edits(
    parent: QWidget, editor: Editor, path: Path, select_project: Callable[[str], object]
) -> AppliedEdits | None:
    """Preview `path`, let the PM choose, apply the chosen as one undoable edit.

    `select_project(code)` shows the workbook's project first, so the edits land where the PM
    is looking and Ctrl+Z undoes them there. None when refused, empty or cancelled.
    """
    preview = read_preview(parent, editor.workspace, path)
    if preview is None:
        return None
    if not preview.differences and not preview.new_rows:
        _say_nothing_to_apply(parent, preview)
        return None
    select_project(preview.project_code)
    dialog = ClientEditsDialog(preview, parent)
    try:
        if not dialog.exec():
            return None
        accepted = dialog.accepted_ids()
    finally:
        dialog.deleteLater()
    if not accepted:
        return None
    return apply_edits(editor, preview, accepted)


def apply_edits(
    editor: Editor, preview: EditPreview, accepted: Collection[str]
) -> AppliedEdits | None:
    """Apply the `accepted` ids of `preview` as one undoable edit; None if refused (signalled)."""
    # The edit's name stays English: the audit trail keeps it when it is undone or redone.
    applied = editor.run(
        preview.project_id, edit(TITLE, apply_client_edits, preview.path, list(accepted))
    )
    return None if applied is REFUSED else applied


def _say_nothing_to_apply(parent: QWidget, preview: EditPreview) -> None:
    text = QCoreApplication.translate(
        "ImportClientEdits",
        "{file} holds no edits to {project}: every cell the client can edit is as it was exported.",
    ).format(file=preview.path.name, project=preview.project_code)
    if preview.notes:
        text += "\n\n" + "\n".join(f"• {note}" for note in preview.notes)
    QMessageBox.information(parent, QCoreApplication.translate("ImportClientEdits", TITLE), text)
