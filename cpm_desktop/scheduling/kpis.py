"""KPIs of a project, a client and the workspace: delivery, schedule, budget, CSAT and margin.

Money stays exact (`Decimal`); ratios are floats computed once, from exact sums. A KPI that has
nothing to measure (no milestone due, no budget or contract value set, no score) is None, never
0. Roll-ups pool: margin % from the summed margin and revenue, the on-time rate from the pooled
milestone counts, CSAT from the pooled scores; never an average of the projects' percentages.
A project without a budget is left out of the budget sums, one without a contract value or a
forecast cost out of the margin sums, and the roll-up counts what it left out. Money is pooled
in one currency only: the caller converts projects first (`converted`), or rolls up each
currency apart and keeps the mixed roll-up's money out (`without_money`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Literal

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.kpi_inputs import CsatScore, MilestoneOutcome, ProjectFigures

# The engine imports nothing of the app: a trend is spelled as text, the values of domain.Trend.
Trend = Literal["up", "down", "steady", "new"]

CSAT_TREND_SCORES = 3  # the last 3 scores against the 3 before them
CSAT_TREND_TOLERANCE = 0.25  # averages closer than a quarter point are "steady"
# A CSAT trend as the app and the pack write it: the arrow, then the word (up is better).
CSAT_TREND_TEXT: dict[str, str] = {
    "up": "▲ improving",
    "down": "▼ falling",
    "steady": "▶ steady",
    "new": "too few to trend",
}

_ZERO = Decimal(0)
_CENT = Decimal("0.01")
# What every output says in place of a cost KPI of a project nothing prices.
NO_COST_DATA = "no cost data"


@dataclass(frozen=True, slots=True)
class ProjectKpis:
    """One project's KPIs, with the counts and sums its roll-ups pool."""

    project_id: int
    client_id: int
    milestones_met: int
    milestones_counted: int  # with a baseline, and due or done
    on_time_rate: float | None
    finish_variance_days: int | None  # working days, forecast finish vs baseline; > 0 is late
    ev_schedule_variance: Decimal | None  # EV - PV, money (the earned-value SV)
    cpi: float | None
    spi: float | None
    current_budget: Decimal | None  # None: no budget set
    budget_variance: Decimal | None  # current budget - forecast at completion; < 0 is over
    budget_variance_pct: float | None
    csat_scores: tuple[CsatScore, ...]  # those in the window, oldest first
    csat_average: float | None
    csat_trend: Trend
    revenue: Decimal | None  # None: no contract value set
    cost: Decimal | None  # actual + estimate to complete: the forecast at completion
    margin: Decimal | None
    margin_pct: float | None
    open_red_risks: int
    open_red_issues: int
    pending_change_requests: int
    has_cost_data: bool = True  # False: no cost anywhere, so "no cost data" for the money KPIs

    @property
    def red_items(self) -> int:
        """Open red risks and red issues together: the count every output rates."""
        return self.open_red_risks + self.open_red_issues


@dataclass(frozen=True, slots=True)
class PortfolioKpis:
    """The KPIs of a set of projects (a client's or the workspace's), pooled from theirs."""

    project_count: int
    client_count: int
    repeat_clients: int  # clients with more than one of these projects
    repeat_share: float | None
    milestones_met: int
    milestones_counted: int
    on_time_rate: float | None
    # Money is None (and so are its ratios) when the projects' currencies differ and were not
    # converted: see `without_money`.
    current_budget: Decimal | None  # over the projects with a budget
    budget_variance: Decimal | None
    budget_variance_pct: float | None
    csat_scores: tuple[CsatScore, ...]
    csat_average: float | None
    csat_trend: Trend
    revenue: Decimal | None  # over the projects with a contract value and a forecast cost
    cost: Decimal | None
    margin: Decimal | None
    margin_pct: float | None
    open_red_risks: int
    open_red_issues: int
    pending_change_requests: int
    without_budget: int = 0  # projects left out of the budget sums
    without_margin: int = 0  # projects left out of revenue, cost and margin

    @property
    def red_items(self) -> int:
        """Open red risks and red issues together, over the projects."""
        return self.open_red_risks + self.open_red_issues


# -- single formulas --------------------------------------------------------------------


def ratio(part: Decimal | int, whole: Decimal | int) -> float | None:
    """`part / whole` as a float, computed exactly first; None when `whole` is 0."""
    return float(Decimal(part) / Decimal(whole)) if whole else None


def milestone_counts(milestones: Iterable[MilestoneOutcome], as_of: dt.date) -> tuple[int, int]:
    """(met, counted): milestones with a baseline that are done or due by `as_of`, and the met.

    A milestone not done by `as_of` cannot finish before it, so a stale forecast earlier than
    `as_of` does not make an overdue milestone look met.
    """
    met = counted = 0
    for milestone in milestones:
        baseline = milestone.baseline_finish
        if baseline is None or not (milestone.done or baseline <= as_of):
            continue
        finish = milestone.finish if milestone.done else max(milestone.finish, as_of)
        counted += 1
        met += finish <= baseline
    return met, counted


def on_time_rate(milestones: Iterable[MilestoneOutcome], as_of: dt.date) -> float | None:
    """Share of the counted milestones met (see `milestone_counts`); None when none count."""
    met, counted = milestone_counts(milestones, as_of)
    return ratio(met, counted)


def finish_variance_days(
    baseline: dt.date | None, forecast: dt.date | None, calendar: WorkCalendar
) -> int | None:
    """Working days from the baseline finish to the forecast finish (> 0 late); None if unknown."""
    if baseline is None or forecast is None:
        return None
    return calendar.working_days_between(baseline, forecast)


def budget_variance(
    current_budget: Decimal | None, at_completion: Decimal | None
) -> Decimal | None:
    """Current budget minus the forecast at completion: negative when over; None if unknown."""
    if current_budget is None or at_completion is None:
        return None
    return current_budget - at_completion


def revenue(contract_value: Decimal | None, approved_billable_changes: Decimal) -> Decimal | None:
    """Contract value plus the approved billable change orders; None without a contract value."""
    return None if contract_value is None else contract_value + approved_billable_changes


def cost_at_completion(
    actual_cost: Decimal, estimate_to_complete: Decimal | None
) -> Decimal | None:
    """Actual cost plus the estimate to complete; None when there is no estimate."""
    return None if estimate_to_complete is None else actual_cost + estimate_to_complete


def margin(income: Decimal | None, cost: Decimal | None) -> Decimal | None:
    """Revenue less the forecast cost; None when either is unknown."""
    return None if income is None or cost is None else income - cost


def csat_average(scores: Iterable[CsatScore]) -> float | None:
    """Mean of the scores; None without any."""
    values = [score.score for score in scores]
    return ratio(sum(values), len(values))


def csat_trend(
    scores: Iterable[CsatScore],
    count: int = CSAT_TREND_SCORES,
    tolerance: float = CSAT_TREND_TOLERANCE,
) -> Trend:
    """The last `count` scores' mean against the `count` before: up, down, steady, or new.

    "new" when there are fewer than 2 × `count` scores.
    """
    ordered = _chronological(scores)
    if count < 1 or len(ordered) < 2 * count:
        return "new"
    latest = sum(score.score for score in ordered[-count:])
    before = sum(score.score for score in ordered[-2 * count : -count])
    change = (latest - before) / count  # integer sums: exact until this one division
    if abs(change) <= tolerance:
        return "steady"
    return "up" if change > 0 else "down"


def repeat_business(projects_per_client: Iterable[int]) -> tuple[int, float | None]:
    """(clients with more than one project, their share of all clients); share None without any.

    Pass every client's project count, zero included: a client without a project still counts.
    """
    counts = list(projects_per_client)
    repeat = sum(count > 1 for count in counts)
    return repeat, ratio(repeat, len(counts))


# -- a project and its roll-ups ---------------------------------------------------------


def project_kpis(
    figures: ProjectFigures,
    calendar: WorkCalendar,
    as_of: dt.date,
    csat_since: dt.date | None = None,
) -> ProjectKpis:
    """The KPIs of one project at `as_of`; CSAT over the scores from `csat_since` to `as_of`."""
    met, counted = milestone_counts(figures.milestones, as_of)
    ev = figures.earned_value
    scores = _chronological(
        s
        for s in figures.csat_scores
        if s.day <= as_of and (csat_since is None or s.day >= csat_since)
    )
    income = revenue(figures.contract_value, figures.approved_billable_changes)
    cost = cost_at_completion(figures.actual_cost, figures.estimate_to_complete)
    variance = budget_variance(figures.current_budget, cost)
    profit = margin(income, cost)
    return ProjectKpis(
        project_id=figures.project_id,
        client_id=figures.client_id,
        milestones_met=met,
        milestones_counted=counted,
        on_time_rate=ratio(met, counted),
        finish_variance_days=finish_variance_days(
            figures.baseline_finish, figures.forecast_finish, calendar
        ),
        ev_schedule_variance=None if ev is None else ev.sv,
        # CPI and SPI as earned_value rounds them: one definition, shown the same everywhere.
        cpi=None if ev is None or ev.cpi is None else float(ev.cpi),
        spi=None if ev is None or ev.spi is None else float(ev.spi),
        current_budget=figures.current_budget,
        budget_variance=variance,
        budget_variance_pct=_share(variance, figures.current_budget),
        csat_scores=scores,
        csat_average=csat_average(scores),
        csat_trend=csat_trend(scores),
        revenue=income,
        cost=cost,
        margin=profit,
        margin_pct=_share(profit, income),
        open_red_risks=figures.open_red_risks,
        open_red_issues=figures.open_red_issues,
        pending_change_requests=figures.pending_change_requests,
        has_cost_data=figures.has_cost_data,
    )


def _share(part: Decimal | None, whole: Decimal | None) -> float | None:
    return None if part is None or whole is None else ratio(part, whole)


def roll_up(projects: Iterable[ProjectKpis]) -> PortfolioKpis:
    """Pool projects' KPIs: sums of money and counts, rates and CSAT from the pooled parts.

    CPI and SPI are not pooled here: recompute them with `project_earned_value` over the tasks.
    """
    projects = list(projects)
    per_client = Counter(project.client_id for project in projects)
    repeat, repeat_share = repeat_business(per_client.values())
    met = sum(project.milestones_met for project in projects)
    counted = sum(project.milestones_counted for project in projects)
    # A project is pooled into a money figure only when it has every part of it.
    budgeted = [
        (p.current_budget, p.budget_variance)
        for p in projects
        if p.current_budget is not None and p.budget_variance is not None
    ]
    earning = [
        (p.revenue, p.cost) for p in projects if p.revenue is not None and p.cost is not None
    ]
    budget = sum((b for b, _ in budgeted), _ZERO)
    variance = sum((v for _, v in budgeted), _ZERO)
    scores = _chronological(score for project in projects for score in project.csat_scores)
    income = sum((r for r, _ in earning), _ZERO)
    cost = sum((c for _, c in earning), _ZERO)
    return PortfolioKpis(
        project_count=len(projects),
        client_count=len(per_client),
        repeat_clients=repeat,
        repeat_share=repeat_share,
        milestones_met=met,
        milestones_counted=counted,
        on_time_rate=ratio(met, counted),
        current_budget=budget,
        budget_variance=variance,
        budget_variance_pct=ratio(variance, budget) if budgeted else None,
        csat_scores=scores,
        csat_average=csat_average(scores),
        csat_trend=csat_trend(scores),
        revenue=income,
        cost=cost,
        margin=income - cost,
        margin_pct=ratio(income - cost, income),
        open_red_risks=sum(project.open_red_risks for project in projects),
        open_red_issues=sum(project.open_red_issues for project in projects),
        pending_change_requests=sum(project.pending_change_requests for project in projects),
        without_budget=len(projects) - len(budgeted),
        without_margin=len(projects) - len(earning),
    )


def converted(kpis: ProjectKpis, rate: Decimal) -> ProjectKpis:
    """The project's KPIs with its money multiplied by `rate` (to cents); ratios stay as they are.

    The budget variance and margin are recomputed from the converted parts, so they still add up.
    """
    budget = _times(kpis.current_budget, rate)
    income = _times(kpis.revenue, rate)
    cost = _times(kpis.cost, rate)
    return dataclasses.replace(
        kpis,
        ev_schedule_variance=_times(kpis.ev_schedule_variance, rate),
        current_budget=budget,
        budget_variance=budget_variance(budget, cost),
        revenue=income,
        cost=cost,
        margin=margin(income, cost),
    )


def _times(amount: Decimal | None, rate: Decimal) -> Decimal | None:
    return None if amount is None else (amount * rate).quantize(_CENT, ROUND_HALF_EVEN)


def without_money(kpis: PortfolioKpis) -> PortfolioKpis:
    """The roll-up with its money and money ratios left out: its projects' currencies differ."""
    return dataclasses.replace(
        kpis,
        current_budget=None,
        budget_variance=None,
        budget_variance_pct=None,
        revenue=None,
        cost=None,
        margin=None,
        margin_pct=None,
    )


def roll_up_by_client(projects: Iterable[ProjectKpis]) -> dict[int, PortfolioKpis]:
    """One roll-up per client id, over that client's projects."""
    grouped: defaultdict[int, list[ProjectKpis]] = defaultdict(list)
    for project in projects:
        grouped[project.client_id].append(project)
    return {client: roll_up(group) for client, group in grouped.items()}


def _chronological(scores: Iterable[CsatScore]) -> tuple[CsatScore, ...]:
    """Scores oldest first; same-day scores by value, so the order given never matters."""
    return tuple(sorted(scores, key=lambda score: (score.day, score.score)))
