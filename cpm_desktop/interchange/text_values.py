"""Small readers of attribute text shared by the GanttProject and GNOME Planner parsers."""

from __future__ import annotations

from cpm_desktop.interchange.model import ImportNotes


def percent_from_text(text: str | None, title: str, notes: ImportNotes) -> int:
    """A task's % complete: unreadable is 0, out of range is brought into 0..100 (noted)."""
    try:
        value = round(float(text or 0))
    except (ValueError, OverflowError):  # not a number, or nan / inf
        notes.drop(f"Task {title!r}: unreadable % complete {text!r}; taken as 0.")
        return 0
    if not 0 <= value <= 100:
        notes.approximate(f"Task {title!r}: {value}% complete brought into 0–100.")
    return min(max(value, 0), 100)
