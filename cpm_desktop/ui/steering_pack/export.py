"""File > Export > Steering Committee Pack (PDF)…: the dialog, one undoable save, the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cpm_desktop.domain import PaperSize
from cpm_desktop.domain.audience import Audience
from cpm_desktop.errors import CpmError, ExportError
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.records.pack_settings import pack_settings, save_pack_inputs
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.ui.client_workbook.export import documents_folder
from cpm_desktop.ui.dialogs.audience import named_for
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.steering_pack.dialog import SteeringPackDialog
from cpm_desktop.ui.undo import REFUSED, Editor, edit
from cpm_desktop.workspace import Workspace

PDF_FILTER = QT_TRANSLATE_NOOP("SteeringPackExport", "PDF documents (*.pdf)")
SAVE_TEXT = "Steering pack settings"  # the Edit menu's "Undo Steering pack settings"
# Where Letter is the usual office paper; everywhere else prints on A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
    }
)


def locale_paper() -> str:
    """'letter' for the user's locale where Letter is the office paper, else 'a4'."""
    return PaperSize.LETTER if QLocale().territory() in LETTER_TERRITORIES else PaperSize.A4


def suggested_name(
    code: str, status_date: dt.date | None, audience: Audience = Audience.CLIENT
) -> str:
    """'NHL-WMS steering pack 2026-11-20.pdf' ('…-internal.pdf'): ISO dates sort the packs."""
    day = (status_date or dt.date.today()).isoformat()
    return named_for(f"{code} steering pack {day}.pdf", audience)


def with_pdf_suffix(name: str) -> Path:
    """The chosen file name, with .pdf added when the user typed none."""
    return Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")


def open_pdf(path: Path) -> None:
    """Open a written pack in the user's PDF viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_pack(
    parent: QWidget,
    workspace: Workspace,
    project_id: int,
    path: Path,
    audience: Audience = Audience.CLIENT,
    locale: str | None = None,
) -> bool:
    """Write the project's pack for `audience` (saved settings) in `locale` (the client's when
    None) to `path`; False if refused."""
    # Imported here: the pack's renderer (reportlab, fonts) loads only when a pack is made.
    from cpm_desktop.services.steering_pack.pack import export_steering_pack

    def job(report: Report) -> Path:
        return workspace.run(
            export_steering_pack,
            project_id,
            path,
            report=report,
            audience=audience,
            locale=locale,
        )

    try:
        run_with_progress(
            parent,
            QCoreApplication.translate(
                "SteeringPackExport", "Exporting the steering committee pack"
            ),
            job,
        )
    except ExportError as exc:
        # PDF viewers lock the files they show; the service cannot know that is the reason.
        hint = (
            " "
            + QCoreApplication.translate(
                "SteeringPackExport",
                "If it is open in a PDF viewer, close it there and export again.",
            )
            if (path.exists())
            else ""
        )
        show_error(parent, _export_title(), ExportError(f"{exc}{hint}"))
        return False
    except CpmError as exc:
        show_error(parent, _export_title(), exc)
        return False
    return True


def ask_and_export_pack(
    parent: QWidget, editor: Editor, project_id: int, settings: AppSettings
) -> Path | None:
    """Show the dialog; on Export… save what changed (one undoable edit), write and open the PDF."""
    workspace = editor.workspace
    summary = workspace.run(project_summary, project_id)
    saved = workspace.run(pack_settings, project_id, default_paper=locale_paper())
    report = workspace.run(status_report, project_id)
    folder = settings.steering_pack_folder() or documents_folder()

    def ask_path() -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            dialog,
            QCoreApplication.translate(
                "SteeringPackExport", "Export the steering committee pack of {code}"
            ).format(code=summary.code),
            str(folder / suggested_name(summary.code, report.status_date, dialog.audience())),
            QCoreApplication.translate("SteeringPackExport", PDF_FILTER),
        )
        return with_pdf_suffix(name) if name else None

    dialog = SteeringPackDialog(
        summary,
        saved,
        report,
        open_when_done=settings.open_pack_when_done(),
        ask_path=ask_path,
        client_locale=workspace.run(export_locale, project_id),
        parent=parent,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return None
        path = dialog.path
        settings.set_open_pack_when_done(dialog.open_when_done.isChecked())
        changed = dialog.settings_changes()
        if saved.paper != PaperSize.A4 and "paper" not in changed:
            changed["paper"] = saved.paper  # a locale's default is written once it is used
        report_changes = dialog.report_changes()
        open_book = dialog.open_book_change()
        audience = dialog.audience()
        locale = dialog.written_in()
    finally:
        dialog.deleteLater()
    if (changed or report_changes or open_book is not None) and editor.run(
        project_id,
        edit(
            SAVE_TEXT,
            save_pack_inputs,
            project_id,
            settings=changed,
            report=report_changes,
            open_book=open_book,
        ),
    ) is REFUSED:
        return None  # refused: the editor has shown why
    if not export_pack(parent, workspace, project_id, path, audience, locale):
        return None
    settings.set_steering_pack_folder(path.parent)
    if settings.open_pack_when_done():
        open_pdf(path)
    return path


def _export_title() -> str:
    """The title of a message about a failed export."""
    return QCoreApplication.translate("SteeringPackExport", "Export steering committee pack")
