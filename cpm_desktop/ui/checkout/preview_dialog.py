"""CheckInPreviewDialog: what the laptop's copy changed, by kind of record, and the button
that writes it to the team server.

Nothing is written here: accepting the dialog is the PM's yes; `check_in.py` writes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.checkout.preview_model import CheckInPreviewModel, PreviewRow
from cpm_desktop.ui.dialogs.preview_size import fit_columns, fit_dialog, preview_table
from cpm_desktop.ui.theme import colors

COUNT_WIDTH = 110  # px at the least: a count's column reads as a column, not a crammed figure


class CheckInPreviewDialog(QDialog):
    """A heading (project, server, what happens), the table of changes — or "Nothing
    changed" — and Check In/Cancel."""

    def __init__(
        self, code: str, server: str, rows: list[PreviewRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CheckInPreview", "Check In {code}").format(code=code)
        )
        self.model = CheckInPreviewModel(rows)
        self.table = preview_table(self.model, "checkInChanges")
        self.table.setAccessibleName(
            QCoreApplication.translate("CheckInPreview", "What your copy changed")
        )
        self.nothing = QLabel(QCoreApplication.translate("CheckInPreview", "Nothing changed"))
        self.nothing.setObjectName("checkInNothing")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.nothing.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.nothing.setFont(font)
        self.nothing.setStyleSheet(f"color: {colors().muted_text};")
        self.heading = self._heading(code, server, changed=bool(rows))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.check_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.check_in_button.setText(QCoreApplication.translate("CheckInPreview", "&Check In"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing, 1)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(rows))
        self.nothing.setVisible(not rows)
        fit_columns(self.table, {})
        # The kinds of record take the room; the three counts stay together on the right.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), COUNT_WIDTH))
        fit_dialog(self, self.table, self.table.verticalHeader().defaultSectionSize())
        self.check_in_button.setFocus()

    @staticmethod
    def _heading(code: str, server: str, *, changed: bool) -> QLabel:
        """Which project goes where, and what Check In does (nothing is written before)."""
        title = QCoreApplication.translate("CheckInPreview", "{code} back to {server}").format(
            code=code, server=server
        )
        what = (
            QCoreApplication.translate(
                "CheckInPreview",
                "What your copy changed since you checked it out. Check In writes all of it to "
                "the team server in one go; the project is then writable there again.",
            )
            if changed
            else QCoreApplication.translate(
                "CheckInPreview",
                "Your copy changed nothing. Check In ends the check-out: the project is then "
                "writable on the team server again.",
            )
        )
        after = QCoreApplication.translate(
            "CheckInPreview",
            "This file stays on your disk, no longer a checked-out copy. Nothing is written "
            "until you choose Check In.",
        )
        label = QLabel(
            f"<b>{html.escape(title)}</b><br>{html.escape(what)}<br>"
            f"<span style='color:{colors().muted_text}'>{html.escape(after)}</span>"
        )
        label.setObjectName("checkInHeading")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        return label
