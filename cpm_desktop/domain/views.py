"""The views a project is shown in: the window's tabs, also named on the command line."""

from __future__ import annotations

import enum


class View(enum.StrEnum):
    """A project's view, in the order of the window's tabs."""

    TIMELINE = "timeline"
    RISKS = "risks"
    CHANGES = "changes"
    OVERVIEW = "overview"
