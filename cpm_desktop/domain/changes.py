"""The change log's vocabulary: what a request changes, how urgent it is, where it is."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class ChangeCategory(Labelled):
    """What a change request mainly changes."""

    SCOPE = "scope"
    SCHEDULE = "schedule"
    COST = "cost"
    QUALITY = "quality"
    RESOURCE = "resource"


class ChangePriority(Labelled):
    """How urgently a change request needs a decision."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ChangeStatus(Labelled):
    """Where a change request is in its workflow (services/change_workflow.py)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_ASSESSMENT = "under_assessment"
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    IMPLEMENTED = "implemented"
    CLOSED = "closed"
