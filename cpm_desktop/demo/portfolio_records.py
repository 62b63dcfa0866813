"""The demo's portfolio records: billing milestones, client feedback, decisions and lessons.

Written through the services, after both demo projects exist, as their PM would have kept
them up to the 20 Nov 2026 status date. One decision and one lesson of NHL-WMS are internal
(the supplier's own), so its client and internal exports differ.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.models import ChangeRequest, Contact, Project, Risk, Task
from cpm_desktop.services.portfolio.clients import set_contact_role
from cpm_desktop.services.portfolio.projects import set_open_book
from cpm_desktop.services.records.billing import set_billing, set_invoice_status
from cpm_desktop.services.records.decisions import add_decision
from cpm_desktop.services.records.feedback import add_feedback
from cpm_desktop.services.records.lessons import add_lesson

D = dt.date
NHL = "NHL-WMS"
ALP = "ALP-CC"
DECIDER = "Henrik Sørensen (Nordhaven), steering committee"

# Share of the contract value billed on each "Billing milestone" task, in outline order.
BILLING_SHARES = (
    Decimal("0.10"),
    Decimal("0.20"),
    Decimal("0.20"),
    Decimal("0.30"),
    Decimal("0.20"),
)
# (status steps with their dates, invoice number) for the first milestones; the rest are not due.
# Only the charter sign-off (11 Sep) has been reached by the status date; the others lie ahead.
INVOICING: tuple[tuple[tuple[tuple[str, dt.date], ...], str], ...] = (
    (
        (("due", D(2026, 9, 11)), ("invoiced", D(2026, 9, 14)), ("paid", D(2026, 10, 12))),
        "NHL-2026-031",
    ),
)

INFLUENCE = {
    "Henrik Sørensen": "high",
    "Miriam Albers": "high",
    "Jonas Richter": "medium",
    "Claudia Meier": "high",
    "Reto Baumann": "low",
}

# (date, contact, channel, CSAT score, comment, follow-up): the trend the KPIs show.
FEEDBACK = (
    (
        D(2026, 9, 11),
        "Henrik Sørensen",
        "meeting",
        4,
        "Good kick-off; the charter is clear and the plan is realistic.",
        "Send the signed charter and the governance calendar by Monday.",
    ),
    (
        D(2026, 9, 30),
        "Miriam Albers",
        "site_visit",
        4,
        "The inbound workshops were well prepared; the team knows warehousing.",
        "Share the workshop minutes with the shift leads.",
    ),
    (
        D(2026, 10, 9),
        "Jonas Richter",
        "email",
        None,
        "Asks for the weekly status one day earlier, before the PMO meeting on Thursdays.",
        "Status report moved to Wednesday noon.",
    ),
    (
        D(2026, 10, 16),
        "Miriam Albers",
        "call",
        3,
        "Outbound design sessions clash with peak preparation; too many sessions in one week.",
        "Spread the outbound sessions over three weeks; book them with the shift plan.",
    ),
    (
        D(2026, 10, 28),
        "Henrik Sørensen",
        "meeting",
        4,
        "Appreciates the fast assessment of the cross-docking change.",
        "Confirm the CO-01 price in writing.",
    ),
    (
        D(2026, 11, 6),
        "Jonas Richter",
        "survey",
        3,
        "Monthly survey: communication good, but the SAP interface delay worries the PMO.",
        "Weekly spec clinic with the SAP team; escalate open IDocs in the steering committee.",
    ),
    (
        D(2026, 11, 18),
        "Miriam Albers",
        "meeting",
        3,
        "Key users feel stretched between peak season and design reviews.",
        "Propose a backfill for two key users in December; decide at the steering committee.",
    ),
)

# (title, date, decided by, context, CR number, risk number)
DECISIONS = (
    (
        "Approve cross-docking for the Alster Foods contract as change order CO-01",
        D(2026, 10, 6),
        DECIDER,
        "Fixed price EUR 24,000; six working days added to the outbound build.",
        1,
        None,
    ),
    (
        "Escalate late SAP IDoc specifications to the Nordhaven CIO",
        D(2026, 10, 20),
        DECIDER,
        "Specifications two weeks overdue; design sign-off at risk.",
        None,
        2,
    ),
    (
        "Hold go-live training in the two weeks before Easter",
        D(2026, 11, 3),
        DECIDER,
        "Avoids the March staffing peak; trainers are rebooked by the PMO.",
        5,
        None,
    ),
    (
        "Keep the 12 April 2027 go-live date",
        D(2026, 11, 17),
        "Henrik Sørensen",
        "Schedule contingency covers the design delay; reviewed again in January.",
        None,
        None,
    ),
)

# Both demo contracts are fixed price: the client sees what it pays, never our cost.
OPEN_BOOK = {NHL: False, ALP: False}
# (title, date, decided by, context): the supplier's own decision, never in a client export.
INTERNAL_DECISION = (
    "Absorb the subcontractor's January rate increase",
    D(2026, 11, 19),
    "Laura Becker with the account lead",
    "Rates rise 4 % from January; we carry it against margin rather than reopen the fixed price.",
)
# (title, what happened, recommendation, category, service line, date): internal too.
INTERNAL_LESSON = (
    "Cap subcontractor rates for the contract term",
    "The subcontractor's rate card was not capped; its January increase eats into our margin.",
    "Agree subcontractor rates for the whole term before signing a fixed-price contract.",
    "Commercial",
    "WMS implementation",
    D(2026, 11, 19),
)

# (project, title, what happened, recommendation, category, service line, date)
LESSONS = (
    (
        NHL,
        "Book key users before the client's peak season",
        "Outbound design slipped two weeks: key users were busy preparing for peak season.",
        "Agree key-user availability per month in the contract; avoid Q4 workshops in logistics.",
        "Resourcing",
        "WMS implementation",
        D(2026, 10, 30),
    ),
    (
        NHL,
        "Ask for interface specifications with the signed charter",
        "The client's SAP team delivered IDoc specifications four weeks after the design started.",
        "Make interface specifications a charter deliverable with a named owner at the client.",
        "Client dependencies",
        "WMS implementation",
        D(2026, 11, 6),
    ),
    (
        NHL,
        "Price change requests within a week",
        "The cross-docking change was assessed and priced in three weeks; the sponsor liked it.",
        "Keep a change-assessment slot in the weekly plan; quote fixed prices for small changes.",
        "Commercial",
        "WMS implementation",
        D(2026, 11, 10),
    ),
    (
        NHL,
        "Order RF devices at contract signature",
        "The handheld vendor could not confirm Q1 deliveries; rental devices had to be reserved.",
        "Order scanners and printers when the contract is signed, not after the design.",
        "Procurement",
        "Warehouse automation",
        D(2026, 11, 18),
    ),
    (
        ALP,
        "Test the POS vendor's system early",
        "Integration ran a week late because the POS vendor's test system was down.",
        "Book the vendor's test system in the kick-off and test the connection in week one.",
        "Vendors",
        "Retail pilots",
        D(2026, 7, 28),
    ),
    (
        ALP,
        "Train store staff in short sessions",
        "Two-hour sessions emptied the stores at lunchtime; forty-minute sessions worked better.",
        "Plan store training in 40-minute slots outside the opening peaks.",
        "Change management",
        "Omnichannel retail",
        D(2026, 8, 14),
    ),
)


def add_demo_portfolio_records(session: Session) -> None:
    """Add billing, feedback, decisions, lessons and contact influence to the demo projects."""
    for code, open_book in OPEN_BOOK.items():
        set_open_book(session, _project(session, code).id, open_book)
    nhl = _project(session, NHL)
    _add_billing(session, nhl)
    contacts = _contacts(session)
    for name, influence in INFLUENCE.items():
        set_contact_role(session, contacts[name], influence=influence)
    for day, contact, channel, score, comment, follow_up in FEEDBACK:
        add_feedback(
            session,
            nhl.id,
            given_on=day,
            score=score,
            channel=channel,
            contact_id=contacts[contact],
            comment=comment,
            follow_up=follow_up,
        )
    for title, day, by, context, cr, risk in DECISIONS:
        add_decision(
            session,
            nhl.id,
            title,
            decided_on=day,
            decided_by=by,
            context=context,
            change_request_id=_number_id(session, ChangeRequest, nhl.id, cr),
            risk_id=_number_id(session, Risk, nhl.id, risk),
        )
    for code, title, happened, advice, category, line, day in LESSONS:
        add_lesson(
            session,
            _project(session, code).id,
            title,
            what_happened=happened,
            recommendation=advice,
            category=category,
            service_line=line,
            recorded_on=day,
        )
    title, day, by, context = INTERNAL_DECISION
    add_decision(
        session, nhl.id, title, decided_on=day, decided_by=by, context=context, internal=True
    )
    title, happened, advice, category, line, day = INTERNAL_LESSON
    add_lesson(
        session,
        nhl.id,
        title,
        what_happened=happened,
        recommendation=advice,
        category=category,
        service_line=line,
        recorded_on=day,
        internal=True,
    )


def _add_billing(session: Session, project: Project) -> None:
    # Outline order is creation order in the demo plan, so ids keep the milestones in order.
    milestones = session.scalars(
        select(Task)
        .where(Task.project_id == project.id, Task.name.startswith("Billing milestone"))
        .order_by(Task.id)
    ).all()
    for index, (task, share) in enumerate(zip(milestones, BILLING_SHARES, strict=True)):
        billing = set_billing(session, task.id, project.contract_value * share)
        assert billing is not None
        if index < len(INVOICING):
            steps, number = INVOICING[index]
            for status, day in steps:
                given = number if status == InvoiceStatus.INVOICED else None
                set_invoice_status(session, billing.id, status, on=day, invoice_number=given)


def _project(session: Session, code: str) -> Project:
    return session.scalars(select(Project).where(Project.code == code)).one()


def _contacts(session: Session) -> dict[str, int]:
    return {name: ident for name, ident in session.execute(select(Contact.name, Contact.id))}


def _number_id(
    session: Session, model: type[ChangeRequest] | type[Risk], project_id: int, number: int | None
) -> int | None:
    if number is None:
        return None
    return session.scalars(
        select(model.id).where(model.project_id == project_id, model.number == number)
    ).one()
