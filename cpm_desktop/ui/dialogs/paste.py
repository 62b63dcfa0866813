"""PasteDialog: a box to paste lines into beside the preview of what they give, read a moment
after the last key; OK (renamed, enabled by the subclass once the lines read) below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.records.widgets import rows_height, style_record_table

READ_DELAY = 200  # ms after the last key: a long paste is read once, not on every key


class PasteDialog(QDialog):
    """The frame the SLA values' and the holiday list's paste dialogs share; a subclass builds
    its preview, calls `lay_out` and reads the box in `read`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY)

    def lay_out(
        self,
        hint: QLabel,
        preview: QWidget,
        *,
        ok_text: str,
        on_ok: Callable[[], object] | None,
        sizes: tuple[int, int],
        size: tuple[int, int],
    ) -> None:
        """The hint on top, the box beside the preview (split `sizes`), then OK saying
        `ok_text` (disabled until `read` enables it) and Cancel; the dialog `size` wide × high."""
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(preview)
        split.setSizes(list(sizes))
        self.buttons = ok_cancel_buttons(self, on_ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        self._timer.timeout.connect(self.read)
        self.text.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(*size)

    def read(self) -> None:
        """Read the box now and show what it gives (subclasses)."""
        self._timer.stop()


def preview_table(
    model: QAbstractItemModel, object_name: str, stretch: int, rows: int
) -> QTableView:
    """The read-only table of what a paste gives: each column as wide as its texts, column
    `stretch` taking the rest; at least `rows` rows tall."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    style_record_table(table, sortable=False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setMinimumHeight(rows_height(table, rows))
    return table
