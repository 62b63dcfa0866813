"""The action log's read model: each action with where it came from and whether it is late.

Whether an action is overdue depends on the day it is read, so every reader names `today`
(the status date for a pack, the calendar's today on screen).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.actions import ActionSource, ActionStatus, is_open
from cpm_desktop.domain.actions import overdue as is_overdue
from cpm_desktop.models import ActionItem, Decision, Feedback, Project, Risk, SteeringMeeting
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class ActionRow:
    """One action of the log as plain values ("" or None where nothing is linked)."""

    id: int
    project_id: int
    reference: str
    title: str
    owner: str
    due_on: dt.date | None
    status: ActionStatus
    source: ActionSource
    raised_on: dt.date
    done_on: dt.date | None
    comments: str
    internal: bool  # the supplier's own: never in a client export
    meeting_id: int | None
    meeting_title: str  # "" when set at no meeting
    meeting_on: dt.date | None
    decision_id: int | None
    feedback_id: int | None
    risk_id: int | None
    source_reference: str  # D-003, R-002, the feedback's or meeting's date (ISO), or ""
    overdue: bool  # open or in progress and due before the day it was read

    @property
    def is_open(self) -> bool:
        """Still to be done (open or in progress)."""
        return is_open(self.status)

    @property
    def source_text(self) -> str:
        """Where it came from as people read it: 'Risk R-002', 'Meeting', 'Other'."""
        return " ".join(p for p in (self.source.label, self.source_reference) if p)


def action_log(
    session: Session, project_id: int, *, today: dt.date, include_internal: bool = True
) -> tuple[ActionRow, ...]:
    """The project's actions by reference, each judged overdue or not on `today`.

    Without `include_internal` the actions marked internal are left out: a client's log.
    """
    get_or_raise(session, Project, project_id, N_("project"))
    query = (
        select(ActionItem).where(ActionItem.project_id == project_id).order_by(ActionItem.number)
    )
    if not include_internal:
        query = query.where(ActionItem.internal.is_(False))
    return tuple(_plain(session, action, today) for action in session.scalars(query))


def action_row(session: Session, action_id: int, *, today: dt.date) -> ActionRow:
    """One action, judged overdue or not on `today`."""
    return _plain(session, get_or_raise(session, ActionItem, action_id, N_("action")), today)


def source_reference(session: Session, action: ActionItem) -> str:
    """The reference of the record the action's source names, if it is linked."""
    match action.source:
        case ActionSource.DECISION if action.decision_id is not None:
            return session.get_one(Decision, action.decision_id).reference
        case ActionSource.RISK | ActionSource.ISSUE if action.risk_id is not None:
            return session.get_one(Risk, action.risk_id).reference
        case ActionSource.FEEDBACK if action.feedback_id is not None:
            return session.get_one(Feedback, action.feedback_id).given_on.isoformat()
        case ActionSource.MEETING if action.meeting_id is not None:
            return session.get_one(SteeringMeeting, action.meeting_id).held_on.isoformat()
    return ""


def _plain(session: Session, action: ActionItem, today: dt.date) -> ActionRow:
    meeting = session.get(SteeringMeeting, action.meeting_id) if action.meeting_id else None
    return ActionRow(
        id=action.id,
        project_id=action.project_id,
        reference=action.reference,
        title=action.title,
        owner=action.owner,
        due_on=action.due_on,
        status=action.status,
        source=action.source,
        raised_on=action.raised_on,
        done_on=action.done_on,
        comments=action.comments,
        internal=action.internal,
        meeting_id=action.meeting_id,
        meeting_title=meeting.title if meeting else "",
        meeting_on=meeting.held_on if meeting else None,
        decision_id=action.decision_id,
        feedback_id=action.feedback_id,
        risk_id=action.risk_id,
        source_reference=source_reference(session, action),
        overdue=is_overdue(action.due_on, action.status, today),
    )
