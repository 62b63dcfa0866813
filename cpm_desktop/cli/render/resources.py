"""Text and JSON renderings of a project's team (`cpm-desktop resources`)."""

from __future__ import annotations

import json
from decimal import Decimal

from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.services.team.project_team import ProjectTeam, TeamMember

JSON_FORMAT_VERSION = 1
HEADER = (
    "Resource",
    "Kind",
    "Role",
    "Employer",
    "Max units",
    "Rate",
    "Work",
    "Cost",
    "Actual h",
    "Actual cost",
)
RIGHT = {4, 5, 6, 7, 8, 9}


def resources_json(team: ProjectTeam) -> str:
    """The team (money as exact strings or null when unknown, kinds as values)."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": team.code,
        "currency": team.currency,
        "rates_on": team.rates_on.isoformat(),
        "has_cost_data": team.has_cost_data,
        "resources": [_json_member(m) for m in team.members],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def resources_table(team: ProjectTeam) -> str:
    """An aligned table, one row per resource, then a total line."""
    lines = [HEADER]
    for m in team.members:
        r = m.resource
        employer = r.vendor if r.vendor else r.employer.label
        lines.append(
            (
                _cut(r.name, 32),
                r.kind.label,
                _cut(r.role or "-", 28),
                _cut(employer, 24),
                f"{r.max_units:.0%}" if r.kind is ResourceKind.WORK else "-",
                _rate(m),
                f"{m.work_hours:,.1f} h" if r.kind is ResourceKind.WORK else "-",
                _money(m.cost),
                f"{m.actual_work_hours:,.1f}",
                _money(m.actual_cost),
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(
            cell.rjust(widths[c]) if c in RIGHT else cell.ljust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    work = sum(m.work_hours for m in team.members)
    count = len(team.members)
    text += [
        "",
        f"{team.code}: {count} resource{'' if count == 1 else 's'}, {work:,.1f} h planned; "
        f"money in {team.currency}, rates of {team.rates_on.isoformat()}"
        + ("" if team.has_cost_data else "; no cost data")
        + ".",
    ]
    return "\n".join(text)


def _json_member(m: TeamMember) -> dict[str, object]:
    r = m.resource
    return {
        "name": r.name,
        "kind": r.kind.value,
        "role": r.role,
        "employer": r.employer.value,
        "vendor": r.vendor,
        "max_units": r.max_units,
        "cost_rate": None if m.rate is None else str(m.rate.cost_rate),
        "bill_rate": None if m.rate is None else str(m.rate.bill_rate),
        "currency": None if m.rate is None else m.rate.currency,
        "work_hours": m.work_hours,
        "cost": _exact(m.cost),
        "actual_work_hours": m.actual_work_hours,
        "actual_cost": _exact(m.actual_cost),
        "assignments": [
            {"task": a.task_name, "wbs": a.wbs, "units": a.units, "work_hours": a.work_hours}
            for a in m.assignments
        ],
    }


def _rate(m: TeamMember) -> str:
    if m.rate is None:
        return "-"
    unit = "h" if m.resource.kind is ResourceKind.WORK else (m.resource.material_unit or "unit")
    return f"{m.rate.cost_rate:,.2f} {m.rate.currency}/{unit}"


def _money(amount: Decimal | None) -> str:
    return "unknown" if amount is None else f"{amount:,.2f}"


def _exact(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _cut(text: str, most: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"
