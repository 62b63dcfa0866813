"""The register read model: derived scores, RAG, EMV, trends, overdue reviews and heat maps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.risks import register as risks
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds

D = dt.date
SEPT = D(2026, 9, 10)
TODAY = D(2026, 11, 23)


@pytest.fixture
def register_ids(workspace: Workspace, project: ProjectIds, abc: dict[str, int]) -> dict[str, int]:
    """Five entries: two open risks, one closed, an opportunity, an issue from a risk."""
    with workspace.transaction() as s:
        pid = project.project_id
        a = risks.add_risk(
            s,
            pid,
            "Scanner delay",
            on=SEPT,
            probability=4,
            impact=4,
            cost_impact=10_000,
            residual_probability=2,
            residual_impact=3,
            review_on=D(2026, 11, 1),
            task_ids=[abc["C"], abc["A"]],
        )
        b = risks.add_risk(s, pid, "Spec change", on=SEPT, probability=1, impact=3)
        c = risks.add_risk(s, pid, "Old risk", on=SEPT, probability=5, impact=5)
        o = risks.add_risk(
            s,
            pid,
            "Reuse config",
            kind="opportunity",
            on=SEPT,
            probability=3,
            impact=2,
            strategy="exploit",
        )
        d = risks.add_risk(s, pid, "Carrier API", on=SEPT, probability=2, impact=4)
        risks.close_risk(s, c.id, on=D(2026, 10, 1))
        risks.edit_risk(s, a.id, on=D(2026, 10, 15), probability=3)  # 16 → 12
        risks.edit_risk(s, b.id, on=D(2026, 11, 5), probability=2)  # 3 → 6
        issue = risks.convert_to_issue(s, d.id, severity=4, on=D(2026, 11, 10))
        return {"a": a.id, "b": b.id, "c": c.id, "o": o.id, "d": d.id, "issue": issue.id}


def test_rows_carry_scores_labels_rag_emv_and_links(
    workspace: Workspace, project: ProjectIds, register_ids: dict[str, int]
) -> None:
    """Each row derives score, labels, RAG, residual and EMV; tasks appear as WBS codes."""
    with workspace.transaction() as s:
        register = risk_register(s, project.project_id, today=TODAY, since=D(2026, 11, 1))
    rows = {row.reference: row for row in register.rows}
    assert list(rows) == ["R-001", "R-002", "R-003", "R-004", "R-005", "R-006"]
    a = rows["R-001"]
    assert (a.probability, a.probability_label, a.impact_label) == (3, "Medium", "High")
    assert (a.score, a.rag, a.residual_score, a.residual_rag) == (12, "amber", 6, "amber")
    assert a.emv == Decimal("5000.00")
    assert a.task_wbs == ("1", "3")
    assert a.review_overdue  # review 1 Nov, today 23 Nov, still open
    issue = rows["R-006"]
    assert (issue.kind, issue.score, issue.severity_label, issue.rag) == (
        "issue",
        None,
        "High",
        "red",
    )
    assert (issue.source_reference, rows["R-005"].issue_reference) == ("R-005", "R-006")
    assert rows["R-005"].status == "closed"
    assert rows["R-002"].residual_score == 6  # no residual given: the inherent score
    assert not rows["R-003"].review_overdue


def test_trends_since_a_given_date(
    workspace: Workspace, project: ProjectIds, register_ids: dict[str, int]
) -> None:
    """Down for a lowered score, up for a raised one, steady otherwise, new after the date."""
    with workspace.transaction() as s:
        oct1 = risk_register(s, project.project_id, today=TODAY, since=D(2026, 10, 1))
        nov1 = risk_register(s, project.project_id, today=TODAY, since=D(2026, 11, 1))
    assert [r.trend for r in oct1.rows] == ["down", "up", "steady", "steady", "steady", "new"]
    assert [r.trend for r in nov1.rows] == ["steady", "up", "steady", "steady", "steady", "new"]


def test_trend_defaults_to_the_project_status_date(
    workspace: Workspace, project: ProjectIds, register_ids: dict[str, int]
) -> None:
    """Without `since`, the trend runs from the project's status date."""
    with workspace.transaction() as s:
        set_status_date(s, project.project_id, D(2026, 10, 2))
        register = risk_register(s, project.project_id, today=TODAY)
    assert register.since == D(2026, 10, 2)
    assert [r.trend for r in register.rows][:2] == ["down", "up"]


def test_rag_counts_and_heat_maps_count_open_entries(
    workspace: Workspace, project: ProjectIds, register_ids: dict[str, int]
) -> None:
    """RAG counts open risks and issues; heat maps hold open risks (inherent and residual)."""
    with workspace.transaction() as s:
        register = risk_register(s, project.project_id, today=TODAY)
    assert register.rag_counts == {"green": 0, "amber": 2, "red": 1}
    assert register.heat_map.total == 2
    assert register.heat_map.count(3, 4) == 1
    assert register.heat_map.count(2, 3) == 1
    assert register.residual_heat_map.count(2, 3) == 2
    assert register.total_emv == Decimal("5000.00")


def test_custom_thresholds_change_the_rag(
    workspace: Workspace, project: ProjectIds, register_ids: dict[str, int]
) -> None:
    """With amber from 4 and red from 12, the score-12 risk turns red."""
    with workspace.transaction() as s:
        risks.set_rag_thresholds(s, project.project_id, 4, 12)
        register = risk_register(s, project.project_id, today=TODAY)
    assert (register.amber_from, register.red_from) == (4, 12)
    assert [r.rag for r in register.rows][:2] == ["red", "amber"]
    assert register.rag_counts == {"green": 0, "amber": 1, "red": 2}


def test_empty_register_and_bad_arguments(workspace: Workspace, project: ProjectIds) -> None:
    """A project without risks has an empty map; unknown projects and bad dates are refused."""
    with workspace.transaction() as s:
        register = risk_register(s, project.project_id, today=TODAY)
        assert register.rows == ()
        assert register.heat_map.cells == ((0,) * 5,) * 5
        with pytest.raises(NotFoundError):
            risk_register(s, 999)
        with pytest.raises(ValidationError, match="today must be a date"):
            risk_register(s, project.project_id, today="2026-11-23")  # type: ignore[arg-type]
