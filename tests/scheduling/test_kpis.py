"""KPIs: each formula on hand-made data, the pooled roll-ups, RAG boundaries and invariants."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.scheduling.earned_value import EvTask, project_earned_value
from cpm_desktop.scheduling.kpi_inputs import CsatScore, MilestoneOutcome, ProjectFigures
from cpm_desktop.scheduling.kpi_rag import (
    BUDGET_VARIANCE,
    CPI,
    CSAT,
    FINISH_VARIANCE,
    ON_TIME,
    SPI,
    Band,
    kpi_rags,
    margin_band,
    rag,
)
from cpm_desktop.scheduling.kpis import (
    ProjectKpis,
    budget_variance,
    cost_at_completion,
    csat_average,
    csat_trend,
    finish_variance_days,
    milestone_counts,
    on_time_rate,
    project_kpis,
    ratio,
    repeat_business,
    revenue,
    roll_up,
    roll_up_by_client,
)

D = dt.date
M = Decimal
# September 2026: Mon 7 .. Sun 13, Mon 14 .. Sun 20; Wednesday the 16th is a holiday.
CAL = WorkCalendar(holidays=[D(2026, 9, 16)])
AS_OF = D(2026, 9, 15)
SEPT_1 = D(2026, 9, 1)


def figures(
    project_id: int = 1,
    client_id: int = 1,
    contract: str = "100000",
    changes: str = "0",
    budget: str = "80000",
    actual: str = "0",
    to_complete: str = "0",
    **more: object,
) -> ProjectFigures:
    """A project's figures with money as strings; anything else by keyword."""
    return ProjectFigures(
        project_id,
        client_id,
        M(contract),
        M(changes),
        M(budget),
        M(actual),
        M(to_complete),
        **more,  # type: ignore[arg-type]
    )


def scores(*values: int, first: dt.date = SEPT_1) -> tuple[CsatScore, ...]:
    """Scores given on consecutive days from `first`."""
    return tuple(CsatScore(first + dt.timedelta(days=i), v) for i, v in enumerate(values))


def kpis(**more: object) -> ProjectKpis:
    """The KPIs of `figures(**more)` at AS_OF."""
    return project_kpis(figures(**more), CAL, AS_OF)  # type: ignore[arg-type]


# -- single formulas --------------------------------------------------------------------


def test_ratio_is_none_for_a_zero_whole() -> None:
    """A share of nothing is unknown, not 0 %."""
    assert ratio(0, 0) is None
    assert ratio(M("5"), M("0")) is None
    assert ratio(1, 3) == pytest.approx(1 / 3)
    assert ratio(M("-1"), M("4")) == -0.25


@pytest.mark.parametrize(
    ("milestone", "expected"),
    [
        (MilestoneOutcome(None, D(2026, 9, 1), done=True), (0, 0)),  # no baseline: not counted
        (MilestoneOutcome(D(2026, 9, 30), D(2026, 9, 30), done=False), (0, 0)),  # not due yet
        (MilestoneOutcome(D(2026, 9, 30), D(2026, 9, 10), done=True), (1, 1)),  # done early
        (MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 10), done=True), (1, 1)),  # on the day
        (MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 11), done=True), (0, 1)),  # a day late
        (MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 21), done=False), (0, 1)),  # overdue
        # Overdue with a stale forecast in the past: still missed, it is not done.
        (MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 9), done=False), (0, 1)),
        (MilestoneOutcome(AS_OF, AS_OF, done=False), (1, 1)),  # due today, forecast today
    ],
)
def test_milestone_counts(milestone: MilestoneOutcome, expected: tuple[int, int]) -> None:
    """Only baselined milestones that are done or due count; met means finish ≤ baseline."""
    assert milestone_counts([milestone], AS_OF) == expected


def test_on_time_rate_of_hand_made_milestones() -> None:
    """Two met out of three counted (the fourth is not due); nothing counting gives None."""
    milestones = [
        MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 9), done=True),
        MilestoneOutcome(D(2026, 9, 11), D(2026, 9, 11), done=True),
        MilestoneOutcome(D(2026, 9, 14), D(2026, 9, 18), done=False),
        MilestoneOutcome(D(2026, 10, 1), D(2026, 10, 9), done=False),
    ]
    assert on_time_rate(milestones, AS_OF) == pytest.approx(2 / 3)
    assert on_time_rate([], AS_OF) is None
    assert on_time_rate(milestones[3:], AS_OF) is None


@pytest.mark.parametrize(
    ("baseline", "forecast", "expected"),
    [
        (D(2026, 9, 11), D(2026, 9, 11), 0),
        (D(2026, 9, 11), D(2026, 9, 14), 1),  # Friday to Monday: one working day late
        (D(2026, 9, 15), D(2026, 9, 17), 1),  # over the holiday
        (D(2026, 9, 17), D(2026, 9, 11), -3),  # early: Fri, Mon, Tue
        (None, D(2026, 9, 11), None),
        (D(2026, 9, 11), None, None),
    ],
)
def test_finish_variance_counts_working_days(
    baseline: dt.date | None, forecast: dt.date | None, expected: int | None
) -> None:
    """The finish variance skips weekends and holidays; positive is late; unknown is None."""
    assert finish_variance_days(baseline, forecast, CAL) == expected


def test_money_formulas() -> None:
    """Revenue adds billable changes (a credit too), cost adds the estimate to complete."""
    assert revenue(M("100000"), M("12500.50")) == M("112500.50")
    assert revenue(M("100000"), M("-2000")) == M("98000")
    assert cost_at_completion(M("30000"), M("45000.25")) == M("75000.25")
    assert budget_variance(M("80000"), M("75000.25")) == M("4999.75")
    assert budget_variance(M("80000"), M("88000")) == M("-8000")


def test_project_money_kpis() -> None:
    """Margin and margin % from revenue and cost; budget variance and its share of the budget."""
    k = kpis(
        contract="100000", changes="20000", budget="80000", actual="50000", to_complete="40000"
    )
    assert (k.revenue, k.cost, k.margin) == (M("120000"), M("90000"), M("30000"))
    assert k.margin_pct == 0.25
    assert k.budget_variance == M("-10000")
    assert k.budget_variance_pct == -0.125


def test_zero_revenue_and_zero_budget_give_no_percentages() -> None:
    """No revenue: margin % is None (not -inf or 0); no budget: budget variance % is None."""
    k = kpis(contract="0", budget="0", actual="10")
    assert k.margin == M("-10")
    assert k.margin_pct is None
    assert k.budget_variance == M("-10")
    assert k.budget_variance_pct is None


def test_csat_average() -> None:
    """The mean of the scores; None without any."""
    assert csat_average(scores(5, 4, 4)) == pytest.approx(13 / 3)
    assert csat_average(()) is None


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((), "new"),
        ((5, 5, 5, 1, 1), "new"),  # five scores: one short of two threes
        ((3, 3, 3, 4, 4, 4), "up"),
        ((5, 4, 5, 3, 4, 3), "down"),
        ((4, 4, 4, 4, 4, 4), "steady"),
        ((1, 4, 4, 4, 4, 4, 4), "steady"),  # only the last six count: the 1 is too old
        ((5, 5, 5, 3, 3, 3, 4, 4, 4), "up"),
    ],
)
def test_csat_trend(values: tuple[int, ...], expected: str) -> None:
    """The last three scores' mean against the three before, with a quarter-point tolerance."""
    assert csat_trend(scores(*values)) == expected


def test_csat_trend_tolerance_boundary() -> None:
    """A change of exactly the tolerance is steady; just over it is a trend."""
    assert csat_trend(scores(3, 4, 4, 4), count=2, tolerance=0.5) == "steady"  # 3.5 → 4.0
    assert csat_trend(scores(3, 4, 4, 4), count=2, tolerance=0.49) == "up"
    assert csat_trend(scores(4, 4, 3, 4), count=2, tolerance=0.5) == "steady"
    assert csat_trend(scores(4, 4, 3, 4), count=2, tolerance=0.49) == "down"


def test_csat_trend_goes_by_date_not_by_the_order_given() -> None:
    """Scores are put in date order first, so a shuffled list gives the same trend."""
    rising = scores(2, 2, 2, 5, 5, 5)
    assert csat_trend(rising) == "up"
    assert csat_trend(tuple(reversed(rising))) == "up"


def test_project_csat_is_windowed() -> None:
    """Only scores from `csat_since` to the as-of date count in the average."""
    given_scores = (*scores(1, 1, first=D(2026, 8, 1)), *scores(4, 5), CsatScore(D(2026, 9, 20), 1))
    project = figures(csat_scores=given_scores)
    k = project_kpis(project, CAL, AS_OF, csat_since=D(2026, 9, 1))
    assert k.csat_average == 4.5
    assert [s.score for s in k.csat_scores] == [4, 5]
    assert project_kpis(project, CAL, AS_OF).csat_average == pytest.approx(11 / 4)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((), (0, None)),
        ((1,), (0, 0.0)),
        ((1, 2, 0, 3), (2, 0.5)),  # a client without a project still counts as a client
    ],
)
def test_repeat_business(counts: tuple[int, ...], expected: tuple[int, float | None]) -> None:
    """Clients with more than one project, and their share; no clients, no share."""
    assert repeat_business(counts) == expected


def test_project_reuses_earned_value() -> None:
    """CPI, SPI and the EV schedule variance are earned_value's own, not a second formula."""
    task = EvTask(1, M("10000"), D(2026, 9, 10), D(2026, 9, 24), 30, M("4000"))
    ev = project_earned_value([task], CAL, AS_OF)  # PV 4000, EV 3000, AC 4000
    k = kpis(earned_value=ev)
    assert (k.cpi, k.spi, k.ev_schedule_variance) == (0.75, 0.75, M("-1000.00"))
    assert (kpis().cpi, kpis().spi, kpis().ev_schedule_variance) == (None, None, None)


def test_figures_reject_bad_values() -> None:
    """Out-of-range scores and negative costs fail where they are made."""
    with pytest.raises(ValueError, match="1..5"):
        CsatScore(AS_OF, 0)
    with pytest.raises(ValueError, match="1..5"):
        CsatScore(AS_OF, 6)
    with pytest.raises(ValueError, match="actual cost"):
        figures(actual="-1")
    with pytest.raises(ValueError, match="counts"):
        figures(open_red_risks=-1)


# -- roll-ups ---------------------------------------------------------------------------

DONE_ON_TIME = MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 10), done=True)
DONE_LATE = MilestoneOutcome(D(2026, 9, 10), D(2026, 9, 14), done=True)


def test_roll_up_pools_instead_of_averaging() -> None:
    """Margin %, on-time rate and CSAT come from pooled sums; averaging would be wrong."""
    small = kpis(
        project_id=1, contract="100", actual="50", milestones=(DONE_ON_TIME,), csat_scores=scores(5)
    )
    large = kpis(
        project_id=2,
        client_id=2,
        contract="1000",
        actual="900",
        milestones=(DONE_ON_TIME, DONE_LATE, DONE_LATE, DONE_LATE),
        csat_scores=scores(3, 3, 3),
    )
    total = roll_up([small, large])
    assert (total.revenue, total.cost, total.margin) == (M("1100"), M("950"), M("150"))
    assert total.margin_pct == pytest.approx(150 / 1100)  # the average of 50 % and 10 % is 30 %
    assert total.on_time_rate == pytest.approx(2 / 5)  # the average of 100 % and 25 % is 62.5 %
    assert total.csat_average == 3.5  # the average of 5 and 3 is 4
    assert total.margin_pct != pytest.approx((0.5 + 0.1) / 2)


def test_roll_up_counts_and_repeat_business() -> None:
    """Open red risks and pending change requests add up; client 1 is repeat business."""
    projects = [
        kpis(project_id=1, client_id=1, open_red_risks=2, pending_change_requests=1),
        kpis(project_id=2, client_id=1, open_red_risks=1),
        kpis(project_id=3, client_id=2, pending_change_requests=4),
    ]
    total = roll_up(projects)
    assert (total.open_red_risks, total.pending_change_requests) == (3, 5)
    assert (total.project_count, total.client_count) == (3, 2)
    assert (total.repeat_clients, total.repeat_share) == (1, 0.5)
    by_client = roll_up_by_client(projects)
    assert sorted(by_client) == [1, 2]
    assert by_client[1].project_count == 2
    assert by_client[1].open_red_risks == 3
    assert by_client[2].pending_change_requests == 4


def test_roll_up_of_nothing() -> None:
    """An empty workspace has zero sums and no rates at all."""
    total = roll_up([])
    assert (total.revenue, total.cost, total.margin, total.project_count) == (0, 0, 0, 0)
    assert total.margin_pct is None
    assert total.on_time_rate is None
    assert total.budget_variance_pct is None
    assert total.csat_average is None
    assert total.repeat_share is None
    assert total.csat_trend == "new"
    assert roll_up_by_client([]) == {}


# -- RAG --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "band", "expected"),
    [
        (0.90, ON_TIME, "green"),
        (0.8999, ON_TIME, "amber"),
        (0.75, ON_TIME, "amber"),
        (0.7499, ON_TIME, "red"),
        (0.95, CPI, "green"),
        (0.9499, CPI, "amber"),
        (0.85, SPI, "amber"),
        (0.8499, SPI, "red"),
        (4.0, CSAT, "green"),
        (3.99, CSAT, "amber"),
        (3.5, CSAT, "amber"),
        (3.49, CSAT, "red"),
        (0.0, BUDGET_VARIANCE, "green"),
        (-0.05, BUDGET_VARIANCE, "amber"),
        (-0.0501, BUDGET_VARIANCE, "red"),
        (-3, FINISH_VARIANCE, "green"),
        (0, FINISH_VARIANCE, "green"),
        (1, FINISH_VARIANCE, "amber"),
        (9, FINISH_VARIANCE, "amber"),
        (10, FINISH_VARIANCE, "red"),
        (0.20, margin_band(), "green"),
        (0.1999, margin_band(), "amber"),
        (0.10, margin_band(), "amber"),
        (0.0999, margin_band(), "red"),
        (0.3, margin_band(0.4), "amber"),  # 0.4 - 0.1 in floats is a hair above 0.3
        (None, ON_TIME, None),
    ],
)
def test_rag_boundaries(value: float | None, band: Band, expected: str | None) -> None:
    """Each threshold belongs to the better band; no value, no RAG."""
    assert rag(value, band) == expected


def test_kpi_rags_of_a_project_and_a_portfolio() -> None:
    """Computed ratios land exactly on the thresholds; a portfolio rates no CPI/SPI/finish."""
    milestones = (DONE_ON_TIME,) * 9 + (DONE_LATE,)  # exactly 90 %
    k = kpis(contract="1000", actual="800", budget="800", milestones=milestones)
    rags = kpi_rags(k)
    assert rags["on_time_rate"] == "green"
    assert rags["margin_pct"] == "green"  # exactly 20 %
    assert kpi_rags(k, margin_target=0.25)["margin_pct"] == "amber"
    assert rags["budget_variance_pct"] == "green"
    assert (rags["csat_average"], rags["cpi"], rags["spi"], rags["finish_variance_days"]) == (
        None,
        None,
        None,
        None,
    )
    portfolio = kpi_rags(roll_up([k]))
    assert set(portfolio) == {"on_time_rate", "budget_variance_pct", "csat_average", "margin_pct"}
    assert portfolio["on_time_rate"] == "green"


# -- invariants -------------------------------------------------------------------------

_days = st.dates(D(2026, 8, 1), D(2026, 10, 31))
_money = st.integers(0, 10**9).map(lambda cents: M(cents) / 100)
_milestones = st.builds(MilestoneOutcome, st.none() | _days, _days, st.booleans())
_scores = st.builds(CsatScore, _days, st.integers(1, 5))
_figures = st.builds(
    ProjectFigures,
    project_id=st.integers(1, 10**6),
    client_id=st.integers(1, 4),
    contract_value=_money,
    approved_billable_changes=st.integers(-(10**8), 10**8).map(lambda cents: M(cents) / 100),
    current_budget=_money,
    actual_cost=_money,
    estimate_to_complete=_money,
    milestones=st.lists(_milestones, max_size=6).map(tuple),
    csat_scores=st.lists(_scores, max_size=8).map(tuple),
    baseline_finish=st.none() | _days,
    forecast_finish=st.none() | _days,
    open_red_risks=st.integers(0, 5),
    pending_change_requests=st.integers(0, 5),
)
_projects = st.lists(_figures, max_size=6).map(
    lambda many: [project_kpis(f, CAL, AS_OF) for f in many]
)
# The fields a project and a roll-up share (a roll-up has no CPI, SPI or finish variance).
_SHARED = [
    "milestones_met",
    "milestones_counted",
    "on_time_rate",
    "current_budget",
    "budget_variance",
    "budget_variance_pct",
    "csat_scores",
    "csat_average",
    "csat_trend",
    "revenue",
    "cost",
    "margin",
    "margin_pct",
    "open_red_risks",
    "pending_change_requests",
]


@settings(deadline=None)
@given(_figures)
def test_rates_stay_in_range(project: ProjectFigures) -> None:
    """On-time rate in [0, 1], CSAT in [1, 5], margin % ≤ 1 when there is revenue."""
    k = project_kpis(project, CAL, AS_OF)
    assert k.on_time_rate is None or 0 <= k.on_time_rate <= 1
    assert k.milestones_met <= k.milestones_counted
    assert k.csat_average is None or 1 <= k.csat_average <= 5
    if k.revenue > 0:  # costs are never negative, so at most all of the revenue is margin
        assert k.margin_pct is not None
        assert k.margin_pct <= 1
    assert k.margin == k.revenue - k.cost


@settings(deadline=None)
@given(_figures)
def test_roll_up_of_one_project_is_that_project(project: ProjectFigures) -> None:
    """Pooling a single project changes none of its KPIs."""
    k = project_kpis(project, CAL, AS_OF)
    total = roll_up([k])
    assert {name: getattr(total, name) for name in _SHARED} == {
        name: getattr(k, name) for name in _SHARED
    }
    assert (total.project_count, total.client_count, total.repeat_clients) == (1, 1, 0)


@settings(deadline=None)
@given(_projects, st.randoms(use_true_random=False))
def test_roll_up_ignores_order(projects: list[ProjectKpis], rng: random.Random) -> None:
    """The same projects in any order give the same roll-up, to the last digit."""
    shuffled = list(projects)
    rng.shuffle(shuffled)
    assert roll_up(shuffled) == roll_up(projects)
    assert roll_up_by_client(shuffled) == roll_up_by_client(projects)


@settings(deadline=None)
@given(_projects)
def test_client_roll_ups_add_up_to_the_workspace(projects: list[ProjectKpis]) -> None:
    """The clients' sums and counts add up to the workspace's, and the rates stay in range."""
    total = roll_up(projects)
    clients = roll_up_by_client(projects).values()
    assert sum((c.margin for c in clients), M(0)) == total.margin
    assert sum(c.milestones_counted for c in clients) == total.milestones_counted
    assert sum(len(c.csat_scores) for c in clients) == len(total.csat_scores)
    assert total.on_time_rate is None or 0 <= total.on_time_rate <= 1
    assert total.repeat_share is None or 0 <= total.repeat_share <= 1
    if total.revenue > 0:
        assert total.margin_pct is not None
        assert total.margin_pct <= 1
