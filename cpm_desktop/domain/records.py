"""The vocabulary of the project's records: feedback channels and contacts' influence."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class FeedbackChannel(Labelled):
    """How the client gave a piece of feedback."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    SURVEY = "survey"
    SITE_VISIT = "site_visit"


class Influence(Labelled):
    """How much a client contact can sway the project's decisions."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
