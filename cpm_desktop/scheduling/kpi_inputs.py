"""The plain figures a project's KPIs are computed from, filled in by a service from the database.

Money is `Decimal` (exact, as stored); dates are `datetime.date`. Each type checks its own
values so a bad row fails here instead of showing up as a plausible wrong KPI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.scheduling.earned_value import EarnedValue

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class MilestoneOutcome:
    """A milestone as on-time delivery sees it: its baseline finish and its actual or forecast one.

    `finish` is the actual finish when `done`, else the forecast; `baseline_finish` is None when
    the milestone has no baseline (it then never counts).
    """

    baseline_finish: dt.date | None
    finish: dt.date
    done: bool


@dataclass(frozen=True, slots=True)
class CsatScore:
    """One client-satisfaction answer: the day it was given and its score, 1 (worst) to 5."""

    day: dt.date
    score: int

    def __post_init__(self) -> None:
        if not 1 <= self.score <= 5:
            raise ValueError(f"a CSAT score is 1..5, not {self.score}")


@dataclass(frozen=True, slots=True)
class ProjectFigures:
    """Everything one project's KPIs need, as of a status date.

    `approved_billable_changes` is the sum of the approved change orders billed to the client
    (negative for a credit); `estimate_to_complete` is the cost still to come. `earned_value`
    comes from `project_earned_value` (None when the project has no budgeted tasks).
    """

    project_id: int
    client_id: int
    contract_value: Decimal | None  # None: no contract value set, so no revenue or margin
    approved_billable_changes: Decimal
    current_budget: Decimal | None  # None: no budget set, so no budget variance
    actual_cost: Decimal
    estimate_to_complete: Decimal | None  # None: nothing to estimate it from (no budget)
    milestones: tuple[MilestoneOutcome, ...] = ()
    csat_scores: tuple[CsatScore, ...] = ()
    baseline_finish: dt.date | None = None
    forecast_finish: dt.date | None = None
    earned_value: EarnedValue | None = None
    open_red_risks: int = 0
    open_red_issues: int = 0
    pending_change_requests: int = 0
    has_cost_data: bool = True  # False: nothing prices the project; cost KPIs say so

    def __post_init__(self) -> None:
        amounts = {
            "contract value": self.contract_value,
            "current budget": self.current_budget,
            "actual cost": self.actual_cost,
            "estimate to complete": self.estimate_to_complete,
        }
        for name, amount in amounts.items():
            if amount is not None and amount < _ZERO:
                raise ValueError(f"project {self.project_id}: {name} must not be negative")
        counts = (self.open_red_risks, self.open_red_issues, self.pending_change_requests)
        if min(counts) < 0:
            raise ValueError(f"project {self.project_id}: counts must not be negative")
