"""The demo's pipeline: follow-on work the delivery teams spotted, handed to account managers.

Nordhaven's two were spotted on NHL-WMS (a second warehouse, a yard management add-on), at
different stages; Alpenmarkt's national rollout waits on its pilot's steering decision.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from cpm_desktop.domain.opportunities import OpportunityStage as S
from cpm_desktop.services.opportunities.register import add_opportunity, move_opportunity
from cpm_desktop.services.portfolio.views import find_project_id, project_summary

D = dt.date
NORDHAVEN_ACCOUNT = "Tom Krüger (account manager)"
ALPENMARKT_ACCOUNT = "Sabine Roth (account director)"


def add_demo_opportunities(session: Session, warehouse_code: str, retail_code: str) -> None:
    """Add the opportunities spotted on the two demo projects (by their codes)."""
    nordhaven, alpenmarkt = (_project_id(session, code) for code in (warehouse_code, retail_code))
    client = project_summary(session, nordhaven).client_id
    second = add_opportunity(
        session,
        client,
        "Second warehouse (Allermöhe) rollout",
        project_id=nordhaven,
        need=(
            "Nordhaven opens its Allermöhe cross-dock in autumn 2027 and wants it on the same "
            "WMS as Billbrook, with the templates and interfaces reused."
        ),
        estimated_value=Decimal("310000"),
        next_step="Scoping workshop with Miriam Albers after the go-live readiness review.",
        handed_to=NORDHAVEN_ACCOUNT,
        spotted_on=D(2026, 10, 14),
    )
    move_opportunity(session, second.id, S.QUALIFIED)
    add_opportunity(
        session,
        client,
        "Yard management add-on",
        project_id=nordhaven,
        need=(
            "Trucks queue at the gates at every shift change; dock appointments are kept in a "
            "spreadsheet. The WMS vendor's yard module would book slots and direct drivers."
        ),
        estimated_value=Decimal("85000"),
        stage=S.PROPOSED,
        next_step="Proposal sent on 13 November; decision at the December steering committee.",
        handed_to=NORDHAVEN_ACCOUNT,
        spotted_on=D(2026, 9, 30),
    )
    retail = project_summary(session, alpenmarkt).client_id
    add_opportunity(
        session,
        retail,
        "National click & collect rollout (140 stores)",
        project_id=alpenmarkt,
        need="Roll the pilot's picking app and notifications out to every store by spring 2028.",
        estimated_value=Decimal("1250000"),
        currency="CHF",
        next_step="Rollout proposal with the pilot evaluation for the steering decision.",
        handed_to=ALPENMARKT_ACCOUNT,
        spotted_on=D(2026, 10, 2),
    )


def _project_id(session: Session, code: str) -> int:
    found = find_project_id(session, code)
    assert found is not None, code  # the demo has just built it
    return found
