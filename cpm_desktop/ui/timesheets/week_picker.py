"""WeekPicker: which week the timesheet shows — previous, next, this week, the status date's
week, or any day picked from a calendar (its week is shown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QToolButton, QWidget

from cpm_desktop.interchange.timesheet_values import monday_of
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.formatting import py_date, qdate, short_date_text
from cpm_desktop.ui.theme import colors


class WeekPicker(QWidget):
    """Arrows, a date field and two shortcuts; says which week (number and days) is shown."""

    sig_week_changed = Signal(object)
    """Emitted with the Monday (a datetime.date) of the week chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.status_date: dt.date | None = None
        self.week = monday_of(self.today())
        self.previous = _arrow(
            Qt.ArrowType.LeftArrow,
            QCoreApplication.translate("WeekPicker", "Previous week"),
            QCoreApplication.translate("WeekPicker", "Previous week (Alt+Left)"),
        )
        self.next = _arrow(
            Qt.ArrowType.RightArrow,
            QCoreApplication.translate("WeekPicker", "Next week"),
            QCoreApplication.translate("WeekPicker", "Next week (Alt+Right)"),
        )
        self.previous.setShortcut("Alt+Left")
        self.next.setShortcut("Alt+Right")
        self.day = QDateEdit()
        self.day.setObjectName("timesheetWeek")
        self.day.setAccessibleName(QCoreApplication.translate("WeekPicker", "Week"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd MMM yyyy")
        self.day.setToolTip(
            QCoreApplication.translate(
                "WeekPicker", "Any day of the week to show: the week from its Monday"
            )
        )
        self.this_week = QPushButton(QCoreApplication.translate("WeekPicker", "This Week"))
        self.this_week.setToolTip(QCoreApplication.translate("WeekPicker", "The week of today"))
        self.status_week = QPushButton(
            QCoreApplication.translate("WeekPicker", "Status Date's Week")
        )
        self.status_week.setToolTip(
            QCoreApplication.translate("WeekPicker", "The week of the project's status date")
        )
        self.label = ElidedLabel()  # a narrow window shortens the week's words, not the buttons
        self.label.setObjectName("timesheetWeekLabel")
        self.label.setStyleSheet(f"color: {colors().muted_text};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.previous, self.day, self.next, self.this_week, self.status_week):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.label)
        self.previous.clicked.connect(lambda: self.set_week(self.week - dt.timedelta(days=7)))
        self.next.clicked.connect(lambda: self.set_week(self.week + dt.timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.set_week(self.today()))
        self.status_week.clicked.connect(self._to_status_week)
        self.day.dateChanged.connect(lambda day: self.set_week(py_date(day)))
        self._show()

    def set_status_date(self, status_date: dt.date | None) -> None:
        """The project's status date, which the status week button goes to."""
        self.status_date = status_date
        self.status_week.setEnabled(status_date is not None)

    def set_week(self, day: dt.date) -> None:
        """Show the week of `day`; announce it if it changed."""
        week = monday_of(day)
        changed = week != self.week
        self.week = week
        self._show()
        if changed:
            self.sig_week_changed.emit(week)

    def _to_status_week(self) -> None:
        if self.status_date is not None:
            self.set_week(self.status_date)

    def _show(self) -> None:
        with QSignalBlocker(self.day):
            self.day.setDate(qdate(self.week))
        sunday = self.week + dt.timedelta(days=6)
        number = self.week.isocalendar().week
        self.label.setText(
            QCoreApplication.translate("WeekPicker", "Week {number}: {monday} – {sunday}").format(
                number=number, monday=short_date_text(self.week), sunday=short_date_text(sunday)
            )
        )
        self.this_week.setEnabled(self.week != monday_of(self.today()))


def _arrow(direction: Qt.ArrowType, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setArrowType(direction)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
