"""Project › Calendar…: the calendar a project works by, its weekdays and its exceptions.

The project works by its own calendar or by one it shares with other projects. The dialog
keeps a draft per choice (switching back and forth loses nothing); OK applies the chosen
calendar, its name, weekdays and holidays as ONE undoable edit through the Editor
(`edit_project_calendar`), which reschedules every project on that calendar; the Timeline
follows from the edit's change event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import CpmError
from cpm_desktop.services.plan.calendars import (
    CalendarEdit,
    CalendarException,
    CalendarRecord,
    edit_project_calendar,
    project_calendars,
)
from cpm_desktop.ui.calendars.exceptions_model import (
    HOLIDAY,
    KIND,
    NAME,
    WORKED,
    ExceptionsModel,
    KindDelegate,
    translated,
)
from cpm_desktop.ui.calendars.holiday_preview import (
    HolidayPreviewDialog,
    PasteHolidaysDialog,
    ask_for_ics,
    read_ics_file,
)
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import date_field, picked_date
from cpm_desktop.ui.records.widgets import rows_height, style_editable_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

TITLE = QT_TRANSLATE_NOOP("CalendarDialog", "Calendar")
VISIBLE_EXCEPTIONS = 8  # whole rows the table shows before it scrolls
OWN = None  # the draft key of the project's own calendar


@dataclass(frozen=True, slots=True)
class Draft:
    """One calendar as the dialog holds it before OK."""

    name: str
    weekdays: frozenset[int]
    exceptions: tuple[CalendarException, ...]


def draft_of(calendar: CalendarRecord, name: str | None = None) -> Draft:
    """A calendar as a draft (under another name, for a copy)."""
    return Draft(name or calendar.name, calendar.weekdays, calendar.exceptions)


class CalendarDialog(QDialog):
    """Which calendar a project uses, its working weekdays and its dated exceptions."""

    def __init__(self, editor: Editor, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.project_id = project_id
        read = editor.workspace.run(project_calendars, project_id)
        self.code, self.current = read.project_code, read.current
        # The template is copied into new projects, not shared: editing it here would change
        # every project made from now on.
        self.others = {c.id: c for c in read.all if c.id != self.current.id and not c.is_default}
        # The current calendar is the project's own when no other project (nor the
        # template) uses it; else "own" means a copy of it, made on OK.
        self.is_own = self.current.used_by == (self.code,) and not self.current.is_default
        if not self.is_own:
            self.others[self.current.id] = self.current
        taken = {c.name.casefold() for c in (*self.others.values(), self.current)}
        self.drafts: dict[int | None, Draft] = {
            OWN: draft_of(self.current, None if self.is_own else _unused(self.code, taken))
        }
        self._key: int | None = OWN
        self.setWindowTitle(
            QCoreApplication.translate("CalendarDialog", "Calendar of {code}").format(
                code=self.code
            )
        )
        self.setWindowIcon(icon("calendar"))

        layout = QVBoxLayout(self)
        layout.addWidget(self._choice_box())
        layout.addWidget(self._weekdays_box())
        layout.addWidget(self._exceptions_box(), 1)
        layout.addWidget(ok_cancel_buttons(self, self.apply))
        self.resize(780, 700)
        self._choose(OWN if self.is_own else self.current.id)

    # -- building ------------------------------------------------------------------------

    def _choice_box(self) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("CalendarDialog", "Calendar {code} works by").format(
                code=self.code
            )
        )
        self.own_button = QRadioButton(
            QCoreApplication.translate("CalendarDialog", "Its &own calendar")
        )
        self.own_button.setObjectName("ownCalendar")
        self.shared_button = QRadioButton(
            QCoreApplication.translate("CalendarDialog", "A calendar &shared with other projects:")
        )
        self.shared_button.setObjectName("sharedCalendar")
        group = QButtonGroup(box)
        group.addButton(self.own_button)
        group.addButton(self.shared_button)
        self.shared = QComboBox()
        self.shared.setObjectName("sharedCalendars")
        for calendar in sorted(self.others.values(), key=lambda c: c.name.casefold()):
            self.shared.addItem(_choice_text(calendar, self.code), calendar.id)
        self.shared_button.setEnabled(self.shared.count() > 0)
        self.shared.setEnabled(False)
        self.name = QLineEdit()
        self.name.setObjectName("calendarName")
        self.name.setMaxLength(200)
        self.used_by = QLabel()
        self.used_by.setObjectName("usedBy")
        self.used_by.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("sharedNote")
        self.note.setWordWrap(True)
        c = colors()
        self.note.setStyleSheet(
            f"background: {c.notice}; border: 1px solid {c.border}; padding: 6px;"
        )
        grid = QGridLayout(box)
        grid.addWidget(self.own_button, 0, 0)
        grid.addWidget(self.shared_button, 1, 0)
        grid.addWidget(self.shared, 1, 1)
        name_label = QLabel(QCoreApplication.translate("CalendarDialog", "&Name:"))
        name_label.setBuddy(self.name)
        grid.addWidget(name_label, 2, 0)
        grid.addWidget(self.name, 2, 1)
        grid.addWidget(self.used_by, 3, 0, 1, 2)
        grid.addWidget(self.note, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.own_button.toggled.connect(self._on_choice)
        self.shared.currentIndexChanged.connect(lambda _n: self._on_choice())
        return box

    def _weekdays_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("CalendarDialog", "Working weekdays"))
        row = QHBoxLayout(box)
        self.weekday_boxes: list[QCheckBox] = []
        locale = QLocale()  # the UI language's day names ("Mo.", "lun.")
        for number in range(7):
            check = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            check.setObjectName(f"weekday{number}")
            self.weekday_boxes.append(check)
            row.addWidget(check)
        row.addStretch(1)
        return box

    def _exceptions_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("CalendarDialog", "Holidays and worked days"))
        intro = QLabel(
            QCoreApplication.translate(
                "CalendarDialog",
                "A holiday is not worked though its weekday is; a worked day is worked though its "
                "weekday is not (a weekend cut-over). Double-click a name or kind to change it.",
            )
        )
        intro.setWordWrap(True)
        self.model = ExceptionsModel()
        self.table = QTableView()
        self.table.setObjectName("calendarExceptions")
        self.table.setModel(self.model)
        style_editable_table(self.table)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        # Wide enough for the longest date and kind, whatever the rows hold now.
        header.resizeSection(0, metrics.horizontalAdvance(date_text(dt.date(2026, 9, 30))) + 28)
        widest_kind = max(metrics.horizontalAdvance(translated(k)) for k in (HOLIDAY, WORKED))
        header.resizeSection(KIND, widest_kind + 48)
        self.table.setMinimumHeight(rows_height(self.table, VISIBLE_EXCEPTIONS))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.new_day = date_field(dt.date.today())
        self.new_day.setObjectName("exceptionDate")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("exceptionName")
        self.new_name.setPlaceholderText(
            QCoreApplication.translate("CalendarDialog", "e.g. Christmas Day")
        )
        self.new_name.setMaxLength(200)
        self.new_name.returnPressed.connect(self.add_exception)
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("exceptionKind")
        for kind in (HOLIDAY, WORKED):
            self.new_kind.addItem(translated(kind), kind)
        self.add_button = QPushButton(
            icon("new"), QCoreApplication.translate("CalendarDialog", "&Add")
        )
        self.add_button.setObjectName("addException")
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "CalendarDialog", "Add the date on the left as a holiday or a worked day"
            )
        )
        self.add_button.clicked.connect(self.add_exception)
        form = QHBoxLayout()
        new_label = QLabel(QCoreApplication.translate("CalendarDialog", "New &date:"))
        new_label.setBuddy(self.new_day)
        form.addWidget(new_label)
        for widget, stretch in (
            (self.new_day, 0),
            (self.new_name, 1),
            (self.new_kind, 0),
            (self.add_button, 0),
        ):
            form.addWidget(widget, stretch)

        self.remove_button = QPushButton(
            icon("delete"), QCoreApplication.translate("CalendarDialog", "&Remove")
        )
        self.remove_button.setObjectName("removeExceptions")
        self.remove_button.setToolTip(
            QCoreApplication.translate("CalendarDialog", "Remove the selected dates")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        paste = QPushButton(QCoreApplication.translate("CalendarDialog", "&Paste list…"))
        paste.setObjectName("pasteHolidays")
        paste.setToolTip(
            QCoreApplication.translate(
                "CalendarDialog", "Add holidays from lines copied from a web page or a spreadsheet"
            )
        )
        paste.clicked.connect(self.paste_list)
        ics = QPushButton(
            icon("import"), QCoreApplication.translate("CalendarDialog", "&Import .ics…")
        )
        ics.setObjectName("importIcs")
        ics.setToolTip(
            QCoreApplication.translate(
                "CalendarDialog", "Add the all-day events of an iCalendar (.ics) file as holidays"
            )
        )
        ics.clicked.connect(lambda: self.import_ics())
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(paste)
        buttons.addWidget(ics)

        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    # -- the choice of calendar ----------------------------------------------------------

    def _choose(self, key: int | None) -> None:
        """Show the draft of `key` (OWN or a shared calendar's id) and tick its button."""
        if key is not OWN:
            self.shared.blockSignals(True)
            self.shared.setCurrentIndex(self.shared.findData(key))
            self.shared.blockSignals(False)
        self.shared_button.setChecked(key is not OWN)
        self.own_button.setChecked(key is OWN)
        self.shared.setEnabled(key is not OWN)
        self._show(key)

    def _on_choice(self) -> None:
        key = OWN if self.own_button.isChecked() else self.shared.currentData()
        self.shared.setEnabled(key is not OWN)
        if key != self._key:
            self.drafts[self._key] = self.draft()
            self._show(key)

    def _show(self, key: int | None) -> None:
        self._key = key
        if key is not None and key not in self.drafts:  # a shared calendar, first shown
            self.drafts[key] = draft_of(self.others[key])
        draft = self.drafts[key]
        self.name.setText(draft.name)
        for number, check in enumerate(self.weekday_boxes):
            check.setChecked(number in draft.weekdays)
        self.model.set_rows(list(draft.exceptions))
        users = self._users(key)
        self.used_by.setText(
            QCoreApplication.translate("CalendarDialog", "Used by: {projects}").format(
                projects=", ".join(users)
            )
        )
        # Shown only for two projects or more, so the English needs no singular. self.tr, as
        # lupdate reads a count (%n) only there; CalendarDialog is its context all the same.
        self.note.setText(
            self.tr(
                "This calendar is shared: changes apply to %n projects ({projects}).",
                None,
                len(users),
            ).format(projects=", ".join(users))
        )
        self.note.setVisible(len(users) > 1)
        self._enable()

    def _users(self, key: int | None) -> list[str]:
        """The projects on the calendar of `key` once OK is pressed."""
        if key is None:  # OWN
            return [self.code]
        return sorted({*self.others[key].used_by, self.code})

    def draft(self) -> Draft:
        """The calendar as the dialog shows it now."""
        weekdays = frozenset(n for n, c in enumerate(self.weekday_boxes) if c.isChecked())
        return Draft(self.name.text(), weekdays, self.model.exceptions())

    # -- exceptions ------------------------------------------------------------------------

    def add_exception(self) -> None:
        """Add the date in the form as a holiday or worked day (or select it if listed)."""
        day = picked_date(self.new_day)
        row = self.model.row_of_date(day)
        if row < 0:
            working = self.new_kind.currentData() == WORKED
            name = " ".join(self.new_name.text().split()) or self.new_kind.currentText()
            self.model.add([CalendarException(day, name, working)])
            row = self.model.row_of_date(day)
            self.new_name.clear()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def remove_selected(self) -> None:
        """Remove the selected dates."""
        self.model.remove_rows(i.row() for i in self.table.selectionModel().selectedRows())
        self._enable()

    def paste_list(self) -> None:
        """Ask for pasted lines, preview them, and add the new ones."""
        dialog = PasteHolidaysDialog(self.model.dates(), self)
        try:
            if dialog.exec():
                self.model.add(dialog.additions())
        finally:
            dialog.deleteLater()

    def import_ics(self, path: Path | None = None) -> None:
        """Read an iCalendar file (asked for unless given), preview it, add the new days."""
        file = ask_for_ics(self) if path is None else path
        if file is None:
            return
        try:
            found = read_ics_file(file)
        except CpmError as exc:
            show_error(self, QCoreApplication.translate("CalendarDialog", "Import holidays"), exc)
            return
        dialog = HolidayPreviewDialog(found, self.model.dates(), file.name, self)
        try:
            if dialog.exec():
                self.model.add(dialog.additions())
        finally:
            dialog.deleteLater()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    # -- OK --------------------------------------------------------------------------------

    def change(self) -> CalendarEdit | None:
        """What OK would apply; None when nothing differs from the stored calendar."""
        draft = self.draft()
        key = self._key
        same_calendar = (key is OWN and self.is_own) or key == self.current.id
        if same_calendar and draft == draft_of(self.current):
            return None
        return CalendarEdit(key, draft.name, draft.weekdays, draft.exceptions)

    def apply(self) -> None:
        """Apply every change as one undoable edit and close; stay open if it is refused."""
        change = self.change()
        if change is not None:
            done = self.editor.run(
                self.project_id,
                edit(
                    named(
                        QT_TRANSLATE_NOOP("Edits", "Change the calendar of {code}"), code=self.code
                    ),
                    edit_project_calendar,
                    self.project_id,
                    change,
                ),
            )
            if done is REFUSED:
                return  # the Editor told the user why; the dialog keeps their changes
        self.accept()


def _choice_text(calendar: CalendarRecord, code: str) -> str:
    users = [u for u in calendar.used_by if u != code]
    if users:
        return QCoreApplication.translate("CalendarDialog", "{name} — used by {projects}").format(
            name=calendar.name, projects=", ".join(users)
        )
    return QCoreApplication.translate("CalendarDialog", "{name} — used by no other project").format(
        name=calendar.name
    )


def _unused(code: str, taken: set[str]) -> str:
    """The name of a new own calendar: "CODE calendar", or with (2), (3)… if taken."""
    base = name = QCoreApplication.translate("CalendarDialog", "{code} calendar").format(code=code)
    number = 1
    while name.casefold() in taken:
        number += 1
        name = f"{base} ({number})"
    return name


def edit_calendar(parent: QWidget, editor: Editor, project_id: int) -> None:
    """Open the calendar editor on a project's calendar; OK applies it as one undoable edit."""
    try:
        dialog = CalendarDialog(editor, project_id, parent)
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("CalendarDialog", TITLE), exc)
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
