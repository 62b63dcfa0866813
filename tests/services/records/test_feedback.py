"""The client feedback log: entries by date, contacts of the client only, refusals, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.portfolio.clients import add_contact
from cpm_desktop.services.records.feedback import FeedbackRow, add_feedback, feedback_log
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    snapshot,
)

DAY = dt.date(2026, 10, 5)


def _contact(workspace: Workspace, client_id: int, name: str = "Mia Jansen") -> int:
    with workspace.transaction() as s:
        return add_contact(s, client_id, name, role="Key user").id


def test_feedback_is_listed_by_date_with_its_contact(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Entries come back oldest first; the contact's name, or "" when none is named."""
    mia = _contact(workspace, project.client_id)
    with workspace.transaction() as s:
        add_feedback(
            s,
            project.project_id,
            given_on=DAY,
            score=3,
            channel="call",
            contact_id=mia,
            comment="  Slow answers on tickets. ",
            follow_up="Daily ticket review",
        )
        add_feedback(s, project.project_id, given_on=DAY - dt.timedelta(days=7), score=5)
        add_feedback(s, project.project_id, given_on=DAY, channel="email", comment="No score.")
        log = feedback_log(s, project.project_id)
    assert [(r.given_on, r.contact, r.channel, r.score) for r in log] == [
        (dt.date(2026, 9, 28), "", "meeting", 5),
        (DAY, "Mia Jansen", "call", 3),
        (DAY, "", "email", None),
    ]
    assert isinstance(log[1], FeedbackRow)
    assert (log[1].comment, log[1].follow_up) == ("Slow answers on tickets.", "Daily ticket review")


@pytest.mark.parametrize(
    ("fields", "error", "match"),
    [
        ({"score": 0}, ValidationError, "between 1 and 5"),
        ({"score": 6}, ValidationError, "between 1 and 5"),
        ({"score": 4.5}, ValidationError, "whole number"),
        ({"score": True}, ValidationError, "whole number"),
        ({"channel": "fax"}, ValidationError, "Unknown feedback channel"),
        ({"given_on": "2026-10-05"}, ValidationError, "must be a date"),
        ({"comment": "x" * 4001}, ValidationError, "longer than 4000"),
        ({"follow_up": 7}, ValidationError, "must be text"),
        ({"contact_id": 999}, NotFoundError, "contact"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, error: type, match: str
) -> None:
    """Scores outside 1–5, unknown channels, bad dates or text: refused, workspace unchanged."""
    given = {"given_on": DAY, **fields}
    assert_refused(workspace, lambda s: add_feedback(s, project.project_id, **given), error, match)


def test_a_contact_of_another_client_is_refused(workspace: Workspace, project: ProjectIds) -> None:
    """Feedback names only contacts of the project's own client."""
    other = make_project(workspace, "OTH-01", "Other Client")
    stranger = _contact(workspace, other.client_id, "Paul Other")
    assert_refused(
        workspace,
        lambda s: add_feedback(s, project.project_id, given_on=DAY, contact_id=stranger),
        ValidationError,
        "not a contact of the client of ACME-01",
    )


def test_unknown_project_is_not_found(workspace: Workspace) -> None:
    """Reading or writing the log of an unknown project raises NotFoundError."""
    assert_refused(workspace, lambda s: feedback_log(s, 999), NotFoundError)
    assert_refused(workspace, lambda s: add_feedback(s, 999, given_on=DAY), NotFoundError)


def test_feedback_is_audited(workspace: Workspace, project: ProjectIds) -> None:
    """Adding feedback leaves one creation entry naming the project and date."""
    start = audit_count(workspace)
    with workspace.transaction() as s:
        add_feedback(s, project.project_id, given_on=DAY, score=4)
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.entity_label) == ("create", "ACME-01 feedback 2026-10-05")


def test_adding_is_undone_and_redone_exactly(workspace: Workspace, project: ProjectIds) -> None:
    """As the UI's undo does it: the recorded entry is removed, then added back."""

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(add_feedback, project.project_id, given_on=DAY, score=2)
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"feedback"}
    workspace.run(history.undo_edit, changes, project.project_id, "Feedback")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Feedback")
    assert without_audit(snapshot(workspace)) == after
