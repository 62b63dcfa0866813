"""Text and JSON of `cpm-desktop timesheet import`: the bookings, the refused lines, the outcome."""

from __future__ import annotations

import datetime as dt
import json

from cpm_desktop.services.timesheets.importing import (
    AppliedTimesheet,
    ImportBooking,
    TimesheetPreview,
)

JSON_FORMAT_VERSION = 1
HEADER = ("Week", "Person", "WBS", "Task", "Hours", "Booked now", "Billable", "Lines")
TASK_WIDTH = 40
SHOWN = 32  # characters of a file's cell quoted in a refused line


def timesheet_table(preview: TimesheetPreview) -> str:
    """The bookings as an aligned table, then each refused line with its reason."""
    where = f", sheet {preview.sheet!r}" if preview.sheet else ""
    text = [f"Timesheet {preview.path.name}{where} for {preview.project_code}", ""]
    if preview.refusal:
        text += [f"REFUSED: {preview.refusal}", ""]
    rows = [HEADER] + [_row(b) for b in preview.bookings if b.problem is None]
    if len(rows) > 1:
        widths = [max(len(row[c]) for row in rows) for c in range(len(HEADER))]
        right = {4, 5}
        for at, row in enumerate(rows):
            cells = [
                cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
                for c, cell in enumerate(row)
            ]
            text.append("  ".join(cells).rstrip())
            if at == 0:
                text.append("  ".join("-" * w for w in widths))
    else:
        text.append("No hours can be booked from this file.")
    refused = preview.refused_lines
    if refused:
        text += ["", "Refused lines:"]
        text += [
            f"  line {line.line}: {_cut(line.person)} / {_cut(line.task)}: {line.problem}"
            for line in refused
        ]
    return "\n".join(text)


def timesheet_outcome(preview: TimesheetPreview, applied: AppliedTimesheet | None) -> str:
    """The closing line: what was (or would be) booked, and what was left out."""
    ready = preview.ready
    left = len(preview.refused_lines)
    left_text = f"; {_count(left, 'line')} refused (listed above)" if left else ""
    if applied is not None:
        return (
            f"\nBooked {applied.hours:g} hours in {_count(applied.bookings, 'entry', 'entries')} "
            f"from {_count(applied.lines, 'line')}{left_text}."
        )
    if not ready:
        return f"\nNothing to book{left_text}. Nothing was written."
    changing = sum(b.changes for b in ready)
    return (
        f"\n{preview.hours:g} hours in {_count(len(ready), 'entry', 'entries')} "
        f"({changing} changing what is booked){left_text}. Nothing was written; add --apply to "
        "book them."
    )


def timesheet_json(preview: TimesheetPreview, applied: AppliedTimesheet | None) -> str:
    """The preview and, with --apply, what was booked, as JSON for scripts."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "file": str(preview.path),
        "sheet": preview.sheet or None,
        "project": preview.project_code,
        "columns": list(preview.columns),
        "refusal": preview.refusal,
        "lines": [
            {
                "line": line.line,
                "person": line.person,
                "task": line.task,
                "resource": line.resource,
                "wbs": line.wbs,
                "task_name": line.task_name,
                "week": _day(line.week),
                "hours": line.hours,
                "billable": line.billable,
                "note": line.note,
                "problem": line.problem,
            }
            for line in preview.lines
        ],
        "bookings": [
            {
                "resource": b.resource,
                "wbs": b.wbs,
                "task": b.task_name,
                "week": b.week.isoformat(),
                "hours": b.hours,
                "booked": b.booked,
                "billable": b.billable,
                "note": b.note,
                "assigned": b.assigned,
                "lines": list(b.lines),
                "problem": b.problem,
            }
            for b in preview.bookings
        ],
        "ready": len(preview.ready),
        "hours": preview.hours,
        "refused_lines": len(preview.refused_lines),
        "applied": None
        if applied is None
        else {
            "bookings": applied.bookings,
            "hours": applied.hours,
            "lines": applied.lines,
            "refused_lines": applied.refused_lines,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _row(booking: ImportBooking) -> tuple[str, ...]:
    return (
        booking.week.isoformat(),
        booking.resource,
        booking.wbs,
        _cut(booking.task_name, TASK_WIDTH),
        f"{booking.hours:g}",
        f"{booking.booked:g}" if booking.booked else "-",
        "yes" if booking.billable else "no",
        ", ".join(map(str, booking.lines)),
    )


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _cut(text: str, width: int = SHOWN) -> str:
    text = " ".join(text.split()) or "(empty)"
    return text if len(text) <= width else text[: width - 1] + "…"
