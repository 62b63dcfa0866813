"""The columns of the SLA table and of the selected SLA's periods, with their RAG chips.

The texts are the read model's (`ServiceLevelRow`, `MeasureRow`): a figure shown here and on
the Overview's card, in the pack and by `cpm-desktop slas` is computed once, in the service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.service_levels import SlaPeriod, improving
from cpm_desktop.services.service_levels.views import MeasureRow, ServiceLevelRow
from cpm_desktop.services.service_levels.wording import short_period_label, value_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number

RAG_ORDER = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}  # the worst first when sorted
NOT_MEASURED = 3
RAG_LABELS = {
    Rag.GREEN: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Green"),
    Rag.AMBER: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Amber"),
    Rag.RED: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Red"),
}
"""Each RAG's label (`rag.label`) as the page shows it, in the PM's language."""
PERIOD_LABELS = {
    SlaPeriod.WEEKLY: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Weekly"),
    SlaPeriod.MONTHLY: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Monthly"),
    SlaPeriod.QUARTERLY: QT_TRANSLATE_NOOP("ServiceLevelsPage", "Quarterly"),
}
"""Each period's label (`period.label`: how often an SLA is measured), in the PM's language."""


def period_text(period: SlaPeriod) -> str:
    """'Weekly' in the window's language."""
    return QCoreApplication.translate("ServiceLevelsPage", PERIOD_LABELS.get(period, period.label))


def rag_label(rag: Rag) -> str:
    """'Amber' in the window's language."""
    return QCoreApplication.translate("ServiceLevelsPage", RAG_LABELS.get(rag, rag.label))


def met_text(met: bool | None) -> str:
    """'Met', 'Missed', or a dash before any value."""
    if met is None:
        return "—"
    return (
        QCoreApplication.translate("ServiceLevelsPage", "Met")
        if met
        else QCoreApplication.translate("ServiceLevelsPage", "Missed")
    )


def rag_text(rag: Rag | None) -> str:
    """'Amber'; a dash before any value."""
    return rag_label(rag) if rag else "—"


def trend_tip(row: ServiceLevelRow) -> str:
    """What the trend compares, in words."""
    if row.trend is Trend.NEW:
        return QCoreApplication.translate(
            "ServiceLevelsPage", "A trend shows from the second period measured"
        )
    better = improving(row.direction, row.trend)
    if better is None:
        return QCoreApplication.translate(
            "ServiceLevelsPage", "The same value as the period before"
        )
    if better:
        return QCoreApplication.translate(
            "ServiceLevelsPage", "The latest value moved towards the target since the period before"
        )
    return QCoreApplication.translate(
        "ServiceLevelsPage", "The latest value moved away from the target since the period before"
    )


def _last_period(row: ServiceLevelRow) -> str:
    """'Week of 16 Nov', 'Nov 2026', 'Q4 2026': the period says how often it is measured."""
    last = row.last
    if last is None:
        return "—"
    if row.period is SlaPeriod.WEEKLY:
        return QCoreApplication.translate("ServiceLevelsPage", "Week of {day}").format(
            day=short_period_label(row.period, last.period_start)
        )
    return last.period_label


def _tolerance_tip(row: ServiceLevelRow) -> str:
    if not row.tolerance:
        return QCoreApplication.translate("ServiceLevelsPage", "No tolerance: any miss is red")
    return QCoreApplication.translate(
        "ServiceLevelsPage", "A miss by up to {amount} is amber, beyond it red"
    ).format(amount=value_text(row.tolerance, row.unit))


def _latest_tip(row: ServiceLevelRow) -> str:
    last = (
        row.last.period_label
        if row.last
        else QCoreApplication.translate("ServiceLevelsPage", "none yet")
    )
    return QCoreApplication.translate(
        "ServiceLevelsPage", "Measured {period}; the last period measured: {last}"
    ).format(period=period_text(row.period).lower(), last=last)


def _periods_met(row: ServiceLevelRow) -> str:
    if not row.periods_measured:
        return "—"
    return QCoreApplication.translate("ServiceLevelsPage", "{met} of {total}").format(
        met=row.periods_met, total=row.periods_measured
    )


def sla_columns() -> tuple[Column[ServiceLevelRow], ...]:
    """The SLA table's columns, titled in the window's language."""
    return (
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Ref"),
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Service level"),
            lambda r: r.name,
            tip=lambda r: (
                f"{r.reference} {r.name}" + (f"\n\n{r.description}" if r.description else "")
            ),
            stretch=True,
            max_width=360,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Target"),
            lambda r: r.target_text,
            sort=lambda r: r.target,
            tip=_tolerance_tip,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Latest"),
            _last_period,
            sort=lambda r: r.last.period_start.toordinal() if r.last else 0,
            tip=_latest_tip,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Value"),
            lambda r: r.last.value_text if r.last else "—",
            sort=lambda r: r.last.value if r.last else float("-inf"),
            align=ALIGN_RIGHT,
            tip=lambda r: r.last.note if r.last and r.last.note else "",
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Met"),
            lambda r: met_text(r.met),
            sort=lambda r: NOT_MEASURED if r.met is None else int(r.met),
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "RAG"),
            lambda r: rag_text(r.rag),
            sort=lambda r: RAG_ORDER[r.rag] if r.rag else NOT_MEASURED,
            chip=lambda r: r.rag.value if r.rag else "",
            align=ALIGN_CENTER,
            tip=_tolerance_tip,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Trend"),
            lambda r: r.trend_text,
            tip=trend_tip,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Periods met"),
            _periods_met,
            sort=lambda r: (r.periods_met / r.periods_measured) if r.periods_measured else -1.0,
            tip=lambda r: QCoreApplication.translate(
                "ServiceLevelsPage", "{attainment}: the periods whose value met the target"
            ).format(attainment=r.attainment_text),
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


def _result_tip(line: PeriodLine) -> str:
    rag = rag_label(line.measure.rag)
    if line.measure.met:
        return QCoreApplication.translate("ServiceLevelsPage", "{rag}: met the target").format(
            rag=rag
        )
    return QCoreApplication.translate("ServiceLevelsPage", "{rag}: missed the target").format(
        rag=rag
    )


def period_columns() -> tuple[Column[PeriodLine], ...]:
    """The periods table's columns, titled in the window's language."""
    return (
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Period"),
            lambda p: p.measure.period_label,
            sort=lambda p: p.id,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Value"),
            lambda p: p.measure.value_text,
            sort=lambda p: p.measure.value,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Result"),
            lambda p: met_text(p.measure.met),
            sort=lambda p: RAG_ORDER[p.measure.rag],
            chip=lambda p: p.measure.rag.value,
            align=ALIGN_CENTER,
            tip=_result_tip,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsPage", "Note"),
            lambda p: p.measure.note or "—",
            stretch=True,
        ),
    )


PERIOD, RESULT = 0, 2
