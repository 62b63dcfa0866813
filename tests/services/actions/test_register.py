"""The action log: references, the done date following the status, links, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.actions import ActionSource, ActionStatus, overdue
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem
from cpm_desktop.services.actions import register
from cpm_desktop.services.actions.views import action_log, action_row
from cpm_desktop.services.records.feedback import add_feedback
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    count,
    make_project,
)

TODAY = dt.date.today()


@given(st.dates(), st.sampled_from(list(ActionStatus)), st.dates())
def test_an_action_is_overdue_only_while_open_and_past_its_due_date(
    due: dt.date, status: ActionStatus, today: dt.date
) -> None:
    """Overdue ⇔ open or in progress, and due strictly before today; no due date is never late."""
    open_ = status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    assert overdue(due, status, today) == (open_ and due < today)
    assert not overdue(None, status, today)


def test_actions_get_references_and_the_log_judges_overdue_on_the_day_given(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A-001, A-002 …; raised today by default; overdue depends on the `today` asked about."""
    with workspace.transaction() as s:
        first = register.add_action(
            s, project.project_id, "  Send the  interface spec ", owner="Anna", due_on=MONDAY
        )
        register.add_action(s, project.project_id, "Book the room", internal=True)
        rows = action_log(s, project.project_id, today=MONDAY + dt.timedelta(days=1))
        client = action_log(s, project.project_id, today=MONDAY, include_internal=False)
    assert [r.reference for r in rows] == ["A-001", "A-002"]
    assert (first.title, first.raised_on, first.status, first.source) == (
        "Send the interface spec",
        TODAY,
        ActionStatus.OPEN,
        ActionSource.OTHER,
    )
    assert [r.overdue for r in rows] == [True, False]
    assert [r.reference for r in client] == ["A-001"]
    assert not client[0].overdue  # due that very day


def test_done_stamps_today_reopening_clears_and_each_change_is_audited(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Done without a date is done today; reopened, the done date goes; the audit says each."""
    with workspace.transaction() as s:
        ident = register.add_action(s, project.project_id, "Chase the PO", due_on=MONDAY).id
    before = audit_count(workspace)
    with workspace.transaction() as s:
        done = register.update_action(s, ident, status=ActionStatus.DONE)
        assert (done.done_on, done.overdue) == (TODAY, False)
        dated = register.update_action(s, ident, done_on=MONDAY, raised_on=MONDAY)
        assert dated.done_on == MONDAY
        kept = register.update_action(s, ident, owner="Ben")
        assert kept.done_on == MONDAY
        reopened = register.update_action(s, ident, status="in_progress")
        assert reopened.done_on is None
    changed = [(e.field, e.new_value) for e in audit_since(workspace, before)]
    assert ("status", "done") in changed
    assert ("done_on", str(TODAY)) in changed
    assert ("done_on", None) in changed
    assert all(
        e.entity == "action" and "A-001" in e.entity_label for e in audit_since(workspace, before)
    )


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"title": "  "}, "cannot be empty"),
        ({"status": "finished"}, "Unknown action status"),
        ({"done_on": MONDAY}, "not done"),
        ({"status": "done", "done_on": MONDAY - dt.timedelta(days=1)}, "before it was raised"),
        ({"colour": "red"}, "Unknown action fields"),
        ({"internal": "yes"}, "true or false"),
    ],
)
def test_bad_changes_are_refused_and_leave_the_workspace_unchanged(
    workspace: Workspace, project: ProjectIds, fields: dict[str, object], match: str
) -> None:
    """Each refusal names the fault and writes nothing."""
    with workspace.transaction() as s:
        ident = register.add_action(s, project.project_id, "Chase", raised_on=MONDAY).id
    assert_refused(
        workspace,
        lambda s: register.update_action(s, ident, **fields),  # type: ignore[arg-type]
        ValidationError,
        match,
    )


def test_an_action_links_only_records_of_its_own_project(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A meeting of another project is refused; a meeting of its own makes the source Meeting."""
    from cpm_desktop.services.actions.meetings import add_meeting

    other = make_project(workspace, "OTHER-01", "Other client")
    with workspace.transaction() as s:
        theirs = add_meeting(s, other.project_id, MONDAY).id
        ours = add_meeting(s, project.project_id, MONDAY, "Kick-off").id
        row = register.add_action(s, project.project_id, "Minutes", meeting_id=ours)
    assert (row.source, row.meeting_title, row.source_reference) == (
        ActionSource.MEETING,
        "Kick-off",
        MONDAY.isoformat(),
    )
    assert_refused(
        workspace,
        lambda s: register.update_action(s, row.id, meeting_id=theirs),
        ValidationError,
        "another project",
    )


def test_delete_removes_the_action_and_the_others_keep_their_references(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Deleting A-001 leaves A-002; a new action is A-003."""
    with workspace.transaction() as s:
        first = register.add_action(s, project.project_id, "One").id
        register.add_action(s, project.project_id, "Two")
        register.delete_action(s, first)
        third = register.add_action(s, project.project_id, "Three")
        refs = [r.reference for r in action_log(s, project.project_id, today=TODAY)]
    assert refs == ["A-002", "A-003"]
    assert third.reference == "A-003"


def test_an_action_from_feedback_carries_its_follow_up_once(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The follow-up's first line is the title, the rest the comments; a second is refused."""
    with workspace.transaction() as s:
        entry = add_feedback(
            s,
            project.project_id,
            given_on=MONDAY,
            follow_up="Send weekly scanner stats\nto the night shift lead too",
        ).id
        silent = add_feedback(s, project.project_id, given_on=MONDAY).id
        row = register.action_from_feedback(s, entry, owner="Anna", due_on=MONDAY)
    assert (row.title, row.source, row.feedback_id, row.source_reference, row.owner) == (
        "Send weekly scanner stats",
        ActionSource.FEEDBACK,
        entry,
        MONDAY.isoformat(),
        "Anna",
    )
    assert "night shift" in row.comments
    assert_refused(
        workspace, lambda s: register.action_from_feedback(s, entry), ValidationError, "A-001"
    )
    assert_refused(
        workspace,
        lambda s: register.action_from_feedback(s, silent),
        ValidationError,
        "no follow-up",
    )


def test_an_action_from_a_risk_or_issue_carries_its_mitigation(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A risk gives source Risk and its owner; an issue gives source Issue and its due date."""
    with workspace.transaction() as s:
        risk = add_risk(
            s,
            project.project_id,
            "Late scanners",
            probability=3,
            impact=4,
            owner="Carla",
            mitigation="Order the scanners from a second vendor",
        )
        issue = add_risk(
            s,
            project.project_id,
            "Label printer broken",
            kind="issue",
            severity=3,
            due_date=MONDAY,
            mitigation="Lend a printer from site B",
        )
        bare = add_risk(s, project.project_id, "Bare", probability=1, impact=1)
        from_risk = register.action_from_risk(s, risk.id)
        from_issue = register.action_from_risk(s, issue.id, owner="Dan")
        stored = s.get_one(ActionItem, from_risk.id)
        assert stored.risk_id == risk.id
    assert (from_risk.source, from_risk.owner, from_risk.source_reference) == (
        ActionSource.RISK,
        "Carla",
        risk.reference,
    )
    assert (from_issue.source, from_issue.owner, from_issue.due_on) == (
        ActionSource.ISSUE,
        "Dan",
        MONDAY,
    )
    assert from_risk.title == "Order the scanners from a second vendor"
    assert_refused(
        workspace, lambda s: register.action_from_risk(s, bare.id), ValidationError, "no mitigation"
    )
    assert count(workspace, ActionItem) == 2


def test_action_row_reads_one_action(workspace: Workspace, project: ProjectIds) -> None:
    """action_row gives the same row the log does."""
    with workspace.transaction() as s:
        ident = register.add_action(s, project.project_id, "One", due_on=MONDAY).id
        assert action_row(s, ident, today=MONDAY + dt.timedelta(days=1)).overdue
        assert action_log(s, project.project_id, today=MONDAY)[0] == action_row(
            s, ident, today=MONDAY
        )
