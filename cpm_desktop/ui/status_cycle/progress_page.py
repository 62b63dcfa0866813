"""ProgressPage: the Update Status dialog's first page, the status date and the progress sheet.

Widgets only; the dialog reads the sheet for the date chosen and hands it to `model`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import Cadence
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.texts import _
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.formatting import py_date, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import date_field
from cpm_desktop.ui.records.column_fit import FillColumn, content_width
from cpm_desktop.ui.records.widgets import rows_height, style_editable_table
from cpm_desktop.ui.status_cycle.progress_model import COLUMNS, NAME, ProgressModel
from cpm_desktop.ui.theme import colors

NAME_MIN = 220  # pixels: the task names' least width; they elide, whole in the tooltip
SHEET_ROWS = 8  # whole rows the sheet shows before it scrolls
HINT = QT_TRANSLATE_NOOP(
    "ProgressPage",
    "The tasks the plan has started by the status date and not finished. Type what happened "
    "(actual start, % complete, actual finish or remaining days; F2 or just type), or mark "
    "tasks as planned. Red: behind the plan. Nothing is saved before Finish.",
)


class ProgressPage(QWidget):
    """The new status date (the cadence's suggestion first), the sheet and its mark buttons."""

    def __init__(self, summary: ProjectSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        muted = f"color: {colors().muted_text};"
        self.status_date = date_field(summary.next_status_date)
        self.status_date.setObjectName("newStatusDate")
        self.status_date.setToolTip(
            QCoreApplication.translate("ProgressPage", "The date this status report is as of")
        )
        label = QLabel(QCoreApplication.translate("ProgressPage", "New &status date:"))
        label.setBuddy(self.status_date)
        last = short_date_text(summary.status_date) or QCoreApplication.translate(
            "ProgressPage", "none yet"
        )
        cadence = ElidedLabel(
            QCoreApplication.translate(
                "ProgressPage",
                "Suggested by the {cadence} cadence: {date}   ·   current status date: {last}",
            ).format(
                cadence=_in_sentence(summary.cadence),
                date=short_date_text(summary.next_status_date),
                last=last,
            )
        )
        cadence.setObjectName("cadenceNote")
        cadence.setStyleSheet(muted)
        date_row = QHBoxLayout()
        date_row.addWidget(label)
        date_row.addWidget(self.status_date)
        date_row.addSpacing(12)
        date_row.addWidget(cadence, 1)

        hint = QLabel(QCoreApplication.translate("ProgressPage", HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet(muted)

        self.model = ProgressModel()
        self.table = QTableView()
        self.table.setObjectName("progressSheet")
        self.table.setModel(self.model)
        style_editable_table(self.table, type_to_edit=True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(rows_height(self.table, SHEET_ROWS))
        self._fill = FillColumn(self.table, NAME, NAME_MIN)
        self.empty = QLabel(
            QCoreApplication.translate(
                "ProgressPage", "No task should have moved by this date: nothing to enter."
            )
        )
        self.empty.setObjectName("emptySheet")
        self.empty.setStyleSheet(muted)
        self.empty.hide()

        self.mark_selected = QPushButton(
            QCoreApplication.translate("ProgressPage", "Mark S&elected as Planned")
        )
        self.mark_selected.setObjectName("markSelected")
        self.mark_selected.setToolTip(
            QCoreApplication.translate(
                "ProgressPage", "The selected tasks get the progress their schedule has"
            )
        )
        self.mark_all = QPushButton(
            QCoreApplication.translate("ProgressPage", "Mark &All as Planned")
        )
        self.mark_all.setObjectName("markAll")
        self.mark_all.setToolTip(
            QCoreApplication.translate(
                "ProgressPage", "Every task on the sheet gets the progress its schedule has"
            )
        )
        self.unmark_all = QPushButton(QCoreApplication.translate("ProgressPage", "Clear &Marks"))
        self.unmark_all.setToolTip(
            QCoreApplication.translate(
                "ProgressPage", "No task as planned: only what you typed is saved"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_selected)
        buttons.addWidget(self.mark_all)
        buttons.addWidget(self.unmark_all)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(date_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.mark_selected.clicked.connect(lambda: self.model.mark_as_planned(self.selected_rows()))
        self.mark_all.clicked.connect(
            lambda: self.model.mark_as_planned(range(self.model.rowCount()))
        )
        self.unmark_all.clicked.connect(
            lambda: self.model.mark_as_planned(range(self.model.rowCount()), marked=False)
        )

    def picked_date(self) -> dt.date:
        """The status date chosen."""
        return py_date(self.status_date.date())

    def selected_rows(self) -> list[int]:
        """The rows selected (the current one when none is)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def fit_columns(self) -> None:
        """Every column as wide as its title and cells; the task names take the rest."""
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        for button in (self.mark_selected, self.mark_all, self.unmark_all):
            button.setEnabled(has_rows)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            if column != NAME:
                header.resizeSection(column, content_width(self.table, column))
        self._fill.fill()


def _in_sentence(cadence: Cadence) -> str:
    """The cadence's name inside a sentence: lower-case in English ("the weekly cadence"), as
    its translation writes it otherwise."""
    label = _(cadence.label)
    return label.lower() if label == cadence.label else label
