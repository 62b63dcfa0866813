"""Writers of the team: roles, the workspace's resources and the dated rate card.

Each is validated (a refusal writes nothing) and audited. A resource that booked hours
stays: its timesheets are the project's actual cost.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import (
    Assignment,
    Calendar,
    Resource,
    ResourceRate,
    Role,
    Task,
    TimesheetEntry,
    Vendor,
)
from cpm_desktop.services import audit
from cpm_desktop.services.portfolio.exchange_rates import clean_currency
from cpm_desktop.services.team.views import (
    RateRow,
    ResourceRow,
    RoleRow,
    rate_row,
    resource_row,
    role_row,
)
from cpm_desktop.services.validate import (
    clean_date,
    clean_enum,
    clean_flag,
    clean_money,
    clean_name,
    clean_text,
    fold,
    get_or_raise,
    number_text,
)
from cpm_desktop.texts import N_, _, ngettext

MAX_UNITS = 100.0  # a crew of a hundred full-time people is one resource at most
RESOURCE_FIELDS = frozenset(
    {
        "name",
        "kind",
        "role_id",
        "employer",
        "vendor_id",
        "max_units",
        "calendar_id",
        "material_unit",
        "email",
        "notes",
        "active",
    }
)
# One sentence per kind: each language names the kind its own way.
_ASSIGNED_AS = {
    ResourceKind.WORK: N_(
        "{name} is assigned to tasks as a work resource: "
        "remove those assignments before changing its kind."
    ),
    ResourceKind.MATERIAL: N_(
        "{name} is assigned to tasks as a material resource: "
        "remove those assignments before changing its kind."
    ),
    ResourceKind.COST: N_(
        "{name} is assigned to tasks as a cost resource: "
        "remove those assignments before changing its kind."
    ),
}


# -- roles --------------------------------------------------------------------------------


def add_role(session: Session, name: str, *, description: str = "") -> RoleRow:
    """Add a role to the rate card; names are unique regardless of case."""
    role = Role(name=_unique_role_name(session, name, None), description=_description(description))
    session.add(role)
    session.flush()
    audit.record_created(session, _role_subject(role))
    return role_row(role)


def edit_role(
    session: Session, role_id: int, *, name: str | None = None, description: str | None = None
) -> RoleRow:
    """Rename a role or change its description (None: keep); audited."""
    role = get_or_raise(session, Role, role_id, N_("role"))
    wanted: dict[str, object] = {}
    if name is not None:
        wanted["name"] = _unique_role_name(session, name, role.id)
    if description is not None:
        wanted["description"] = _description(description)
    audit.set_fields(session, role, wanted, about=_role_subject(role))
    session.flush()
    return role_row(role)


def delete_role(session: Session, role_id: int) -> None:
    """Remove a role and its rates; refused while resources hold it."""
    role = get_or_raise(session, Role, role_id, N_("role"))
    held = list(session.scalars(select(Resource.name).where(Resource.role_id == role.id)))
    if held:
        raise ValidationError(
            _("The role {role!r} is held by {names}: give them another role first.").format(
                role=role.name, names=_names(held)
            )
        )
    for rate in session.scalars(select(ResourceRate).where(ResourceRate.role_id == role.id)):
        audit.record_deleted(session, _rate_subject(session, rate))
        session.delete(rate)
    audit.record_deleted(session, _role_subject(role))
    session.delete(role)
    session.flush()


# -- resources ----------------------------------------------------------------------------


def add_resource(
    session: Session,
    name: str,
    *,
    kind: ResourceKind = ResourceKind.WORK,
    role_id: int | None = None,
    employer: Employer = Employer.US,
    vendor_id: int | None = None,
    max_units: float = 1.0,
    calendar_id: int | None = None,
    material_unit: str = "",
    email: str = "",
    notes: str = "",
) -> ResourceRow:
    """Add a resource to the workspace (a person, a material or a cost); validated, audited."""
    resource = Resource(name=_unique_resource_name(session, name, None), active=True)
    _apply(
        session,
        resource,
        {
            "kind": kind,
            "role_id": role_id,
            "employer": employer,
            "vendor_id": vendor_id,
            "max_units": max_units,
            "calendar_id": calendar_id,
            "material_unit": material_unit,
            "email": email,
            "notes": notes,
        },
    )
    session.add(resource)
    session.flush()
    audit.record_created(session, _resource_subject(resource))
    return resource_row(session, resource)


def edit_resource(session: Session, resource_id: int, **fields: object) -> ResourceRow:
    """Change the given fields of a resource (any of RESOURCE_FIELDS); audited.

    Its kind stays while it has assignments: their units and work mean another thing.
    """
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    unknown = set(fields) - RESOURCE_FIELDS
    if unknown:
        raise ValidationError(f"A resource has no field {', '.join(sorted(unknown))}.")
    wanted: dict[str, object] = {}
    if "name" in fields:
        wanted["name"] = _unique_resource_name(session, fields["name"], resource.id)
    if "active" in fields:
        wanted["active"] = clean_flag(fields["active"], N_("active flag"))
    probe = Resource(
        kind=resource.kind,
        role_id=resource.role_id,
        employer=resource.employer,
        vendor_id=resource.vendor_id,
        max_units=resource.max_units,
        calendar_id=resource.calendar_id,
        material_unit=resource.material_unit,
        email=resource.email,
        notes=resource.notes,
    )
    rest = {k: v for k, v in fields.items() if k not in ("name", "active")}
    _apply(session, probe, {**_current(resource), **rest})
    for key in rest:
        wanted[key] = getattr(probe, key)
    if wanted.get("kind", resource.kind) is not resource.kind and _assigned(session, resource.id):
        raise ValidationError(_(_ASSIGNED_AS[resource.kind]).format(name=resource.name))
    audit.set_fields(session, resource, wanted, about=_resource_subject(resource))
    session.flush()
    return resource_row(session, resource)


def delete_resource(session: Session, resource_id: int) -> None:
    """Remove a resource, its own rates and its assignments; refused while it has booked
    hours (they are actual cost)."""
    resource = get_or_raise(session, Resource, resource_id, N_("resource"))
    booked = session.scalar(
        select(func.coalesce(func.sum(TimesheetEntry.hours), 0.0)).where(
            TimesheetEntry.resource_id == resource.id
        )
    )
    if booked:
        # The English says "hours" for any count; the languages choose their form.
        raise ValidationError(
            ngettext(
                "{name} has {hours} hours booked on timesheets: they are actual cost "
                "of the projects, so the resource stays (mark it inactive instead).",
                "{name} has {hours} hours booked on timesheets: they are actual cost "
                "of the projects, so the resource stays (mark it inactive instead).",
                int(booked) if float(booked).is_integer() else 2,
            ).format(name=resource.name, hours=number_text(booked))
        )
    for entry in session.scalars(
        select(TimesheetEntry).where(TimesheetEntry.resource_id == resource.id)
    ):
        session.delete(entry)  # rows of zero hours: nothing booked
    for assignment in session.scalars(
        select(Assignment).where(Assignment.resource_id == resource.id)
    ):
        task = session.get_one(Task, assignment.task_id)
        label = f"{resource.name} on {task.name}"
        audit.record_deleted(
            session, audit.Subject("assignment", assignment.id, task.project_id, label)
        )
        session.delete(assignment)
    for rate in session.scalars(
        select(ResourceRate).where(ResourceRate.resource_id == resource.id)
    ):
        audit.record_deleted(session, _rate_subject(session, rate))
        session.delete(rate)
    audit.record_deleted(session, _resource_subject(resource))
    session.delete(resource)
    session.flush()


# -- rates --------------------------------------------------------------------------------


def set_rate(
    session: Session,
    *,
    role_id: int | None = None,
    resource_id: int | None = None,
    effective_from: dt.date,
    cost_rate: Decimal | int | str,
    bill_rate: Decimal | int | str,
    currency: str,
    cost_per_use: Decimal | int | str = Decimal(0),
) -> RateRow:
    """Set the rate of a role or of one resource from `effective_from` on (the rate of that
    day is replaced if there is one); audited."""
    if (role_id is None) == (resource_id is None):
        raise ValidationError(_("A rate belongs to a role or to one resource: name one of them."))
    if role_id is not None:
        get_or_raise(session, Role, role_id, N_("role"))
    if resource_id is not None:
        get_or_raise(session, Resource, resource_id, N_("resource"))
    day = clean_date(effective_from, N_("date the rate applies from"))
    values: dict[str, object] = {
        "cost_rate": clean_money(cost_rate, N_("cost rate")),
        "bill_rate": clean_money(bill_rate, N_("bill rate")),
        "cost_per_use": clean_money(cost_per_use, N_("cost per use")),
        "currency": clean_currency(currency),
    }
    rate = session.scalars(
        select(ResourceRate).where(
            ResourceRate.role_id.is_(None) if role_id is None else ResourceRate.role_id == role_id,
            ResourceRate.resource_id.is_(None)
            if resource_id is None
            else ResourceRate.resource_id == resource_id,
            ResourceRate.effective_from == day,
        )
    ).first()
    if rate is None:
        rate = ResourceRate(role_id=role_id, resource_id=resource_id, effective_from=day, **values)
        session.add(rate)
        session.flush()
        audit.record_created(session, _rate_subject(session, rate))
    else:
        audit.set_fields(session, rate, values, about=_rate_subject(session, rate))
        session.flush()
    return rate_row(session, rate)


def delete_rate(session: Session, rate_id: int) -> None:
    """Remove a dated rate; the one before it applies again from its day on; audited."""
    rate = get_or_raise(session, ResourceRate, rate_id, N_("rate"))
    audit.record_deleted(session, _rate_subject(session, rate))
    session.delete(rate)
    session.flush()


# -- helpers ------------------------------------------------------------------------------


def _apply(session: Session, resource: Resource, fields: dict[str, object]) -> None:
    """Validate and set a resource's fields besides its name and active flag."""
    kind = clean_enum(ResourceKind, fields["kind"], N_("resource kind"))
    employer = clean_enum(Employer, fields["employer"], N_("employer"))
    role_id = fields["role_id"]
    if role_id is not None:
        role_id = get_or_raise(session, Role, role_id, N_("role")).id
    vendor_id = fields["vendor_id"]
    if vendor_id is not None:
        vendor_id = get_or_raise(session, Vendor, vendor_id, N_("vendor")).id
        if employer is not Employer.VENDOR:
            raise ValidationError(_("A resource of a vendor is employed by the vendor."))
    calendar_id = fields["calendar_id"]
    if calendar_id is not None:
        calendar_id = get_or_raise(session, Calendar, calendar_id, N_("calendar")).id
    units = fields["max_units"]
    if isinstance(units, bool) or not isinstance(units, int | float):
        raise ValidationError(_("The maximum units must be a number such as 1 (full time)."))
    if not 0 < units <= MAX_UNITS:
        raise ValidationError(
            _("The maximum units must be above 0 and at most {maximum}.").format(
                maximum=number_text(MAX_UNITS)
            )
        )
    resource.kind = kind
    resource.employer = employer
    resource.role_id = role_id
    resource.vendor_id = vendor_id
    resource.calendar_id = calendar_id
    resource.max_units = float(units)
    resource.material_unit = clean_text(fields["material_unit"], N_("material unit"), 40)
    resource.email = clean_text(fields["email"], N_("email"), 200)
    resource.notes = clean_text(fields["notes"], N_("notes"))


def _current(resource: Resource) -> dict[str, object]:
    return {
        "kind": resource.kind,
        "role_id": resource.role_id,
        "employer": resource.employer,
        "vendor_id": resource.vendor_id,
        "max_units": resource.max_units,
        "calendar_id": resource.calendar_id,
        "material_unit": resource.material_unit,
        "email": resource.email,
        "notes": resource.notes,
    }


def _assigned(session: Session, resource_id: int) -> bool:
    found = session.scalar(
        select(Assignment.id).where(Assignment.resource_id == resource_id).limit(1)
    )
    return found is not None


def _unique_role_name(session: Session, name: object, own_id: int | None) -> str:
    text = clean_name(name, N_("role name"))
    for other_id, other in session.execute(select(Role.id, Role.name)):
        if other_id != own_id and fold(other) == fold(text):
            raise DuplicateError(_("A role named {name!r} already exists.").format(name=other))
    return text


def _unique_resource_name(session: Session, name: object, own_id: int | None) -> str:
    text = clean_name(name, N_("resource name"))
    for other_id, other in session.execute(select(Resource.id, Resource.name)):
        if other_id != own_id and fold(other) == fold(text):
            raise DuplicateError(_("A resource named {name!r} already exists.").format(name=other))
    return text


def _description(text: object) -> str:
    return clean_text(text, N_("role description"), 4_000)


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:3])
    more = len(names) - 3
    if more <= 0:
        return shown
    # The English says "more" for any count; the languages choose their form.
    return ngettext("{shown} and {count} more", "{shown} and {count} more", more).format(
        shown=shown, count=more
    )


def _role_subject(role: Role) -> audit.Subject:
    return audit.Subject("role", role.id, None, role.name)


def _resource_subject(resource: Resource) -> audit.Subject:
    return audit.Subject("resource", resource.id, None, resource.name)


def _rate_subject(session: Session, rate: ResourceRate) -> audit.Subject:
    owner = session.get(Role, rate.role_id) if rate.role_id else None
    holder = owner or (session.get(Resource, rate.resource_id) if rate.resource_id else None)
    name = holder.name if holder else "?"
    label = f"Rate of {name} from {rate.effective_from.isoformat()}"
    return audit.Subject("resource_rate", rate.id, None, label)
