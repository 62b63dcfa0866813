"""The demo's two weekly reports of NHL-WMS: each keeps the facts its records said that day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.status import LAST_WEEK
from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.since_last import Facts
from cpm_desktop.models import (
    ChangeRequest,
    ChangeTransition,
    Project,
    RiskHistory,
    StatusReport,
    Task,
)
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.status_cycle.facts import current_facts, facts_from_json, facts_json
from cpm_desktop.workspace import Workspace

THIS_WEEK = dt.date(2026, 11, 20)


def _project_id(session: Session) -> int:
    project_id = views.find_project_id(session, DEMO_PROJECT_CODE)
    assert project_id is not None
    return project_id


def _kept(session: Session, day: dt.date) -> Facts:
    snapshot = session.scalars(
        select(StatusReport.snapshot).where(
            StatusReport.project_id == _project_id(session), StatusReport.status_date == day
        )
    ).one()
    facts = facts_from_json(snapshot)
    assert facts is not None
    return facts


def test_both_reports_keep_their_facts(demo: Workspace) -> None:
    """13 and 20 Nov each keep facts dated to themselves; 20 Nov's are the project as it is."""
    with demo.transaction() as s:
        last, this = _kept(s, LAST_WEEK), _kept(s, THIS_WEEK)
        project = s.get_one(Project, _project_id(s))
        now = facts_json(current_facts(s, project))
    assert (last.status_date, this.status_date) == (LAST_WEEK, THIS_WEEK)
    assert facts_json(this) == now


def test_last_weeks_register_is_the_history_as_of_13_november(demo: Workspace) -> None:
    """Entries raised by 13 Nov only, each with the status and score its history had then."""
    with demo.transaction() as s:
        last = _kept(s, LAST_WEEK)
        history = s.scalars(select(RiskHistory).order_by(RiskHistory.changed_on, RiskHistory.id))
        as_of: dict[int, RiskHistory] = {}
        for step in history:
            if step.changed_on <= LAST_WEEK:
                as_of[step.risk_id] = step
    assert set(last.risks) == set(as_of)
    for risk_id, fact in last.risks.items():
        step = as_of[risk_id]
        assert fact.status is step.status, fact.reference
        if step.probability is not None and step.impact is not None:
            assert fact.score == step.probability * step.impact, fact.reference
    assert not any(fact.internal for fact in last.risks.values())  # raised on 16 Nov


def test_last_weeks_change_log_is_the_transitions_as_of_13_november(demo: Workspace) -> None:
    """Requests raised by 13 Nov only, each in the status of its last step by then."""
    with demo.transaction() as s:
        last = _kept(s, LAST_WEEK)
        raised = {
            cr.id: cr.raised_on
            for cr in s.scalars(
                select(ChangeRequest).where(ChangeRequest.project_id == _project_id(s))
            )
        }
        steps = s.scalars(
            select(ChangeTransition).order_by(ChangeTransition.changed_on, ChangeTransition.id)
        )
        status = {cr_id: ChangeStatus.DRAFT for cr_id, day in raised.items() if day <= LAST_WEEK}
        for step in steps:
            if step.changed_on <= LAST_WEEK:
                status[step.change_request_id] = step.to_status
    assert {cr_id: fact.status for cr_id, fact in last.changes.items()} == status
    assert len(raised) == len(status) + 1  # CR-008 was raised on 18 Nov


def test_work_started_after_13_november_is_not_started_last_week(demo: Workspace) -> None:
    """Task 4.4.1 started on 16 Nov: 13 Nov's facts show it not started, 20 Nov's under way."""
    with demo.transaction() as s:
        last, this = _kept(s, LAST_WEEK), _kept(s, THIS_WEEK)
        later = s.scalars(
            select(Task.id).where(Task.project_id == _project_id(s), Task.actual_start > LAST_WEEK)
        ).all()
    assert later
    for task_id in later:
        assert last.tasks[task_id].percent_complete == 0
        assert this.tasks[task_id].percent_complete > 0
