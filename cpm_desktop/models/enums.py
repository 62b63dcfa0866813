"""Enumerations stored as readable text in the workspace."""

from __future__ import annotations

import enum

from sqlalchemy import Enum


class ProjectStatus(enum.StrEnum):
    """Where a project is in its life."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Rag(enum.StrEnum):
    """Red/amber/green health rating, as reported to the client."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class ConstraintType(enum.StrEnum):
    """Date constraints with MS Project's meaning."""

    ASAP = "ASAP"
    ALAP = "ALAP"
    SNET = "SNET"
    SNLT = "SNLT"
    FNET = "FNET"
    FNLT = "FNLT"
    MSO = "MSO"
    MFO = "MFO"

    @property
    def needs_date(self) -> bool:
        """Every constraint but ASAP and ALAP is anchored to a date."""
        return self not in (ConstraintType.ASAP, ConstraintType.ALAP)


class LinkType(enum.StrEnum):
    """Dependency types: finish-to-start, start-to-start, finish-to-finish, start-to-finish."""

    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class RiskKind(enum.StrEnum):
    """A threat that may happen, one that has happened, or a chance of a gain."""

    RISK = "risk"
    ISSUE = "issue"
    OPPORTUNITY = "opportunity"


class RiskStatus(enum.StrEnum):
    """Where an entry of the risk register is: watched actively, monitored, or closed."""

    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class ResponseStrategy(enum.StrEnum):
    """Risk responses as the PMBOK names them; exploit and enhance are for opportunities."""

    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"
    SHARE = "share"
    ACCEPT = "accept"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"


class ChangeCategory(enum.StrEnum):
    """What a change request mainly changes."""

    SCOPE = "scope"
    SCHEDULE = "schedule"
    COST = "cost"
    QUALITY = "quality"
    RESOURCE = "resource"


class ChangePriority(enum.StrEnum):
    """How urgently a change request needs a decision."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ChangeStatus(enum.StrEnum):
    """Where a change request is in its workflow (services/change_workflow.py)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_ASSESSMENT = "under_assessment"
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    IMPLEMENTED = "implemented"
    CLOSED = "closed"


def text_enum(enum_class: type[enum.StrEnum]) -> Enum:
    """Store an enum by value, with a CHECK constraint listing the allowed values."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class InvoiceStatus(enum.StrEnum):
    """Where a billing milestone's invoice is; the legal steps live in services/billing.py."""

    NOT_DUE = "not_due"
    DUE = "due"
    INVOICED = "invoiced"
    PAID = "paid"


class FeedbackChannel(enum.StrEnum):
    """How the client gave a piece of feedback."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    SURVEY = "survey"
    SITE_VISIT = "site_visit"


class Influence(enum.StrEnum):
    """How much a client contact can sway the project's decisions."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
