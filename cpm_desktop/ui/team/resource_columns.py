"""The Resources page's columns: who, what kind, whose staff, at what rate today, and their
part of the project shown; the filters above them; the selected one's assignments."""

from __future__ import annotations

from decimal import Decimal

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.services.team.assignments import AssignmentRow
from cpm_desktop.services.team.editing_ui_support import ResourceLine
from cpm_desktop.ui.formatting import short_date_text
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

# The filter's choices: (data, text).
ALL, ON_PROJECT, OURS, CLIENT, VENDORS = "all", "project", "us", "client", "vendor"
FILTERS = (
    (ALL, "All resources"),
    (ON_PROJECT, "On this project"),
    (OURS, "Ours"),
    (CLIENT, "Client"),
    (VENDORS, "Vendors"),
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
        return "A cost resource takes an amount on each task, not a rate"
    if rate is None:
        return "No rate in force today: add one for the person or the role on the Rate Card"
    whose = f"{rate.role}'s rate" if rate.role else "Own rate"
    unit = line.resource.material_unit or "unit"
    per = "per hour" if line.resource.kind is ResourceKind.WORK else f"per {unit}"
    use = (
        f", plus {rate_text(rate.cost_per_use, rate.currency)} per use" if rate.cost_per_use else ""
    )
    return f"{whose} from {short_date_text(rate.effective_from)}, {per}{use}"


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
        lines.append("Inactive: not offered for new assignments")
    if r.notes:
        lines += ["", r.notes]
    return "\n".join(lines)


RESOURCE_COLUMNS: tuple[Column[ResourceLine], ...] = (
    Column(
        "Name",
        lambda ln: ln.resource.name,
        tip=_name_tip,
        muted=lambda ln: not ln.resource.active,
        max_width=170,
    ),
    Column("Kind", lambda ln: ln.resource.kind.label),
    Column("Role", lambda ln: ln.resource.role or "—", max_width=220),
    Column(
        "Employer", lambda ln: employer_text(ln.resource), tip=lambda ln: employer_text(ln.resource)
    ),
    Column(
        "Work",
        lambda ln: _hours(ln.work_hours),
        sort=lambda ln: ln.work_hours,
        tip=lambda ln: "Planned work on this project's tasks",
        align=ALIGN_RIGHT,
    ),
    Column(
        "Cost",
        lambda ln: cost_text(ln.cost, ln.currency) if ln.on_project else "—",
        sort=lambda ln: _sort_money(ln.cost),
        tip=lambda ln: (
            "Unknown: a rate or an exchange rate is missing"
            if ln.cost is None
            else "Planned cost on this project, at the rates of each task's start"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        "Actual",
        lambda ln: _hours(ln.actual_hours),
        sort=lambda ln: ln.actual_hours,
        tip=lambda ln: "Hours booked on this project's timesheets",
        align=ALIGN_RIGHT,
    ),
    Column(
        "Max units",
        _max_units,
        sort=lambda ln: ln.resource.max_units,
        align=ALIGN_RIGHT,
        tip=lambda ln: "100 % is one person full time",
    ),
    Column(
        "Cost rate",
        lambda ln: _rate(ln, bill=False),
        sort=lambda ln: ln.rate.cost_rate if ln.rate else Decimal(-1),
        tip=_rate_tip,
        align=ALIGN_RIGHT,
    ),
    Column(
        "Bill rate",
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
            "WBS",
            lambda r: r.wbs,
            sort=lambda r: tuple(int(p) for p in r.wbs.split(".") if p.isdigit()),
        ),
        Column("Task", lambda r: r.task_name, stretch=True),
        Column(
            "Units",
            lambda r: _assigned_units(r, unit),
            sort=lambda r: r.units,
            align=ALIGN_RIGHT,
        ),
        Column(
            "Work",
            lambda r: (
                cost_text(r.cost_amount, currency)
                if r.kind is ResourceKind.COST
                else _hours(r.work_hours)
            ),
            sort=lambda r: r.work_hours,
            align=ALIGN_RIGHT,
        ),
        Column(
            "Start",
            lambda r: short_date_text(r.start) or "—",
            sort=lambda r: r.start.toordinal() if r.start else 0,
        ),
        Column(
            "Finish",
            lambda r: short_date_text(r.finish) or "—",
            sort=lambda r: r.finish.toordinal() if r.finish else 0,
        ),
    )
