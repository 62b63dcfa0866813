"""SlaDialog: one service level: its name, target and unit, which way the target points, how
often it is measured, the tolerance within which a miss is amber, how it is measured."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod, number_text
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

UNITS = ("%", "h", "min", "days", "tickets", "orders/h")
DIRECTIONS = {
    SlaDirection.AT_LEAST: "At least the target (higher is better)",
    SlaDirection.AT_MOST: "At most the target (lower is better)",
}
_FIGURE = re.compile(r"\s*([+\-−]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*")


def parse_figure(text: str, what: str) -> float:
    """A number typed with a decimal point or comma ('99.5', '99,5', '−2'); ValueError with a
    sentence otherwise."""
    match = _FIGURE.fullmatch(text)
    if match is None:
        raise ValueError(f"Type the {what} as a number, such as 99.5 or 4.")
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
        title = "Add service level" if row is None else f"Edit {row.reference}"
        super().__init__(title, submit, parent)
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText("What is measured, e.g. WMS availability")
        self.target = QLineEdit(figure_entry(row.target if row else None))
        self.target.setPlaceholderText("99.5")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.unit.setCurrentText(row.unit if row else "%")
        self.direction = QComboBox()
        for direction, text in DIRECTIONS.items():
            self.direction.addItem(text, direction)
        self.direction.setCurrentIndex(
            max(0, self.direction.findData(row.direction if row else SlaDirection.AT_LEAST))
        )
        self.period = QComboBox()
        for period in SlaPeriod:
            self.period.addItem(period.label, period)
        self.period.setCurrentIndex(
            max(0, self.period.findData(row.period if row else SlaPeriod.MONTHLY))
        )
        if measured:
            self.period.setEnabled(False)
            self.period.setToolTip("Values are recorded: clear them to measure it differently")
        self.tolerance = QLineEdit(figure_entry(row.tolerance if row else 0.0))
        self.tolerance.setToolTip(
            "How far a value may miss the target and still be amber rather than red (0: any "
            "miss is red)"
        )
        self.description = text_box(
            row.description if row else "", "How it is measured: the hours, the tickets counted"
        )
        self.form.addRow("&Name", self.name)
        self.form.addRow("&Target", self.target)
        self.form.addRow("&Unit", self.unit)
        self.form.addRow("&Met when", self.direction)
        self.form.addRow("Measured &every", self.period)
        self.form.addRow("Amber &within", self.tolerance)
        self.form.addRow("&How measured", self.description)

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
