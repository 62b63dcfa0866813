"""The Resources page's columns: who, what kind, whose staff, at what rate today, and their
part of the project shown; the filters above them; the selected one's assignments."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.services.team.assignments import AssignmentRow
from cpm_desktop.services.team.editing_ui_support import ResourceLine
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.team.team_text import (
    cost_text,
    employer_text,
    hours_text,
    quantity_text,
    rate_text,
    units_text,
)

# The filter's choices: (data, text marked in the context "ResourceColumns").
ALL, ON_PROJECT, OURS, CLIENT, VENDORS = "all", "project", "us", "client", "vendor"
FILTERS = (
    (ALL, QT_TRANSLATE_NOOP("ResourceColumns", "All resources")),
    (ON_PROJECT, QT_TRANSLATE_NOOP("ResourceColumns", "On this project")),
    (OURS, QT_TRANSLATE_NOOP("ResourceColumns", "Ours")),
    (CLIENT, QT_TRANSLATE_NOOP("ResourceColumns", "Client")),
    (VENDORS, QT_TRANSLATE_NOOP("ResourceColumns", "Vendors")),
)
NAME, EMPLOYER = 0, 3


def shown_by(choice: str, line: ResourceLine) -> bool:
    """Tell whether the filter `choice` lets a resource through."""
    employer = line.resource.employer
    return {
        ALL: True,
        ON_PROJECT: line.on_project,
        OURS: employer is Employer.US,
        CLIENT: employer is Employer.CLIENT,
        VENDORS: employer is Employer.VENDOR,
    }[choice]


def _max_units(line: ResourceLine) -> str:
    r = line.resource
    return units_text(r.max_units) if r.kind is ResourceKind.WORK else "—"


def _rate(line: ResourceLine, bill: bool) -> str:
    rate, resource = line.rate, line.resource
    if rate is None or resource.kind is ResourceKind.COST:
        return "—"
    # A person's rate is per hour (the heading's tooltip says so); a material's per its unit.
    per = ""
    if resource.kind is ResourceKind.MATERIAL and resource.material_unit:
        per = f" / {resource.material_unit}"
    return rate_text(rate.bill_rate if bill else rate.cost_rate, rate.currency) + per


def _rate_tip(line: ResourceLine) -> str:
    rate = line.rate
    if line.resource.kind is ResourceKind.COST:
        return QCoreApplication.translate(
            "ResourceColumns", "A cost resource takes an amount on each task, not a rate"
        )
    if rate is None:
        return QCoreApplication.translate(
            "ResourceColumns",
            "No rate in force today: add one for the person or the role on the Rate Card",
        )
    whose = (
        QCoreApplication.translate("ResourceColumns", "{role}'s rate").format(role=rate.role)
        if rate.role
        else QCoreApplication.translate("ResourceColumns", "Own rate")
    )
    if line.resource.kind is ResourceKind.WORK:
        per = QCoreApplication.translate("ResourceColumns", "per hour")
    elif line.resource.material_unit:
        per = QCoreApplication.translate("ResourceColumns", "per {unit}").format(
            unit=line.resource.material_unit
        )
    else:
        per = QCoreApplication.translate("ResourceColumns", "per unit")
    use = (
        QCoreApplication.translate("ResourceColumns", ", plus {amount} per use").format(
            amount=rate_text(rate.cost_per_use, rate.currency)
        )
        if rate.cost_per_use
        else ""
    )
    return QCoreApplication.translate("ResourceColumns", "{whose} from {day}, {per}{use}").format(
        whose=whose, day=short_date_text(rate.effective_from), per=per, use=use
    )


def _sort_money(amount: Decimal | None) -> Decimal:
    return Decimal(-1) if amount is None else amount


def _hours(hours: float) -> str:
    return hours_text(hours) if hours else "—"


def _name_tip(line: ResourceLine) -> str:
    r = line.resource
    lines = [r.name]
    if r.email:
        lines.append(r.email)
    if not r.active:
        lines.append(
            QCoreApplication.translate(
                "ResourceColumns", "Inactive: not offered for new assignments"
            )
        )
    if r.notes:
        lines += ["", r.notes]
    return "\n".join(lines)


# The titles are marked here and translated where shown (`titled`), so that these English
# ones keep naming the columns.
RESOURCE_COLUMNS: tuple[Column[ResourceLine], ...] = (
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Name"),
        lambda ln: ln.resource.name,
        tip=_name_tip,
        muted=lambda ln: not ln.resource.active,
        max_width=170,
    ),
    Column(QT_TRANSLATE_NOOP("ResourceColumns", "Kind"), lambda ln: _(ln.resource.kind.label)),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Role"),
        lambda ln: ln.resource.role or "—",
        max_width=220,
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Employer"),
        lambda ln: employer_text(ln.resource),
        tip=lambda ln: employer_text(ln.resource),
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Work"),
        lambda ln: _hours(ln.work_hours),
        sort=lambda ln: ln.work_hours,
        tip=lambda ln: QCoreApplication.translate(
            "ResourceColumns", "Planned work on this project's tasks"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Cost"),
        lambda ln: cost_text(ln.cost, ln.currency) if ln.on_project else "—",
        sort=lambda ln: _sort_money(ln.cost),
        tip=lambda ln: (
            QCoreApplication.translate(
                "ResourceColumns", "Unknown: a rate or an exchange rate is missing"
            )
            if ln.cost is None
            else QCoreApplication.translate(
                "ResourceColumns",
                "Planned cost on this project, at the rates of each task's start",
            )
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Actual"),
        lambda ln: _hours(ln.actual_hours),
        sort=lambda ln: ln.actual_hours,
        tip=lambda ln: QCoreApplication.translate(
            "ResourceColumns", "Hours booked on this project's timesheets"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Max units"),
        _max_units,
        sort=lambda ln: ln.resource.max_units,
        align=ALIGN_RIGHT,
        tip=lambda ln: QCoreApplication.translate(
            "ResourceColumns", "100 % is one person full time"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Cost rate"),
        lambda ln: _rate(ln, bill=False),
        sort=lambda ln: ln.rate.cost_rate if ln.rate else Decimal(-1),
        tip=_rate_tip,
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ResourceColumns", "Bill rate"),
        lambda ln: _rate(ln, bill=True),
        sort=lambda ln: ln.rate.bill_rate if ln.rate else Decimal(-1),
        tip=_rate_tip,
        align=ALIGN_RIGHT,
    ),
)


def _assigned_units(row: AssignmentRow, unit: str) -> str:
    if row.kind is ResourceKind.WORK:
        return units_text(row.units)
    if row.kind is ResourceKind.MATERIAL:
        return quantity_text(row.units, unit)
    return "—"


def assignment_columns(unit: str, currency: str) -> tuple[Column[AssignmentRow], ...]:
    """The selected resource's assignments: task, units (a material's quantity in `unit`),
    work (a cost resource's amount in `currency`), start and finish."""
    return (
        Column(
            QCoreApplication.translate("ResourceColumns", "WBS"),
            lambda r: r.wbs,
            sort=lambda r: tuple(int(p) for p in r.wbs.split(".") if p.isdigit()),
        ),
        Column(
            QCoreApplication.translate("ResourceColumns", "Task"),
            lambda r: r.task_name,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("ResourceColumns", "Units"),
            lambda r: _assigned_units(r, unit),
            sort=lambda r: r.units,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("ResourceColumns", "Work"),
            lambda r: (
                cost_text(r.cost_amount, currency)
                if r.kind is ResourceKind.COST
                else _hours(r.work_hours)
            ),
            sort=lambda r: r.work_hours,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("ResourceColumns", "Start"),
            lambda r: short_date_text(r.start) or "—",
            sort=lambda r: r.start.toordinal() if r.start else 0,
        ),
        Column(
            QCoreApplication.translate("ResourceColumns", "Finish"),
            lambda r: short_date_text(r.finish) or "—",
            sort=lambda r: r.finish.toordinal() if r.finish else 0,
        ),
    )
