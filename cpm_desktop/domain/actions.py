"""The action log's words (the A of RAID): an action's status and where it came from."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.domain.labels import Labelled


class ActionStatus(Labelled):
    """Where an action stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ActionSource(Labelled):
    """What set the action."""

    MEETING = "meeting"  # a steering meeting
    DECISION = "decision"
    FEEDBACK = "feedback"  # a client feedback entry's follow-up
    RISK = "risk"  # a risk's mitigation
    ISSUE = "issue"  # an issue's resolution
    OTHER = "other"


# Still to be done: an action in one of these is on someone's list.
OPEN_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


def is_open(status: ActionStatus) -> bool:
    """Whether an action is still to be done (open or in progress)."""
    return status in OPEN_STATUSES


def overdue(due_on: dt.date | None, status: ActionStatus, today: dt.date) -> bool:
    """Whether an action is late: still to be done and due before `today` (due today is not)."""
    return due_on is not None and is_open(status) and due_on < today
