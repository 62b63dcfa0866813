"""The demo register of NHL-WMS: realistic entries, history with trends, links and issues."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.models import Risk, RiskHistory
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.risks.views import RiskRegister, risk_register
from cpm_desktop.workspace import Workspace

STATUS_DATE = dt.date(2026, 11, 20)
PEOPLE = {
    "Laura Becker",
    "Tobias Klein",
    "Anna Weber",
    "Lukas Brandt",
    "Daniel Hoffmann",
    "Sophie Wagner",
    "Marco Rossi",
    "Miriam Albers (Nordhaven)",
    "Kai Petersen (Nordhaven IT)",
    "Henrik Sørensen (Nordhaven)",
    "Jonas Richter (Nordhaven)",
}


@pytest.fixture(scope="module")
def register(demo: Workspace) -> RiskRegister:
    """The NHL-WMS register as of the Monday after the status date."""
    with demo.transaction() as s:
        project_id = views.find_project_id(s, DEMO_PROJECT_CODE)
        assert project_id is not None
        return risk_register(s, project_id, today=dt.date(2026, 11, 23))


def test_register_has_about_fifteen_entries_of_every_kind(register: RiskRegister) -> None:
    """15–20 entries: risks, 2–3 issues (one from a risk), an opportunity, some closed."""
    kinds = [row.kind for row in register.rows]
    assert 15 <= len(kinds) <= 20
    assert 2 <= kinds.count("issue") <= 3
    assert kinds.count("opportunity") >= 1
    assert [row.reference for row in register.rows] == [
        f"R-{n:03d}" for n in range(1, len(kinds) + 1)
    ]
    closed = [row for row in register.rows if row.status == "closed"]
    assert len(closed) >= 3  # two closed risks and the one that became an issue
    [issue] = [row for row in register.rows if row.source_reference]
    source = next(row for row in register.rows if row.reference == issue.source_reference)
    assert (source.status, source.issue_reference) == ("closed", issue.reference)


def test_entries_are_owned_costed_and_linked(register: RiskRegister) -> None:
    """Owners are demo people; costs are in EUR; most entries threaten named tasks."""
    assert register.currency == "EUR"
    assert {row.owner for row in register.rows} <= PEOPLE
    assert all(row.cost_impact > 0 for row in register.rows)
    linked = [row for row in register.rows if row.task_wbs]
    assert len(linked) >= 12
    titles = " ".join(row.title for row in register.rows)
    for topic in ("RF scanner", "SAP", "Key users", "item master", "Carrier API", "Hypercare"):
        assert topic in titles


def test_history_shows_trends_since_the_status_date(
    demo: Workspace, register: RiskRegister
) -> None:
    """History runs September–November; at the status date some trends are up and down."""
    assert register.since == STATUS_DATE
    trends = {row.trend for row in register.rows}
    assert {"up", "down", "steady"} <= trends
    with demo.transaction() as s:
        days = s.execute(select(func.min(RiskHistory.changed_on), func.max(RiskHistory.changed_on)))
        first, last = days.one()
        changed = s.scalar(
            select(func.count()).select_from(
                select(RiskHistory.risk_id)
                .group_by(RiskHistory.risk_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
    assert first >= dt.date(2026, 9, 1)
    assert last == STATUS_DATE
    assert changed >= 6


def test_heat_map_and_rag_counts_match_the_rows(register: RiskRegister) -> None:
    """The heat map holds each open risk once; RAG counts cover open risks and issues."""
    open_risks = [r for r in register.rows if r.kind == "risk" and r.status != "closed"]
    assert register.heat_map.total == len(open_risks) == register.residual_heat_map.total
    threats = [r for r in register.rows if r.kind != "opportunity" and r.status != "closed"]
    assert sum(register.rag_counts.values()) == len(threats)
    assert register.rag_counts["red"] >= 1


def test_other_demo_project_has_an_empty_register(demo: Workspace) -> None:
    """Only NHL-WMS carries a register; the retail pilot has none yet."""
    with demo.transaction() as s:
        total = s.scalar(select(func.count()).select_from(Risk))
        main = views.find_project_id(s, DEMO_PROJECT_CODE)
        mine = s.scalar(select(func.count()).select_from(Risk).where(Risk.project_id == main))
    assert total == mine
