"""Read models of the team: the roles, the workspace's resources and the dated rate card.

`rate_on` is the one rule for which rate applies: the resource's own rate in force on the
day, else its role's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.models import Resource, ResourceRate, Role, Vendor
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class RoleRow:
    """A role of the rate card."""

    id: int
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class ResourceRow:
    """A resource of the workspace as plain values (None where nothing is linked)."""

    id: int
    name: str
    kind: ResourceKind
    role_id: int | None
    role: str | None
    employer: Employer
    vendor_id: int | None
    vendor: str | None
    max_units: float
    calendar_id: int | None
    material_unit: str
    email: str
    notes: str
    active: bool


@dataclass(frozen=True, slots=True)
class RateRow:
    """A dated rate of a role or of one resource: per hour (or per unit of a material)."""

    id: int
    role_id: int | None
    role: str | None
    resource_id: int | None
    resource: str | None
    effective_from: dt.date
    cost_rate: Decimal
    bill_rate: Decimal
    cost_per_use: Decimal
    currency: str


def roles(session: Session) -> tuple[RoleRow, ...]:
    """Every role, by name."""
    found = session.scalars(select(Role))
    return tuple(sorted((role_row(r) for r in found), key=lambda r: fold(r.name)))


def resources(session: Session) -> tuple[ResourceRow, ...]:
    """Every resource of the workspace, by name (the inactive ones too)."""
    found = session.scalars(select(Resource))
    return tuple(sorted((resource_row(session, r) for r in found), key=lambda r: fold(r.name)))


def rates(session: Session) -> tuple[RateRow, ...]:
    """The rate card: the roles' rates, then the resources' own, each by name then date."""
    found = [rate_row(session, r) for r in session.scalars(select(ResourceRate))]
    return tuple(
        sorted(
            found,
            key=lambda r: (
                r.role is None,
                fold(r.role or r.resource or ""),
                r.effective_from,
            ),
        )
    )


def rate_on(session: Session, resource_id: int, day: dt.date) -> RateRow | None:
    """The rate in force for a resource on `day`: its own latest rate from `day` or before,
    else its role's; None when neither has one."""
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    owners = [ResourceRate.resource_id == resource.id]
    if resource.role_id is not None:
        owners.append(ResourceRate.role_id == resource.role_id)
    for owner in owners:
        rate = session.scalars(
            select(ResourceRate)
            .where(owner, ResourceRate.effective_from <= day)
            .order_by(ResourceRate.effective_from.desc())
            .limit(1)
        ).first()
        if rate is not None:
            return rate_row(session, rate)
    return None


def rate_cards(session: Session) -> RateCard:
    """Every rate at once, for reads that price many days (the costs of a project)."""
    card: dict[tuple[str, int], list[RateRow]] = {}
    for rate in session.scalars(select(ResourceRate)):
        row = rate_row(session, rate)
        key = ("resource", row.resource_id) if row.resource_id else ("role", row.role_id or 0)
        card.setdefault(key, []).append(row)
    roles_of = dict(session.execute(select(Resource.id, Resource.role_id)).all())
    return RateCard(
        {k: tuple(sorted(v, key=lambda r: r.effective_from)) for k, v in card.items()}, roles_of
    )


@dataclass(frozen=True, slots=True)
class RateCard:
    """The workspace's rates in memory: `on(resource_id, day)` answers as `rate_on` does."""

    by_owner: dict[tuple[str, int], tuple[RateRow, ...]]
    role_of: dict[int, int | None]

    def on(self, resource_id: int, day: dt.date) -> RateRow | None:
        """The resource's own rate in force on `day`, else its role's; None without one."""
        own = _latest(self.by_owner.get(("resource", resource_id), ()), day)
        if own is not None:
            return own
        role_id = self.role_of.get(resource_id)
        return None if role_id is None else _latest(self.by_owner.get(("role", role_id), ()), day)

    @property
    def empty(self) -> bool:
        """True when the workspace has no rate at all."""
        return not self.by_owner


def role_row(role: Role) -> RoleRow:
    """A role as plain values."""
    return RoleRow(role.id, role.name, role.description)


def resource_row(session: Session, resource: Resource) -> ResourceRow:
    """A resource as plain values, its role's and vendor's names looked up."""
    role = session.get(Role, resource.role_id) if resource.role_id else None
    vendor = session.get(Vendor, resource.vendor_id) if resource.vendor_id else None
    return ResourceRow(
        id=resource.id,
        name=resource.name,
        kind=resource.kind,
        role_id=resource.role_id,
        role=role.name if role else None,
        employer=resource.employer,
        vendor_id=resource.vendor_id,
        vendor=vendor.name if vendor else None,
        max_units=resource.max_units,
        calendar_id=resource.calendar_id,
        material_unit=resource.material_unit,
        email=resource.email,
        notes=resource.notes,
        active=resource.active,
    )


def rate_row(session: Session, rate: ResourceRate) -> RateRow:
    """A rate as plain values, its role's or resource's name looked up."""
    role = session.get(Role, rate.role_id) if rate.role_id else None
    resource = session.get(Resource, rate.resource_id) if rate.resource_id else None
    return RateRow(
        id=rate.id,
        role_id=rate.role_id,
        role=role.name if role else None,
        resource_id=rate.resource_id,
        resource=resource.name if resource else None,
        effective_from=rate.effective_from,
        cost_rate=rate.cost_rate,
        bill_rate=rate.bill_rate,
        cost_per_use=rate.cost_per_use,
        currency=rate.currency,
    )


def _latest(rows: tuple[RateRow, ...], day: dt.date) -> RateRow | None:
    usable = [r for r in rows if r.effective_from <= day]
    return usable[-1] if usable else None
