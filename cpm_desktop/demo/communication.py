"""The warehouse project's communication plan and escalation path, as agreed in its charter."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import ARCHITECT, INTEGRATION, KEY_USER, PM
from cpm_desktop.services.communication.escalation import add_escalation_level
from cpm_desktop.services.communication.plan import add_communication

# What, to whom, through which channel, how often, sent by whom.
PLAN = (
    ("Daily stand-up", "Project team, key users", "Teams call, 15 min", "Daily, 09:00", PM),
    (
        "Weekly status report",
        "Henrik Sørensen (sponsor), Jonas Richter (PMO)",
        "E-mail with the PDF pack",
        "Weekly, Friday",
        PM,
    ),
    (
        "Steering committee",
        "Sponsor, PMO lead, our delivery director",
        "Meeting at the Hamburg DC",
        "Monthly",
        PM,
    ),
    (
        "Design review",
        "Miriam Albers and the shift leads",
        "Workshop on site",
        "Fortnightly",
        ARCHITECT,
    ),
    (
        "Release notes",
        "Key users, Nordhaven IT",
        "E-mail and the project wiki",
        "Each test release",
        INTEGRATION,
    ),
    (
        "Go-live bulletin",
        "All DC staff, three shifts",
        "Notice boards and intranet",
        "Monthly from February",
        KEY_USER,
    ),
)

# Who is called at each level, on either side, and what calls them.
ESCALATION = (
    (
        "Laura Becker (project manager)",
        "Jonas Richter (PMO lead)",
        "Slippage > 5 working days on a milestone, or an SLA red for one period",
    ),
    (
        "Petra Lang (delivery director)",
        "Henrik Sørensen (COO, sponsor)",
        "Slippage > 15 working days, go-live at risk, or a budget overrun > 10 %",
    ),
    (
        "Markus Feld (managing director)",
        "Nordhaven management board",
        "A contract dispute, or a change to scope, price or go-live the sponsor cannot decide",
    ),
)


def add_demo_communication(session: Session, project_id: int) -> None:
    """Add the communication plan and the three-level escalation path to the project."""
    for content, audience, channel, frequency, owner in PLAN:
        add_communication(
            session,
            project_id,
            content,
            audience=audience,
            channel=channel,
            frequency=frequency,
            owner=owner,
        )
    for supplier, client, trigger in ESCALATION:
        add_escalation_level(
            session, project_id, supplier_contact=supplier, client_contact=client, trigger=trigger
        )
