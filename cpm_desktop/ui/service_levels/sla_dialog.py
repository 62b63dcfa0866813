"""SlaDialog: one service level: its name, target and unit, which way the target points, how
often it is measured, the tolerance within which a miss is amber, how it is measured."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod, number_text
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box
from cpm_desktop.ui.service_levels.columns import period_text

UNITS = ("%", "h", "min", "days", "tickets", "orders/h")
DIRECTIONS = {
    SlaDirection.AT_LEAST: QT_TRANSLATE_NOOP("SlaDialog", "At least the target (higher is better)"),
    SlaDirection.AT_MOST: QT_TRANSLATE_NOOP("SlaDialog", "At most the target (lower is better)"),
}
FIGURE_ERRORS = {
    "target": QT_TRANSLATE_NOOP("SlaDialog", "Type the target as a number, such as 99.5 or 4."),
    "tolerance": QT_TRANSLATE_NOOP(
        "SlaDialog", "Type the tolerance as a number, such as 99.5 or 4."
    ),
    "value": QT_TRANSLATE_NOOP("SlaDialog", "Type the value as a number, such as 99.5 or 4."),
}
"""What parse_figure says of a figure it cannot read, by the figure's name."""
_FIGURE = re.compile(r"\s*([+\-−]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*")


def parse_figure(text: str, what: str) -> float:
    """A number typed with a decimal point or comma ('99.5', '99,5', '−2'); ValueError with a
    sentence otherwise."""
    match = _FIGURE.fullmatch(text)
    if match is None:
        known = FIGURE_ERRORS.get(what)
        raise ValueError(
            QCoreApplication.translate("SlaDialog", known)
            if known
            else f"Type the {what} as a number, such as 99.5 or 4."
        )
    sign, digits = match.groups()
    value = float(digits.replace(",", "."))
    return -value if sign in ("-", "−") else value


def figure_entry(value: float | None) -> str:
    """A stored figure as the user types it again ('99.5'; '' for none)."""
    return "" if value is None else number_text(value).replace("−", "-")


class SlaDialog(RecordDialog):
    """Name, target, unit, direction, period, tolerance and how it is measured."""

    def __init__(
        self,
        row: ServiceLevelRow | None,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        measured: bool = False,  # values are recorded: the period is fixed
    ) -> None:
        title = (
            QCoreApplication.translate("SlaDialog", "Add service level")
            if row is None
            else QCoreApplication.translate("SlaDialog", "Edit {reference}").format(
                reference=row.reference
            )
        )
        super().__init__(title, submit, parent)
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(
            QCoreApplication.translate("SlaDialog", "What is measured, e.g. WMS availability")
        )
        self.target = QLineEdit(figure_entry(row.target if row else None))
        self.target.setPlaceholderText("99.5")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.unit.setCurrentText(row.unit if row else "%")
        self.direction = QComboBox()
        for direction, text in DIRECTIONS.items():
            self.direction.addItem(QCoreApplication.translate("SlaDialog", text), direction)
        self.direction.setCurrentIndex(
            max(0, self.direction.findData(row.direction if row else SlaDirection.AT_LEAST))
        )
        self.period = QComboBox()
        for period in SlaPeriod:
            self.period.addItem(period_text(period), period)
        self.period.setCurrentIndex(
            max(0, self.period.findData(row.period if row else SlaPeriod.MONTHLY))
        )
        if measured:
            self.period.setEnabled(False)
            self.period.setToolTip(
                QCoreApplication.translate(
                    "SlaDialog", "Values are recorded: clear them to measure it differently"
                )
            )
        self.tolerance = QLineEdit(figure_entry(row.tolerance if row else 0.0))
        self.tolerance.setToolTip(
            QCoreApplication.translate(
                "SlaDialog",
                "How far a value may miss the target and still be amber rather than red (0: any "
                "miss is red)",
            )
        )
        self.description = text_box(
            row.description if row else "",
            QCoreApplication.translate(
                "SlaDialog", "How it is measured: the hours, the tickets counted"
            ),
        )
        self.form.addRow(QCoreApplication.translate("SlaDialog", "&Name"), self.name)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "&Target"), self.target)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "&Unit"), self.unit)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "&Met when"), self.direction)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "Measured &every"), self.period)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "Amber &within"), self.tolerance)
        self.form.addRow(QCoreApplication.translate("SlaDialog", "&How measured"), self.description)

    def values(self) -> dict[str, Any]:
        """The keywords of add_service_level / edit_service_level (the service checks them)."""
        return {
            "name": self.name.text(),
            "target": parse_figure(self.target.text(), "target"),
            "unit": self.unit.currentText().strip(),
            "direction": self.direction.currentData(),
            "period": self.period.currentData(),
            "tolerance": parse_figure(self.tolerance.text() or "0", "tolerance"),
            "description": self.description.toPlainText(),
        }
