"""Text and JSON renderings of a project's service levels (`cpm-desktop slas`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cpm_desktop.services.service_levels.views import ServiceLevelRow

JSON_FORMAT_VERSION = 1
HEADER = (
    "Ref",
    "Service level",
    "Target",
    "Period",
    "Last period",
    "Value",
    "Met",
    "RAG",
    "Trend",
    "Attainment",
)
MET_TEXT = {True: "met", False: "missed", None: "-"}


def service_levels_json(code: str, rows: Sequence[ServiceLevelRow]) -> str:
    """Every SLA with its target, its last period rated, its trend and each period's value."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": code,
        "service_levels": [_sla(row) for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def service_levels_table(code: str, rows: Sequence[ServiceLevelRow]) -> str:
    """An aligned table of the SLAs at their last period, then a count of those at each RAG."""
    lines = [HEADER]
    for row in rows:
        last = row.last
        lines.append(
            (
                row.reference,
                row.name[:48],
                row.target_text,
                row.period.label,
                last.period_start.isoformat() if last else "-",
                last.value_text if last else "-",
                MET_TEXT[row.met],
                row.rag.label if row.rag else "-",
                row.trend_text,
                row.attainment_text,
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(line)).rstrip() for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    missed = sum(row.met is False for row in rows)
    text += ["", f"{code}: {len(rows)} service levels, {missed} missed in their last period."]
    return "\n".join(text)


def _sla(row: ServiceLevelRow) -> dict[str, object]:
    last = row.last
    return {
        "reference": row.reference,
        "name": row.name,
        "target": row.target,
        "unit": row.unit,
        "direction": row.direction.value,
        "period": row.period.value,
        "tolerance": row.tolerance,
        "description": row.description,
        "last_period": last.period_start.isoformat() if last else None,
        "last_value": last.value if last else None,
        "met": row.met,
        "rag": row.rag.value if row.rag else None,
        "trend": row.trend.value,
        "periods_met": row.periods_met,
        "periods_measured": row.periods_measured,
        "periods": [
            {
                "period_start": m.period_start.isoformat(),
                "value": m.value,
                "met": m.met,
                "rag": m.rag.value,
                "note": m.note,
            }
            for m in row.measures
        ],
    }
