"""Text and JSON renderings of a project's action log and meetings (`cpm-desktop actions`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from cpm_desktop.services.actions.meetings import MeetingRow
from cpm_desktop.services.actions.views import ActionRow

JSON_FORMAT_VERSION = 1
HEADER = ("Ref", "Action", "Owner", "Due", "Status", "Source", "Done")


def actions_json(
    code: str, actions: Sequence[ActionRow], meetings: Sequence[MeetingRow], today: dt.date
) -> str:
    """Every action (overdue judged on `today`) and every steering meeting, as JSON."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": code,
        "today": today.isoformat(),
        "actions": [_action(row) for row in actions],
        "meetings": [
            {
                "held_on": m.held_on.isoformat(),
                "title": m.title,
                "attendees": list(m.attendees),
                "decisions": list(m.decisions),
                "notes": m.notes,
                "actions": list(m.action_references),
            }
            for m in meetings
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def actions_table(
    code: str, actions: Sequence[ActionRow], meetings: Sequence[MeetingRow], today: dt.date
) -> str:
    """An aligned table ('!' overdue, '*' internal), then the meetings and a count."""
    lines = [HEADER]
    for row in actions:
        lines.append(
            (
                row.reference + (" *" if row.internal else ""),
                _cut(row.title, 52),
                _cut(row.owner, 26),
                (row.due_on.isoformat() if row.due_on else "-") + (" !" if row.overdue else ""),
                row.status.label,
                row.source_text,
                row.done_on.isoformat() if row.done_on else "",
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(line)).rstrip() for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    if meetings:
        text += ["", "Steering meetings:"]
        for m in meetings:
            set_there = ", ".join(m.action_references) or "no actions"
            text.append(
                f"  {m.held_on.isoformat()}  {m.title}: {len(m.attendees)} attendees, "
                f"{len(m.decisions)} decisions, actions {set_there}"
            )
    still_open = sum(row.is_open for row in actions)
    overdue = sum(row.overdue for row in actions)
    text += [
        "",
        f"{code}: {len(actions)} actions, {still_open} open, {overdue} overdue "
        f"on {today.isoformat()} (! overdue, * internal).",
    ]
    return "\n".join(text)


def _action(row: ActionRow) -> dict[str, object]:
    meeting = (
        {"held_on": row.meeting_on.isoformat(), "title": row.meeting_title}
        if row.meeting_on is not None
        else None
    )
    return {
        "reference": row.reference,
        "title": row.title,
        "owner": row.owner,
        "due_on": _iso(row.due_on),
        "status": row.status.value,
        "source": row.source.value,
        "source_reference": row.source_reference,
        "raised_on": row.raised_on.isoformat(),
        "done_on": _iso(row.done_on),
        "overdue": row.overdue,
        "internal": row.internal,
        "comments": row.comments,
        "meeting": meeting,
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
