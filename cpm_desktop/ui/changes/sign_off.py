"""Export a request's sign-off form: ask where, write the one-page PDF, offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from cpm_desktop.domain import PaperSize
from cpm_desktop.domain.audience import Audience
from cpm_desktop.errors import CpmError
from cpm_desktop.services.changes.forms import export_change_form
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.ui.dialogs.audience import ask_reader, named_for
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import Workspace

# Shown through QCoreApplication.translate("SignOffForm", …).
PDF_FILTER = QT_TRANSLATE_NOOP("SignOffForm", "PDF documents (*.pdf)")


def suggested_path(reference: str, audience: Audience = Audience.CLIENT) -> Path:
    """Where the form goes unless the user says otherwise: the documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / named_for(f"{reference} sign-off.pdf", audience)


def paper_size() -> str:
    """Letter where the locale measures in inches (US), else A4."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return PaperSize.LETTER if imperial else PaperSize.A4


def ask_and_export(
    parent: QWidget, workspace: Workspace, project_id: int, row: ChangeRow
) -> Path | None:
    """Ask who it is for, its language and where, then write the form there; None if cancelled
    or refused."""
    title = QCoreApplication.translate(
        "SignOffForm", "Export the sign-off form of {reference}"
    ).format(reference=row.reference)
    reader = ask_reader(parent, title, workspace.run(export_locale, project_id))
    if reader is None:
        return None
    audience = reader.audience
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested_path(row.reference, audience)),
        QCoreApplication.translate("SignOffForm", PDF_FILTER),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    try:
        return workspace.run(
            export_change_form,
            row.id,
            path,
            paper=paper_size(),
            audience=audience,
            locale=reader.locale,
        )
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("SignOffForm", "Export sign-off form"), exc)
        return None


def open_document(path: Path) -> None:
    """Open a written file in the user's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
