"""Editing and deleting feedback: only the given fields change, refusals change nothing, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.portfolio.clients import add_contact
from cpm_desktop.services.records.feedback import (
    add_feedback,
    delete_feedback,
    feedback_log,
    update_feedback,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
)

DAY = dt.date(2026, 10, 5)


def _entry(workspace: Workspace, project: ProjectIds) -> tuple[int, int]:
    """One scored entry naming a contact; returns (feedback id, contact id)."""
    with workspace.transaction() as s:
        mia = add_contact(s, project.client_id, "Mia Jansen").id
        entry = add_feedback(
            s,
            project.project_id,
            given_on=DAY,
            score=3,
            channel="call",
            contact_id=mia,
            comment="Slow answers.",
            follow_up="Daily review",
        )
    return entry.id, mia


def test_only_the_given_fields_change(workspace: Workspace, project: ProjectIds) -> None:
    """A new score and comment leave date, channel, contact and follow-up as they were."""
    entry_id, _ = _entry(workspace, project)
    with workspace.transaction() as s:
        row = update_feedback(s, entry_id, score=5, comment="  Much better now. ")
    assert (row.given_on, row.channel, row.contact, row.score) == (DAY, "call", "Mia Jansen", 5)
    assert (row.comment, row.follow_up) == ("Much better now.", "Daily review")
    with workspace.transaction() as s:
        assert feedback_log(s, project.project_id) == (row,)


def test_score_and_contact_can_be_cleared(workspace: Workspace, project: ProjectIds) -> None:
    """None is a value here: the score and the contact are removed, not kept."""
    entry_id, _ = _entry(workspace, project)
    with workspace.transaction() as s:
        row = update_feedback(s, entry_id, score=None, contact_id=None, channel="site_visit")
    assert (row.score, row.contact, row.channel) == (None, "", "site_visit")


def test_edits_are_audited_field_by_field(workspace: Workspace, project: ProjectIds) -> None:
    """One update entry per changed field with old and new values; unchanged ones leave none."""
    entry_id, _ = _entry(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        update_feedback(s, entry_id, score=4, given_on=DAY + dt.timedelta(days=1), channel="call")
    entries = audit_since(workspace, start)
    assert [(e.action, e.field, e.old_value, e.new_value) for e in entries] == [
        ("update", "given_on", "2026-10-05", "2026-10-06"),
        ("update", "score", "3", "4"),
    ]
    assert entries[0].entity_label == "ACME-01 feedback 2026-10-05"


@pytest.mark.parametrize(
    ("fields", "error", "match"),
    [
        ({"score": 6}, ValidationError, "between 1 and 5"),
        ({"score": 0}, ValidationError, "between 1 and 5"),
        ({"channel": "fax"}, ValidationError, "Unknown feedback channel"),
        ({"given_on": "yesterday"}, ValidationError, "must be a date"),
        ({"given_on": dt.date(1800, 1, 1)}, ValidationError, "outside"),
        ({"comment": "x" * 4001}, ValidationError, "longer than 4000"),
        ({"follow_up": 3}, ValidationError, "must be text"),
        ({"contact_id": 999}, NotFoundError, "contact"),
        ({"score": 5, "channel": "fax"}, ValidationError, "Unknown feedback channel"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, error: type, match: str
) -> None:
    """Each bad value is refused with a clear message; a good value beside it is not kept."""
    entry_id, _ = _entry(workspace, project)
    assert_refused(workspace, lambda s: update_feedback(s, entry_id, **fields), error, match)


def test_a_contact_of_another_client_is_refused(workspace: Workspace, project: ProjectIds) -> None:
    """An edit may name only a person at the project's own client."""
    entry_id, _ = _entry(workspace, project)
    other = make_project(workspace, "OTH-01", "Other Client")
    with workspace.transaction() as s:
        stranger = add_contact(s, other.client_id, "Paul Other").id
    assert_refused(
        workspace,
        lambda s: update_feedback(s, entry_id, contact_id=stranger),
        ValidationError,
        "Paul Other is not a contact of the client of ACME-01",
    )


def test_delete_removes_the_entry_and_is_audited(workspace: Workspace, project: ProjectIds) -> None:
    """The entry leaves the log; a delete entry names it; the contact stays."""
    entry_id, mia = _entry(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        delete_feedback(s, entry_id)
        assert feedback_log(s, project.project_id) == ()
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.entity, entry.entity_id) == ("delete", "feedback", entry_id)
    assert entry.old_value == "ACME-01 feedback 2026-10-05"
    with workspace.transaction() as s:
        assert add_feedback(s, project.project_id, given_on=DAY, contact_id=mia).contact


def test_unknown_entries_are_not_found(workspace: Workspace, project: ProjectIds) -> None:
    """Editing or deleting an entry that does not exist raises NotFoundError, changing nothing."""
    assert_refused(workspace, lambda s: update_feedback(s, 999, score=3), NotFoundError)
    assert_refused(workspace, lambda s: delete_feedback(s, 999), NotFoundError)
