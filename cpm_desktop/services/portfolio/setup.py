"""Set-up use cases made of several writers, each one transaction (one undoable edit): a
client with its contacts, a project's properties with its open-book setting, a plan file
imported as a new project under the frame the PM typed. Every field is checked, and audited,
by the writer it goes through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.interchange.model import Plan
from cpm_desktop.services.interchange.importing import ImportResult, import_plan
from cpm_desktop.services.portfolio.clients import (
    ClientChanges,
    ClientRecord,
    add_contact,
    create_client,
    update_client,
    update_contact,
)
from cpm_desktop.services.portfolio.projects import (
    NewProject,
    ProjectChanges,
    ProjectRecord,
    set_open_book,
    update_project,
)


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """A person at a client as the client form holds them; `id` None: not saved yet."""

    id: int | None
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class ClientFields:
    """Every field of the client form."""

    name: str
    industry: str
    address: str
    currency: str
    notes: str
    locale: str = DEFAULT_LOCALE


def create_client_with_contacts(
    session: Session, fields: ClientFields, contacts: Sequence[ContactEntry]
) -> ClientRecord:
    """New Client: the client and its contacts, in the caller's one transaction."""
    client = create_client(
        session,
        fields.name,
        industry=fields.industry,
        notes=fields.notes,
        address=fields.address,
        currency=fields.currency,
        locale=fields.locale,
    )
    _save_contacts(session, client.id, contacts)
    return client


def save_client(
    session: Session, client_id: int, changes: ClientChanges, contacts: Sequence[ContactEntry]
) -> ClientRecord:
    """Client › Properties: the changed fields, the contacts edited and the ones added."""
    client = update_client(session, client_id, **changes)
    _save_contacts(session, client_id, contacts)
    return client


def _save_contacts(session: Session, client_id: int, contacts: Sequence[ContactEntry]) -> None:
    for contact in contacts:
        if contact.id is None:
            add_contact(
                session,
                client_id,
                contact.name,
                role=contact.role,
                email=contact.email,
                phone=contact.phone,
            )
        else:
            update_contact(
                session,
                contact.id,
                name=contact.name,
                role=contact.role,
                email=contact.email,
                phone=contact.phone,
            )


def save_project(
    session: Session, project_id: int, changes: ProjectChanges, open_book: bool | None
) -> ProjectRecord:
    """Project › Properties: the changed fields and, unless None, the open-book setting."""
    record = update_project(session, project_id, **changes)
    if open_book is not None:
        record = set_open_book(session, project_id, open_book)
    return record


def import_as_project(session: Session, plan: Plan, client: str, new: NewProject) -> ImportResult:
    """New Project from a file: import the plan for `client`, then give it the dialog's frame
    (the file keeps its start date and calendar)."""
    imported = import_plan(session, plan, client_name=client)
    changes: ProjectChanges = {
        "code": new.code,
        "name": new.name,
        "manager": new.manager,
        "budget": new.budget,
        "contract_value": new.contract_value,
        "objective": new.objective,
        "contract_type": new.contract_type,
        "cadence": new.cadence,
        "sponsor_id": new.sponsor_id,
    }
    if new.currency is not None:
        changes["currency"] = new.currency
    record = update_project(session, imported.project_id, **changes)
    return replace(imported, code=record.code, name=record.name)
