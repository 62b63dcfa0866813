"""The demo's change log for NHL-WMS, as it stands at the 20 Nov 2026 status date.

Eight requests in different states, raised by Nordhaven's people from September on. No
schedule impact is applied to the plan: the demo plan's dates stay as the other views expect.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.change_workflow import NEEDS_DECISION
from cpm_desktop.models import ChangeRequest, Contact, Project
from cpm_desktop.services.changes.requests import add_change_request, transition

D = dt.date
SPONSOR = "Henrik Sørensen"
KEY_USER = "Miriam Albers"
PMO = "Jonas Richter"
DECIDER = "Henrik Sørensen (Nordhaven), steering committee"


@dataclass(frozen=True, slots=True)
class DemoChange:
    """One request: who raised it when, its fields, affected tasks and its workflow steps."""

    title: str
    requester: str
    raised: dt.date
    fields: Mapping[str, Any]
    tasks: tuple[str, ...] = ()
    steps: tuple[tuple[str, dt.date, str], ...] = ()  # status, date, comment
    decision: str = ""  # notes, for an Approved or Rejected step


CHANGES: tuple[DemoChange, ...] = (
    DemoChange(
        "Cross-docking flow for the Alster Foods contract",
        KEY_USER,
        D(2026, 9, 16),
        {
            "description": "Receive Alster Foods pallets at the inbound doors and move them "
            "straight to the outbound lanes for the same day's tours: a cross-dock "
            "receipt type in the WMS and RF tasks for the door-to-door move.",
            "category": "scope",
            "priority": "high",
            "schedule_days": 6,
            "cost_impact": 18_500,
            "effort_days": 22,
            "billable": True,
            "change_order_value": 24_000,
            "reason": (
                "Nordhaven won the Alster Foods contract; pallets go from inbound to "
                "outbound doors without put-away."
            ),
            "scope_impact": "New cross-dock receipt type, door-to-door task and two reports.",
        },
        tasks=("4.3.1",),
        steps=(
            ("submitted", D(2026, 9, 18), "Sent with the first estimate."),
            ("under_assessment", D(2026, 9, 21), "Impact assessed with the vendor."),
            ("approved", D(2026, 10, 6), "Approved at the October steering committee."),
        ),
        decision="Approved as change order CO-01; fixed price EUR 24,000.",
    ),
    DemoChange(
        "Second carrier label format for DB Schenker pallets",
        KEY_USER,
        D(2026, 9, 24),
        {
            "description": "Print DB Schenker's SSCC pallet label with its routing barcode at the "
            "packing stations, next to the existing DHL label.",
            "category": "scope",
            "priority": "medium",
            "schedule_days": 3,
            "cost_impact": 6_200,
            "effort_days": 8,
            "billable": True,
            "change_order_value": 8_500,
            "reason": "DB Schenker requires SSCC labels with its own routing barcode from 2027.",
            "scope_impact": "One more label layout and carrier mapping.",
        },
        tasks=("4.4.3",),
        steps=(
            ("submitted", D(2026, 9, 25), ""),
            ("under_assessment", D(2026, 9, 29), ""),
            ("approved", D(2026, 10, 13), "Decided by e-mail."),
            ("implemented", D(2026, 11, 13), "Delivered in sprint 6."),
        ),
        decision="Approved as change order CO-02.",
    ),
    DemoChange(
        "Extra KPI dashboard for shift supervisors",
        PMO,
        D(2026, 10, 2),
        {
            "description": "A dashboard of live pick rates and backlog per zone on the shift "
            "supervisors' screens.",
            "category": "quality",
            "priority": "low",
            "schedule_days": 2,
            "cost_impact": 4_000,
            "effort_days": 5,
            "reason": "Supervisors want live pick rates per zone.",
            "scope_impact": "One dashboard on the existing KPI model.",
        },
        tasks=("4.5",),
        steps=(
            ("submitted", D(2026, 10, 5), ""),
            ("under_assessment", D(2026, 10, 7), ""),
            ("rejected", D(2026, 10, 20), "Standard reports cover it."),
            ("closed", D(2026, 10, 27), ""),
        ),
        decision="Rejected: the standard productivity report covers the need.",
    ),
    DemoChange(
        "Pallet-label reprint from RF scanners",
        KEY_USER,
        D(2026, 10, 9),
        {
            "description": "Let warehouse staff reprint a damaged pallet label from the RF scanner"
            " at the location instead of walking to the office.",
            "category": "scope",
            "priority": "medium",
            "schedule_days": 2,
            "cost_impact": 3_500,
            "effort_days": 4,
            "reason": "Damaged labels stop the inbound flow today.",
            "scope_impact": "One RF transaction.",
        },
        tasks=("4.3.3",),
        steps=(
            ("submitted", D(2026, 10, 12), ""),
            ("under_assessment", D(2026, 10, 14), ""),
            ("deferred", D(2026, 10, 27), "After go-live, with the phase-2 items."),
        ),
    ),
    DemoChange(
        "Move go-live training to the two weeks before Easter",
        SPONSOR,
        D(2026, 10, 21),
        {
            "description": "Hold the end-user training sessions in the two weeks before Easter "
            "instead of in March.",
            "category": "schedule",
            "priority": "high",
            "schedule_days": 0,
            "cost_impact": 2_800,
            "effort_days": 3,
            "reason": "Peak season staffing; trainers booked for March.",
            "scope_impact": "None; training sessions move.",
        },
        steps=(
            ("submitted", D(2026, 10, 22), ""),
            ("under_assessment", D(2026, 10, 26), ""),
            ("approved", D(2026, 11, 3), ""),
        ),
        decision="Approved; the training plan is updated by the PMO.",
    ),
    DemoChange(
        "Interface to the new yard management system",
        PMO,
        D(2026, 11, 4),
        {
            "description": "Exchange dock appointments and loading status with the yard management"
            " system Nordhaven is buying, so trucks are called to the right door "
            "when their load is ready.",
            "category": "scope",
            "priority": "critical",
            "schedule_days": 10,
            "cost_impact": 38_000,
            "effort_days": 45,
            "billable": True,
            "change_order_value": 46_000,
            "reason": "Nordhaven buys a yard management system in Q1 2027.",
            "scope_impact": "Two interfaces: dock appointments in, loading status out.",
        },
        tasks=("4.4.3",),
        steps=(
            ("submitted", D(2026, 11, 6), ""),
            ("under_assessment", D(2026, 11, 11), "Vendor estimate requested."),
        ),
    ),
    DemoChange(
        "Additional test cycle for the SAP IDoc interfaces",
        PMO,
        D(2026, 11, 12),
        {
            "description": "A second system integration test cycle for the SAP order and stock "
            "IDocs after the late specification changes.",
            "category": "quality",
            "priority": "high",
            "schedule_days": 4,
            "cost_impact": 9_600,
            "effort_days": 12,
            "reason": "SAP specifications arrived late; a second SIT cycle.",
            "scope_impact": "One more SIT cycle.",
        },
        steps=(("submitted", D(2026, 11, 16), ""),),
    ),
    DemoChange(
        "Temperature-controlled zone in the slotting rules",
        KEY_USER,
        D(2026, 11, 18),
        {
            "description": "Slotting and putaway rules for the new chilled zone, so pharma goods "
            "are only stored at 2-8 °C locations.",
            "category": "scope",
            "priority": "medium",
            "schedule_days": 3,
            "cost_impact": 7_200,
            "effort_days": 9,
            "billable": True,
            "change_order_value": 9_800,
            "reason": "New chilled area for pharma customers.",
            "scope_impact": "Slotting and putaway rules for one zone.",
        },
    ),
)


def add_demo_changes(
    session: Session,
    project_id: int,
    task_ids: Mapping[str, int],
    *,
    after: dt.date | None = None,
    until: dt.date | None = None,
) -> None:
    """Replay the demo change log's events dated after `after` and up to `until` (default:
    all): requests raised and their workflow steps, each on its own date."""

    def due(day: dt.date) -> bool:
        return (after is None or day > after) and (until is None or day <= until)

    project = session.get_one(Project, project_id)
    query = select(Contact.name, Contact.id).where(Contact.client_id == project.client_id)
    contacts = {name: contact_id for name, contact_id in session.execute(query)}
    for change in CHANGES:
        if until is not None and change.raised > until:
            continue  # not raised yet: its steps wait with it
        if due(change.raised):
            cr_id = add_change_request(
                session,
                project_id,
                change.title,
                requested_by_id=contacts[change.requester],
                raised_on=change.raised,
                task_ids=[task_ids[wbs] for wbs in change.tasks],
                **change.fields,
            ).id
        else:  # raised in an earlier replay
            cr_id = session.scalars(
                select(ChangeRequest.id).where(
                    ChangeRequest.project_id == project_id, ChangeRequest.title == change.title
                )
            ).one()
        for status, day, comment in change.steps:
            if not due(day):
                continue
            decided = status in NEEDS_DECISION
            transition(
                session,
                cr_id,
                status,
                comment=comment,
                on=day,
                decided_by=DECIDER if decided else None,
                decided_on=day if decided else None,
                decision_notes=change.decision if decided else None,
            )
