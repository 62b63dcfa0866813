"""The warehouse project's steering meetings and action log, as they stand on the status date.

Two steering committees (20 October and 17 November 2026, the days the demo's steering
decisions were taken) set most actions; one action carries out a client feedback's follow-up,
one a risk's mitigation, one is the supplier's own. On 20 November three are overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import (
    ARCHITECT,
    CLIENT_IT,
    DATA,
    INBOUND,
    INTEGRATION,
    OUTBOUND,
    PM,
)
from cpm_desktop.domain.actions import ActionStatus as S
from cpm_desktop.models import Decision, Feedback, Risk
from cpm_desktop.services.actions.meetings import add_meeting
from cpm_desktop.services.actions.register import (
    action_from_feedback,
    action_from_risk,
    add_action,
    update_action,
)
from cpm_desktop.services.portfolio.views import client_contacts

D = dt.date
SPONSOR_SIDE = "Jonas Richter (Nordhaven)"  # the client's PMO lead owns the client's actions
OUR_SIDE = (f"{PM}, project manager", f"{ARCHITECT}, solution architect")


@dataclass(frozen=True, slots=True)
class DemoAction:
    """One action: what, who, raised and due when, where it stands (done on what day)."""

    title: str
    owner: str
    raised_on: dt.date
    due_on: dt.date
    status: S = S.OPEN
    done_on: dt.date | None = None
    decision: str = ""  # the title of the decision it carries out
    comments: str = ""
    internal: bool = False


@dataclass(frozen=True, slots=True)
class DemoMeeting:
    """A steering meeting, what it decided, and the actions it set."""

    held_on: dt.date
    title: str
    decisions: tuple[str, ...]
    notes: str
    actions: tuple[DemoAction, ...]


MEETINGS = (
    DemoMeeting(
        D(2026, 10, 20),
        "Steering committee 2",
        (
            "Escalate the late SAP IDoc specifications to the Nordhaven CIO (D-002)",
            "Spread the outbound design sessions over three weeks around peak preparation",
            "Site visit to the Bremen DC dropped: Hamburg processes are the template",
        ),
        "Design sign-off at risk while the IDoc specifications are missing.",
        (
            DemoAction(
                "Send the escalation on the SAP IDoc specifications to the Nordhaven CIO",
                PM,
                D(2026, 10, 20),
                D(2026, 10, 23),
                S.DONE,
                D(2026, 10, 22),
                decision="Escalate late SAP IDoc specifications to the Nordhaven CIO",
            ),
            DemoAction(
                "Name an SAP contact for the weekly spec clinic",
                SPONSOR_SIDE,
                D(2026, 10, 20),
                D(2026, 10, 27),
                S.DONE,
                D(2026, 10, 28),
            ),
            DemoAction(
                "Re-plan the outbound design sessions with the shift plan",
                OUTBOUND,
                D(2026, 10, 20),
                D(2026, 10, 30),
                S.DONE,
                D(2026, 10, 29),
            ),
            DemoAction(
                "Confirm the RF scanner ship date with the handheld vendor",
                INBOUND,
                D(2026, 10, 20),
                D(2026, 11, 13),
                S.IN_PROGRESS,
                comments="Vendor promised a date 'after allocation'; chased 10 and 17 November.",
            ),
            DemoAction(
                "Deliver the final SAP IDoc specifications (deliveries, goods receipts)",
                CLIENT_IT,
                D(2026, 10, 20),
                D(2026, 11, 13),
            ),
            DemoAction(
                "Organise a site visit to the Bremen DC",
                PM,
                D(2026, 10, 20),
                D(2026, 11, 6),
                S.CANCELLED,
                comments="Dropped by the steering committee: Hamburg is the template.",
            ),
        ),
    ),
    DemoMeeting(
        D(2026, 11, 17),
        "Steering committee 3",
        (
            "Keep the 12 April 2027 go-live date (D-004)",
            "Rent 60 RF devices for UAT if the vendor gives no ship date by 4 December",
            "Decide the key users' backfill for December at the next meeting",
        ),
        "Schedule contingency covers the design delay; reviewed again in January.",
        (
            DemoAction(
                "Circulate the go-live readiness criteria for the go/no-go",
                PM,
                D(2026, 11, 17),
                D(2026, 11, 20),
                S.IN_PROGRESS,
                decision="Keep the 12 April 2027 go-live date",
            ),
            DemoAction(
                "Book the go/no-go meeting of 7 April 2027 with the sponsor",
                SPONSOR_SIDE,
                D(2026, 11, 17),
                D(2026, 11, 27),
                S.DONE,
                D(2026, 11, 19),
            ),
            DemoAction(
                "Order 60 rental RF devices if no ship date by 4 December",
                INBOUND,
                D(2026, 11, 17),
                D(2026, 12, 4),
            ),
            DemoAction(
                "Share the data-cleansing progress by site with the key users",
                DATA,
                D(2026, 11, 17),
                D(2026, 11, 18),
            ),
            DemoAction(
                "Agree the IDoc test data set with Nordhaven IT",
                INTEGRATION,
                D(2026, 11, 17),
                D(2026, 12, 11),
            ),
        ),
    ),
)
FEEDBACK_ON = D(2026, 11, 18)  # the key users feel stretched: propose a backfill
RISK_TITLE = "Wave planning too slow at peak volumes (45,000 order lines a day)"
INTERNAL = DemoAction(
    "Confirm the subcontractor's named night-shift consultants for go-live",
    PM,
    D(2026, 11, 19),
    D(2026, 11, 27),
    comments="Follows the rate increase we absorb from January; not for the client.",
    internal=True,
)


def add_demo_actions(session: Session, project_id: int) -> None:
    """Record the project's steering meetings, the actions they set, and three more."""
    attendees = [f"{c.name}, {c.role}" for c in client_contacts(session, project_id)]
    for meeting in MEETINGS:
        meeting_id = add_meeting(
            session,
            project_id,
            meeting.held_on,
            meeting.title,
            attendees=[*attendees, *OUR_SIDE],
            decisions=meeting.decisions,
            notes=meeting.notes,
        ).id
        for action in meeting.actions:
            _add(session, project_id, action, meeting_id)
    feedback_id = session.scalars(
        select(Feedback.id).where(
            Feedback.project_id == project_id, Feedback.given_on == FEEDBACK_ON
        )
    ).one()
    action_from_feedback(
        session, feedback_id, owner=PM, due_on=D(2026, 11, 27), raised_on=FEEDBACK_ON
    )
    risk_id = session.scalars(
        select(Risk.id).where(Risk.project_id == project_id, Risk.title == RISK_TITLE)
    ).one()
    from_risk = action_from_risk(
        session, risk_id, due_on=D(2026, 12, 11), raised_on=D(2026, 10, 26)
    )
    update_action(session, from_risk.id, status=S.IN_PROGRESS)
    _add(session, project_id, INTERNAL, None)


def _add(session: Session, project_id: int, action: DemoAction, meeting_id: int | None) -> int:
    decision_id = None
    if action.decision:
        decision_id = session.scalars(
            select(Decision.id).where(
                Decision.project_id == project_id, Decision.title == action.decision
            )
        ).one()
    return add_action(
        session,
        project_id,
        action.title,
        owner=action.owner,
        raised_on=action.raised_on,
        due_on=action.due_on,
        status=action.status,
        done_on=action.done_on,
        comments=action.comments,
        internal=action.internal,
        meeting_id=meeting_id,
        decision_id=decision_id,
    ).id
