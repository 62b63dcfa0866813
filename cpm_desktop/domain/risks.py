"""The risk register's vocabulary: kinds, statuses, responses and how exposure moved."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled
from cpm_desktop.domain.trends import Trend


class RiskKind(Labelled):
    """A threat that may happen, one that has happened, or a chance of a gain."""

    RISK = "risk"
    ISSUE = "issue"
    OPPORTUNITY = "opportunity"


class RiskStatus(Labelled):
    """Where an entry of the risk register is: watched actively, monitored, or closed."""

    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class ResponseStrategy(Labelled):
    """Risk responses as the PMBOK names them; exploit and enhance are for opportunities."""

    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"
    SHARE = "share"
    ACCEPT = "accept"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"


def worsening_trend(kind: RiskKind | str) -> Trend:
    """The trend that means trouble: a growing threat, a shrinking opportunity."""
    return Trend.DOWN if kind == RiskKind.OPPORTUNITY else Trend.UP


def has_probability(kind: RiskKind | str) -> bool:
    """Risks and opportunities may or may not happen; an issue has happened already."""
    return kind != RiskKind.ISSUE
