"""Fill the pack's section on the actions from the last steering meeting with their status,
its record, and the open action log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.domain.actions import ActionSource
from cpm_desktop.domain.audience import Visibility
from cpm_desktop.models import Project
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.actions import ActionLine, MeetingRecord, PackActions
from cpm_desktop.services.actions.meetings import last_meeting, steering_meetings
from cpm_desktop.services.actions.views import ActionRow, action_log
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_, _, current_language

LOWER_NOUNS = ("en", "fr")  # languages whose nouns are lower case inside a sentence


def pack_actions(
    session: Session, project_id: int, view: Visibility, *, today: dt.date | None = None
) -> PackActions | None:
    """What the section prints for the audience `view`; None when there is nothing.

    Actions are judged on the project's status date (else `today`, default the calendar's);
    the last meeting is the latest held on or before that day. A client's pack leaves the
    internal actions out.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    as_of = project.status_date or today or dt.date.today()
    log = action_log(session, project_id, today=as_of, include_internal=view.internal_records)
    if not log and not steering_meetings(session, project_id):
        return None
    meeting = last_meeting(session, project_id, on=as_of)
    set_there = [row for row in log if meeting is not None and row.meeting_id == meeting.id]
    others = [row for row in log if row.is_open and row not in set_there]
    # Overdue first, then by due date (undated last), then by reference.
    others.sort(key=lambda r: (not r.overdue, r.due_on or dt.date.max, r.reference))
    record = (
        None
        if meeting is None
        else MeetingRecord(meeting.held_on, meeting.title, meeting.attendees, meeting.decisions)
    )
    return PackActions(
        as_of=as_of,
        meeting=record,
        from_meeting=tuple(_line(row) for row in set_there),
        other_open=tuple(_line(row) for row in others),
    )


def _line(row: ActionRow) -> ActionLine:
    return ActionLine(
        reference=row.reference,
        title=row.title,
        owner=row.owner,
        due_on=row.due_on,
        state="overdue" if row.overdue else row.status.value,
        done_on=row.done_on,
        source=_source(row),
        internal=row.internal,
    )


def _source(row: ActionRow) -> str:
    """Where the action came from, as the pack writes it: 'the meeting of 20 Oct 2026'."""
    match row.source:
        case ActionSource.OTHER:
            return ""
        case ActionSource.MEETING if row.meeting_on is not None:
            return _("the meeting of {date}").format(date=long_date(row.meeting_on))
        case ActionSource.FEEDBACK if row.source_reference:
            day = dt.date.fromisoformat(row.source_reference)
            return _("the feedback of {date}").format(date=long_date(day))
    # "decision DEC-004", "risk R-007": the kind in lower case but German nouns keep their capital
    kind = _(row.source.label)
    kind = kind.lower() if current_language() in LOWER_NOUNS else kind
    return f"{kind} {row.source_reference}".strip()
