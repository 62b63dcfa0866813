"""What a holiday list will add, shown before it is: from an .ics file or from pasted lines.

HolidayPreviewDialog lists the days an iCalendar file gave; PasteHolidaysDialog reads lines as
they are typed or pasted and shows the same preview beside them. Neither writes anything:
the calendar dialog adds what was accepted to its table, and OK there saves it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import CpmError, InterchangeError
from cpm_desktop.interchange.holiday_lists import (
    MAX_LIST_BYTES,
    HolidayList,
    read_holiday_lines,
)
from cpm_desktop.interchange.ics_read import read_ics
from cpm_desktop.services.plan.calendars import CalendarException
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.paste import PasteDialog, preview_table
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors

ICS_FILTER = "iCalendar files (*.ics *.ical *.ifb);;All files (*)"
ADDED, KEPT = "added", "already listed"
PASTE_HINT = (
    "One holiday a line: a date, then its name. 2026-12-25 Christmas Day, 25.12.2026 "
    "Christmas, or two columns copied from a spreadsheet."
)


class PreviewModel(RowTableModel[tuple[dt.date, str, bool]]):
    """Adapts (date, name, is new) rows; the days already listed are greyed."""

    def __init__(self) -> None:
        super().__init__(("Date", "Name", "Will be"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        day, name, new = row
        if role == Qt.ItemDataRole.DisplayRole:
            return (date_text(day), name, ADDED if new else KEPT)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not new:
            return QBrush(colors().muted_text)
        return None


class _Preview(QWidget):
    """The table of what a list will add and a line saying so."""

    def __init__(self, listed: set[dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed = listed
        self.found = HolidayList(())
        self.model = PreviewModel()
        self.table = preview_table(self.model, "holidayPreview", stretch=1, rows=8)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def show_list(self, found: HolidayList) -> None:
        """Show what `found` adds and what it leaves out."""
        self.found = found
        self.model.set_rows([(d, n, d not in self._listed) for d, n in found.days])
        new = len(self.additions())
        kept = len(found.days) - new
        words = [f"{_count(new, 'day')} will be added as holidays."]
        if kept:
            words.append(f"Already listed, so kept as they are: {_count(kept, 'day')}.")
        if found.skipped:
            words.append("Left out: " + "; ".join(found.skipped) + ".")
        self.summary.setText(" ".join(words) if found.days or found.skipped else "")

    def show_problem(self, problem: str) -> None:
        """Show why the list cannot be read (the table is emptied)."""
        self.found = HolidayList(())
        self.model.set_rows([])
        self.summary.setText(problem)

    def additions(self) -> list[CalendarException]:
        """The holidays on days not listed yet."""
        return [CalendarException(d, n) for d, n in self.found.days if d not in self._listed]


class HolidayPreviewDialog(QDialog):
    """The days an iCalendar file gives, before they are added; OK adds the new ones."""

    def __init__(
        self, found: HolidayList, listed: set[dt.date], source: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Holidays from {source}")
        intro = QLabel(f"{source} lists these days off. OK adds them to the calendar.")
        intro.setWordWrap(True)
        self.preview = _Preview(listed)
        self.preview.show_list(found)
        self.buttons = ok_cancel_buttons(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Add")
        ok.setEnabled(bool(self.preview.additions()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

    def additions(self) -> list[CalendarException]:
        """The holidays to add."""
        return self.preview.additions()


class PasteHolidaysDialog(PasteDialog):
    """A box to paste a holiday list into, and the preview of what it adds, read as typed."""

    def __init__(self, listed: set[dt.date], parent: QWidget | None = None) -> None:
        super().__init__("Paste a holiday list", parent)
        hint = QLabel(PASTE_HINT)
        hint.setWordWrap(True)
        self.text.setObjectName("pastedHolidays")
        self.text.setPlaceholderText("2026-12-25 Christmas Day\n26.12.2026 St. Stephen's Day")
        self.preview = _Preview(listed)
        self.lay_out(
            hint, self.preview, ok_text="Add", on_ok=None, sizes=(280, 460), size=(760, 480)
        )

    def read(self) -> None:
        """Read the box now and show what it adds, or the line that cannot be read."""
        super().read()
        text = self.text.toPlainText()
        try:
            found = read_holiday_lines(text)
        except InterchangeError as exc:
            self.preview.show_problem(str(exc))
            self.ok.setEnabled(False)
            return
        self.preview.show_list(found)
        self.ok.setEnabled(bool(self.preview.additions()))

    def additions(self) -> list[CalendarException]:
        """The holidays to add."""
        return self.preview.additions()


def ask_for_ics(parent: QWidget) -> Path | None:
    """Ask which iCalendar file to import; None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import holidays from a calendar", "", ICS_FILTER)
    return Path(name) if name else None


def read_ics_file(path: Path) -> HolidayList:
    """Read the holidays of an iCalendar file; CpmError (a sentence) if it cannot be read."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise InterchangeError(
                f"{path.name} is larger than {MAX_LIST_BYTES // 2**20} MB; it is not a holiday "
                "list."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    try:
        return read_ics(data)
    except CpmError as exc:
        raise InterchangeError(f"{path.name}: {exc}") from None


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"
