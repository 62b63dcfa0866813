"""What the steering-committee pack prints, as plain frozen values (the service fills them).

No database objects: the sections lay these out and nothing else. Money is a Decimal in the
project's currency; RAG values are "green", "amber", "red" or "" (not known).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.reports.pdf.gantt import GanttChart

SECTIONS = ("cover", "summary", "milestones", "gantt", "finance", "risks", "changes", "decisions")
TITLES = {
    "cover": "Cover",
    "summary": "Executive summary",
    "milestones": "Milestones",
    "gantt": "Schedule",
    "finance": "Budget and earned value",
    "risks": "Risks and issues",
    "changes": "Change requests",
    "decisions": "Decisions and next steps",
}


@dataclass(frozen=True, slots=True)
class Cover:
    """The first page: whose project, which meeting, who runs it."""

    client: str
    project_code: str
    project_name: str
    meeting_date: dt.date | None
    status_date: dt.date | None
    manager: str
    sponsor: str
    confidentiality: str
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Rating:
    """The RAG of one area; `derived` when computed, not set by the PM; `reason` says why."""

    area: str
    rag: str
    derived: bool
    reason: str


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One headline number of the summary, e.g. ("Forecast finish", "18 May 2027")."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Summary:
    """The overall RAG, one per area, the PM's commentary and a few headline figures."""

    overall: str
    ratings: tuple[Rating, ...]
    commentary: str
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True, slots=True)
class Milestone:
    """A milestone: baseline and forecast dates, variance in working days, status label."""

    wbs: str
    name: str
    baseline: dt.date | None
    forecast: dt.date | None
    variance: int | None
    status: str  # "Achieved", "On track", "Late", "At risk"


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One S-curve point: cumulative PV, and EV and AC up to the status date (else None)."""

    day: dt.date
    pv: Decimal
    ev: Decimal | None
    ac: Decimal | None


@dataclass(frozen=True, slots=True)
class Finance:
    """Budget, earned value totals and the S-curve; `basis` says what PV is planned from."""

    currency: str
    status_date: dt.date | None
    basis: str
    original_budget: Decimal
    approved_changes: Decimal
    current_budget: Decimal
    bac: Decimal | None = None  # None: no status date, so no earned value
    pv: Decimal | None = None
    ev: Decimal | None = None
    ac: Decimal | None = None
    cpi: Decimal | None = None
    spi: Decimal | None = None
    eac: Decimal | None = None
    vac: Decimal | None = None
    curve: tuple[CurvePoint, ...] = ()


@dataclass(frozen=True, slots=True)
class RiskLine:
    """One open risk or issue as the pack lists it."""

    reference: str
    title: str
    owner: str
    score: int | None  # probability × impact; None for an issue
    rag: str
    trend: str  # "up" (worse), "down" (better), "steady"
    status: str
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Risks:
    """The heat map of open risks, the top ten by score and the open issues."""

    heat_map: tuple[tuple[int, ...], ...]  # [probability - 1][impact - 1]
    amber_from: int
    red_from: int
    top: tuple[RiskLine, ...]
    issues: tuple[RiskLine, ...]
    open_count: int


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One open change request."""

    reference: str
    title: str
    status: str
    cost: Decimal
    days: int
    requested_by: str


@dataclass(frozen=True, slots=True)
class Changes:
    """Counts per status, approved and pending impact, and the open requests."""

    currency: str
    counts: tuple[tuple[str, int], ...]  # (status label, count), in workflow order
    approved_cost: Decimal
    approved_days: int
    pending_cost: Decimal
    pending_days: int
    open: tuple[ChangeLine, ...]


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the committee is asked to decide, and what happens next (one item a line)."""

    required: tuple[str, ...]
    next_steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PackContent:
    """The whole pack: the chosen `sections` (SECTIONS order) and what each prints."""

    cover: Cover
    summary: Summary
    milestones: tuple[Milestone, ...]
    gantt: GanttChart
    finance: Finance
    risks: Risks
    changes: Changes
    decisions: Decisions
    sections: tuple[str, ...] = SECTIONS
    paper: str = "a4"
    generated_on: dt.date | None = None
