"""The warehouse project's deliverables: what Nordhaven accepts, one step at a time.

Two accepted (the charter, the baselined plan), one rejected and resubmitted (the current-state
process report, awaiting the second verdict), one with the client now (the inbound design), the
others still being written or not started; each tied to the milestone it is due with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import (
    INBOUND,
    INTEGRATION,
    KEY_USER,
    OUTBOUND,
    PM,
    TEST,
)
from cpm_desktop.domain import DeliverableStatus as S
from cpm_desktop.services.deliverables.register import (
    add_deliverable,
    set_criteria,
    step_deliverable,
)
from cpm_desktop.services.records.billing import billing_schedule, set_billing_condition

D = dt.date
SPONSOR = "Henrik Sørensen (Nordhaven)"


@dataclass(frozen=True, slots=True)
class DemoDeliverable:
    """One deliverable: its milestone (WBS), owner, checklist and dated steps."""

    name: str
    milestone: str
    owner: str
    criteria: tuple[str, ...]
    steps: Sequence[tuple[dt.date, S, str, str]] = field(default=())  # day, to, by, comment
    bills: str = ""  # the billing milestone (WBS) that waits for its acceptance


DELIVERABLES = (
    DemoDeliverable(
        "Project charter",
        "1.3",
        PM,
        ("Scope, objectives and success criteria agreed", "Governance and escalation named"),
        (
            (D(2026, 9, 9), S.SUBMITTED, "", "Sent to the sponsor for signature."),
            (D(2026, 9, 11), S.ACCEPTED, SPONSOR, "Signed at the kick-off steering committee."),
        ),
    ),
    DemoDeliverable(
        "Baselined project plan and RAID log",
        "2.5",
        PM,
        ("Plan covers every phase to final acceptance", "RAID log reviewed with the PMO"),
        (
            (D(2026, 9, 24), S.SUBMITTED, "", ""),
            (D(2026, 9, 29), S.ACCEPTED, SPONSOR, "Baselined by the steering committee."),
        ),
    ),
    DemoDeliverable(
        "Current-state process report, Hamburg DC",
        "3.7",
        INBOUND,
        ("All three shifts observed", "Exceptions and workarounds listed per process"),
        (
            (D(2026, 9, 21), S.SUBMITTED, "", ""),
            (D(2026, 9, 25), S.REJECTED, KEY_USER, "Night shift returns not covered."),
            (D(2026, 10, 9), S.RESUBMITTED, "", "Night shift observed 6–7 Oct; returns added."),
        ),
    ),
    DemoDeliverable(
        "Functional design: inbound",
        "3.7",
        INBOUND,
        ("Receiving, put-away and returns flows", "RF screen mock-ups", "Reviewed by key users"),
        (
            (D(2026, 10, 5), S.IN_PROGRESS, "", ""),
            (D(2026, 11, 13), S.SUBMITTED, "", "Sent for the key users' review."),
        ),
    ),
    DemoDeliverable(
        "Functional design: outbound",
        "3.7",
        OUTBOUND,
        ("Picking, packing and shipping flows", "Carrier label layouts"),
        ((D(2026, 10, 14), S.IN_PROGRESS, "", ""),),
    ),
    DemoDeliverable(
        "Integration design: SAP S/4HANA and carriers",
        "3.7",
        INTEGRATION,
        ("IDoc mapping per message", "Error handling and monitoring"),
        ((D(2026, 10, 12), S.IN_PROGRESS, "", ""),),
    ),
    DemoDeliverable(
        "UAT report",
        "5.6",
        TEST,
        ("Every critical test case passed", "Open defects agreed with the client"),
    ),
    DemoDeliverable(
        "Go-live readiness pack",
        "6.3.1",
        PM,
        ("Cut-over rehearsal passed", "Hypercare roster", "Rollback plan signed"),
    ),
    DemoDeliverable(
        "Final acceptance certificate",
        "7.5",
        PM,
        ("Hypercare exit criteria met", "Open items handed to support"),
        bills="7.6",
    ),
)


def add_demo_deliverables(
    session: Session, project_id: int, task_ids: Mapping[str, int], *, until: dt.date
) -> None:
    """Add the deliverables and replay their steps dated up to `until`; a deliverable the
    client accepted has its checklist met; a billing milestone may wait for one."""
    billing_of = {row.task_id: row.id for row in billing_schedule(session, project_id)}
    for item in DELIVERABLES:
        row = add_deliverable(
            session,
            project_id,
            item.name,
            criteria=item.criteria,
            owner=item.owner,
            milestone_id=task_ids[item.milestone],
        )
        if item.bills:
            set_billing_condition(session, billing_of[task_ids[item.bills]], row.id)
        for day, to, by, comment in item.steps:
            if day > until:
                continue
            if to is S.ACCEPTED:
                set_criteria(session, row.id, [(text, True) for text in item.criteria])
            reasons = comment if to is S.REJECTED else ""
            step_deliverable(session, row.id, to, on=day, by=by, comment=comment, reasons=reasons)
