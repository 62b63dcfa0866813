"""The decision log per project: what was decided, when, by whom, why, and what it settles.

A decision may name the change request or risk it settles (of the same project); the steering
pack's "decisions" section reads this log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, Decision, Project, Risk
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.validate import (
    clean_date,
    clean_flag,
    clean_name,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

CONTEXT_LIMIT = 4_000  # characters: the why, not the minutes


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One decision of the log, as plain values (None where nothing is linked)."""

    id: int
    reference: str  # D-001
    title: str
    decided_on: dt.date
    decided_by: str
    context: str
    change_reference: str | None  # CR-001
    risk_reference: str | None
    # Last, with a default, so rows written positionally before the flag existed still read.
    internal: bool = False  # the supplier's own: never in a client export


def decision_log(
    session: Session, project_id: int, *, include_internal: bool = True
) -> tuple[DecisionRow, ...]:
    """The project's decisions in the order they were taken (by date, then reference).

    Without `include_internal` the decisions marked internal are left out: a client's log.
    """
    get_or_raise(session, Project, project_id, N_("project"))
    query = (
        select(Decision)
        .where(Decision.project_id == project_id)
        .order_by(Decision.decided_on, Decision.number)
    )
    if not include_internal:
        query = query.where(Decision.internal.is_(False))
    return tuple(_plain(session, d) for d in session.scalars(query))


def add_decision(
    session: Session,
    project_id: int,
    title: str,
    *,
    decided_on: dt.date,
    decided_by: str = "",
    context: str = "",
    change_request_id: int | None = None,
    risk_id: int | None = None,
    internal: bool = False,
) -> DecisionRow:
    """Log a decision with the next reference (D-001, …); validated and audited.

    An `internal` decision (the supplier's own) stays out of every client export.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    decision = Decision(
        project_id=project.id,
        title=clean_name(title, N_("decision title")),
        decided_on=clean_date(decided_on, N_("decision date")),
        decided_by=clean_text(decided_by, N_("decided by"), 200),
        context=clean_text(context, N_("decision context"), CONTEXT_LIMIT),
        change_request_id=_linked(
            session, project, ChangeRequest, change_request_id, "change request"
        ),
        risk_id=_linked(session, project, Risk, risk_id, "risk"),
        internal=clean_flag(internal, N_("internal flag")),
    )
    decision.number = next_number(session, Decision.number, Decision.project_id, project.id)
    session.add(decision)
    session.flush()
    audit.record_created(session, decision)
    return _plain(session, decision)


def update_decision(
    session: Session,
    decision_id: int,
    *,
    title: str | EllipsisType = ...,
    decided_on: dt.date | EllipsisType = ...,
    decided_by: str | EllipsisType = ...,
    context: str | EllipsisType = ...,
    change_request_id: int | None | EllipsisType = ...,
    risk_id: int | None | EllipsisType = ...,
    internal: bool | EllipsisType = ...,
) -> DecisionRow:
    """Change the given fields of a decision (`...`: keep; None unlinks); audited."""
    decision = get_or_raise(session, Decision, decision_id, N_("decision"))
    project = get_or_raise(session, Project, decision.project_id, N_("project"))
    wanted: dict[str, object] = {}
    if not isinstance(title, EllipsisType):
        wanted["title"] = clean_name(title, N_("decision title"))
    if not isinstance(decided_on, EllipsisType):
        wanted["decided_on"] = clean_date(decided_on, N_("decision date"))
    if not isinstance(decided_by, EllipsisType):
        wanted["decided_by"] = clean_text(decided_by, N_("decided by"), 200)
    if not isinstance(context, EllipsisType):
        wanted["context"] = clean_text(context, N_("decision context"), CONTEXT_LIMIT)
    if not isinstance(change_request_id, EllipsisType):
        wanted["change_request_id"] = _linked(
            session, project, ChangeRequest, change_request_id, "change request"
        )
    if not isinstance(risk_id, EllipsisType):
        wanted["risk_id"] = _linked(session, project, Risk, risk_id, "risk")
    if not isinstance(internal, EllipsisType):
        wanted["internal"] = clean_flag(internal, N_("internal flag"))
    audit.set_fields(session, decision, wanted)
    session.flush()
    return _plain(session, decision)


def delete_decision(session: Session, decision_id: int) -> None:
    """Remove a decision from the log; the others keep their references; audited."""
    decision = get_or_raise(session, Decision, decision_id, N_("decision"))
    audit.record_deleted(session, decision)
    session.delete(decision)
    session.flush()


def _linked(
    session: Session,
    project: Project,
    model: type[ChangeRequest] | type[Risk],
    ident: int | None,
    kind: str,
) -> int | None:
    """The id of a linked change request or risk, which must belong to the same project."""
    if ident is None:
        return None
    row = get_or_raise(session, model, ident, kind)
    if row.project_id != project.id:
        # One sentence per kind: the translations name it with its own article.
        other_project = (
            N_("{reference} is a change request of another project, not of {code}.")
            if model is ChangeRequest
            else N_("{reference} is a risk of another project, not of {code}.")
        )
        raise ValidationError(_(other_project).format(reference=row.reference, code=project.code))
    return row.id


def _plain(session: Session, decision: Decision) -> DecisionRow:
    cr = (
        session.get(ChangeRequest, decision.change_request_id)
        if decision.change_request_id
        else None
    )
    risk = session.get(Risk, decision.risk_id) if decision.risk_id else None
    return DecisionRow(
        id=decision.id,
        reference=decision.reference,
        title=decision.title,
        decided_on=decision.decided_on,
        decided_by=decision.decided_by,
        context=decision.context,
        change_reference=cr.reference if cr else None,
        risk_reference=risk.reference if risk else None,
        internal=decision.internal,
    )
