"""What the window can bring to the front: its tabs, the Overview's pages and the portfolio.

The names are a contract: `--view` on the command line and the window's `show_view` spell
them so.
"""

from __future__ import annotations

import enum


class View(enum.StrEnum):
    """A view of the window: the project tabs in their order, then the Overview's record
    pages in theirs, then the Governance and Team tabs' pages, then the portfolio of every
    client's projects."""

    TIMELINE = "timeline"
    RISKS = "risks"
    CHANGES = "changes"
    GOVERNANCE = "governance"
    TEAM = "team"
    OVERVIEW = "overview"
    FEEDBACK = "feedback"
    DECISIONS = "decisions"
    LESSONS = "lessons"
    STAKEHOLDERS = "stakeholders"
    CHARTER = "charter"
    DELIVERABLES = "deliverables"
    ACTIONS = "actions"
    MEETINGS = "meetings"
    SLAS = "slas"
    COMMUNICATION = "communication"
    OPPORTUNITIES = "opportunities"
    RESOURCES = "resources"
    RATES = "rates"
    WORKLOAD = "workload"
    TIMESHEETS = "timesheets"
    VENDORS = "vendors"
    PORTFOLIO = "portfolio"


OVERVIEW_PAGES = (View.FEEDBACK, View.DECISIONS, View.LESSONS, View.STAKEHOLDERS)
"""The Overview tab's record pages, beside its summary, in their order."""

GOVERNANCE_PAGES = (
    View.CHARTER,
    View.DELIVERABLES,
    View.ACTIONS,
    View.MEETINGS,
    View.SLAS,
    View.COMMUNICATION,
    View.OPPORTUNITIES,
)
"""The Governance tab's pages, in their order."""

TEAM_PAGES = (View.RESOURCES, View.RATES, View.WORKLOAD, View.TIMESHEETS, View.VENDORS)
"""The Team tab's pages, in their order."""
