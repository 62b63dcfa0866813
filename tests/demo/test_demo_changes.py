"""The demo change log of NHL-WMS: eight requests in many states; the plan left untouched."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.changes.views import ChangeLog, change_log, change_summary
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace


@pytest.fixture(scope="module")
def log(demo: Workspace) -> ChangeLog:
    """The NHL-WMS change log."""
    with demo.transaction() as s:
        project_id = views.find_project_id(s, DEMO_PROJECT_CODE)
        assert project_id is not None
        return change_log(s, project_id)


def test_about_eight_requests_in_many_states(log: ChangeLog) -> None:
    """Eight requests, CR-001.., at least six different statuses, some billable."""
    assert [r.reference for r in log.rows] == [f"CR-{n:03d}" for n in range(1, 9)]
    assert len({r.status for r in log.rows}) >= 6
    assert any(r.billable for r in log.rows)
    assert {r.requested_by for r in log.rows} <= {
        "Henrik Sørensen",
        "Miriam Albers",
        "Jonas Richter",
    }


def test_transitions_fall_in_autumn_2026(log: ChangeLog) -> None:
    """Every step is dated September to the 20 Nov status date."""
    days = [t.changed_on for r in log.rows for t in r.transitions]
    assert days
    assert all(dt.date(2026, 9, 1) <= d <= dt.date(2026, 11, 20) for d in days)


def test_no_schedule_impact_is_applied(demo: Workspace, log: ChangeLog) -> None:
    """The demo plan's dates stay as built: no request has been applied."""
    assert all(r.schedule_applied_on is None for r in log.rows)
    with demo.transaction() as s:
        summary = change_summary(s, log.project_id)
    assert summary.current_budget > summary.original_budget
    assert summary.pending_count == 2


def test_the_history_is_recorded_as_the_project_managers(log: ChangeLog) -> None:
    """Every step was taken by the demo's PM, whoever created the demo on this machine."""
    authors = {step.changed_by for row in log.rows for step in row.transitions}
    assert authors == {"Laura Becker"}
