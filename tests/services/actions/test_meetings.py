"""Steering meetings: recorded with their attendees and decisions, the actions set at each."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.actions import meetings, register
from cpm_desktop.services.actions.views import action_row
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused, audit_count, audit_since

OCT = dt.date(2026, 10, 16)
NOV = dt.date(2026, 11, 13)


def test_meetings_keep_lines_and_list_the_actions_set_at_each(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Blank lines go; each meeting lists its actions; the last one on a day is found."""
    pid = project.project_id
    with workspace.transaction() as s:
        october = meetings.add_meeting(
            s, pid, OCT, "Steering committee 3", attendees="Anna\n\n  Ben  \n", decisions=["Go"]
        )
        november = meetings.add_meeting(s, pid, NOV, attendees=["Anna"], notes="Short one")
        register.add_action(s, pid, "One", meeting_id=november.id)
        register.add_action(s, pid, "Two")
        register.add_action(s, pid, "Three", meeting_id=november.id)
        rows = meetings.steering_meetings(s, pid)
        assert meetings.last_meeting(s, pid, on=NOV - dt.timedelta(days=1)) == rows[0]
        assert meetings.last_meeting(s, pid, on=NOV) == rows[1]
        assert meetings.last_meeting(s, pid, on=MONDAY) is None
    assert october.attendees == ("Anna", "Ben")
    assert october.decisions == ("Go",)
    assert [r.title for r in rows] == ["Steering committee 3", "Steering committee"]
    assert rows[1].action_references == ("A-001", "A-003")
    assert rows[1].action_count == 2


def test_deleting_a_meeting_keeps_its_actions_unlinked_and_audits_both(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The action stays in the log with no meeting; the trail says so."""
    with workspace.transaction() as s:
        meeting = meetings.add_meeting(s, project.project_id, OCT).id
        action = register.add_action(s, project.project_id, "One", meeting_id=meeting).id
    before = audit_count(workspace)
    with workspace.transaction() as s:
        meetings.delete_meeting(s, meeting)
        assert action_row(s, action, today=OCT).meeting_id is None
        assert meetings.steering_meetings(s, project.project_id) == ()
    said = [(e.entity, e.action, e.field) for e in audit_since(workspace, before)]
    assert said == [("action", "update", "meeting_id"), ("steering_meeting", "delete", "")]


def test_meeting_edits_are_validated_and_a_refusal_writes_nothing(
    workspace: Workspace, project: ProjectIds
) -> None:
    """An empty title or a bad attendee list is refused; a good edit changes only what's given."""
    with workspace.transaction() as s:
        ident = meetings.add_meeting(s, project.project_id, OCT, attendees="Anna").id
        row = meetings.update_meeting(s, ident, decisions="Approve CR-002\nMove go-live")
    assert row.decisions == ("Approve CR-002", "Move go-live")
    assert row.attendees == ("Anna",)
    assert_refused(
        workspace, lambda s: meetings.update_meeting(s, ident, title=" "), ValidationError
    )
    assert_refused(
        workspace,
        lambda s: meetings.update_meeting(s, ident, attendees=42),  # type: ignore[arg-type]
        ValidationError,
        "one per line",
    )


def test_a_meeting_form_records_new_and_ticked_actions_and_revising_unticks(
    workspace: Workspace, project: ProjectIds
) -> None:
    """New lines become actions raised at the meeting; ticked ones are linked; revising with a
    new set unlinks those no longer ticked."""
    pid = project.project_id
    with workspace.transaction() as s:
        old = register.add_action(s, pid, "Chase the vendor", raised_on=MONDAY).id
        row = meetings.record_meeting(
            s,
            pid,
            NOV,
            "Steering committee 4",
            attendees="Anna",
            action_ids=[old],
            new_actions=[meetings.NewAction("Brief the backfill", "Ben", NOV)],
        )
        assert row.action_references == ("A-001", "A-002")
        new = action_row(s, row.action_ids[1], today=NOV)
        assert (new.raised_on, new.owner, new.meeting_title) == (NOV, "Ben", "Steering committee 4")
        revised = meetings.revise_meeting(s, row.id, action_ids=[new.id], notes="Short")
        assert revised.action_references == ("A-002",)
        assert action_row(s, old, today=NOV).meeting_id is None
        assert revised.notes == "Short"
