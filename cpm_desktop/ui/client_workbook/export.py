"""File > Export > Excel Workbook…: ask where, write the client workbook with progress, open it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from cpm_desktop.domain.audience import Audience
from cpm_desktop.errors import CpmError, ExportError
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.ui.dialogs.audience import ask_reader, named_for
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.workspace import Workspace

# The file dialogs' filter; shown through QCoreApplication.translate("ClientWorkbookExport", …).
XLSX_FILTER = QT_TRANSLATE_NOOP("ClientWorkbookExport", "Excel workbooks (*.xlsx)")


def documents_folder() -> Path:
    """The user's documents folder (home if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def suggested_name(
    code: str, status_date: dt.date | None, audience: Audience = Audience.CLIENT
) -> str:
    """'NHL-WMS client workbook 2026-11-20.xlsx' ('…-internal.xlsx'): ISO dates sort the files."""
    day = (status_date or dt.date.today()).isoformat()
    return named_for(f"{code} client workbook {day}.xlsx", audience)


def with_xlsx_suffix(name: str) -> Path:
    """The chosen file name, with .xlsx added when the user typed none."""
    return Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")


def open_workbook(path: Path) -> None:
    """Open a written workbook in the user's spreadsheet application."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_workbook(
    parent: QWidget,
    workspace: Workspace,
    project_id: int,
    path: Path,
    audience: Audience = Audience.CLIENT,
    locale: str | None = None,
) -> bool:
    """Write the project's workbook for `audience` in `locale` (the client's when None) to
    `path` with progress; False if refused."""

    def job(report: Report) -> Path:
        return workspace.run(
            export_client_workbook,
            project_id,
            path,
            report=report,
            audience=audience,
            locale=locale,
        )

    try:
        run_with_progress(
            parent,
            QCoreApplication.translate("ClientWorkbookExport", "Exporting the client workbook"),
            job,
        )
    except ExportError as exc:
        # Excel locks the files it has open; the service cannot know that is the reason.
        hint = (
            QCoreApplication.translate(
                "ClientWorkbookExport", " If it is open in Excel, close it there and export again."
            )
            if path.exists()
            else ""
        )
        show_error(parent, _export_title(), ExportError(f"{exc}{hint}"))
        return False
    except CpmError as exc:
        show_error(parent, _export_title(), exc)
        return False
    return True


def ask_and_export_workbook(
    parent: QWidget, workspace: Workspace, project_id: int, settings: AppSettings
) -> Path | None:
    """Ask who it is for, its language and where (last folder, else Documents); write it, open
    it if asked."""
    summary = workspace.run(project_summary, project_id)
    title = QCoreApplication.translate(
        "ClientWorkbookExport", "Export the client workbook of {code}"
    ).format(code=summary.code)
    reader = ask_reader(parent, title, workspace.run(export_locale, project_id))
    if reader is None:
        return None
    audience = reader.audience
    folder = settings.client_workbook_folder() or documents_folder()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / suggested_name(summary.code, summary.status_date, audience)),
        QCoreApplication.translate("ClientWorkbookExport", XLSX_FILTER),
    )
    if not name:
        return None
    path = with_xlsx_suffix(name)
    if not export_workbook(parent, workspace, project_id, path, audience, reader.locale):
        return None
    settings.set_client_workbook_folder(path.parent)
    if settings.open_workbook_when_done():
        open_workbook(path)
    return path


def _export_title() -> str:
    """The title of an export's error message."""
    return QCoreApplication.translate("ClientWorkbookExport", "Export Excel workbook")
