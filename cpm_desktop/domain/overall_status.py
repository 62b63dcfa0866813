"""A project's overall status: the PM's rating when set, else the one its KPIs give.

The rule (README, "Overall status"): of the delivery KPIs that can be measured (on-time
delivery, finish variance, SPI, CPI, budget variance, client satisfaction, red risks and
issues), the worst RAG wins: any red makes the project red, else any amber amber, else green.
No red risk or issue alone does not make a project green: it is not a measure of delivery.
Margin is the supplier's own business and pending changes are a question, not a problem, so
neither sets the overall status. Nothing measured yet: no computed status at all.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from cpm_desktop.domain.projects import Rag

# The KPIs that set the computed status, by the field names the KPI RAGs use, and their names.
DELIVERY_KPIS: dict[str, str] = {
    "on_time_rate": "on-time delivery",
    "finish_variance_days": "finish variance",
    "spi": "SPI",
    "cpi": "CPI",
    "budget_variance_pct": "budget variance",
    "csat_average": "client satisfaction",
    "red_items": "red risks and issues",
}
RED_ITEMS_RED = 2  # open red risks and issues from which the count itself is red

_SEVERITY = {Rag.GREEN: 0, Rag.AMBER: 1, Rag.RED: 2}


class StatusSource(enum.StrEnum):
    """Who set the overall status shown."""

    PM = "pm"
    COMPUTED = "computed"
    NONE = "none"  # not rated, and nothing measured to compute it from


@dataclass(frozen=True, slots=True)
class OverallStatus:
    """The overall status shown, who set it, and the computed one with the KPIs behind it."""

    rag: Rag | None
    source: StatusSource
    computed: Rag | None
    drivers: tuple[str, ...]  # the DELIVERY_KPIS at the computed RAG: ("spi", "on_time_rate")

    @property
    def differs(self) -> bool:
        """True when the PM's rating and the computed one disagree (show both)."""
        return self.source == StatusSource.PM and self.computed not in (None, self.rag)


def red_items_rag(red_items: int) -> Rag:
    """The RAG of the count of open red risks and issues: red from RED_ITEMS_RED, amber from 1."""
    if red_items >= RED_ITEMS_RED:
        return Rag.RED
    return Rag.AMBER if red_items else Rag.GREEN


def status_drivers(kpi_rags: Mapping[str, str | None]) -> tuple[Rag | None, tuple[str, ...]]:
    """The worst RAG of the measured delivery KPIs and the KPIs at it (DELIVERY_KPIS keys);
    (None, ()) when nothing is measured."""
    measured = {
        name: Rag(value)
        for name, value in kpi_rags.items()
        if name in DELIVERY_KPIS and value is not None
    }
    if measured.get("red_items") == Rag.GREEN:
        del measured["red_items"]  # no red risks says nothing about delivery on its own
    if not measured:
        return None, ()
    worst = max(measured.values(), key=_SEVERITY.__getitem__)
    return worst, tuple(name for name, value in measured.items() if value == worst)


def overall_status(own: Rag | None, kpi_rags: Mapping[str, str | None]) -> OverallStatus:
    """The PM's rating `own` when set, else the computed one; the computed one always beside."""
    computed, drivers = status_drivers(kpi_rags)
    if own is not None:
        return OverallStatus(own, StatusSource.PM, computed, drivers)
    if computed is not None:
        return OverallStatus(computed, StatusSource.COMPUTED, computed, drivers)
    return OverallStatus(None, StatusSource.NONE, None, drivers)
