"""The service levels read model: each SLA with its periods, each rated by the domain's rules.

The one place a value becomes met or missed, green, amber or red, and the SLA's trend and
attainment: the page, the Overview's card, the pack and the command line all show these rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.service_levels import (
    SlaDirection,
    SlaPeriod,
    attainment,
    meets,
    rag,
    trend,
)
from cpm_desktop.models import Project, ServiceLevel
from cpm_desktop.services.service_levels.wording import (
    attainment_text,
    period_label,
    target_text,
    trend_text,
    value_text,
)
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class MeasureRow:
    """One period's measured value, rated against the SLA's target."""

    period_start: dt.date
    period_label: str  # "Week of 2 Nov 2026", "Nov 2026", "Q4 2026"
    value: float
    value_text: str  # "99.2 %"
    note: str
    met: bool
    rag: Rag


@dataclass(frozen=True, slots=True)
class ServiceLevelRow:
    """An SLA with its measured periods (oldest first) and how it stands at the last one."""

    id: int
    project_id: int
    reference: str  # SLA-01
    name: str
    target: float
    unit: str
    direction: SlaDirection
    period: SlaPeriod
    tolerance: float
    description: str
    target_text: str  # "≥ 99.5 %"
    measures: tuple[MeasureRow, ...]
    trend: Trend  # of the value: up, down, steady, new
    trend_text: str  # "↓ worse": the move and what it means for this target
    periods_met: int
    periods_measured: int
    attainment_text: str  # "5 of 6 periods met"

    @property
    def last(self) -> MeasureRow | None:
        """The latest period measured, if any."""
        return self.measures[-1] if self.measures else None

    @property
    def rag(self) -> Rag | None:
        """The latest period's RAG; None until a value is recorded."""
        return self.measures[-1].rag if self.measures else None

    @property
    def met(self) -> bool | None:
        """Whether the latest period met the target; None until a value is recorded."""
        return self.measures[-1].met if self.measures else None

    def recent(self, count: int) -> tuple[MeasureRow, ...]:
        """The last `count` periods measured, oldest first."""
        return self.measures[-count:] if count > 0 else ()


def service_levels(session: Session, project_id: int) -> tuple[ServiceLevelRow, ...]:
    """The project's SLAs by reference."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = session.scalars(
        select(ServiceLevel)
        .where(ServiceLevel.project_id == project_id)
        .options(selectinload(ServiceLevel.measures))
        .order_by(ServiceLevel.number)
    ).all()
    return tuple(_row(sla) for sla in rows)


def service_level_row(session: Session, service_level_id: int) -> ServiceLevelRow:
    """One SLA as it is now."""
    return _row(get_or_raise(session, ServiceLevel, service_level_id, N_("service level")))


def _row(sla: ServiceLevel) -> ServiceLevelRow:
    measures = tuple(
        MeasureRow(
            period_start=m.period_start,
            period_label=period_label(sla.period, m.period_start),
            value=m.value,
            value_text=value_text(m.value, sla.unit),
            note=m.note,
            met=meets(sla.direction, sla.target, m.value),
            rag=rag(sla.direction, sla.target, sla.tolerance, m.value),
        )
        for m in sorted(sla.measures, key=lambda m: m.period_start)
    )
    moved = trend([m.value for m in measures])
    met, measured = attainment(m.met for m in measures)
    return ServiceLevelRow(
        id=sla.id,
        project_id=sla.project_id,
        reference=sla.reference,
        name=sla.name,
        target=sla.target,
        unit=sla.unit,
        direction=sla.direction,
        period=sla.period,
        tolerance=sla.tolerance,
        description=sla.description,
        target_text=target_text(sla.direction, sla.target, sla.unit),
        measures=measures,
        trend=moved,
        trend_text=trend_text(sla.direction, moved),
        periods_met=met,
        periods_measured=measured,
        attainment_text=attainment_text(met, measured),
    )
