"""The demo's billing milestones, client feedback, decisions, lessons and contact influence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE, STATUS_DATE
from cpm_desktop.models import Contact
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.workspace import Workspace


def _project_id(demo: Workspace, code: str = DEMO_PROJECT_CODE) -> int:
    with demo.transaction() as s:
        project_id = views.find_project_id(s, code)
    assert project_id is not None
    return project_id


def test_billing_milestones_split_the_contract_value(demo: Workspace) -> None:
    """Five milestones bill 10/20/20/30/20 % of EUR 560,000; only the one reached is billed."""
    with demo.transaction() as s:
        rows = billing_schedule(s, _project_id(demo))
    assert [r.amount for r in rows] == [
        Decimal(n) for n in (56_000, 112_000, 112_000, 168_000, 112_000)
    ]
    assert sum(r.amount for r in rows) == Decimal(560_000)
    assert [r.status for r in rows] == ["paid", "not_due", "not_due", "not_due", "not_due"]
    assert all(r.name.startswith("Billing milestone") for r in rows)
    # A milestone is billed only once reached: the first by the status date, none of the others.
    assert [r.due_on is not None and r.due_on <= STATUS_DATE for r in rows] == [
        True,
        False,
        False,
        False,
        False,
    ]
    assert rows[0].invoiced_on is not None
    assert rows[0].invoiced_on < STATUS_DATE
    assert rows[0].invoice_number.startswith("NHL-2026-")
    assert rows[0].paid_on is not None
    assert rows[0].paid_on < STATUS_DATE
    assert all(r.due_on is not None for r in rows)


def test_feedback_trends_down_over_the_autumn(demo: Workspace) -> None:
    """6–8 entries Sep–Nov from the client's contacts; CSAT scores 4, 4, 3, 4, 3, 3."""
    with demo.transaction() as s:
        log = feedback_log(s, _project_id(demo))
    assert 6 <= len(log) <= 8
    assert [r.score for r in log if r.score is not None] == [4, 4, 3, 4, 3, 3]
    assert all(dt.date(2026, 9, 1) <= r.given_on <= STATUS_DATE for r in log)
    assert {r.contact for r in log} <= {"Henrik Sørensen", "Miriam Albers", "Jonas Richter"}
    assert all(r.comment and r.follow_up for r in log)


def test_decisions_link_change_requests_and_a_risk(demo: Workspace) -> None:
    """Five decisions (one internal): two settle CR-001 and CR-005, one a risk."""
    with demo.transaction() as s:
        log = decision_log(s, _project_id(demo))
    assert [d.reference for d in log] == ["D-001", "D-002", "D-003", "D-004", "D-005"]
    assert sorted(d.change_reference for d in log if d.change_reference) == ["CR-001", "CR-005"]
    assert [d.risk_reference for d in log if d.risk_reference] == ["R-002"]
    assert all(d.decided_on <= STATUS_DATE and d.decided_by for d in log)


def test_lessons_cover_both_clients_and_several_service_lines(demo: Workspace) -> None:
    """Five lessons on NHL-WMS (one internal), two on the Alpenmarkt pilot; searchable."""
    with demo.transaction() as s:
        found = lessons(s)
        training = lessons(s, text="TRAINING")
    codes = [r.project_code for r in found]
    assert (codes.count(DEMO_PROJECT_CODE), codes.count(RETAIL_PROJECT_CODE)) == (5, 2)
    assert len({r.service_line for r in found}) >= 3
    assert [r.client for r in training] == ["Alpenmarkt AG"]


def test_contacts_have_influence(demo: Workspace) -> None:
    """The sponsors have high influence; not every contact is medium."""
    with demo.transaction() as s:
        influence = {c.name: c.influence for c in s.scalars(select(Contact))}
    assert influence["Henrik Sørensen"] == influence["Claudia Meier"] == "high"
    assert len(set(influence.values())) == 3
