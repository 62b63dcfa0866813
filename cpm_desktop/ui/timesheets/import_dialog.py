"""TimesheetImportDialog: every line of a timesheet file, what it books or why it is refused, and
the button that books the rest as one undoable edit.

Nothing is written here: accepting the dialog is the PM's yes; the page books the file.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.timesheets.importing import TimesheetPreview
from cpm_desktop.ui.dialogs.preview_size import fit_columns, fit_dialog, preview_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timesheets.grid_model import hours_text
from cpm_desktop.ui.timesheets.import_model import STATUS, TEXT_COLUMNS, ImportLinesModel

MAX_TEXT_WIDTH = 300  # px: a long name or task is elided (its tooltip has all of it)
MAX_STATUS_WIDTH = 460


class TimesheetImportDialog(QDialog):
    """A heading (file, columns, counts), the table of lines, and Book/Cancel."""

    def __init__(self, preview: TimesheetPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate(
                "TimesheetImportDialog", "Import timesheet into {code}"
            ).format(code=preview.project_code)
        )
        self.model = ImportLinesModel()
        self.model.refusal = preview.refusal
        self.model.set_rows(preview.lines)
        self.table = preview_table(self.model, "timesheetImportLines")
        self.heading = self._heading(preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = preview.ready
        self.apply_button.setText(
            QCoreApplication.translate("TimesheetImportDialog", "Book {hours} Hours").format(
                hours=hours_text(preview.hours)
            )
            if ready
            else QCoreApplication.translate("TimesheetImportDialog", "Book")
        )
        self.apply_button.setEnabled(bool(ready))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_columns(
            self.table,
            {c: MAX_STATUS_WIDTH if c == STATUS else MAX_TEXT_WIDTH for c in TEXT_COLUMNS},
        )
        fit_dialog(self, self.table, self.table.verticalHeader().defaultSectionSize())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        (self.apply_button if ready else cancel).setFocus()  # Enter books, or closes

    def _heading(self, preview: TimesheetPreview) -> QLabel:
        """The file, the columns read, what will be booked, and that nothing is written yet."""
        where = (
            QCoreApplication.translate("TimesheetImportDialog", " · sheet {sheet}").format(
                sheet=preview.sheet
            )
            if preview.sheet
            else ""
        )
        columns = ", ".join(preview.columns)
        ready, refused = preview.ready, len(preview.refused_lines)
        changing = sum(b.changes for b in ready)
        lines = len(preview.lines)
        # Counts through self.tr: pyside6-lupdate sees a variable count only there.
        counts = QCoreApplication.translate(
            "TimesheetImportDialog",
            "{lines}: {hours} hours in {entries} ({changing} changing what is booked); {refused}.",
        ).format(
            lines=QCoreApplication.translate("TimesheetImportDialog", "1 line")
            if lines == 1
            else self.tr("%n lines", None, lines),
            hours=hours_text(preview.hours),
            entries=QCoreApplication.translate("TimesheetImportDialog", "1 weekly entry")
            if len(ready) == 1
            else self.tr("%n weekly entries", None, len(ready)),
            changing=changing,
            refused=QCoreApplication.translate("TimesheetImportDialog", "1 line refused")
            if refused == 1
            else self.tr("%n lines refused", None, refused),
        )
        c = colors()
        refusal = (
            f"<br><span style='color:{c.rag_red}'><b>{html.escape(preview.refusal)}</b></span>"
            if preview.refusal
            else ""
        )
        read = QCoreApplication.translate("TimesheetImportDialog", "columns {columns}").format(
            columns=columns
        )
        replace = QCoreApplication.translate(
            "TimesheetImportDialog",
            "Each person's hours on a task in a week replace what was booked there. Nothing is "
            "booked until you choose Book; Undo takes the whole import back.",
        )
        label = QLabel(
            f"<b>{html.escape(preview.path.name)}</b>{html.escape(where)} · "
            f"{html.escape(read)}<br>{html.escape(counts)}{refusal}<br>"
            f"<span style='color:{c.muted_text}'>{html.escape(replace)}</span>"
        )
        label.setObjectName("timesheetImportHeading")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        return label
