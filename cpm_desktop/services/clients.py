"""Use cases for clients and their contacts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Client, Contact, Influence
from cpm_desktop.services.audit import record_created, record_field
from cpm_desktop.services.validate import clean_enum, clean_name, clean_text, get_or_raise


def find_client(session: Session, name: str) -> Client | None:
    """The client called `name`, whatever its case; None if there is none."""
    # Compared in Python: SQLite's lower() folds only ASCII, so 'École' ≠ 'ÉCOLE' there.
    folded = " ".join(name.split()).casefold()
    return next((c for c in session.scalars(select(Client)) if c.name.casefold() == folded), None)


def create_client(session: Session, name: str, *, industry: str = "", notes: str = "") -> Client:
    """Create a client; names are unique regardless of case."""
    name = clean_name(name, "client name")
    if find_client(session, name) is not None:
        raise DuplicateError(f"A client named {name!r} already exists.")
    client = Client(
        name=name,
        industry=clean_text(industry, "industry", 200),
        notes=clean_text(notes, "notes"),
    )
    session.add(client)
    session.flush()
    record_created(session, project_id=None, entity="client", entity_id=client.id, label=name)
    return client


def add_contact(
    session: Session,
    client_id: int,
    name: str,
    *,
    role: str = "",
    email: str = "",
    phone: str = "",
) -> Contact:
    """Add a person at the client (sponsor, key user, approver...)."""
    client = get_or_raise(session, Client, client_id, "client")
    email = clean_text(email, "e-mail address", 254)
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"{email!r} is not an e-mail address.")
    contact = Contact(
        client=client,
        name=clean_name(name, "contact name"),
        role=clean_text(role, "role", 200),
        email=email,
        phone=clean_text(phone, "phone number", 50),
    )
    session.add(contact)
    session.flush()
    record_created(
        session,
        project_id=None,
        entity="contact",
        entity_id=contact.id,
        label=f"{contact.name} ({client.name})",
    )
    return contact


def set_contact_role(
    session: Session,
    contact_id: int,
    *,
    role: str | None = None,
    influence: Influence | str | None = None,
) -> Contact:
    """Change a contact's role and/or influence (low, medium, high; None: keep); audited."""
    contact = get_or_raise(session, Contact, contact_id, "contact")
    changes: dict[str, object] = {}
    if role is not None:
        changes["role"] = clean_text(role, "role", 200)
    if influence is not None:
        changes["influence"] = clean_enum(Influence, influence, "influence")
    for name, new in changes.items():
        record_field(
            session, project_id=None, entity="contact", entity_id=contact.id,
            label=f"{contact.name} ({contact.client.name})", field=name,
            old=getattr(contact, name), new=new,
        )  # fmt: skip
        setattr(contact, name, new)
    session.flush()
    return contact
