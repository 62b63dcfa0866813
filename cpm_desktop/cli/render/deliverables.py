"""Text and JSON renderings of a project's deliverables (`cpm-desktop deliverables`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.services.deliverables.views import DeliverableRow

JSON_FORMAT_VERSION = 1
HEADER = ("Ref", "Deliverable", "Owner", "Due", "Status", "Criteria met", "Decided")


def deliverables_json(code: str, rows: Sequence[DeliverableRow], today: dt.date) -> str:
    """Every deliverable with its checklist, history and whether it is overdue `today`."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": code,
        "deliverables": [
            dataclasses.asdict(row) | {"overdue": row.overdue(today), "rejections": row.rejections}
            for row in rows
        ],
    }
    return json.dumps(document, default=_plain, ensure_ascii=False, indent=2)


def deliverables_table(code: str, rows: Sequence[DeliverableRow], today: dt.date) -> str:
    """An aligned table (statuses as people read them; '!' marks an overdue one), then a count."""
    lines = [HEADER]
    for row in rows:
        decided = f"{row.decided_by}, {row.decided_on.isoformat()}" if row.decided_on else ""
        lines.append(
            (
                row.reference,
                row.name[:48],
                row.owner[:24],
                (row.due.isoformat() if row.due else "-") + (" !" if row.overdue(today) else ""),
                row.status.label,
                f"{row.criteria_met} of {len(row.criteria)}",
                decided,
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(line)).rstrip() for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    overdue = sum(row.overdue(today) for row in rows)
    accepted = sum(row.status is DeliverableStatus.ACCEPTED for row in rows)
    text += ["", f"{code}: {len(rows)} deliverables, {accepted} accepted, {overdue} overdue."]
    return "\n".join(text)


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)
