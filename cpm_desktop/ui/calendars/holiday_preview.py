"""What a holiday list will add, shown before it is: from an .ics file or from pasted lines.

HolidayPreviewDialog lists the days an iCalendar file gave; PasteHolidaysDialog reads lines as
they are typed or pasted and shows the same preview beside them. Neither writes anything:
the calendar dialog adds what was accepted to its table, and OK there saves it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors

ICS_FILTER = QT_TRANSLATE_NOOP(
    "HolidayPreviewDialog", "iCalendar files (*.ics *.ical *.ifb);;All files (*)"
)
ADDED = QT_TRANSLATE_NOOP("HolidayPreviewDialog", "added")
KEPT = QT_TRANSLATE_NOOP("HolidayPreviewDialog", "already listed")
COLUMNS = (
    QT_TRANSLATE_NOOP("HolidayPreviewDialog", "Date"),
    QT_TRANSLATE_NOOP("HolidayPreviewDialog", "Name"),
    QT_TRANSLATE_NOOP("HolidayPreviewDialog", "Will be"),
)
PASTE_HINT = QT_TRANSLATE_NOOP(
    "HolidayPreviewDialog",
    "One holiday a line: a date, then its name. 2026-12-25 Christmas Day, 25.12.2026 "
    "Christmas, or two columns copied from a spreadsheet.",
)


def translated(text: str) -> str:
    """A text of this module's constants in the UI language."""
    return QCoreApplication.translate("HolidayPreviewDialog", text)


class PreviewModel(RowTableModel[tuple[dt.date, str, bool]]):
    """Adapts (date, name, is new) rows; the days already listed are greyed."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        title = super().headerData(section, orientation, role)
        return translated(title) if isinstance(title, str) else title

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        day, name, new = row
        if role == Qt.ItemDataRole.DisplayRole:
            return (date_text(day), name, translated(ADDED if new else KEPT))[index.column()]
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
        words = [self._will_be_added(new)]
        if kept:
            words.append(self._already_listed(kept))
        if found.skipped:
            # The reasons are the list reader's, in the language the window speaks.
            words.append(
                QCoreApplication.translate("HolidayPreviewDialog", "Left out: {reasons}.").format(
                    reasons="; ".join(found.skipped)
                )
            )
        self.summary.setText(" ".join(words) if found.days or found.skipped else "")

    # The English says "1 day" and "2 days": its singular is a text of its own, any other
    # count a plural (%n) that each translation gives its forms. self.tr, as lupdate reads a
    # count only there (its context is this class's name).
    def _will_be_added(self, days: int) -> str:
        if days == 1:
            return self.tr("1 day will be added as holidays.")
        return self.tr("%n days will be added as holidays.", None, days)

    def _already_listed(self, days: int) -> str:
        if days == 1:
            return self.tr("Already listed, so kept as they are: 1 day.")
        return self.tr("Already listed, so kept as they are: %n days.", None, days)

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
        self.setWindowTitle(
            QCoreApplication.translate("HolidayPreviewDialog", "Holidays from {source}").format(
                source=source
            )
        )
        intro = QLabel(
            QCoreApplication.translate(
                "HolidayPreviewDialog",
                "{source} lists these days off. OK adds them to the calendar.",
            ).format(source=source)
        )
        intro.setWordWrap(True)
        self.preview = _Preview(listed)
        self.preview.show_list(found)
        self.buttons = ok_cancel_buttons(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("HolidayPreviewDialog", "Add"))
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
        super().__init__(
            QCoreApplication.translate("HolidayPreviewDialog", "Paste a holiday list"), parent
        )
        hint = QLabel(translated(PASTE_HINT))
        hint.setWordWrap(True)
        self.text.setObjectName("pastedHolidays")
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "HolidayPreviewDialog", "2026-12-25 Christmas Day\n26.12.2026 St. Stephen's Day"
            )
        )
        self.preview = _Preview(listed)
        self.lay_out(
            hint,
            self.preview,
            ok_text=QCoreApplication.translate("HolidayPreviewDialog", "Add"),
            on_ok=None,
            sizes=(280, 460),
            size=(760, 480),
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
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HolidayPreviewDialog", "Import holidays from a calendar"),
        "",
        translated(ICS_FILTER),
    )
    return Path(name) if name else None


def read_ics_file(path: Path) -> HolidayList:
    """Read the holidays of an iCalendar file; CpmError (a sentence) if it cannot be read."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise InterchangeError(
                QCoreApplication.translate(
                    "HolidayPreviewDialog",
                    "{name} is larger than {megabytes} MB; it is not a holiday list.",
                ).format(name=path.name, megabytes=MAX_LIST_BYTES // 2**20)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(
            QCoreApplication.translate(
                "HolidayPreviewDialog", "Cannot read {name}: {reason}."
            ).format(name=path.name, reason=exc.strerror or exc)
        ) from None
    try:
        return read_ics(data)
    except CpmError as exc:
        raise InterchangeError(f"{path.name}: {exc}") from None
