"""Fill the pack's section on the service levels: target, the last periods measured, met or
missed, RAG and trend.

Client-safe for every audience: an SLA is what the supplier promised the client, and none of
it is internal or a cost. The figures, periods and words are the read model's, written in the
reader's language (`services.service_levels.wording`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.service_levels import (
    MOST_PERIODS,
    PackServiceLevels,
    PackSla,
    PackSlaValue,
)
from cpm_desktop.services.service_levels.views import ServiceLevelRow, service_levels
from cpm_desktop.services.service_levels.wording import short_period_label
from cpm_desktop.texts import _


def pack_service_levels(
    session: Session, project_id: int, view: Visibility
) -> PackServiceLevels | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    rows = service_levels(session, project_id)
    if not rows:
        return None
    return PackServiceLevels(tuple(_line(row) for row in rows))


def _line(row: ServiceLevelRow) -> PackSla:
    return PackSla(
        reference=row.reference,
        name=row.name,
        target=row.target_text,
        period=_(row.period.label),
        attainment=row.attainment_text,
        values=tuple(
            PackSlaValue(short_period_label(row.period, m.period_start), m.value_text, m.met)
            for m in row.recent(MOST_PERIODS)
        ),
        rag=row.rag.value if row.rag else "",
        trend=row.trend_text,
        description=row.description,
    )
