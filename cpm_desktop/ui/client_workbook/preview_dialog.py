"""ClientEditsDialog: every edit of a returned client workbook, to accept all or some of them.

Nothing is written here: the dialog only collects the ids the PM ticked (`accepted_ids`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.client_workbook.edits import EditPreview
from cpm_desktop.ui.client_workbook.check_delegate import CheckBoxDelegate
from cpm_desktop.ui.client_workbook.edit_items import apply_label, counts_line, edit_items
from cpm_desktop.ui.client_workbook.edit_model import REF, STATUS, TEXT_COLUMNS, EditTableModel
from cpm_desktop.ui.dialogs.preview_size import fit_columns, fit_dialog, preview_table
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.theme import colors

MAX_TEXT_WIDTH = 320  # px: a long description is elided (its tooltip has all of it)
MAX_STATUS_WIDTH = 420
NOTES_LINES = 7  # lines of notes shown before they scroll


class ClientEditsDialog(QDialog):
    """The preview of a returned workbook: a header, the table of edits, notes and buttons."""

    def __init__(self, preview: EditPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ClientEditsDialog", "Client edits to {project}").format(
                project=preview.project_code
            )
        )
        self.model = EditTableModel()
        self.table = self._table()
        self.select_all = QPushButton(
            QCoreApplication.translate("ClientEditsDialog", "Select &All")
        )
        self.select_none = QPushButton(
            QCoreApplication.translate("ClientEditsDialog", "Select &None")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.heading = _heading(preview)
        self.notes = _notes_label(preview.notes)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        if preview.notes:
            layout.addWidget(_NotesArea(self.notes))
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

        self.model.sig_checked_changed.connect(self._on_checked_changed)
        self.select_all.clicked.connect(lambda: self.model.set_all_checked(True))
        self.select_none.clicked.connect(lambda: self.model.set_all_checked(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_selected)

        self.model.set_items(edit_items(preview), preview.applicable())
        fit_columns(
            self.table,
            {c: MAX_STATUS_WIDTH if c == STATUS else MAX_TEXT_WIDTH for c in TEXT_COLUMNS},
        )
        self.table.resizeRowsToContents()
        fit_dialog(self, self.table, self.table.rowHeight(0))
        # Enter applies; the table is a Tab away (a focus frame on its first cell looks odd).
        self.apply_button.setFocus()

    def accepted_ids(self) -> list[str]:
        """The ids of the ticked edits, for apply_client_edits."""
        return self.model.checked_ids()

    def toggle_selected(self) -> None:
        """Space: tick the selected rows, or untick them if all are ticked already."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = [r for r in rows if self.model.item(r).applicable]
        if not rows:
            return
        ticked = set(self.model.checked_ids())
        tick = not all(self.model.item(r).id in ticked for r in rows)
        for row in rows:
            self.model.set_checked(row, tick)

    def _on_checked_changed(self, count: int) -> None:
        self.apply_button.setText(apply_label(count))
        self.apply_button.setEnabled(count > 0)

    # -- layout --------------------------------------------------------------------------

    def _table(self) -> QTableView:
        table = preview_table(self.model, "workbookEdits")
        table.setItemDelegateForColumn(REF, CheckBoxDelegate(table))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return table


def _heading(preview: EditPreview) -> QLabel:
    """The file, when it was exported, what it holds, and that nothing is written yet."""
    when = ""
    if preview.exported_at is not None:
        stamp = preview.exported_at
        when = QCoreApplication.translate(
            "ClientEditsDialog", " · exported {date} at {time}"
        ).format(date=date_text(stamp.date()), time=f"{stamp:%H:%M}")
    muted = colors().muted_text
    nothing_yet = QCoreApplication.translate(
        "ClientEditsDialog",
        "Nothing changes in the workspace until you apply the ticked edits; Undo takes the "
        "whole import back.",
    )
    label = QLabel(
        f"<b>{html.escape(preview.path.name)}</b>{html.escape(when)}<br>"
        f"{html.escape(counts_line(preview))}<br>"
        f"<span style='color:{muted}'>{html.escape(nothing_yet)}</span>"
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class _NotesArea(QScrollArea):
    """The notes, as tall as their wrapped text up to a few lines, then scrolling."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._width = 0

    def sizeHint(self) -> QSize:
        label = self.widget()
        assert label is not None  # set in __init__
        width = self.viewport().width() if self._width else 900
        cap = label.fontMetrics().lineSpacing() * NOTES_LINES
        return QSize(width, min(label.heightForWidth(width), cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.updateGeometry()  # the text wraps anew: ask the layout for a new height


def _notes_label(notes: tuple[str, ...]) -> QLabel:
    """The rows left out (deleted by the client, unknown keys), one bullet each."""
    items = "".join(f"<li>{html.escape(note)}</li>" for note in notes)
    title = html.escape(QCoreApplication.translate("ClientEditsDialog", "Also in the workbook"))
    label = QLabel(f"<b>{title}</b><ul style='margin:0'>{items}</ul>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
