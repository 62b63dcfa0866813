"""ResourceDialog: a resource of the workspace: who or what, its role, whose staff, how much of
it there is, the calendar it works by and how to reach it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.services.team.views import ResourceRow
from cpm_desktop.texts import _
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

Choice = tuple[int, str]  # id and name of a role, vendor or calendar
PROJECTS_CALENDAR = QT_TRANSLATE_NOOP("ResourceDialog", "The project's calendar")
NO_ROLE = QT_TRANSLATE_NOOP("ResourceDialog", "— (none)")


@dataclass(frozen=True, slots=True)
class ResourceChoices:
    """What the form offers to pick from: the roles, the vendors and the calendars."""

    roles: tuple[Choice, ...]
    vendors: tuple[Choice, ...]
    calendars: tuple[Choice, ...]


class ResourceDialog(RecordDialog):
    """Name, kind, role, employer and vendor, maximum units, calendar, a material's unit,
    e-mail and notes; editing also offers to mark the resource inactive."""

    def __init__(
        self,
        row: ResourceRow | None,
        choices: ResourceChoices,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ResourceDialog", "Add resource")
            if row is None
            else QCoreApplication.translate("ResourceDialog", "Edit {name}").format(name=row.name)
        )
        super().__init__(title, submit, parent)
        self._row = row
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(
            QCoreApplication.translate(
                "ResourceDialog", "A person's name, a material or a kind of cost"
            )
        )
        self.kind = _enum_combo(ResourceKind, row.kind if row else ResourceKind.WORK)
        self.kind.setToolTip(
            QCoreApplication.translate(
                "ResourceDialog",
                "Work: a person or machine, in hours. Material: used by quantity. "
                "Cost: an amount entered on each task (travel, licences).",
            )
        )
        self.role = _choice_combo(
            QCoreApplication.translate("ResourceDialog", NO_ROLE),
            choices.roles,
            row.role_id if row else None,
        )
        self.employer = _enum_combo(Employer, row.employer if row else Employer.US)
        employers = {
            Employer.US: QCoreApplication.translate("ResourceDialog", "Us (our delivery team)"),
            Employer.CLIENT: QCoreApplication.translate("ResourceDialog", "The client"),
            Employer.VENDOR: QCoreApplication.translate("ResourceDialog", "A vendor"),
        }
        for employer, text in employers.items():
            self.employer.setItemText(self.employer.findData(employer), text)
        self.vendor = _choice_combo(
            QCoreApplication.translate("ResourceDialog", "— (choose the vendor)"),
            choices.vendors,
            row.vendor_id if row else None,
        )
        self.max_units = QSpinBox()
        self.max_units.setRange(1, 10_000)
        self.max_units.setSingleStep(10)
        self.max_units.setSuffix(" %")
        self.max_units.setValue(round((row.max_units if row else 1.0) * 100))
        self.max_units.setToolTip(
            QCoreApplication.translate(
                "ResourceDialog", "100 % is one person full time; 300 % a crew of three"
            )
        )
        self.calendar = _choice_combo(
            QCoreApplication.translate("ResourceDialog", PROJECTS_CALENDAR),
            choices.calendars,
            row.calendar_id if row else None,
        )
        self.calendar.setToolTip(
            QCoreApplication.translate(
                "ResourceDialog",
                "A calendar of the person's own (leave, part-time days); by default they work "
                "by the calendar of the project they are on",
            )
        )
        self.unit = QLineEdit(row.material_unit if row else "")
        self.unit.setPlaceholderText(
            QCoreApplication.translate("ResourceDialog", "m³, licence, day…")
        )
        self.unit.setMaxLength(40)
        self.email = QLineEdit(row.email if row else "")
        self.email.setPlaceholderText(
            QCoreApplication.translate("ResourceDialog", "name@company.com")
        )
        self.notes = text_box(
            row.notes if row else "",
            QCoreApplication.translate("ResourceDialog", "Skills, availability, contract notes"),
            3,
        )
        rows = (
            (QCoreApplication.translate("ResourceDialog", "&Name"), self.name),
            (QCoreApplication.translate("ResourceDialog", "&Kind"), self.kind),
            (QCoreApplication.translate("ResourceDialog", "&Role"), self.role),
            (QCoreApplication.translate("ResourceDialog", "E&mployer"), self.employer),
            (QCoreApplication.translate("ResourceDialog", "&Vendor"), self.vendor),
            (QCoreApplication.translate("ResourceDialog", "Max &units"), self.max_units),
            (QCoreApplication.translate("ResourceDialog", "&Calendar"), self.calendar),
            (QCoreApplication.translate("ResourceDialog", "Material un&it"), self.unit),
            (QCoreApplication.translate("ResourceDialog", "&E-mail"), self.email),
            (QCoreApplication.translate("ResourceDialog", "No&tes"), self.notes),
        )
        for label, field in rows:
            self.form.addRow(label, field)
        self.active = QCheckBox(
            QCoreApplication.translate("ResourceDialog", "Active (offered for new assignments)")
        )
        self.active.setChecked(row.active if row else True)
        if row is not None:
            self.form.addRow("", self.active)
        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.employer.currentIndexChanged.connect(self._follow_employer)
        self._follow_kind()
        self._follow_employer()

    def _follow_kind(self) -> None:
        kind = self.kind.currentData()
        self.unit.setEnabled(kind == ResourceKind.MATERIAL)
        self.max_units.setEnabled(kind == ResourceKind.WORK)
        self.calendar.setEnabled(kind == ResourceKind.WORK)

    def _follow_employer(self) -> None:
        self.vendor.setEnabled(self.employer.currentData() == Employer.VENDOR)

    def values(self) -> dict[str, Any]:
        """The keywords of add_resource / edit_resource (the service checks them)."""
        vendor_id = self.vendor.currentData() if self.vendor.isEnabled() else None
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "role_id": self.role.currentData(),
            "employer": self.employer.currentData(),
            "vendor_id": vendor_id,
            "max_units": self.max_units.value() / 100,
            "calendar_id": self.calendar.currentData(),
            "material_unit": self.unit.text() if self.unit.isEnabled() else "",
            "email": self.email.text(),
            "notes": self.notes.toPlainText(),
        }
        if self._row is not None:
            values["active"] = self.active.isChecked()
        return values


def _enum_combo(kind: type[ResourceKind] | type[Employer], current: object) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(_(member.label), member)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _choice_combo(nothing: str, choices: tuple[Choice, ...], current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(nothing, None)
    for ident, name in choices:
        combo.addItem(name, ident)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setMaximumWidth(420)  # a long name elides rather than widening the dialog
    return combo
