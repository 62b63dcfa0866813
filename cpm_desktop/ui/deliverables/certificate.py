"""Export a deliverable's acceptance certificate: ask where, write the one-page PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.ui.changes.sign_off import PDF_FILTER, paper_size
from cpm_desktop.ui.dialogs.audience import ask_reader
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("AcceptanceCertificate", "Export acceptance certificate")


def suggested_path(reference: str) -> Path:
    """Where the certificate goes unless the user says otherwise: the documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = QCoreApplication.translate(
        "AcceptanceCertificate", "{reference} acceptance certificate.pdf"
    ).format(reference=reference)
    return Path(folder or Path.home()) / name


def ask_and_export(parent: QWidget, workspace: Workspace, row: DeliverableRow) -> Path | None:
    """Ask its language and where, then write the certificate there; None if cancelled or
    refused (said so)."""
    title = QCoreApplication.translate(
        "AcceptanceCertificate", "Export acceptance certificate of {reference}"
    ).format(reference=row.reference)
    locale = workspace.run(export_locale, row.project_id)
    reader = ask_reader(parent, title, locale, with_audience=False)
    if reader is None:
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested_path(row.reference)), PDF_FILTER
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    # Loaded on first use: the certificate's writer brings reportlab, which the window does
    # not need to start.
    from cpm_desktop.services.deliverables.certificate import (  # noqa: PLC0415
        export_acceptance_certificate,
    )

    try:
        return workspace.run(
            export_acceptance_certificate, row.id, path, paper=paper_size(), locale=reader.locale
        )
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("AcceptanceCertificate", TITLE), exc)
        return None
