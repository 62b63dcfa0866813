"""Steering meetings: when each was held, who attended, what it decided, and the actions it set.

Attendees and decisions are kept one per line; the services take either that text or a list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.actions import ActionSource
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem, Project, SteeringMeeting
from cpm_desktop.services import audit
from cpm_desktop.services.actions.register import add_action, update_action
from cpm_desktop.services.validate import clean_date, clean_name, clean_text, get_or_raise
from cpm_desktop.texts import N_, _

LINE_LIMIT = 500  # characters in one attendee or decision
MOST_LINES = 100
# A list's refusals, whole sentences for each list (the translations inflect the noun):
# not text, a line not text, too many lines, a line too long.
_LINE_REFUSALS = {
    "attendee": (
        N_("The attendees must be text, one per line."),
        N_("Each attendee must be text."),
        N_("A meeting records at most {count} attendees."),
        N_("A attendee is longer than {limit} characters: {start}…"),
    ),
    "decision": (
        N_("The decisions must be text, one per line."),
        N_("Each decision must be text."),
        N_("A meeting records at most {count} decisions."),
        N_("A decision is longer than {limit} characters: {start}…"),
    ),
}
NOTES_LIMIT = 8_000

Lines = str | Sequence[str]  # one per line, as typed, or already split


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A steering meeting as plain values, with the references of the actions set at it."""

    id: int
    project_id: int
    held_on: dt.date
    title: str
    attendees: tuple[str, ...]
    decisions: tuple[str, ...]
    notes: str
    action_ids: tuple[int, ...]
    action_references: tuple[str, ...]  # … by reference

    @property
    def action_count(self) -> int:
        """How many actions were set at the meeting."""
        return len(self.action_ids)


@dataclass(frozen=True, slots=True)
class NewAction:
    """An action the meeting sets, as its form gives it: what, who, by when."""

    title: str
    owner: str = ""
    due_on: dt.date | None = None


class MeetingDetails(TypedDict, total=False):
    """What a meeting records besides its date and title; any subset may be given."""

    attendees: Lines
    decisions: Lines
    notes: str


class MeetingFields(MeetingDetails, total=False):
    """Every editable field of a meeting, for `update_meeting`."""

    held_on: dt.date
    title: str


def steering_meetings(session: Session, project_id: int) -> tuple[MeetingRow, ...]:
    """The project's steering meetings, earliest first."""
    get_or_raise(session, Project, project_id, N_("project"))
    meetings = session.scalars(
        select(SteeringMeeting)
        .where(SteeringMeeting.project_id == project_id)
        .order_by(SteeringMeeting.held_on, SteeringMeeting.id)
    )
    return tuple(_plain(session, m) for m in meetings)


def meeting_row(session: Session, meeting_id: int) -> MeetingRow:
    """One steering meeting."""
    return _plain(
        session, get_or_raise(session, SteeringMeeting, meeting_id, N_("steering meeting"))
    )


def last_meeting(session: Session, project_id: int, *, on: dt.date) -> MeetingRow | None:
    """The latest steering meeting held on or before `on`, if any."""
    get_or_raise(session, Project, project_id, N_("project"))
    meeting = session.scalar(
        select(SteeringMeeting)
        .where(SteeringMeeting.project_id == project_id, SteeringMeeting.held_on <= on)
        .order_by(SteeringMeeting.held_on.desc(), SteeringMeeting.id.desc())
        .limit(1)
    )
    return None if meeting is None else _plain(session, meeting)


def add_meeting(
    session: Session,
    project_id: int,
    held_on: dt.date,
    title: str = "Steering committee",
    **fields: Unpack[MeetingDetails],
) -> MeetingRow:
    """Record a steering meeting held on `held_on`; validated and audited."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    meeting = SteeringMeeting(project_id=project.id, attendees="", decisions="", notes="")
    everything = MeetingFields(held_on=held_on, title=title)
    everything.update(fields)
    for name, value in _cleaned(everything).items():
        setattr(meeting, name, value)
    session.add(meeting)
    session.flush()
    audit.record_created(session, _subject(session, meeting))
    return _plain(session, meeting)


def update_meeting(
    session: Session, meeting_id: int, **fields: Unpack[MeetingFields]
) -> MeetingRow:
    """Change the fields given, each audited."""
    meeting = get_or_raise(session, SteeringMeeting, meeting_id, N_("steering meeting"))
    audit.set_fields(session, meeting, _cleaned(fields), about=_subject(session, meeting))
    session.flush()
    return _plain(session, meeting)


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Remove a meeting; the actions set at it stay in the log, no longer linked; audited."""
    meeting = get_or_raise(session, SteeringMeeting, meeting_id, N_("steering meeting"))
    for action in _actions(session, meeting.id):
        update_action(session, action.id, meeting_id=None)
    audit.record_deleted(session, _subject(session, meeting))
    session.delete(meeting)
    session.flush()


def record_meeting(
    session: Session,
    project_id: int,
    held_on: dt.date,
    title: str = "Steering committee",
    *,
    action_ids: Sequence[int] = (),
    new_actions: Sequence[NewAction] = (),
    **fields: Unpack[MeetingDetails],
) -> MeetingRow:
    """Record a meeting with the actions it set: existing ones (`action_ids`) linked to it,
    `new_actions` logged as raised at it. One use case: one undo step for the form."""
    meeting = add_meeting(session, project_id, held_on, title, **fields)
    _set_actions(session, meeting.id, action_ids, new_actions)
    return meeting_row(session, meeting.id)


def revise_meeting(
    session: Session,
    meeting_id: int,
    *,
    action_ids: Sequence[int] | None = None,
    new_actions: Sequence[NewAction] = (),
    **fields: Unpack[MeetingFields],
) -> MeetingRow:
    """Change a meeting's record; with `action_ids`, exactly those actions are the ones set at
    it (others it had are unlinked); `new_actions` are logged as raised at it."""
    update_meeting(session, meeting_id, **fields)
    if action_ids is not None:
        kept = set(action_ids)
        for action in _actions(session, meeting_id):
            if action.id not in kept:
                update_action(session, action.id, meeting_id=None)
    _set_actions(session, meeting_id, action_ids or (), new_actions)
    return meeting_row(session, meeting_id)


def _set_actions(
    session: Session, meeting_id: int, action_ids: Sequence[int], new_actions: Sequence[NewAction]
) -> None:
    meeting = get_or_raise(session, SteeringMeeting, meeting_id, N_("steering meeting"))
    for ident in action_ids:
        action = get_or_raise(session, ActionItem, ident, N_("action"))
        if action.meeting_id != meeting.id:
            update_action(session, action.id, meeting_id=meeting.id)
    for new in new_actions:
        add_action(
            session,
            meeting.project_id,
            new.title,
            owner=new.owner,
            due_on=new.due_on,
            raised_on=meeting.held_on,
            source=ActionSource.MEETING,
            meeting_id=meeting.id,
        )


def split_lines(text: Lines) -> tuple[str, ...]:
    """The non-blank lines of a text (or list), each trimmed."""
    parts = text.splitlines() if isinstance(text, str) else list(text)
    return tuple(" ".join(str(p).split()) for p in parts if str(p).strip())


def _cleaned(fields: MeetingFields) -> dict[str, object]:
    unknown = sorted(fields.keys() - MeetingFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown meeting fields: {', '.join(unknown)}.")
    wanted: dict[str, object] = {}
    if "held_on" in fields:
        wanted["held_on"] = clean_date(fields["held_on"], N_("meeting date"))
    if "title" in fields:
        wanted["title"] = clean_name(fields["title"], N_("meeting title"))
    if "attendees" in fields:
        wanted["attendees"] = _lines(fields["attendees"], "attendee")
    if "decisions" in fields:
        wanted["decisions"] = _lines(fields["decisions"], "decision")
    if "notes" in fields:
        wanted["notes"] = clean_text(fields["notes"], N_("meeting notes"), NOTES_LIMIT)
    return wanted


def _lines(value: object, what: str) -> str:
    """The list's lines, checked; `what` ("attendee", "decision") picks its refusals."""
    not_text, line_not_text, too_many, too_long = _LINE_REFUSALS[what]
    if not isinstance(value, str | list | tuple):
        raise ValidationError(_(not_text))
    if not all(isinstance(p, str) for p in value):
        raise ValidationError(_(line_not_text))
    lines = split_lines(value)
    if len(lines) > MOST_LINES:
        raise ValidationError(_(too_many).format(count=MOST_LINES))
    for line in lines:
        if len(line) > LINE_LIMIT:
            raise ValidationError(_(too_long).format(limit=LINE_LIMIT, start=line[:40]))
    return "\n".join(lines)


def _actions(session: Session, meeting_id: int) -> list[ActionItem]:
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting_id)
            .order_by(ActionItem.number)
        )
    )


def _plain(session: Session, meeting: SteeringMeeting) -> MeetingRow:
    actions = _actions(session, meeting.id)
    return MeetingRow(
        id=meeting.id,
        project_id=meeting.project_id,
        held_on=meeting.held_on,
        title=meeting.title,
        attendees=split_lines(meeting.attendees),
        decisions=split_lines(meeting.decisions),
        notes=meeting.notes,
        action_ids=tuple(a.id for a in actions),
        action_references=tuple(a.reference for a in actions),
    )


def _subject(session: Session, meeting: SteeringMeeting) -> audit.Subject:
    """How the audit trail names a meeting: 'NHL-WMS steering meeting 2026-11-13'."""
    code = session.get_one(Project, meeting.project_id).code
    label = f"{code} {meeting.title} {meeting.held_on.isoformat()}"
    return audit.Subject("steering_meeting", meeting.id, meeting.project_id, label)
