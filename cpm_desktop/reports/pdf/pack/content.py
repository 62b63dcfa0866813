"""What the steering-committee pack prints, as plain frozen values (the service fills them).

No database objects: the sections lay these out and nothing else. Money is a Decimal in the
project's currency; RAG values are "green", "amber", "red" or "" (not known).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.domain import PaperSize
from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.domain.trends import Trend
from cpm_desktop.reports.cost_rows import CostRow
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.reports.pdf.pack.actions import PackActions
from cpm_desktop.reports.pdf.pack.charter import CharterSummary
from cpm_desktop.reports.pdf.pack.deliverables import PackDeliverables
from cpm_desktop.reports.pdf.pack.sections import SECTIONS
from cpm_desktop.reports.pdf.pack.service_levels import PackServiceLevels
from cpm_desktop.texts import N_

# Each section's title, in English: translated where printed (`_(TITLES[key])`).
TITLES = {
    "cover": N_("Cover"),
    "summary": N_("Executive summary"),
    "since_last": N_("Since the last report"),
    "actions": N_("Actions"),
    "charter": N_("Charter and objectives"),
    "deliverables": N_("Deliverables and acceptance"),
    "service_levels": N_("Service levels"),
    "milestones": N_("Milestones"),
    "gantt": N_("Schedule"),
    "finance": N_("Budget and earned value"),
    "billing": N_("Billing schedule"),
    "risks": N_("Risks and issues"),
    "changes": N_("Change requests"),
    "feedback": N_("Client satisfaction"),
    "decisions": N_("Decisions and next steps"),
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
class Kpi:
    """One KPI of the summary: its value as printed ("–" when unknown), RAG and basis."""

    label: str
    value: str
    rag: str  # "" when not rated: no dot
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Summary:
    """The overall RAG, one per area, the PM's commentary, headline figures and the KPIs."""

    overall: str  # green, amber or red; "" when not rated and nothing measured
    ratings: tuple[Rating, ...]
    commentary: str
    figures: tuple[KeyFigure, ...]
    kpis: tuple[Kpi, ...] = ()
    overall_note: str = ""  # who set the overall status, and what the KPIs give
    internal_notes: str = ""  # the PM's internal notes: only an internal pack carries them


@dataclass(frozen=True, slots=True)
class Milestone:
    """A milestone: baseline and forecast dates, variance in working days, status label."""

    wbs: str
    name: str
    baseline: dt.date | None
    forecast: dt.date | None
    variance: int | None
    status: MilestoneStanding


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One S-curve point: cumulative PV, and EV and AC up to the status date (else None)."""

    day: dt.date
    pv: Decimal
    ev: Decimal | None
    ac: Decimal | None


@dataclass(frozen=True, slots=True)
class BurnPoint:
    """The actual cost spent by the end of `day` (a week's Friday, or the status date)."""

    day: dt.date
    actual: Decimal


@dataclass(frozen=True, slots=True)
class TeamUse:
    """The team's utilisation to date: billable hours booked ÷ the hours they could work."""

    start: dt.date
    end: dt.date
    percent: float | None  # None: nothing booked, or nobody to book
    billable_hours: float
    available_hours: float


@dataclass(frozen=True, slots=True)
class Finance:
    """Budget, earned value totals, the cost by phase and role, the burn chart's lines and
    the team's utilisation; `basis` says what PV is planned from."""

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
    phases: tuple[CostRow, ...] = ()  # the top-level summary tasks
    roles: tuple[CostRow, ...] = ()  # none without a team
    total: CostRow | None = None  # the project's; None: no cost breakdown
    # The actual cost week by week from timesheets and invoices; empty: the curve's AC (spread
    # over each task's actual dates) is drawn instead, as `burn_note` says.
    burn: tuple[BurnPoint, ...] = ()
    burn_note: str = ""
    utilisation: TeamUse | None = None  # None: the project has no team
    has_cost_data: bool = True  # False: nothing prices the project ("no cost data")


@dataclass(frozen=True, slots=True)
class RiskLine:
    """One open risk or issue as the pack lists it."""

    reference: str
    title: str
    owner: str
    score: int | None  # probability × impact; None for an issue
    rag: str
    trend: Trend  # up is worse, down better
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
    cost: Decimal  # the cost to the project, or the price to the client (Changes.money_label)
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
    money_label: str = "Cost"  # "Price" in a client pack: change-order values, not cost


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """One decision of the log; `links` names the change requests and risks it settles."""

    reference: str
    title: str
    decided_on: dt.date
    decided_by: str
    context: str
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the committee is asked to decide, what happens next, and the decisions taken.

    `taken` is in the order printed: the most recent first.
    """

    required: tuple[str, ...]
    next_steps: tuple[str, ...]
    taken: tuple[DecisionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class BillingLine:
    """One billing milestone: its amount, invoice status label and dates."""

    wbs: str
    name: str
    amount: Decimal
    status: str  # "Not due", "Due", "Invoiced", "Paid"
    due_on: dt.date | None
    invoiced_on: dt.date | None = None
    paid_on: dt.date | None = None
    invoice_number: str = ""


@dataclass(frozen=True, slots=True)
class Billing:
    """The billing schedule in outline order and its totals.

    `invoiced` counts the paid milestones too; `outstanding` is invoiced and not yet paid;
    `not_invoiced` is not due or due, so billable = invoiced + not invoiced.
    """

    currency: str
    lines: tuple[BillingLine, ...]
    billable: Decimal
    invoiced: Decimal
    paid: Decimal
    outstanding: Decimal
    not_invoiced: Decimal


@dataclass(frozen=True, slots=True)
class Score:
    """One CSAT score (1–5) on the day it was given."""

    day: dt.date
    score: int


@dataclass(frozen=True, slots=True)
class FeedbackLine:
    """One piece of client feedback with the follow-up it asked for."""

    given_on: dt.date
    contact: str
    channel: str  # "Meeting", "Site visit", ...
    score: int | None
    comment: str
    follow_up: str


@dataclass(frozen=True, slots=True)
class Feedback:
    """CSAT up to `as_of`: the average and its RAG, the trend, the scores, the latest entries.

    `trend` is "up" (better), "down", "steady" or "new" (too few scores): the last
    `trend_window` scores' mean against the `trend_window` before them. `latest` is newest
    first; `green_from` and `amber_from` are the average's RAG thresholds, drawn on the chart.
    """

    as_of: dt.date | None
    average: float | None
    rag: str
    trend: Trend
    trend_window: int
    scores: tuple[Score, ...]  # oldest first
    latest: tuple[FeedbackLine, ...]
    entries: int  # all entries up to `as_of`, scored or not
    green_from: float
    amber_from: float


@dataclass(frozen=True, slots=True)
class PackContent:
    """The whole pack: the chosen `sections` (SECTIONS order) and what each prints."""

    cover: Cover
    summary: Summary
    milestones: tuple[Milestone, ...]
    gantt: PrintedGantt
    finance: Finance | None  # None: gathered for cost readers only, who alone get the page
    risks: Risks
    changes: Changes
    decisions: Decisions
    billing: Billing
    feedback: Feedback
    sections: tuple[str, ...] = SECTIONS
    # What changed since the previous status report (a client's copy without internal
    # entries); None prints no section: no status date, or no earlier report to compare with.
    since_last: SinceLast | None = None
    # The governance sections (issue 21); None prints nothing: the project keeps no such record.
    actions: PackActions | None = None
    charter: CharterSummary | None = None
    deliverables: PackDeliverables | None = None
    service_levels: PackServiceLevels | None = None
    paper: str = PaperSize.A4
    generated_on: dt.date | None = None
    audience_note: str = ""  # "Internal — not for the client" on every page of an internal pack
