"""What the window can bring to the front: its tabs, the Overview's pages and the portfolio.

The names are a contract: `--view` on the command line and the window's `show_view` spell
them so.
"""

from __future__ import annotations

import enum


class View(enum.StrEnum):
    """A view of the window: the project tabs in their order, then the Overview's record
    pages in theirs, then the portfolio of every client's projects."""

    TIMELINE = "timeline"
    RISKS = "risks"
    CHANGES = "changes"
    OVERVIEW = "overview"
    FEEDBACK = "feedback"
    DECISIONS = "decisions"
    LESSONS = "lessons"
    STAKEHOLDERS = "stakeholders"
    PORTFOLIO = "portfolio"


OVERVIEW_PAGES = (View.FEEDBACK, View.DECISIONS, View.LESSONS, View.STAKEHOLDERS)
"""The Overview tab's record pages, beside its summary, in their order."""
