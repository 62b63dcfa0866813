"""Service levels: how often an SLA is measured and which way its target points."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class SlaPeriod(Labelled):
    """The measurement period of a service level."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class SlaDirection(Labelled):
    """Whether a measured value meets the target at or above it (availability) or at or below
    it (resolution time)."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
