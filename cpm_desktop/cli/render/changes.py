"""Text and JSON renderings of a change log for the command line (`cpm-desktop changes`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

from cpm_desktop.services.changes.views import ChangeLog, ChangeSummary

JSON_FORMAT_VERSION = 1
HEADER = (
    "Ref",
    "Title",
    "Requested by",
    "Category",
    "Priority",
    "Status",
    "Days",
    "Cost",
    "Change order",
)
RIGHT = {6, 7, 8}  # numeric columns


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # exact: no binary floating point for money
    raise TypeError(type(value).__name__)


def changes_json(log: ChangeLog, summary: ChangeSummary) -> str:
    """Render the log as JSON: project, roll-up and every request with its transitions."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": {"code": log.code, "currency": log.currency},
        "summary": dataclasses.asdict(summary),
        "changes": [dataclasses.asdict(row) for row in log.rows],
    }
    return json.dumps(document, default=_plain, ensure_ascii=False, indent=2)


def changes_table(log: ChangeLog, summary: ChangeSummary) -> str:
    """Render the log as an aligned text table, then the budget, contract and finish lines;
    statuses as people read them ("Under assessment"), where the JSON keeps the values."""
    lines = [HEADER]
    for row in log.rows:
        lines.append(
            (
                row.reference,
                row.title[:48],
                row.requested_by[:28],
                row.category.label,
                row.priority.label,
                row.status.label,
                str(row.schedule_days),
                f"{row.cost_impact:,}",
                f"{row.change_order_value:,}" if row.billable else "",
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
    s, cur = summary, summary.currency
    text += [
        "",
        f"Budget: {cur} {s.original_budget:,} + approved {s.approved_cost:,} = "
        f"{s.current_budget:,} (pending {s.pending_cost:,})",
        f"Contract value: {cur} {s.original_contract_value:,} + approved change orders "
        f"{s.approved_change_orders:,} = {s.current_contract_value:,} "
        f"(pending {s.pending_change_orders:,})",
        f"Finish: forecast {_date(s.forecast_finish)}; agreed {_date(s.original_finish)} + "
        f"{s.approved_days} working days = {_date(s.agreed_finish)} "
        f"(pending {s.pending_days} days)",
        f"{log.code}: {len(log.rows)} change requests, {s.pending_count} pending.",
    ]
    return "\n".join(text)


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else "-"
