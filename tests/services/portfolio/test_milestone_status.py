"""One rule for how a milestone stands, shared by the Overview, the workbook and the pack."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain.milestones import LATE_AFTER_DAYS
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.services.portfolio.milestone_status import milestone_status

STATUS_DATE = dt.date(2026, 11, 20)


def milestone(
    finish: dt.date, variance: int | None, *, percent: int = 0, actual: dt.date | None = None
) -> TimelineTask:
    return TimelineTask(
        id=1,
        parent_id=None,
        wbs="1",
        depth=0,
        name="Go-live",
        duration=0,
        start=finish,
        finish=finish,
        percent_complete=percent,
        is_summary=False,
        is_milestone=True,
        owner="",
        predecessors="",
        total_slack=0,
        is_critical=True,
        constraint="ASAP",
        constraint_date=None,
        actual_start=actual,
        actual_finish=actual,
        baseline_start=None,
        baseline_finish=None,
        finish_variance=variance,
    )


LATER = dt.date(2026, 12, 15)


@pytest.mark.parametrize(
    ("task", "status"),
    [
        (milestone(STATUS_DATE, 3, percent=100, actual=STATUS_DATE), "Achieved"),
        (milestone(dt.date(2026, 11, 1), 30, percent=100), "Achieved"),  # done, however late
        (milestone(STATUS_DATE, 0), "Overdue"),  # due on the status date and not reached
        (milestone(dt.date(2026, 11, 2), None), "Overdue"),
        (milestone(LATER, LATE_AFTER_DAYS + 1), "Late"),
        (milestone(LATER, LATE_AFTER_DAYS), "At risk"),
        (milestone(LATER, 1), "At risk"),
        (milestone(LATER, 0), "On track"),
        (milestone(LATER, -4), "On track"),  # early
        (milestone(LATER, None), "On track"),  # no baseline to be behind
    ],
)
def test_how_a_milestone_stands(task: TimelineTask, status: str) -> None:
    assert milestone_status(task, STATUS_DATE) == status


def test_without_a_status_date_nothing_is_overdue() -> None:
    assert milestone_status(milestone(dt.date(2020, 1, 1), 0), None) == "On track"
