"""Use cases for clients and their contacts."""

from __future__ import annotations

from dataclasses import dataclass
from types import EllipsisType
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import Influence
from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Client, Contact
from cpm_desktop.services import audit
from cpm_desktop.services.validate import (
    clean_currency,
    clean_enum,
    clean_locale,
    clean_name,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.texts import N_, _


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """A client as a use case left it."""

    id: int
    name: str
    industry: str
    notes: str
    address: str
    currency: str  # what its new projects are priced in unless the PM says otherwise
    locale: str  # the language and formats its exports are written in


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A person at a client as a use case left them."""

    id: int
    client_id: int
    name: str
    role: str
    influence: Influence
    email: str
    phone: str


def find_client(session: Session, name: str) -> ClientRecord | None:
    """The client called `name`, whatever its case; None if there is none."""
    # Compared in Python: SQLite's lower() folds only ASCII, so 'École' ≠ 'ÉCOLE' there.
    folded = " ".join(name.split()).casefold()
    found = (c for c in session.scalars(select(Client)) if c.name.casefold() == folded)
    client = next(found, None)
    return None if client is None else _client_record(client)


def create_client(
    session: Session,
    name: str,
    *,
    industry: str = "",
    notes: str = "",
    address: str = "",
    currency: str = "EUR",
    locale: str = DEFAULT_LOCALE,
) -> ClientRecord:
    """Create a client; names are unique regardless of case."""
    name = clean_name(name, N_("client name"))
    if find_client(session, name) is not None:
        raise DuplicateError(_("A client named {name!r} already exists.").format(name=name))
    client = Client(
        name=name,
        industry=clean_text(industry, N_("industry"), 200),
        notes=clean_text(notes, N_("notes")),
        address=clean_text(address, N_("address"), 1_000),
        currency=clean_currency(currency),
        locale=clean_locale(locale),
    )
    session.add(client)
    session.flush()
    audit.record_created(session, client)
    return _client_record(client)


class ClientChanges(TypedDict, total=False):
    """The fields of a client `update_client` may change; any subset may be given."""

    name: str  # a rename: unique regardless of case
    industry: str
    notes: str
    address: str
    currency: str  # the default of its new projects; existing projects keep theirs
    locale: str  # the language and formats of its exports


def update_client(
    session: Session, client_id: int, **changes: Unpack[ClientChanges]
) -> ClientRecord:
    """Change the fields given, each audited; a refusal of any leaves the client as it was."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    cleaned: dict[str, object] = {}
    if "name" in changes:
        name = clean_name(changes["name"], N_("client name"))
        other = find_client(session, name)
        if other is not None and other.id != client.id:
            raise DuplicateError(_("A client named {name!r} already exists.").format(name=name))
        cleaned["name"] = name
    if "industry" in changes:
        cleaned["industry"] = clean_text(changes["industry"], N_("industry"), 200)
    if "notes" in changes:
        cleaned["notes"] = clean_text(changes["notes"], N_("notes"))
    if "address" in changes:
        cleaned["address"] = clean_text(changes["address"], N_("address"), 1_000)
    if "currency" in changes:
        cleaned["currency"] = clean_currency(changes["currency"])
    if "locale" in changes:
        cleaned["locale"] = clean_locale(changes["locale"])
    audit.set_fields(session, client, cleaned)
    session.flush()
    return _client_record(client)


def client_details(session: Session, client_id: int) -> ClientRecord:
    """A client's fields as they are now."""
    return _client_record(get_or_raise(session, Client, client_id, N_("client")))


def contacts_of(session: Session, client_id: int) -> tuple[ContactRecord, ...]:
    """The people at a client, by name (accents folded), for the set-up forms."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    return tuple(sorted(map(_contact_record, client.contacts), key=lambda c: (fold(c.name), c.id)))


def add_contact(
    session: Session,
    client_id: int,
    name: str,
    *,
    role: str = "",
    email: str = "",
    phone: str = "",
    influence: Influence | str = Influence.MEDIUM,
) -> ContactRecord:
    """Add a person at the client (sponsor, key user, approver...)."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    email = _clean_email(email)
    contact = Contact(
        client=client,
        name=clean_name(name, N_("contact name")),
        role=clean_text(role, N_("role"), 200),
        email=email,
        phone=clean_text(phone, N_("phone number"), 50),
        influence=clean_enum(Influence, influence, N_("influence")),
    )
    session.add(contact)
    session.flush()
    audit.record_created(session, contact)
    return _contact_record(contact)


def set_contact_role(
    session: Session,
    contact_id: int,
    *,
    role: str | None = None,
    influence: Influence | str | None = None,
) -> ContactRecord:
    """Change a contact's role and/or influence (low, medium, high; None: keep); audited."""
    contact = get_or_raise(session, Contact, contact_id, N_("contact"))
    audit.set_fields(session, contact, _role_changes(role, influence))
    session.flush()
    return _contact_record(contact)


def update_contact(
    session: Session,
    contact_id: int,
    *,
    name: str | EllipsisType = ...,
    role: str | EllipsisType = ...,
    email: str | EllipsisType = ...,
    phone: str | EllipsisType = ...,
    influence: Influence | str | EllipsisType = ...,
) -> ContactRecord:
    """Change the given fields of a contact (`...`: keep), checked as when added; audited."""
    contact = get_or_raise(session, Contact, contact_id, N_("contact"))
    changes: dict[str, object] = {}
    if not isinstance(name, EllipsisType):
        changes["name"] = clean_name(name, N_("contact name"))
    if not isinstance(email, EllipsisType):
        changes["email"] = _clean_email(email)
    if not isinstance(phone, EllipsisType):
        changes["phone"] = clean_text(phone, N_("phone number"), 50)
    changes |= _role_changes(
        None if isinstance(role, EllipsisType) else role,
        None if isinstance(influence, EllipsisType) else influence,
    )
    audit.set_fields(session, contact, changes)
    session.flush()
    return _contact_record(contact)


def _clean_email(value: object) -> str:
    email = clean_text(value, N_("e-mail address"), 254)
    if email and ("@" not in email or " " in email):
        raise ValidationError(_("{email!r} is not an e-mail address.").format(email=email))
    return email


def _role_changes(role: str | None, influence: Influence | str | None) -> dict[str, object]:
    """The checked role and influence to set (None: keep)."""
    changes: dict[str, object] = {}
    if role is not None:
        changes["role"] = clean_text(role, N_("role"), 200)
    if influence is not None:
        changes["influence"] = clean_enum(Influence, influence, N_("influence"))
    return changes


def _client_record(client: Client) -> ClientRecord:
    return ClientRecord(
        id=client.id,
        name=client.name,
        industry=client.industry,
        notes=client.notes,
        address=client.address,
        currency=client.currency,
        locale=client.locale,
    )


def _contact_record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        id=contact.id,
        client_id=contact.client_id,
        name=contact.name,
        role=contact.role,
        influence=Influence(contact.influence),
        email=contact.email,
        phone=contact.phone,
    )
