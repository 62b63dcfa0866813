"""The warehouse project's charter: objectives, the statement of work and its signed versions.

Five objectives (two met, one missed, two measured only after go-live), the scope as signed in
SOW 1.0, and the change requests that moved it since: CR-001 (approved) brings cross-docking
into scope, CR-002 (implemented) the DB Schenker label, CR-006 (still under assessment) would
bring the yard management interfaces in. SOW 1.1 was signed after the first two.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import CLIENT_IT, KEY_USER
from cpm_desktop.domain.charter import ScopeKind
from cpm_desktop.models import ChangeRequest
from cpm_desktop.services.charter.objectives import add_objective
from cpm_desktop.services.charter.scope import add_scope_line, set_change_scope
from cpm_desktop.services.charter.sow import add_sow_version

D = dt.date
K = ScopeKind
SPONSOR = "Henrik Sørensen"

# objective, measure, target, actual, met
OBJECTIVES: tuple[tuple[str, str, str, str, bool | None], ...] = (
    (
        "Run the Hamburg DC on the new WMS without losing a shipping day at cut-over",
        "Shipping days lost at cut-over",
        "0 days",
        "",
        None,
    ),
    (
        "Raise pick accuracy to best in class",
        "Order lines picked without error, first month after go-live",
        "≥ 99.8 % (today 99.1 %)",
        "",
        None,
    ),
    (
        "Agree the charter and a baselined plan within the first four weeks",
        "Charter signed and plan baselined",
        "By 2 Oct 2026",
        "Charter 11 Sep, plan baselined 29 Sep 2026",
        True,
    ),
    (
        "Have the hosting and architecture approved before the build starts",
        "Architecture approval by Nordhaven IT",
        "Approved before the build",
        "Approved 23 Oct 2026",
        True,
    ),
    (
        "Sign off the functional and integration designs on time",
        "Inbound, outbound and SAP designs signed by the key users",
        "All three by 13 Nov 2026",
        "Inbound with the client; outbound and SAP about two weeks late",
        False,
    ),
)

IN_SCOPE = (
    "Cloud WMS for the Hamburg DC: receiving, put-away, inventory, picking, packing, shipping",
    "RF scanner workflows for every warehouse process, three shifts",
    "SAP S/4HANA interfaces: item master, purchase orders, sales orders and goods issue",
    "Carrier interfaces to DHL and DB Schenker, with DHL's parcel and pallet labels",
    "Migration of the item master, storage bins and open stock from the legacy WMS",
    "Management reports and KPI dashboards from the standard report set",
    "Train-the-trainer for 12 key users; the key users train the end users",
    "Four weeks of on-site hypercare after go-live",
)
OUT_OF_SCOPE = (
    "Cross-docking and value-added services",
    "Yard management and dock scheduling",
    "Transport management and route planning",
    "Nordhaven's other sites (Bremen, Leipzig)",
)
# text, owner, due
ASSUMPTIONS = (
    ("Nordhaven provides 12 key users, half of their time, from design to go-live", KEY_USER, None),
    (
        "Nordhaven IT delivers the SAP S/4HANA interface specifications",
        CLIENT_IT,
        D(2026, 10, 30),
    ),
    ("Nordhaven cleanses the item master before the trial migration", KEY_USER, D(2027, 2, 12)),
)
CONSTRAINTS = (
    "Go-live by 12 April 2027, before the summer peak builds up",
    "Cut-over over a weekend: the DC ships Monday to Saturday",
)
DEPENDENCIES = (
    (
        "SAP S/4HANA test system with the interface endpoints open to the WMS",
        CLIENT_IT,
        D(2027, 1, 8),
    ),
    ("DB Schenker certifies the SSCC pallet label", "DB Schenker (carrier)", D(2027, 2, 12)),
    (
        "RF scanners and label printers delivered and installed on the floor",
        "Nordhaven IT procurement",
        D(2027, 2, 26),
    ),
)
# change request number → (lines it adds, lines it removes)
SCOPE_CHANGES: dict[int, tuple[tuple[tuple[ScopeKind, str], ...], tuple[str, ...]]] = {
    1: (
        ((K.IN_SCOPE, "Cross-docking for Alster Foods: cross-dock receipts, door-to-door moves"),),
        ("Cross-docking and value-added services",),
    ),
    2: (((K.IN_SCOPE, "DB Schenker SSCC pallet label with its routing barcode"),), ()),
    6: (
        ((K.IN_SCOPE, "Yard management interfaces: dock appointments in, loading status out"),),
        ("Yard management and dock scheduling",),
    ),
}


def add_demo_charter(session: Session, project_id: int) -> None:
    """Write the warehouse project's charter; its change requests must exist already."""
    for objective, measure, target, actual, met in OBJECTIVES:
        add_objective(
            session, project_id, objective, measure=measure, target=target, actual=actual, met=met
        )
    lines: dict[str, int] = {}
    for kind, texts in ((K.IN_SCOPE, IN_SCOPE), (K.OUT_OF_SCOPE, OUT_OF_SCOPE)):
        for text in texts:
            lines[text] = add_scope_line(session, project_id, kind, text).id
    for text, owner, due in ASSUMPTIONS:
        add_scope_line(session, project_id, K.ASSUMPTION, text, owner=owner, due_on=due)
    for text in CONSTRAINTS:
        add_scope_line(session, project_id, K.CONSTRAINT, text)
    for text, owner, due in DEPENDENCIES:
        add_scope_line(session, project_id, K.DEPENDENCY, text, owner=owner, due_on=due)
    add_sow_version(
        session,
        project_id,
        "1.0",
        issued_on=D(2026, 8, 28),
        signed_on=D(2026, 9, 4),
        signed_by=SPONSOR,
        form_received=True,
        note="Signed before the kick-off; the contract baseline.",
    )
    for number, (adds, removes) in SCOPE_CHANGES.items():
        cr_id = session.scalars(
            select(ChangeRequest.id).where(
                ChangeRequest.project_id == project_id, ChangeRequest.number == number
            )
        ).one()
        set_change_scope(session, cr_id, adds=adds, removes=[lines[text] for text in removes])
    add_sow_version(
        session,
        project_id,
        "1.1",
        issued_on=D(2026, 10, 15),
        signed_on=D(2026, 10, 21),
        signed_by=SPONSOR,
        note="Takes in CR-001 (cross-docking) and CR-002 (DB Schenker label). Signed by e-mail; "
        "the signed paper form is awaited.",
    )
