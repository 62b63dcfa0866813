"""ImportReportDialog: what an import took, approximated and left out, line by line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.interchange.importing import ImportResult


class ImportReportDialog(QDialog):
    """Summary on top, the full report below (selectable, to paste into an e-mail)."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportReportDialog", "Import report"))
        self.resize(720, 460)
        lines = result.lines()
        summary = QLabel("<b>" + lines[0] + "</b><br>" + "<br>".join(lines[1:3]))
        summary.setWordWrap(True)
        # The report's lines are the import service's, in the language the window speaks.
        details = QPlainTextEdit(
            "\n".join(lines[3:])
            or QCoreApplication.translate(
                "ImportReportDialog", "Nothing was approximated or left out."
            )
        )
        details.setReadOnly(True)
        details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
