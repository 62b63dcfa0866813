"""The pack's derived RAGs: schedule and budget on the KPI thresholds, scope and risk its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.services.steering_pack.rag import Facts, ratings


def facts(**changes: object) -> Facts:
    """A healthy project, with `changes` applied."""
    values: dict[str, object] = {
        "finish_variance": 0,
        "eac": Decimal(100),
        "current_budget": Decimal(100),
        "original_budget": Decimal(100),
        "approved_cost": Decimal(0),
        "pending_count": 0,
        "red_risks": 0,
        "amber_risks": 0,
        "status_date": dt.date(2026, 11, 20),
    }
    values.update(changes)
    return Facts(**values)  # type: ignore[arg-type]


def derived(area: str, given: Facts) -> str:
    """The RAG derived for `area` when the PM set none."""
    return next(r for r in ratings(given, {}) if r.area == area).rag


@pytest.mark.parametrize(
    ("days", "expected"), [(-3, "green"), (0, "green"), (1, "amber"), (9, "amber"), (10, "red")]
)
def test_schedule_from_working_days_late(days: int, expected: str) -> None:
    """On time is green, a day late amber, two working weeks late red."""
    assert derived("Schedule", facts(finish_variance=days)) == expected


@pytest.mark.parametrize(
    ("eac", "expected"),
    [
        ("95", "green"),
        ("100", "green"),
        ("100.5", "amber"),
        ("105", "amber"),
        ("105.5", "red"),
    ],
)
def test_budget_from_the_estimate_at_completion(eac: str, expected: str) -> None:
    """Within budget is green, over it amber, more than 5 % over red."""
    assert derived("Budget", facts(eac=Decimal(eac))) == expected


def test_what_the_pm_set_wins_and_unknowns_say_why() -> None:
    """A RAG the PM set is kept as set; without a baseline the schedule is not guessed."""
    [schedule] = [r for r in ratings(facts(finish_variance=None), {}) if r.area == "Schedule"]
    assert (schedule.rag, schedule.derived) == ("", True)
    assert "no baseline" in schedule.reason
    own = next(
        r for r in ratings(facts(finish_variance=30), {"Schedule": "green"}) if r.area == "Schedule"
    )
    assert (own.rag, own.derived) == ("green", False)


def test_a_missing_budget_says_so_and_a_set_status_date_is_not_asked_for() -> None:
    """No budget is 'no budget set'; with a status date the reason is the tasks' budgets."""
    [no_budget] = [r for r in ratings(facts(current_budget=None), {}) if r.area == "Budget"]
    assert (no_budget.rag, no_budget.reason) == ("", "no budget set")
    [no_ev] = [r for r in ratings(facts(eac=None), {}) if r.area == "Budget"]
    assert no_ev.reason == "no earned value yet: no task has a budget"
    [no_date] = [r for r in ratings(facts(eac=None, status_date=None), {}) if r.area == "Budget"]
    assert no_date.reason == "no earned value yet: no status date set"
