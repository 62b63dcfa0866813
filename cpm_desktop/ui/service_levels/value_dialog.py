"""ValueDialog: the value an SLA measured over one period, and a note on it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cpm_desktop.domain.service_levels import next_period_start, period_start
from cpm_desktop.services.service_levels.views import MeasureRow, ServiceLevelRow
from cpm_desktop.services.service_levels.wording import period_label
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)
from cpm_desktop.ui.service_levels.sla_dialog import figure_entry, parse_figure
from cpm_desktop.ui.theme import colors


def suggested_day(sla: ServiceLevelRow, today: dt.date) -> dt.date:
    """The period after the last one measured; the current period when none is."""
    last = sla.last
    return next_period_start(sla.period, last.period_start) if last else today


class ValueDialog(RecordDialog):
    """A day in the period (the period it falls in said under it), the value and a note.

    Editing a recorded period keeps its day: to move a value, clear it and record another.
    """

    def __init__(
        self,
        sla: ServiceLevelRow,
        measure: MeasureRow | None,
        day: dt.date,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        if measure is None:
            title = QCoreApplication.translate(
                "ValueDialog", "Record a value of {reference}"
            ).format(reference=sla.reference)
        else:
            title = f"{sla.reference}: {measure.period_label}"
        super().__init__(title, submit, parent)
        self._sla = sla
        self.day = date_field(measure.period_start if measure else day)
        self.day.setEnabled(measure is None)
        self.period = QLabel()
        self.period.setObjectName("valuePeriod")
        self.period.setStyleSheet(f"color: {colors().muted_text};")
        self.value = QLineEdit(figure_entry(measure.value if measure else None))
        self.value.setPlaceholderText(
            QCoreApplication.translate("ValueDialog", "Measured against {target}").format(
                target=sla.target_text
            )
        )
        self.note = text_box(
            measure.note if measure else "",
            QCoreApplication.translate("ValueDialog", "What explains the value"),
            2,
        )
        self.form.addRow(QCoreApplication.translate("ValueDialog", "&Period"), self.day)
        self.form.addRow("", self.period)
        self.form.addRow(
            QCoreApplication.translate("ValueDialog", "&Value ({unit})").format(unit=sla.unit)
            if sla.unit
            else QCoreApplication.translate("ValueDialog", "&Value"),
            self.value,
        )
        self.form.addRow(QCoreApplication.translate("ValueDialog", "&Note"), self.note)
        self.day.dateChanged.connect(self._show_period)
        self._show_period()

    def _show_period(self, *_: object) -> None:
        start = period_start(self._sla.period, picked_date(self.day))
        known = {m.period_start for m in self._sla.measures}
        replaces = start in known and self.day.isEnabled()
        label = period_label(self._sla.period, start)
        self.period.setText(
            QCoreApplication.translate(
                "ValueDialog", "{period} (replaces the value recorded)"
            ).format(period=label)
            if replaces
            else label
        )

    def values(self) -> dict[str, Any]:
        """The arguments of record_value after the SLA: day, value, note."""
        return {
            "day": picked_date(self.day),
            "value": parse_figure(self.value.text(), "value"),
            "note": self.note.toPlainText(),
        }
