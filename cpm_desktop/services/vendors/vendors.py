"""Use cases for the workspace's vendors: add, edit and delete a supplier company; audited.

Vendors are the workspace's, like clients: one supplier serves several projects.
"""

from __future__ import annotations

from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Project, PurchaseOrder, Vendor
from cpm_desktop.services import audit
from cpm_desktop.services.validate import clean_name, clean_text, fold, get_or_raise
from cpm_desktop.services.vendors.views import VendorRow, vendor_row
from cpm_desktop.texts import N_, _, ngettext

CONTACT_LIMIT = 200
NOTES_LIMIT = 4_000


class VendorFields(TypedDict, total=False):
    """The editable fields of a vendor; any subset may be given."""

    name: str
    contact: str  # who to call: "Jens Möller, account manager, +49 40 …"
    notes: str


def add_vendor(session: Session, name: str, *, contact: str = "", notes: str = "") -> VendorRow:
    """Add a supplier company with a name no other vendor has."""
    vendor = Vendor(name="", contact="", notes="")
    _apply(session, vendor, VendorFields(name=name, contact=contact, notes=notes))
    session.add(vendor)
    session.flush()
    audit.record_created(session, subject(vendor))
    return vendor_row(session, vendor.id)


def edit_vendor(session: Session, vendor_id: int, **fields: Unpack[VendorFields]) -> VendorRow:
    """Change the fields given, each audited."""
    vendor = get_or_raise(session, Vendor, vendor_id, N_("vendor"))
    about = subject(vendor)
    before = {name: getattr(vendor, name) for name in fields}
    _apply(session, vendor, fields)
    for name, old in before.items():
        audit.record_field(session, about, name, old, getattr(vendor, name))
    session.flush()
    return vendor_row(session, vendor.id)


def delete_vendor(session: Session, vendor_id: int) -> None:
    """Delete a vendor that holds no purchase order; its people stay, of no vendor."""
    vendor = get_or_raise(session, Vendor, vendor_id, N_("vendor"))
    orders = session.execute(
        select(Project.code, PurchaseOrder.number)
        .join(Project, Project.id == PurchaseOrder.project_id)
        .where(PurchaseOrder.vendor_id == vendor.id)
        .order_by(Project.code, PurchaseOrder.number)
    ).all()
    if orders:
        named = ", ".join(f"{code} {number}" for code, number in orders[:3])
        more = len(orders) - 3
        refusal = (
            ngettext(
                "{vendor} holds purchase orders ({orders} and {count} more); delete those first.",
                "{vendor} holds purchase orders ({orders} and {count} more); delete those first.",
                more,
            )
            if more > 0
            else _("{vendor} holds purchase orders ({orders}); delete those first.")
        )
        raise ValidationError(refusal.format(vendor=vendor.name, orders=named, count=more))
    audit.record_deleted(session, subject(vendor))
    session.delete(vendor)
    session.flush()


def subject(vendor: Vendor) -> audit.Subject:
    """How the audit trail names a vendor (workspace-wide, of no project)."""
    return audit.Subject("vendor", vendor.id, None, vendor.name)


def _apply(session: Session, vendor: Vendor, fields: VendorFields) -> None:
    unknown = sorted(fields.keys() - VendorFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown vendor fields: {', '.join(unknown)}.")
    if "name" in fields:
        name = clean_name(fields["name"], N_("vendor name"))
        for other in session.scalars(select(Vendor).where(Vendor.id != vendor.id)):
            if fold(other.name) == fold(name):
                raise DuplicateError(
                    _("A vendor named {name!r} already exists.").format(name=other.name)
                )
        vendor.name = name
    if "contact" in fields:
        vendor.contact = clean_text(fields["contact"], N_("vendor contact"), CONTACT_LIMIT)
    if "notes" in fields:
        vendor.notes = clean_text(fields["notes"], N_("vendor notes"), NOTES_LIMIT)
