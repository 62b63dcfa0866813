"""RecordDialog: a form whose OK tries the edit and stays open with the service's refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.formatting import entry_date_format, py_date, qdate
from cpm_desktop.ui.theme import colors

Submit = Callable[[dict[str, Any]], str | None]
"""Makes the edit from the form's values; the refusal as a sentence, or None when done."""

# The dates the services accept (validate.EARLIEST_DATE / LATEST_DATE).
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


class RecordDialog(QDialog):
    """Subclasses fill `form` and answer `values`; OK submits and closes only when accepted."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._submit = submit
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("recordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colors().rag_red};")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self, self.submit))

    def values(self) -> dict[str, Any]:
        """The keyword arguments of the service; ValueError when a field cannot be read."""
        raise NotImplementedError

    def submit(self) -> None:
        """Make the edit; close on success, else say why in the dialog and keep it open."""
        try:
            problem = self._submit(self.values())
        except ValueError as exc:
            problem = str(exc)
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()


def date_field(day: dt.date) -> QDateEdit:
    """A date box in the user's typing format, with a calendar, set to `day`."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(entry_date_format())
    edit.setDateRange(qdate(EARLIEST), qdate(LATEST))
    edit.setDate(qdate(day))
    return edit


def picked_date(edit: QDateEdit) -> dt.date:
    """The date a date box holds."""
    return py_date(edit.date())


def text_box(text: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on rather than typing a tab."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
