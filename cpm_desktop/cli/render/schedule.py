"""Text and JSON renderings of a schedule report for the command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from cpm_desktop.services.plan.schedule_rows import ScheduleReport

if TYPE_CHECKING:  # the table loads no team service (and no SQLAlchemy): `schedule`'s quick path
    from cpm_desktop.services.team.assignments import AssignmentRow
    from cpm_desktop.services.team.costs import ProjectCosts

JSON_FORMAT_VERSION = 1


def schedule_json(
    report: ScheduleReport,
    costs: ProjectCosts | None = None,
    assignments: tuple[AssignmentRow, ...] = (),
) -> str:
    """Render the report as JSON (layout documented in the README, 'schedule --json'), each
    task with its work, cost (an exact string; null when unknown) and assignments."""

    def plain(value: object) -> object:
        if isinstance(value, dt.date):
            return value.isoformat()
        raise TypeError(type(value).__name__)

    document = {
        "format": JSON_FORMAT_VERSION,
        "project": {
            "code": report.code,
            "name": report.name,
            "start": report.start_date,
            "status_date": report.status_date,
            "finish": report.finish,
            "critical_count": report.critical_count,
        },
        "tasks": [
            {**dataclasses.asdict(row), **_team_of(row.id, costs, assignments)}
            for row in report.rows
        ],
    }
    return json.dumps(document, default=plain, ensure_ascii=False, indent=2)


def schedule_table(report: ScheduleReport) -> str:
    """Render the report as an aligned text table, one row per task."""
    header = (
        "ID",
        "WBS",
        "Task",
        "Start",
        "Finish",
        "Early start",
        "Early finish",
        "Late start",
        "Late finish",
        "Slack",
        "Free",
        "Crit",
        "Driver",
    )
    lines = [header]
    for row in report.rows:
        name = ("  " * row.wbs.count(".")) + row.name
        lines.append(
            (
                str(row.id),
                row.wbs,
                name[:48],
                _d(row.start),
                _d(row.finish),
                _d(row.early_start),
                _d(row.early_finish),
                _d(row.late_start),
                _d(row.late_finish),
                f"{row.total_slack}d",
                f"{row.free_slack}d",
                "yes" if row.critical else "",
                "" if row.is_summary else row.driver.text(),
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    right = {0, 9, 10}
    text = [
        "  ".join(
            cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    status = _d(report.status_date) if report.status_date else "not set"
    text.append("")
    text.append(
        f"{report.code} {report.name}: start {_d(report.start_date)}, status date {status}, "
        f"finish {_d(report.finish) if report.finish else '-'}, "
        f"{report.critical_count} critical task(s)."
    )
    return "\n".join(text)


def _team_of(
    task_id: int, costs: ProjectCosts | None, assignments: tuple[AssignmentRow, ...]
) -> dict[str, object]:
    """A task's work in hours, cost and assignments, as `schedule --json` adds them."""
    from cpm_desktop.services.team.costs import TaskCost

    money = costs.tasks.get(task_id, TaskCost()) if costs else TaskCost()
    return {
        "work_hours": money.work_hours,
        "cost": None if money.cost is None else str(money.cost),
        "assignments": [
            {"resource": a.resource, "units": a.units, "work_hours": a.work_hours}
            for a in assignments
            if a.task_id == task_id
        ],
    }


def _d(day: dt.date | None) -> str:
    return day.strftime("%a %Y-%m-%d") if day else ""
