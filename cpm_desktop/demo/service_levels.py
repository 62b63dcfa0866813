"""The warehouse project's service levels: the three SLAs the SOW sets for hypercare, measured
weekly on the hosted WMS platform since Nordhaven's IT handed the environments over (4.1,
finished 27 Oct 2026), so that both sides rehearse the reporting long before go-live.

By the status date availability slipped to amber after an overrunning patch, and priority-2
defects take longer every week while the SAP interface waits for Nordhaven's IDoc
specifications (task 3.4): red, and the trend says worse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod
from cpm_desktop.services.service_levels.register import add_service_level, record_value

D = dt.date
# The Mondays of the weeks measured: from the week of the handover to the status date's.
WEEKS = (D(2026, 10, 26), D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 16))


@dataclass(frozen=True, slots=True)
class DemoSla:
    """One SLA and its weekly values (with a note where the week needs one)."""

    name: str
    target: float
    unit: str
    direction: SlaDirection
    tolerance: float
    description: str
    values: tuple[tuple[float, str], ...]


SLAS = (
    DemoSla(
        "WMS platform availability",
        99.5,
        "%",
        SlaDirection.AT_LEAST,
        0.3,
        "Share of the week's scheduled service hours (Mon–Sat, 05:00–23:00) in which the WMS "
        "answers on the RF scanners and the web client; planned maintenance announced two "
        "working days ahead does not count.",
        (
            (99.9, "Measured from the handover on Tuesday 27 Oct."),
            (99.8, ""),
            (99.6, ""),
            (99.3, "The database patch of Tuesday night overran by 40 minutes."),
        ),
    ),
    DemoSla(
        "P1 incident response",
        4.0,
        "h",
        SlaDirection.AT_MOST,
        1.0,
        "Longest time in the week from a priority-1 ticket (warehouse floor stopped) to a "
        "named engineer working on it, on site or remote.",
        (
            (3.0, ""),
            (2.5, ""),
            (2.0, ""),
            (1.5, "One P1 (scanner login failure at gate 4), answered in 1.5 h."),
        ),
    ),
    DemoSla(
        "Priority-2 defect resolution",
        2.0,
        "days",
        SlaDirection.AT_MOST,
        0.5,
        "Mean working days from a priority-2 defect's report to its fix deployed on the "
        "platform, over the defects closed in the week.",
        (
            (1.5, ""),
            (1.8, ""),
            (2.2, "Two ASN mapping defects needed the SAP team's test data."),
            (3.1, "Three interface defects wait for Nordhaven's IDoc specifications (3.4)."),
        ),
    ),
)


def add_demo_service_levels(session: Session, project_id: int) -> None:
    """Add the three SLAs and each week's value measured so far."""
    for demo in SLAS:
        sla = add_service_level(
            session,
            project_id,
            demo.name,
            target=demo.target,
            unit=demo.unit,
            direction=demo.direction,
            period=SlaPeriod.WEEKLY,
            tolerance=demo.tolerance,
            description=demo.description,
        )
        for week, (value, note) in zip(WEEKS, demo.values, strict=True):
            record_value(session, sla.id, week, value, note)
