"""AssignmentDialog: one resource on a task: a person's units and work, a material's quantity
or a cost's amount; OK tries the edit and stays open with the service's refusal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.services.team.assignments import AssignmentRow
from cpm_desktop.ui.formatting import amount_entry_text, parse_money
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.team.team_text import number_text
from cpm_desktop.ui.theme import colors

MAX_PERCENT = 10_000  # 100 full-time people, the service's limit
# How the resource list names a kind after a name: "Concrete (material)".
KIND_WORDS = {
    ResourceKind.MATERIAL: QT_TRANSLATE_NOOP("AssignmentDialog", "material"),
    ResourceKind.COST: QT_TRANSLATE_NOOP("AssignmentDialog", "cost"),
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A resource the task may take: its id, name, kind, maximum units and material unit."""

    id: int
    name: str
    kind: ResourceKind
    max_units: float
    unit: str
    role: str | None


class AssignmentDialog(RecordDialog):
    """Adding: pick a resource, then its units (and work, if not the task's), quantity or
    amount. Editing: the same fields for the resource already on the task."""

    def __init__(
        self,
        row: AssignmentRow | None,
        candidates: list[Candidate],
        currency: str,
        submit: Submit,
        parent: QWidget | None = None,
        hint: str = "",
    ) -> None:
        if row is None:
            title = QCoreApplication.translate("AssignmentDialog", "Assign resource")
        else:
            title = QCoreApplication.translate(
                "AssignmentDialog", "Edit {resource} on {task}"
            ).format(resource=row.resource, task=row.task_name)
        super().__init__(title, submit, parent)
        self.setMinimumWidth(460)
        self._row = row
        self._candidates = {c.id: c for c in candidates}
        self.resource = QComboBox()
        self.resource.setObjectName("assignResource")
        for c in candidates:
            label = f"{c.name} — {c.role}" if c.role else c.name
            if c.kind in KIND_WORDS:
                kind = QCoreApplication.translate("AssignmentDialog", KIND_WORDS[c.kind])
                label = f"{label} ({kind})"
            self.resource.addItem(label, c.id)
        self.resource.setMaximumWidth(420)
        self.units = QSpinBox()
        self.units.setObjectName("assignUnits")
        self.units.setRange(1, MAX_PERCENT)
        self.units.setSingleStep(10)
        self.units.setSuffix(" %")
        self.units.setToolTip(
            QCoreApplication.translate(
                "AssignmentDialog", "100 % is full time; 50 % half of each working day"
            )
        )
        self.work = QLineEdit()
        self.work.setObjectName("assignWork")
        self.work.setPlaceholderText(
            QCoreApplication.translate("AssignmentDialog", "as the task's type gives it")
        )
        self.work.setToolTip(
            QCoreApplication.translate(
                "AssignmentDialog",
                "Planned hours; left empty on a new assignment, the task's type decides",
            )
        )
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("assignQuantity")
        self.quantity.setRange(0, 100)
        self.quantity.setDecimals(2)
        self.unit = QLabel()
        self.amount = QLineEdit()
        self.amount.setObjectName("assignAmount")
        self.amount.setPlaceholderText(
            QCoreApplication.translate("AssignmentDialog", "e.g. 1500 ({currency})").format(
                currency=currency
            )
        )
        if row is None:
            self.form.addRow(
                QCoreApplication.translate("AssignmentDialog", "&Resource"), self.resource
            )
        else:
            self.form.addRow(
                QCoreApplication.translate("AssignmentDialog", "Resource"), QLabel(row.resource)
            )
        self.form.addRow(QCoreApplication.translate("AssignmentDialog", "&Units"), self.units)
        self.form.addRow(QCoreApplication.translate("AssignmentDialog", "&Work (hours)"), self.work)
        self.form.addRow(QCoreApplication.translate("AssignmentDialog", "&Quantity"), self.quantity)
        self.form.addRow(QCoreApplication.translate("AssignmentDialog", "Unit"), self.unit)
        self.form.addRow(
            QCoreApplication.translate("AssignmentDialog", "&Amount ({currency})").format(
                currency=currency
            ),
            self.amount,
        )
        if hint:
            note = QLabel(hint)
            note.setObjectName("assignHint")
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {colors().muted_text};")
            self.form.addRow(note)
        if row is not None:
            self.units.setValue(round(row.units * 100))
            self.work.setText(number_text(row.work_hours))
            self.quantity.setValue(row.units)
            if row.cost_amount is not None:
                self.amount.setText(amount_entry_text(row.cost_amount))
        self.resource.currentIndexChanged.connect(self._follow_resource)
        self._follow_resource()

    def kind(self) -> ResourceKind:
        """The kind of the resource being assigned."""
        if self._row is not None:
            return self._row.kind
        chosen = self._candidates.get(self.resource.currentData())
        return chosen.kind if chosen else ResourceKind.WORK

    def _follow_resource(self) -> None:
        kind = self.kind()
        chosen = self._candidates.get(self.resource.currentData()) if self._row is None else None
        if chosen is not None:
            self.units.setValue(round(min(1.0, chosen.max_units) * 100))
            self.unit.setText(chosen.unit or "—")
        elif self._row is not None:
            unit = self._candidates.get(self._row.resource_id)
            self.unit.setText(unit.unit if unit and unit.unit else "—")
        shown = {
            self.units: kind is ResourceKind.WORK,
            self.work: kind is ResourceKind.WORK,
            self.quantity: kind is ResourceKind.MATERIAL,
            self.unit: kind is ResourceKind.MATERIAL,
            self.amount: kind is ResourceKind.COST,
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def values(self) -> dict[str, Any]:
        """The keywords of assign (with `resource_id`) or edit_assignment (only what changed);
        ValueError when a field cannot be read."""
        kind, row = self.kind(), self._row
        values: dict[str, Any] = {}
        if row is None:
            if self.resource.currentData() is None:
                raise ValueError(
                    QCoreApplication.translate(
                        "AssignmentDialog", "Every active resource is on this task already."
                    )
                )
            values["resource_id"] = self.resource.currentData()
        if kind is ResourceKind.WORK:
            units = self.units.value() / 100
            work = _hours(self.work.text())
            if row is None or round(row.units * 100) != self.units.value():
                values["units"] = units
            if work is not None and (
                row is None or number_text(row.work_hours) != self.work.text().strip()
            ):
                values["work_hours"] = work
        elif kind is ResourceKind.MATERIAL:
            if row is None or abs(row.units - self.quantity.value()) > 1e-9:
                values["units"] = self.quantity.value()
        else:
            amount = parse_money(self.amount.text()) if self.amount.text().strip() else None
            if amount is None:
                raise ValueError(
                    QCoreApplication.translate(
                        "AssignmentDialog", "Type the amount this cost adds to the task, e.g. 1500."
                    )
                )
            if row is None or row.cost_amount != amount:
                values["cost_amount"] = amount
        return values


def _hours(text: str) -> float | None:
    """Typed hours: '40', '40 h', '1,240.5' (the locale's grouping); None when empty."""
    cleaned = text.strip().lower().removesuffix("hours").removesuffix("h").strip()
    if not cleaned:
        return None
    try:
        return float(parse_money(cleaned))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "AssignmentDialog", "'{text}' is not a number of hours: type it like 40 or 12.5."
            ).format(text=text)
        ) from None
