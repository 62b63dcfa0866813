"""How the change log's values read on screen: statuses, steps, categories and priorities.

The ui may not import the ORM enums, so the values travel as their strings; a test checks
that these tuples still match `models.enums`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from cpm_desktop.services.changes.workflow import label
from cpm_desktop.ui.theme import colors

STATUSES = (
    "draft",
    "submitted",
    "under_assessment",
    "approved",
    "rejected",
    "deferred",
    "implemented",
    "closed",
)
CATEGORIES = ("scope", "schedule", "cost", "quality", "resource")
PRIORITIES = ("low", "medium", "high", "critical")
PENDING = frozenset({"submitted", "under_assessment"})
OPEN_FOR_IMPACT = frozenset({"draft", "submitted", "under_assessment"})
DECISIONS = ("approved", "rejected", "deferred")  # the steps the decision dialog records
NEEDS_DECISION = frozenset({"approved", "rejected"})

# A step is named by what the user does, not by the status it leads to.
_STEP_TEXT = {
    "submitted": "Submit",
    "under_assessment": "Start assessment",
    "approved": "Approve…",
    "rejected": "Reject…",
    "deferred": "Defer…",
    "implemented": "Mark implemented",
    "closed": "Close…",
}


def status_text(status: str) -> str:
    """A status as users read it: 'under_assessment' → 'Under assessment'."""
    return label(status)


def step_text(current: str, target: str) -> str:
    """The button text of the step from `current` to `target`, e.g. 'Resubmit' after Deferred."""
    if target == "submitted" and current == "deferred":
        return "Resubmit"
    return _STEP_TEXT.get(target, status_text(target))


def step_undo_text(reference: str, current: str, target: str) -> str:
    """The Edit-menu name of a step, e.g. 'Approve CR-006' or 'Start assessment of CR-006'."""
    verb = step_text(current, target).rstrip("…")
    if target == "under_assessment":
        return f"Start assessment of {reference}"
    if target == "implemented":
        return f"Mark {reference} implemented"
    return f"{verb} {reference}"


def status_color(status: str) -> QColor:
    """The calm colour that marks a status: grey while drafted, blue to green as it is decided."""
    c = colors()
    return QColor(
        {
            "draft": c.muted_text,
            "submitted": c.highlight,
            "under_assessment": c.rag_amber,
            "approved": c.rag_green,
            "rejected": c.rag_red,
            "deferred": c.gantt_status_date,
            "implemented": c.gantt_today,
            "closed": c.muted_text,
        }.get(status, c.border)
    )
