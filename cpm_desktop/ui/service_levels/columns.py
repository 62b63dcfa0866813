"""The columns of the SLA table and of the selected SLA's periods, with their RAG chips.

The texts are the read model's (`ServiceLevelRow`, `MeasureRow`): a figure shown here and on
the Overview's card, in the pack and by `cpm-desktop slas` is computed once, in the service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.service_levels import SlaPeriod, improving, short_period_label
from cpm_desktop.services.service_levels.views import MeasureRow, ServiceLevelRow
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number

RAG_ORDER = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}  # the worst first when sorted
NOT_MEASURED = 3


def met_text(met: bool | None) -> str:
    """'Met', 'Missed', or a dash before any value."""
    return "—" if met is None else "Met" if met else "Missed"


def rag_text(rag: Rag | None) -> str:
    """'Amber'; a dash before any value."""
    return rag.label if rag else "—"


def trend_tip(row: ServiceLevelRow) -> str:
    """What the trend compares, in words."""
    if row.trend is Trend.NEW:
        return "A trend shows from the second period measured"
    better = improving(row.direction, row.trend)
    if better is None:
        return "The same value as the period before"
    way = "towards" if better else "away from"
    return f"The latest value moved {way} the target since the period before"


def _last_period(row: ServiceLevelRow) -> str:
    """'Week of 16 Nov', 'Nov 2026', 'Q4 2026': the period says how often it is measured."""
    last = row.last
    if last is None:
        return "—"
    if row.period is SlaPeriod.WEEKLY:
        return f"Week of {short_period_label(row.period, last.period_start)}"
    return last.period_label


def _tolerance_tip(row: ServiceLevelRow) -> str:
    if not row.tolerance:
        return "No tolerance: any miss is red"
    return f"A miss by up to {row.tolerance:g} {row.unit}".rstrip() + " is amber, beyond it red"


SLA_COLUMNS: tuple[Column[ServiceLevelRow], ...] = (
    Column("Ref", lambda r: r.reference, sort=lambda r: reference_number(r.reference)),
    Column(
        "Service level",
        lambda r: r.name,
        tip=lambda r: f"{r.reference} {r.name}" + (f"\n\n{r.description}" if r.description else ""),
        stretch=True,
        max_width=360,
    ),
    Column("Target", lambda r: r.target_text, sort=lambda r: r.target, tip=_tolerance_tip),
    Column(
        "Latest",
        _last_period,
        sort=lambda r: r.last.period_start.toordinal() if r.last else 0,
        tip=lambda r: (
            f"Measured {r.period.label.lower()}; the last period measured: "
            + (r.last.period_label if r.last else "none yet")
        ),
    ),
    Column(
        "Value",
        lambda r: r.last.value_text if r.last else "—",
        sort=lambda r: r.last.value if r.last else float("-inf"),
        align=ALIGN_RIGHT,
        tip=lambda r: r.last.note if r.last and r.last.note else "",
    ),
    Column(
        "Met",
        lambda r: met_text(r.met),
        sort=lambda r: NOT_MEASURED if r.met is None else int(r.met),
        align=ALIGN_CENTER,
    ),
    Column(
        "RAG",
        lambda r: rag_text(r.rag),
        sort=lambda r: RAG_ORDER[r.rag] if r.rag else NOT_MEASURED,
        chip=lambda r: r.rag.value if r.rag else "",
        align=ALIGN_CENTER,
        tip=_tolerance_tip,
    ),
    Column("Trend", lambda r: r.trend_text, tip=trend_tip),
    Column(
        "Periods met",
        lambda r: f"{r.periods_met} of {r.periods_measured}" if r.periods_measured else "—",
        sort=lambda r: (r.periods_met / r.periods_measured) if r.periods_measured else -1.0,
        tip=lambda r: f"{r.attainment_text}: the periods whose value met the target",
        align=ALIGN_CENTER,
    ),
)
SLA_REF, SLA_RAG = 0, 6


@dataclass(frozen=True, slots=True)
class PeriodLine:
    """One period of the selected SLA as the periods table shows it (its id: the day)."""

    measure: MeasureRow

    @property
    def id(self) -> int:
        """The period's first day as a number: stable across edits, one per period."""
        return self.measure.period_start.toordinal()

    @property
    def period_start(self) -> dt.date:
        """The period's first day."""
        return self.measure.period_start


PERIOD_COLUMNS: tuple[Column[PeriodLine], ...] = (
    Column("Period", lambda p: p.measure.period_label, sort=lambda p: p.id),
    Column(
        "Value", lambda p: p.measure.value_text, sort=lambda p: p.measure.value, align=ALIGN_RIGHT
    ),
    Column(
        "Result",
        lambda p: met_text(p.measure.met),
        sort=lambda p: RAG_ORDER[p.measure.rag],
        chip=lambda p: p.measure.rag.value,
        align=ALIGN_CENTER,
        tip=lambda p: (
            f"{p.measure.rag.label}: "
            + ("met the target" if p.measure.met else "missed the target")
        ),
    ),
    Column("Note", lambda p: p.measure.note or "—", stretch=True),
)
PERIOD, RESULT = 0, 2
