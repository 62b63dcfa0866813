"""Text and JSON renderings of a project's resource usage (`cpm-desktop workload`) and of
Level Resources (`cpm-desktop level`)."""

from __future__ import annotations

import datetime as dt
import json

from cpm_desktop.services.workload.levelling import LevelledTask, LevellingPlan, OverAllocation
from cpm_desktop.services.workload.views import Utilisation, WeekLoad, Workload

JSON_FORMAT_VERSION = 1
OVER = "!"  # marks an over-allocated week


def workload_json(load: Workload) -> str:
    """The project's people week by week (their hours here, and on every project) and the
    team's utilisation to date."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": load.code,
        "start": load.weeks[0].isoformat(),
        "weeks": [monday.isoformat() for monday in load.weeks],
        "resources": [
            {
                "name": row.name,
                "role": row.role,
                **_weeks_json(row.project),
                "all_projects": _weeks_json(row.everywhere, capacity=False),
            }
            for row in load.resources
            if row.on_project
        ],
        "utilisation": _utilisation_json(load.utilisation),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def workload_table(load: Workload) -> str:
    """People × weeks: hours and percent of capacity, "!" where a day is over-allocated."""
    header = ("Resource", *(monday.isoformat() for monday in load.weeks))
    lines = [header]
    for row in load.resources:
        if row.on_project:
            lines.append((_cut(row.name, 28), *(_cell(week) for week in row.project)))
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    text = [
        "  ".join(
            cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    if len(lines) == 1:
        text.append("(nobody is assigned to the project's tasks)")
    over = sum(1 for row in load.resources if row.on_project and any(_over(row.project)))
    used = load.utilisation
    text += [
        "",
        f"Planned hours and % of capacity per week from {load.weeks[0].isoformat()}; "
        f"{OVER} = more hours than the person has on a day of the week "
        f"({over} of {len(lines) - 1} over-allocated).",
        f"Utilisation {_period(used)}: {_percent(used.percent)} "
        f"({used.billable_hours:,.1f} billable of {used.available_hours:,.1f} h available)"
        + ("" if used.booked else "; no hours booked yet")
        + ".",
    ]
    return "\n".join(text)


def levelling_json(plan: LevellingPlan) -> str:
    """What levelling moves (or moved, with --apply) and what stays over-allocated."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": plan.code,
        "applied": plan.applied,
        "over_allocated_days_before": plan.over_before,
        "finish_before": _iso(plan.finish_before),
        "finish_after": _iso(plan.finish_after),
        "moves": [_move_json(move) for move in plan.moves],
        "unresolved": [_overload_json(o) for o in plan.unresolved],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def levelling_table(plan: LevellingPlan) -> str:
    """One line per task moved: its delay, dates before → after and what it resolves."""
    header = ("WBS", "Task", "Delay", "Start", "Finish", "Resolves")
    lines = [header]
    for move in plan.moves:
        lines.append(
            (
                move.wbs,
                _cut(move.name, 36),
                f"{move.old_delay} → {move.delay} d",
                f"{_iso(move.old_start)} → {move.start.isoformat()}",
                f"{_iso(move.old_finish)} → {move.finish.isoformat()}",
                _overload_text(move.resolves) if move.resolves else "(delay cleared)",
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    text = [
        "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(line)).rstrip() for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    if not plan.moves:
        text.append("(nothing to move)")
    verb = "delayed" if plan.applied else "to delay"
    count = len(plan.moves)
    text += [
        "",
        f"{plan.code}: {count} task{'' if count == 1 else 's'} {verb}; "
        f"{plan.over_before} over-allocated person-day{'' if plan.over_before == 1 else 's'} "
        f"before, {len(plan.unresolved)} left; finish {_iso(plan.finish_before)} → "
        f"{_iso(plan.finish_after)}.",
    ]
    for overload in plan.unresolved[:10]:
        text.append(f"  still over-allocated: {_overload_text(overload)}")
    if len(plan.unresolved) > 10:
        text.append(f"  … and {len(plan.unresolved) - 10} more")
    if not plan.applied and plan.moves:
        text.append("Preview only: run again with --apply to delay these tasks.")
    return "\n".join(text)


def _weeks_json(weeks: tuple[WeekLoad, ...], *, capacity: bool = True) -> dict[str, object]:
    document: dict[str, object] = {}
    if capacity:
        document["capacity_hours"] = [round(w.capacity, 2) for w in weeks]
    document["hours"] = [round(w.hours, 2) for w in weeks]
    document["percent"] = [None if w.percent is None else round(w.percent, 1) for w in weeks]
    document["over_allocated"] = [w.over_allocated for w in weeks]
    return document


def _utilisation_json(used: Utilisation) -> dict[str, object]:
    return {
        "start": used.start.isoformat(),
        "end": used.end.isoformat(),
        "percent": _rounded(used.percent),
        "billable_hours": round(used.billable_hours, 2),
        "available_hours": round(used.available_hours, 2),
        "booked": used.booked,
        "people": [
            {
                "name": p.name,
                "billable_hours": round(p.billable_hours, 2),
                "available_hours": round(p.available_hours, 2),
                "percent": _rounded(p.percent),
            }
            for p in used.people
        ],
    }


def _move_json(move: LevelledTask) -> dict[str, object]:
    return {
        "wbs": move.wbs,
        "task": move.name,
        "old_delay": move.old_delay,
        "delay": move.delay,
        "old_start": _iso(move.old_start),
        "old_finish": _iso(move.old_finish),
        "start": move.start.isoformat(),
        "finish": move.finish.isoformat(),
        "resolves": None if move.resolves is None else _overload_json(move.resolves),
    }


def _overload_json(overload: OverAllocation) -> dict[str, object]:
    return {
        "resource": overload.resource,
        "day": overload.day.isoformat(),
        "hours": overload.hours,
        "capacity": overload.capacity,
    }


def _overload_text(overload: OverAllocation) -> str:
    return (
        f"{overload.resource} {overload.day.isoformat()} "
        f"({overload.hours:g} of {overload.capacity:g} h)"
    )


def _cell(week: WeekLoad) -> str:
    if week.hours == 0 and not week.over_allocated:
        return "-"
    return f"{week.hours:,.0f} h {_percent(week.percent)}" + (OVER if week.over_allocated else "")


def _over(weeks: tuple[WeekLoad, ...]) -> list[bool]:
    return [w.over_allocated for w in weeks]


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _period(used: Utilisation) -> str:
    return f"{used.start.isoformat()} to {used.end.isoformat()}"


def _iso(day: dt.date | None) -> str:
    return "-" if day is None else day.isoformat()


def _cut(text: str, most: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"
