"""Use cases of the risk register: references, validation, history, closing, issues, links."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.models import Project, Risk, RiskHistory, RiskTask
from cpm_desktop.services.plan.tasks import delete_task
from cpm_desktop.services.risks import register as risks
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)

D = dt.date
SEPT = D(2026, 9, 10)


def add(workspace: Workspace, project_id: int, title: str = "Scanner delay", **fields) -> int:
    """Add a risk (P3 × I4 by default, raised SEPT) and return its id."""
    fields.setdefault("probability", 3)
    fields.setdefault("impact", 4)
    fields.setdefault("on", SEPT)
    with workspace.transaction() as s:
        return risks.add_risk(s, project_id, title, **fields).id


def stored(workspace: Workspace, risk_id: int) -> Risk:
    """The risk as committed, with its history and links loaded."""
    with workspace.transaction() as s:
        risk = s.get_one(Risk, risk_id)
        _ = risk.history, risk.task_links
        return risk


def history(workspace: Workspace, risk_id: int) -> list[tuple]:
    """(date, probability, impact, severity, status) per history row, in order."""
    with workspace.transaction() as s:
        rows = s.scalars(
            select(RiskHistory).where(RiskHistory.risk_id == risk_id).order_by(RiskHistory.id)
        )
        return [(h.changed_on, h.probability, h.impact, h.severity, h.status.value) for h in rows]


def test_references_follow_one_sequence_per_project(workspace: Workspace, project) -> None:
    """R-001, R-002 … per project; issues share the sequence; another project starts at R-001."""
    first = add(workspace, project.project_id)
    with workspace.transaction() as s:
        issue = risks.add_risk(s, project.project_id, "Server down", kind="issue", severity=3)
        assert issue.reference == "R-002"
    other = make_project(workspace, "OTHER-01", "Other client")
    third = add(workspace, other.project_id)
    assert stored(workspace, first).reference == "R-001"
    assert stored(workspace, third).reference == "R-001"


def test_add_keeps_every_field_and_writes_history_and_audit(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Every field is stored; the initial levels are the first history row; one audit entry."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        risk = risks.add_risk(
            s,
            project.project_id,
            "  RF scanner   delivery delay ",
            on=SEPT,
            probability=4,
            impact=3,
            category="Supplier",
            owner="Anna Weber",
            cause="Chip shortage",
            effect="Inbound build late",
            description="Zebra MC9400",
            proximity=D(2027, 1, 15),
            strategy="reduce",
            mitigation="Rent scanners",
            contingency="Paper picking",
            trigger="No ship date by 1 Dec",
            cost_impact="18500.50",
            schedule_impact=10,
            residual_probability=2,
            residual_impact=3,
            review_on=D(2026, 10, 1),
            task_ids=[abc["B"], abc["A"]],
        )
        risk_id = risk.id
    risk = stored(workspace, risk_id)
    assert risk.title == "RF scanner delivery delay"
    assert (risk.probability, risk.impact, risk.severity) == (4, 3, None)
    assert risk.cost_impact == Decimal("18500.50")
    assert (risk.raised_on, risk.status.value, risk.strategy) == (SEPT, "open", "reduce")
    assert [link.task_id for link in risk.task_links] == [abc["B"], abc["A"]]
    assert history(workspace, risk_id) == [(SEPT, 4, 3, None, "open")]
    entries = audit_since(workspace, before)
    assert [(e.entity, e.action) for e in entries][0] == ("risk", "create")
    assert entries[0].entity_label == "R-001 RF scanner delivery delay"


def test_edit_records_a_dated_history_row_only_for_judged_changes(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Probability/impact/status changes add history on `on`; text edits add none."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        risks.edit_risk(s, risk_id, on=D(2026, 10, 1), impact=5)
        risks.edit_risk(s, risk_id, on=D(2026, 10, 2), mitigation="Order early")
        risks.edit_risk(s, risk_id, on=D(2026, 11, 2), status="monitoring", probability=2)
    assert history(workspace, risk_id) == [
        (SEPT, 3, 4, None, "open"),
        (D(2026, 10, 1), 3, 5, None, "open"),
        (D(2026, 11, 2), 2, 5, None, "monitoring"),
    ]
    fields = [e.field for e in audit_since(workspace, 0) if e.entity == "risk" and e.field]
    assert fields == ["impact", "mitigation", "probability", "status"]  # field order


def test_close_and_reopen_keep_dates_history_and_audit(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Closing sets the closed date and note; reopening clears them; both are in history."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        risks.close_risk(s, risk_id, on=D(2026, 10, 5), note="Scanners delivered")
    risk = stored(workspace, risk_id)
    assert (risk.status.value, risk.closed_on, risk.closure_note) == (
        "closed",
        D(2026, 10, 5),
        "Scanners delivered",
    )
    with workspace.transaction() as s:
        risks.reopen_risk(s, risk_id, on=D(2026, 10, 9))
    risk = stored(workspace, risk_id)
    assert (risk.status.value, risk.closed_on, risk.closure_note) == ("open", None, "")
    assert [row[4] for row in history(workspace, risk_id)] == ["open", "closed", "open"]


def test_convert_to_issue_closes_the_risk_and_links_the_issue(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """The issue gets the next reference, the risk's tasks and link; the risk keeps history."""
    risk_id = add(
        workspace,
        project.project_id,
        task_ids=[abc["A"]],
        cost_impact=12_000,
        contingency="Paper picking",
        owner="Anna",
    )
    with workspace.transaction() as s:
        risks.edit_risk(s, risk_id, on=D(2026, 10, 1), probability=5)
        issue = risks.convert_to_issue(
            s, risk_id, severity=4, due_date=D(2026, 12, 1), on=D(2026, 11, 2)
        )
        issue_id = issue.id
    issue = stored(workspace, issue_id)
    risk = stored(workspace, risk_id)
    assert (issue.reference, issue.kind.value, issue.source_risk_id) == ("R-002", "issue", risk_id)
    assert (issue.severity, issue.probability, issue.due_date) == (4, None, D(2026, 12, 1))
    assert (issue.owner, issue.mitigation, issue.cost_impact) == ("Anna", "Paper picking", 12_000)
    assert [link.task_id for link in issue.task_links] == [abc["A"]]
    assert (risk.status.value, risk.closed_on) == ("closed", D(2026, 11, 2))
    assert risk.closure_note == "Occurred: became issue R-002."
    assert len(history(workspace, risk_id)) == 3
    assert history(workspace, issue_id) == [(D(2026, 11, 2), None, None, 4, "open")]


def test_a_risk_that_became_an_issue_cannot_be_reopened(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The occurred risk stays closed: the issue carries on."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        risks.convert_to_issue(s, risk_id, severity=3, on=D(2026, 11, 2))
    assert_refused(
        workspace, lambda s: risks.reopen_risk(s, risk_id), ValidationError, "became issue R-002"
    )


def test_changes_are_dated_in_order_and_default_to_today(
    workspace: Workspace, project: ProjectIds
) -> None:
    """An explicit date before the last change is refused; no date means today (or later)."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        risks.edit_risk(s, risk_id, on=D(2026, 10, 1), impact=5)
    assert_refused(
        workspace,
        lambda s: risks.edit_risk(s, risk_id, on=D(2026, 9, 30), impact=2),
        ValidationError,
        "change recorded on 2026-10-01",
    )
    future = add(workspace, project.project_id, on=dt.date.today() + dt.timedelta(days=30))
    with workspace.transaction() as s:
        risks.edit_risk(s, risk_id, impact=2)
        risks.edit_risk(s, future, impact=2)
    assert history(workspace, risk_id)[-1][0] == dt.date.today()
    assert history(workspace, future)[-1][0] == dt.date.today() + dt.timedelta(days=30)


def test_linked_tasks_are_replaced_and_audited_by_name(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Links are set as a whole (a task given twice is linked once); the trail names them."""
    risk_id = add(workspace, project.project_id, task_ids=[abc["A"], abc["A"], abc["B"]])
    with workspace.transaction() as s:
        risks.edit_risk_details(s, risk_id, linked_wbs="2, 3")
    assert [link.task_id for link in stored(workspace, risk_id).task_links] == [abc["B"], abc["C"]]
    linked = [
        (e.old_value, e.new_value) for e in audit_since(workspace, 0) if e.field == "linked_tasks"
    ]
    assert linked == [("", "A; B"), ("A; B", "B; C")]


def test_deleting_a_task_removes_its_links(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """The link table cascades on task delete; the risk stays."""
    risk_id = add(workspace, project.project_id, task_ids=[abc["A"], abc["B"]])
    with workspace.transaction() as s:
        delete_task(s, abc["A"])
    assert [link.task_id for link in stored(workspace, risk_id).task_links] == [abc["B"]]
    with workspace.transaction() as s:
        assert len(s.scalars(select(RiskTask)).all()) == 1


def test_set_rag_thresholds_stores_and_audits(workspace: Workspace, project: ProjectIds) -> None:
    """Projects start at 5/15; new thresholds are kept and audited."""
    with workspace.transaction() as s:
        p = s.get_one(Project, project.project_id)
        assert (p.risk_amber_from, p.risk_red_from) == (5, 15)
        risks.set_rag_thresholds(s, project.project_id, 4, 12)
    with workspace.transaction() as s:
        p = s.get_one(Project, project.project_id)
        assert (p.risk_amber_from, p.risk_red_from) == (4, 12)
    fields = [(e.field, e.old_value, e.new_value) for e in audit_since(workspace, 0)]
    assert ("risk_amber_from", "5", "4") in fields
    assert ("risk_red_from", "15", "12") in fields


# --- refusals: each leaves the workspace exactly as it was ------------------------------


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"probability": 0}, "probability must be between 1 and 5"),
        ({"impact": 6}, "impact must be between 1 and 5"),
        ({"probability": True}, "probability must be a whole number"),
        ({"probability": None}, "needs a probability and an impact"),
        ({"severity": 3}, "only issues have a severity"),
        ({"due_date": D(2026, 12, 1)}, "only issues have a severity"),
        ({"residual_probability": 2}, "both the residual probability and impact"),
        ({"residual_impact": 0, "residual_probability": 1}, "residual impact must be between"),
        ({"strategy": "exploit"}, "response to an opportunity"),
        ({"strategy": "ignore"}, "Unknown strategy 'ignore'"),
        ({"cost_impact": -1}, "cost impact must be between 0"),
        ({"cost_impact": "lots"}, "not an amount of money"),
        ({"schedule_impact": -2}, "schedule impact"),
        ({"title": "   "}, "title cannot be empty"),
        ({"owner": "x" * 201}, "owner is longer than 200"),
        ({"review_on": D(2026, 9, 1)}, "review date cannot be before"),
        ({"raised_on": D(2026, 9, 20)}, "cannot have been raised after"),
        ({"status": "closed"}, "Close R-001 instead"),
        ({"status": "lost"}, "Unknown status"),
        ({"colour": "red"}, "Unknown risk field"),
    ],
)
def test_invalid_edits_are_refused(
    workspace: Workspace, project: ProjectIds, fields: dict, match: str
) -> None:
    """Out-of-range or inconsistent values raise ValidationError and change nothing."""
    risk_id = add(workspace, project.project_id)
    assert_refused(
        workspace, lambda s: risks.edit_risk(s, risk_id, **fields), ValidationError, match
    )


@pytest.mark.parametrize(
    ("kind", "fields", "match"),
    [
        ("risk", {"probability": 3}, "needs a probability and an impact"),
        ("issue", {}, "needs a severity"),
        ("issue", {"severity": 3, "probability": 2}, "it has a severity, not a probability"),
        ("issue", {"severity": 9}, "severity must be between 1 and 5"),
        ("opportunity", {"probability": 2, "impact": 2, "strategy": "avoid"}, "to a threat"),
        ("threat", {"probability": 2, "impact": 2}, "Unknown register entry kind"),
        ("risk", {"probability": 2, "impact": 2, "status": "closed"}, "cannot be closed"),
    ],
)
def test_invalid_new_entries_are_refused(
    workspace: Workspace, project: ProjectIds, kind: str, fields: dict, match: str
) -> None:
    """An entry must carry the levels of its kind; nothing is written otherwise."""
    assert_refused(
        workspace,
        lambda s: risks.add_risk(s, project.project_id, "X", kind=kind, on=SEPT, **fields),
        ValidationError,
        match,
    )


def test_unknown_ids_are_refused(workspace: Workspace, project: ProjectIds) -> None:
    """Unknown projects, risks and tasks raise NotFoundError and change nothing."""
    add(workspace, project.project_id)  # the register is not empty
    for action in (
        lambda s: risks.add_risk(s, 999, "X", probability=1, impact=1),
        lambda s: risks.edit_risk(s, 999, impact=2),
        lambda s: risks.close_risk(s, 999),
        lambda s: risks.reopen_risk(s, "R-001"),
        lambda s: risks.convert_to_issue(s, 999, severity=2),
        lambda s: risks.set_rag_thresholds(s, 999, 5, 15),
        lambda s: risks.add_risk(
            s, project.project_id, "X", probability=1, impact=1, task_ids=[999]
        ),
    ):
        assert_refused(workspace, action, NotFoundError)


def test_tasks_of_another_project_are_refused(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A risk links only to tasks of its own project."""
    other = make_project(workspace, "OTHER-01", "Other client")
    assert_refused(
        workspace,
        lambda s: risks.add_risk(
            s, other.project_id, "X", probability=1, impact=1, task_ids=[abc["A"]]
        ),
        ValidationError,
        "belongs to another project",
    )


def test_linked_tasks_must_be_a_list_of_ids(workspace: Workspace, project: ProjectIds) -> None:
    """Text given for the linked tasks is refused, not read as the ids 1 and 2."""
    assert_refused(
        workspace,
        lambda s: risks.add_risk(
            s, project.project_id, "X", probability=1, impact=1, task_ids="12"
        ),
        ValidationError,
        "list of task ids",
    )


def test_state_refusals(workspace: Workspace, project: ProjectIds) -> None:
    """Closing a closed risk, reopening an open one, converting issues or closed risks."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        issue_id = risks.add_risk(s, project.project_id, "I", kind="issue", severity=2, on=SEPT).id
        opp_id = risks.add_risk(
            s, project.project_id, "O", kind="opportunity", probability=2, impact=2, on=SEPT
        ).id
    cases = [
        (lambda s: risks.reopen_risk(s, risk_id), "is not closed"),
        (lambda s: risks.convert_to_issue(s, issue_id, severity=2), "only risks occur"),
        (lambda s: risks.convert_to_issue(s, opp_id, severity=2), "only risks occur"),
        (lambda s: risks.convert_to_issue(s, risk_id, severity=0), "severity must be between"),
        (lambda s: risks.close_risk(s, risk_id, on=D(2026, 9, 1)), "change cannot be dated"),
        (lambda s: risks.edit_risk(s, risk_id, on=D(2026, 9, 1), impact=1), "cannot be dated"),
        (lambda s: risks.close_risk(s, risk_id, on=dt.datetime(2026, 10, 1)), "must be a date"),
    ]
    for action, match in cases:
        assert_refused(workspace, action, ValidationError, match)
    with workspace.transaction() as s:
        risks.close_risk(s, risk_id, on=D(2026, 10, 1))
    for action, match in [
        (lambda s: risks.close_risk(s, risk_id), "already closed \\(since 2026-10-01\\)"),
        (lambda s: risks.convert_to_issue(s, risk_id, severity=2), "reopen it"),
        (lambda s: risks.edit_risk(s, risk_id, status="open"), "Reopen R-001 instead"),
    ]:
        assert_refused(workspace, action, ValidationError, match)


@pytest.mark.parametrize(
    ("amber", "red", "match"),
    [
        (1, 15, "first amber score must be between 2 and 25"),
        (5, 26, "first red score"),
        (10, 10, "must be above"),
        (12, 5, "must be above"),
        ("5", 15, "whole number"),
    ],
)
def test_invalid_thresholds_are_refused(
    workspace: Workspace, project: ProjectIds, amber: int, red: int, match: str
) -> None:
    """Thresholds must be whole scores with 2 <= amber < red <= 25."""
    assert_refused(
        workspace,
        lambda s: risks.set_rag_thresholds(s, project.project_id, amber, red),
        ValidationError,
        match,
    )


def test_edit_details_changes_fields_and_links_by_wbs_in_one_step(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """The full form's use case: fields and linked tasks (WBS codes) together."""
    risk_id = add(workspace, project.project_id)
    with workspace.transaction() as s:
        risks.edit_risk_details(
            s, risk_id, linked_wbs="3, 1", mitigation="Second supplier", cost_impact="2500"
        )
    risk = stored(workspace, risk_id)
    assert [link.task_id for link in risk.task_links] == [abc["C"], abc["A"]]
    assert (risk.mitigation, risk.cost_impact) == ("Second supplier", Decimal("2500.00"))
    with workspace.transaction() as s:
        risks.edit_risk_details(s, risk_id, linked_wbs="")
    assert stored(workspace, risk_id).task_links == []


def test_edit_details_refuses_an_unknown_wbs_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """'9.9' is named in the message; the field edited with it is not kept either."""
    risk_id = add(workspace, project.project_id)
    assert_refused(
        workspace,
        lambda s: risks.edit_risk_details(s, risk_id, linked_wbs="1, 9.9", trigger="x"),
        ValidationError,
        "9.9",
    )
