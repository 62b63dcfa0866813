"""What an imported or exported plan holds, as plain data (no database, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

MONDAY_TO_FRIDAY = frozenset(range(5))


@dataclass(slots=True)
class PlanTask:
    """One task of a plan file, in outline order; `key` is unique within the file."""

    key: str
    name: str
    parent_key: str | None = None
    duration: int = 1  # whole working days; 0 for a milestone
    is_milestone: bool = False
    constraint_type: str = "ASAP"  # ASAP ALAP SNET SNLT FNET FNLT MSO MFO
    constraint_date: dt.date | None = None
    percent_complete: int = 0
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    owner: str = ""
    notes: str = ""
    budget_cost: Decimal = Decimal(0)
    actual_cost: Decimal = Decimal(0)
    # The dates the file itself shows (the other tool's schedule), for reports and comparison.
    start: dt.date | None = None
    finish: dt.date | None = None
    # Baseline 0 as the file holds it, if it does.
    baseline_start: dt.date | None = None
    baseline_finish: dt.date | None = None
    baseline_duration: int | None = None
    baseline_cost: Decimal | None = None
    baseline_work_hours: float | None = None
    # How assignments change it (MS Project's task type and effort-driven flag), its cost
    # besides its resources', and what levelling may do to it.
    task_type: str = "fixed_units"  # fixed_units fixed_duration fixed_work
    effort_driven: bool = False
    fixed_cost: Decimal = Decimal(0)
    priority: int = 500  # 0..1000
    leveling_delay: int = 0  # whole working days
    # The work and cost the other tool shows for it (or, exported, ours), for comparison.
    work_hours: float | None = None
    cost: Decimal | None = None


@dataclass(frozen=True, slots=True)
class PlanLink:
    """A dependency between two tasks of the file, lag in whole working days."""

    predecessor_key: str
    successor_key: str
    type: str = "FS"  # FS SS FF SF
    lag: int = 0


@dataclass(slots=True)
class PlanCalendar:
    """The project calendar: working weekdays (0 = Monday) and non-working dates."""

    name: str = "Standard"
    working_weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    holidays: list[tuple[dt.date, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PlanRate:
    """A resource's rate from a day on (None: from the project start): an hour of work (a unit
    of material) costs `cost_rate` and is billed at `bill_rate`; each use costs `cost_per_use`."""

    effective_from: dt.date | None = None
    cost_rate: Decimal = Decimal(0)
    bill_rate: Decimal = Decimal(0)
    cost_per_use: Decimal = Decimal(0)


@dataclass(slots=True)
class PlanResource:
    """A person, material or cost of the file; `key` is unique within the file."""

    key: str
    name: str
    kind: str = "work"  # work material cost
    role: str = ""
    max_units: float = 1.0  # 1.0 = one full-time person
    material_unit: str = ""
    email: str = ""
    notes: str = ""
    rates: list[PlanRate] = field(default_factory=list)  # oldest first
    # Its own calendar where it differs from the project's: working weekdays (None: the
    # project's) and its days off (leave), named.
    working_weekdays: frozenset[int] | None = None
    days_off: list[tuple[dt.date, str]] = field(default_factory=list)


@dataclass(slots=True)
class PlanAssignment:
    """A resource on a task: units (a material's quantity), planned work in hours, a cost
    resource's amount, and the hours worked, week by week (the week's Monday)."""

    task_key: str
    resource_key: str
    units: float = 1.0
    work_hours: float = 0.0
    cost_amount: Decimal | None = None
    actual_hours: dict[dt.date, float] = field(default_factory=dict)
    # The cost the file shows for it (the other tool's figure), for comparison.
    cost: Decimal | None = None


@dataclass(slots=True)
class ImportNotes:
    """What an import took, approximated or left out, line by line, for the user to read."""

    counts: dict[str, int] = field(default_factory=dict)
    approximated: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def approximate(self, line: str) -> None:
        """Record a value changed to fit (e.g. a half day rounded to a whole one)."""
        self.approximated.append(line)

    def drop(self, line: str) -> None:
        """Record something the file has that the workspace does not keep."""
        self.dropped.append(line)


@dataclass(slots=True)
class Plan:
    """A whole plan as read from (or written to) another tool's file."""

    name: str
    start_date: dt.date
    status_date: dt.date | None = None
    calendar: PlanCalendar = field(default_factory=PlanCalendar)
    tasks: list[PlanTask] = field(default_factory=list)
    links: list[PlanLink] = field(default_factory=list)
    currency: str = "EUR"
    manager: str = ""
    client: str = ""  # the company the file names, if any
    source_format: str = ""  # "MS Project XML", "GanttProject", "GNOME Planner"
    notes: ImportNotes = field(default_factory=ImportNotes)
    resources: list[PlanResource] = field(default_factory=list)
    assignments: list[PlanAssignment] = field(default_factory=list)
