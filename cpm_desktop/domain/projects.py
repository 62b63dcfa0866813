"""A project's life and the red/amber/green rating reported to the client."""

from __future__ import annotations

import enum


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
