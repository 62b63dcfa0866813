"""The client feedback log per project: date, contact, channel, CSAT score 1–5, follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import FeedbackChannel
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Contact, Feedback, Project
from cpm_desktop.services import audit
from cpm_desktop.services.validate import (
    clean_date,
    clean_enum,
    clean_int,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

CHANNELS = ("meeting", "call", "email", "survey", "site_visit")
TEXT_LIMIT = 4_000  # characters: a paragraph or two, as said or written


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One entry of the feedback log, as plain values ("" where no contact is named)."""

    id: int
    given_on: dt.date
    contact: str
    channel: str  # one of CHANNELS
    score: int | None  # CSAT 1..5; None when no score was given
    comment: str
    follow_up: str


def feedback_log(session: Session, project_id: int) -> tuple[FeedbackRow, ...]:
    """The project's feedback, oldest first."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = session.execute(
        select(Feedback, Contact.name)
        .outerjoin(Contact, Feedback.contact_id == Contact.id)
        .where(Feedback.project_id == project_id)
        .order_by(Feedback.given_on, Feedback.id)
    )
    return tuple(_plain(entry, name or "") for entry, name in rows)


def add_feedback(
    session: Session,
    project_id: int,
    *,
    given_on: dt.date,
    score: int | None = None,
    channel: FeedbackChannel | str = "meeting",
    contact_id: int | None = None,
    comment: str = "",
    follow_up: str = "",
) -> FeedbackRow:
    """Log a piece of client feedback; validated and audited."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = clean_date(given_on, N_("feedback date"))
    kind = clean_enum(FeedbackChannel, channel, N_("feedback channel"))
    csat = None if score is None else clean_int(score, N_("CSAT score"), 1, 5)
    contact_id = _contact_of(session, project, contact_id)
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    entry = Feedback(
        project_id=project.id,
        contact_id=contact_id,
        given_on=day,
        channel=kind,
        score=csat,
        comment=clean_text(comment, N_("comment"), TEXT_LIMIT),
        follow_up=clean_text(follow_up, N_("follow-up action"), TEXT_LIMIT),
    )
    session.add(entry)
    session.flush()
    audit.record_created(session, entry)
    return _plain(entry, contact.name if contact else "")


def update_feedback(
    session: Session,
    feedback_id: int,
    *,
    given_on: dt.date | EllipsisType = ...,
    score: int | None | EllipsisType = ...,
    channel: FeedbackChannel | str | EllipsisType = ...,
    contact_id: int | None | EllipsisType = ...,
    comment: str | EllipsisType = ...,
    follow_up: str | EllipsisType = ...,
) -> FeedbackRow:
    """Change the given fields of an entry (`...`: keep; None clears score or contact); audited."""
    entry = get_or_raise(session, Feedback, feedback_id, N_("feedback entry"))
    project = get_or_raise(session, Project, entry.project_id, N_("project"))
    wanted: dict[str, object] = {}
    if not isinstance(given_on, EllipsisType):
        wanted["given_on"] = clean_date(given_on, N_("feedback date"))
    if not isinstance(score, EllipsisType):
        wanted["score"] = None if score is None else clean_int(score, N_("CSAT score"), 1, 5)
    if not isinstance(channel, EllipsisType):
        wanted["channel"] = clean_enum(FeedbackChannel, channel, N_("feedback channel"))
    if not isinstance(contact_id, EllipsisType):
        wanted["contact_id"] = _contact_of(session, project, contact_id)
    if not isinstance(comment, EllipsisType):
        wanted["comment"] = clean_text(comment, N_("comment"), TEXT_LIMIT)
    if not isinstance(follow_up, EllipsisType):
        wanted["follow_up"] = clean_text(follow_up, N_("follow-up action"), TEXT_LIMIT)
    audit.set_fields(session, entry, wanted)
    session.flush()
    contact = session.get(Contact, entry.contact_id) if entry.contact_id else None
    return _plain(entry, contact.name if contact else "")


def delete_feedback(session: Session, feedback_id: int) -> None:
    """Remove an entry from the log; audited."""
    entry = get_or_raise(session, Feedback, feedback_id, N_("feedback entry"))
    audit.record_deleted(session, entry)
    session.delete(entry)
    session.flush()


def _contact_of(session: Session, project: Project, contact_id: int | None) -> int | None:
    """A contact id that names a person at the project's client (None: nobody named)."""
    if contact_id is None:
        return None
    contact = get_or_raise(session, Contact, contact_id, N_("contact"))
    if contact.client_id != project.client_id:
        raise ValidationError(
            _("{name} is not a contact of the client of {code}.").format(
                name=contact.name, code=project.code
            )
        )
    return contact.id


def _plain(entry: Feedback, contact: str) -> FeedbackRow:
    return FeedbackRow(
        id=entry.id,
        given_on=entry.given_on,
        contact=contact,
        channel=FeedbackChannel(entry.channel).value,
        score=entry.score,
        comment=entry.comment,
        follow_up=entry.follow_up,
    )
