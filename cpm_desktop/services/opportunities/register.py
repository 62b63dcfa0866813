"""Use cases for opportunities: add, edit, move to another stage, delete.

An opportunity belongs to the client (O-001 onwards per client), not to the project that
spotted it: it stays editable after that project closes (workspace/closed_projects.py exempts
it). Each use case is validated and audited; a refusal writes nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy.orm import Session

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Client, Opportunity, Project
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.opportunities.views import OpportunityRow, opportunity
from cpm_desktop.services.validate import (
    clean_currency,
    clean_date,
    clean_enum,
    clean_money,
    clean_name,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

NEED_LIMIT = 4_000  # characters: the need in the client's words, not a proposal
NEXT_STEP_LIMIT = 1_000


class OpportunityDetails(TypedDict, total=False):
    """The fields of an opportunity besides its title; any subset may be given."""

    need: str
    estimated_value: Decimal | None  # None: not estimated yet
    currency: str  # default: the client's
    stage: OpportunityStage
    next_step: str
    handed_to: str  # the account manager or sales lead who takes it on
    spotted_on: dt.date  # default: today
    project_id: int | None  # a project of the same client; None: spotted on none


class OpportunityFields(OpportunityDetails, total=False):
    """Every editable field of an opportunity, for `edit_opportunity`."""

    title: str


def add_opportunity(
    session: Session, client_id: int, title: str, **details: Unpack[OpportunityDetails]
) -> OpportunityRow:
    """Add an opportunity with the client's next reference (O-001 …); audited."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    row = Opportunity(
        client_id=client.id,
        number=next_number(session, Opportunity.number, Opportunity.client_id, client.id),
        currency=client.currency,
        stage=OpportunityStage.SPOTTED,
        need="",
        next_step="",
        handed_to="",
        spotted_on=dt.date.today(),
    )
    fields = OpportunityFields(title=title)
    fields.update(details)
    for name, value in _cleaned(session, client, fields).items():
        setattr(row, name, value)
    session.add(row)
    session.flush()
    audit.record_created(session, _subject(client, row))
    return opportunity(session, row.id)


def edit_opportunity(
    session: Session, opportunity_id: int, **fields: Unpack[OpportunityFields]
) -> OpportunityRow:
    """Change the fields given, each audited (under the title it had)."""
    row = get_or_raise(session, Opportunity, opportunity_id, N_("opportunity"))
    client = session.get_one(Client, row.client_id)
    changes = _cleaned(session, client, fields)
    audit.set_fields(session, row, changes, about=_subject(client, row))
    session.flush()
    return opportunity(session, row.id)


def move_opportunity(
    session: Session, opportunity_id: int, stage: OpportunityStage | str
) -> OpportunityRow:
    """Move the opportunity to another stage (won and lost close it; any may reopen)."""
    row = get_or_raise(session, Opportunity, opportunity_id, N_("opportunity"))
    target = clean_enum(OpportunityStage, stage, N_("opportunity stage"))
    if target is row.stage:
        raise ValidationError(
            _("{reference} is already {stage}.").format(
                reference=row.reference, stage=_(target.label)
            )
        )
    return edit_opportunity(session, row.id, stage=target)


def delete_opportunity(session: Session, opportunity_id: int) -> None:
    """Remove an opportunity; the client's others keep their references; audited."""
    row = get_or_raise(session, Opportunity, opportunity_id, N_("opportunity"))
    client = session.get_one(Client, row.client_id)
    audit.record_deleted(session, _subject(client, row))
    session.delete(row)
    session.flush()


def _cleaned(session: Session, client: Client, fields: OpportunityFields) -> dict[str, object]:
    """The given fields checked, in the model's terms; the first bad one refuses them all."""
    unknown = set(fields) - set(OpportunityFields.__optional_keys__)
    if unknown:
        raise ValidationError(f"An opportunity has no field {sorted(unknown)[0]!r}.")
    clean: dict[str, object] = {}
    if "title" in fields:
        clean["title"] = clean_name(fields["title"], N_("opportunity title"))
    if "need" in fields:
        clean["need"] = clean_text(fields["need"], N_("need"), NEED_LIMIT)
    if "estimated_value" in fields:
        value = fields["estimated_value"]
        clean["estimated_value"] = (
            None if value is None else clean_money(value, N_("estimated value"))
        )
    if "currency" in fields:
        clean["currency"] = clean_currency(fields["currency"])
    if "stage" in fields:
        clean["stage"] = clean_enum(OpportunityStage, fields["stage"], N_("opportunity stage"))
    if "next_step" in fields:
        clean["next_step"] = clean_text(fields["next_step"], N_("next step"), NEXT_STEP_LIMIT)
    if "handed_to" in fields:
        clean["handed_to"] = clean_text(fields["handed_to"], N_("handed to"), 200)
    if "spotted_on" in fields:
        clean["spotted_on"] = clean_date(fields["spotted_on"], N_("date it was spotted"))
    if "project_id" in fields:
        clean["project_id"] = _spotted_on(session, client, fields["project_id"])
    return clean


def _spotted_on(session: Session, client: Client, project_id: object) -> int | None:
    """The project it was spotted on, which must be the client's own."""
    if project_id is None:
        return None
    project = get_or_raise(session, Project, project_id, N_("project"))
    if project.client_id != client.id:
        raise ValidationError(
            _(
                "{code} is a project of another client: an opportunity of {client} can only be "
                "spotted on one of {client}'s projects."
            ).format(code=project.code, client=client.name)
        )
    return project.id


def _subject(client: Client, row: Opportunity) -> audit.Subject:
    """The trail's subject: the client's, not a project's (it outlives the project)."""
    label = f"{client.name} {row.reference} {row.title}"
    return audit.Subject("opportunity", row.id, None, label)
