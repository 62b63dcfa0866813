"""A project's life and the red/amber/green rating reported to the client."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class ProjectStatus(Labelled):
    """Where a project is in its life."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Rag(Labelled):
    """Red/amber/green health rating, as reported to the client."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"
