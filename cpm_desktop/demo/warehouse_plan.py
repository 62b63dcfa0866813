"""The demo's main plan as plain data: Nordhaven Logistics' WMS rollout, as of 20 Nov 2026.

Rows are keyed by WBS code (parents before children). Progress, constraints and notes sit in
their own tables, keyed the same way, so the task list reads like the plan on the wall.
Actual dates are chosen to agree with the links: the demo must pass its own schedule checks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from cpm_desktop.domain import ConstraintType

D = dt.date


@dataclass(frozen=True, slots=True)
class PlannedTask:
    """One task of a demo plan; `duration` None makes a summary, 0 a milestone."""

    wbs: str
    name: str
    duration: int | None = None
    owner: str = ""
    budget: int = 0


@dataclass(frozen=True, slots=True)
class Progress:
    """Progress as of the status date: actual start, finish if done, % complete, actual cost."""

    start: dt.date
    finish: dt.date | None
    percent: int
    cost: int


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """A whole demo plan: tasks in outline order, links (pred, succ, type, lag) and extras."""

    tasks: tuple[PlannedTask, ...]
    links: tuple[tuple[str, str, str, int], ...]
    progress: Mapping[str, Progress] = field(default_factory=dict)
    constraints: Mapping[str, tuple[ConstraintType, dt.date]] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    signed_off: dt.date | None = None  # the baseline's day: work done by then is in it


def done(start: dt.date, finish: dt.date, cost: int = 0) -> Progress:
    """Progress of finished work."""
    return Progress(start, finish, 100, cost)


def started(start: dt.date, percent: int, cost: int) -> Progress:
    """Progress of work under way."""
    return Progress(start, None, percent, cost)


T = PlannedTask
PM = "Laura Becker"
ARCHITECT = "Tobias Klein"
INBOUND = "Anna Weber"
OUTBOUND = "Lukas Brandt"
INTEGRATION = "Daniel Hoffmann"
TEST = "Sophie Wagner"
DATA = "Marco Rossi"
KEY_USER = "Miriam Albers (Nordhaven)"
CLIENT_IT = "Kai Petersen (Nordhaven IT)"

# Public holidays in Hamburg: the nine national ones plus Reformation Day (since 2018).
HAMBURG_HOLIDAYS: tuple[tuple[dt.date, str], ...] = (
    (D(2026, 1, 1), "New Year's Day"),
    (D(2026, 4, 3), "Good Friday"),
    (D(2026, 4, 6), "Easter Monday"),
    (D(2026, 5, 1), "Labour Day"),
    (D(2026, 5, 14), "Ascension Day"),
    (D(2026, 5, 25), "Whit Monday"),
    (D(2026, 10, 3), "German Unity Day"),
    (D(2026, 10, 31), "Reformation Day"),
    (D(2026, 12, 25), "Christmas Day"),
    (D(2026, 12, 26), "Second Day of Christmas"),
    (D(2027, 1, 1), "New Year's Day"),
    (D(2027, 3, 26), "Good Friday"),
    (D(2027, 3, 29), "Easter Monday"),
    (D(2027, 5, 1), "Labour Day"),
    (D(2027, 5, 6), "Ascension Day"),
    (D(2027, 5, 17), "Whit Monday"),
    (D(2027, 10, 3), "German Unity Day"),
    (D(2027, 10, 31), "Reformation Day"),
    (D(2027, 12, 25), "Christmas Day"),
    (D(2027, 12, 26), "Second Day of Christmas"),
)

TASKS: tuple[PlannedTask, ...] = (
    T("1", "Initiation"),
    T("1.1", "Project kick-off", 0, PM),
    T("1.2", "Confirm scope, contract baseline and governance", 4, PM, 6_000),
    T("1.3", "Project charter sign-off", 0, "Henrik Sørensen (Nordhaven)"),
    T("1.4", "Billing milestone: 10 % on charter sign-off", 0, PM),
    T("2", "Planning"),
    T("2.1", "Current-state process walkthroughs, Hamburg DC", 5, INBOUND, 9_000),
    T("2.2", "Detailed project and resource plan", 5, PM, 6_000),
    T("2.3", "RAID log and risk workshop", 2, PM, 2_000),
    T("2.4", "Test strategy and quality plan", 4, TEST, 4_500),
    T("2.5", "Project plan baselined by steering committee", 0, PM),
    T("3", "Design"),
    T("3.1", "Functional design: inbound (receiving, put-away, returns)", 13, INBOUND, 22_000),
    T("3.2", "Technical architecture and hosting", 8, ARCHITECT, 12_000),
    T("3.3", "Functional design: outbound (picking, packing, shipping)", 20, OUTBOUND, 30_000),
    T("3.4", "Integration design: SAP S/4HANA and carriers", 25, INTEGRATION, 30_500),
    T("3.5", "Data migration approach and field mapping", 6, DATA, 7_500),
    T("3.6", "Design review workshops with key users", 3, ARCHITECT, 5_000),
    T("3.7", "Design sign-off", 0, KEY_USER),
    T("3.8", "Billing milestone: 20 % on design sign-off", 0, PM),
    T("4", "Build"),
    T("4.1", "Provision environments and install WMS platform", 12, CLIENT_IT, 32_000),
    T("4.2", "Inbound module"),
    T("4.2.1", "Receiving and ASN processing", 15, INBOUND, 21_000),
    T("4.2.2", "Put-away strategies and slotting rules", 8, INBOUND, 11_000),
    T("4.2.3", "RF scanner workflows: inbound", 6, INBOUND, 8_000),
    T("4.3", "Outbound module"),
    T("4.3.1", "Wave planning, picking and packing", 15, OUTBOUND, 24_000),
    T("4.3.2", "Shipping, loading and carrier labels", 8, OUTBOUND, 11_000),
    T("4.3.3", "RF scanner workflows: outbound", 6, OUTBOUND, 8_000),
    T("4.4", "Integrations"),
    T("4.4.1", "SAP interface: item master and purchase orders", 12, INTEGRATION, 19_000),
    T("4.4.2", "SAP interface: sales orders and goods issue", 10, INTEGRATION, 16_000),
    T("4.4.3", "Carrier interfaces (DHL, DB Schenker)", 8, INTEGRATION, 12_000),
    T("4.5", "Management reports and KPI dashboards", 6, ARCHITECT, 8_000),
    T("4.6", "Build complete", 0, ARCHITECT),
    T("4.7", "Billing milestone: 20 % on build complete", 0, PM),
    T("5", "Test"),
    T("5.1", "Test scripts and test data", 10, TEST, 12_000),
    T("5.2", "System integration test (SIT)", 20, TEST, 30_000),
    T("5.3", "Performance test at peak-season volumes", 5, ARCHITECT, 9_000),
    T("5.4", "User acceptance test (UAT)", 15, KEY_USER, 18_000),
    T("5.5", "Defect fixing and retest", 12, TEST, 16_000),
    T("5.6", "UAT sign-off", 0, KEY_USER),
    T("6", "Deployment"),
    T("6.1", "Data migration"),
    T("6.1.1", "Data cleansing: item master and storage bins", 15, KEY_USER, 9_000),
    T("6.1.2", "Trial migration and reconciliation", 4, DATA, 7_000),
    T("6.1.3", "Dress rehearsal migration", 3, DATA, 6_000),
    T("6.2", "Training"),
    T("6.2.1", "Training materials and train-the-trainer", 8, KEY_USER, 10_000),
    T("6.2.2", "End-user training, three shifts", 8, KEY_USER, 12_000),
    T("6.3", "Cut-over"),
    T("6.3.1", "Go/no-go decision", 0, "Henrik Sørensen (Nordhaven)"),
    T("6.3.2", "Cut-over: stock count and final data load", 3, DATA, 8_000),
    T("6.3.3", "Freeze and archive legacy WMS", 2, CLIENT_IT, 3_000),
    T("6.3.4", "Go-live", 0, PM),
    T("6.4", "Billing milestone: 30 % on go-live", 0, PM),
    T("7", "Closure"),
    T("7.1", "Hypercare: on-site floor support", 20, OUTBOUND, 26_000),
    T("7.2", "Handover to Nordhaven IT service desk", 5, CLIENT_IT, 6_000),
    T("7.3", "Hypercare end", 0, PM),
    T("7.4", "Closure report and lessons learned", 3, PM, 3_500),
    T("7.5", "Final acceptance", 0, "Henrik Sørensen (Nordhaven)"),
    T("7.6", "Billing milestone: 20 % on final acceptance", 0, PM),
)

# (predecessor, successor, type, lag in working days; negative = lead)
LINKS: tuple[tuple[str, str, str, int], ...] = (
    ("1.1", "1.2", "FS", 0),
    ("1.2", "1.3", "FS", 0),
    ("1.3", "1.4", "FS", 0),
    ("1.3", "2.1", "FS", 0),
    ("2.1", "2.2", "SS", 2),
    ("2.2", "2.3", "SS", 3),
    ("2.2", "2.4", "FS", 0),
    ("2.3", "2.5", "FS", 0),
    ("2.4", "2.5", "FS", 0),
    ("2.1", "3.1", "FS", 0),
    ("3.1", "3.2", "SS", 5),
    ("3.1", "3.3", "FS", -3),  # outbound workshops start while inbound is written up
    ("3.2", "3.4", "FS", 0),
    ("3.1", "3.5", "FS", 0),
    ("3.3", "3.6", "FS", 0),
    ("3.4", "3.6", "FS", 0),
    ("3.5", "3.6", "FS", 0),
    ("3.6", "3.7", "FS", 2),  # the client's approval period
    ("3.7", "3.8", "FS", 0),
    ("3.2", "4.1", "FS", 0),
    ("3.1", "4.2.1", "FS", 2),  # inbound build starts on the approved inbound design
    ("4.1", "4.2.1", "FS", 0),
    ("4.2.1", "4.2.2", "SS", 5),
    ("4.2.2", "4.2.3", "FS", 0),
    ("3.7", "4.3.1", "FS", 0),
    ("4.3.1", "4.3.2", "FS", 0),
    ("4.3.1", "4.3.3", "SS", 8),
    ("3.4", "4.4.1", "SS", 10),
    ("4.4.1", "4.4.2", "FS", 0),
    ("3.7", "4.4.2", "FS", 0),
    ("3.4", "4.4.3", "FS", 0),
    ("3.7", "4.5", "FS", 0),
    ("4.2", "4.6", "FS", 0),
    ("4.3", "4.6", "FS", 0),
    ("4.4", "4.6", "FS", 0),
    ("4.5", "4.6", "FS", 0),
    ("4.6", "4.7", "FS", 0),
    ("3.7", "5.1", "FS", 0),
    ("4.6", "5.2", "FS", 0),
    ("5.1", "5.2", "FS", 0),
    ("5.2", "5.3", "FS", -3),  # load tests overlap the last SIT days
    ("5.2", "5.4", "FS", 0),
    ("5.4", "5.5", "FF", 2),  # last fixes are retested two days after UAT ends
    ("5.3", "5.6", "FS", 0),
    ("5.5", "5.6", "FS", 0),
    ("3.5", "6.1.1", "FS", 0),
    ("4.6", "6.1.2", "FS", 0),  # trial data also feeds the SIT
    ("6.1.1", "6.1.2", "FS", 0),
    ("6.1.2", "6.1.3", "FS", 0),
    ("5.6", "6.1.3", "FS", 0),
    ("5.2", "6.2.1", "FS", 0),
    ("6.2.1", "6.2.2", "FS", 0),
    ("5.6", "6.2.2", "FS", -2),  # users train on the accepted system, close to go-live
    ("5.6", "6.3.1", "FS", 2),
    ("6.1.3", "6.3.1", "FS", 0),
    ("6.2.2", "6.3.1", "FS", 0),
    ("6.3.1", "6.3.2", "FS", 0),
    ("6.3.1", "6.3.3", "FS", 0),
    ("6.3.4", "6.3.3", "SF", 0),  # the legacy WMS runs until the new one goes live
    ("6.3.2", "6.3.4", "FS", 0),
    ("6.3.4", "6.4", "FS", 0),
    ("6.3.4", "7.1", "FS", 0),
    ("7.1", "7.2", "FF", 0),
    ("7.1", "7.3", "FS", 0),
    ("7.3", "7.4", "FS", 0),
    ("7.4", "7.5", "FS", 2),
    ("7.5", "7.6", "FS", 0),
)

PROGRESS: dict[str, Progress] = {
    "1.1": done(D(2026, 9, 7), D(2026, 9, 7)),
    "1.2": done(D(2026, 9, 7), D(2026, 9, 10), 6_200),
    "1.3": done(D(2026, 9, 11), D(2026, 9, 11)),
    "1.4": done(D(2026, 9, 11), D(2026, 9, 11)),
    "2.1": done(D(2026, 9, 14), D(2026, 9, 18), 9_400),
    "2.2": done(D(2026, 9, 16), D(2026, 9, 22), 5_800),
    "2.3": done(D(2026, 9, 21), D(2026, 9, 22), 2_100),
    "2.4": done(D(2026, 9, 23), D(2026, 9, 28), 4_500),
    "2.5": done(D(2026, 9, 29), D(2026, 9, 29)),
    "3.1": done(D(2026, 9, 21), D(2026, 10, 8), 24_300),
    "3.2": done(D(2026, 9, 28), D(2026, 10, 8), 13_100),
    "3.3": started(D(2026, 10, 14), 70, 23_800),
    "3.4": started(D(2026, 10, 12), 55, 19_900),
    "4.1": done(D(2026, 10, 12), D(2026, 10, 27), 32_900),
    "4.2.1": started(D(2026, 10, 28), 80, 17_600),
    "4.2.2": started(D(2026, 11, 9), 40, 4_700),
    "4.4.1": started(D(2026, 11, 16), 20, 3_900),
}

CONSTRAINTS: dict[str, tuple[ConstraintType, dt.date]] = {
    "6.2.2": (ConstraintType.SNET, D(2027, 3, 22)),  # training rooms booked from this week
    # The go/no-go steering committee is booked with the sponsor, and the contract fixes
    # go-live on the Monday after: the cut-over runs in the two days between.
    "6.3.1": (ConstraintType.SNET, D(2027, 4, 7)),
    "6.3.4": (ConstraintType.MSO, D(2027, 4, 12)),
}

NOTES: dict[str, str] = {
    "1.4": "Invoice EUR 56,000 (10 % of the contract value) on the signed charter.",
    "3.3": "Late start: key users were tied up in peak-season preparation until mid-October.",
    "3.4": "Waiting on the Nordhaven SAP team for IDoc specifications; escalated to the PMO.",
    "3.7": "Signed by the Head of Warehouse Operations and the Nordhaven IT architect.",
    "3.8": "Invoice EUR 112,000 (20 % of the contract value) on the signed design.",
    "4.7": "Invoice EUR 112,000 (20 % of the contract value) on build completion.",
    "6.2.2": "Training rooms at the Hamburg DC are booked from 22 March 2027.",
    "6.3.1": "Steering committee booked for 7 April 2027 (after the Easter volume dip).",
    "6.3.3": "The legacy WMS stays read-only for 12 months for audit queries.",
    "6.4": "Invoice EUR 168,000 (30 % of the contract value) on go-live.",
    "7.6": "Invoice EUR 112,000 (20 % of the contract value) on the acceptance certificate.",
}

WAREHOUSE_PLAN = DemoPlan(TASKS, LINKS, PROGRESS, CONSTRAINTS, NOTES, signed_off=D(2026, 9, 29))
