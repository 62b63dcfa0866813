"""The action log's words (the A of RAID): an action's status and where it came from."""

from __future__ import annotations

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
