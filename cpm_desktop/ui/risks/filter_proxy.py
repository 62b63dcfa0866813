"""RiskFilterProxy: the register rows the filters above the table and the heat map let through."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain import RiskKind, RiskStatus
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.texts import _
from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy, matches_text
from cpm_desktop.ui.risks.risk_model import SORT_ROLE, RiskTableModel

ACTIVE = "active"  # the default status filter: everything not closed


def status_filters() -> list[tuple[str, str]]:
    """The status filter's choices: (value, text in the window's language); '' is all."""
    return [
        (ACTIVE, QCoreApplication.translate("RiskFilterProxy", "Open and monitoring")),
        *((status.value, _(status.label)) for status in RiskStatus),
        ("", QCoreApplication.translate("RiskFilterProxy", "All statuses")),
    ]


@dataclass(frozen=True, slots=True)
class HeatCell:
    """One cell of the heat map: a probability and an impact, inherent or residual."""

    probability: int
    impact: int
    residual: bool = False

    def holds(self, row: RiskRow) -> bool:
        """Tell whether an open risk of the register falls into this cell."""
        if row.kind != RiskKind.RISK:
            return False
        p, i = row.probability, row.impact
        if self.residual:
            p, i = row.residual_probability or p, row.residual_impact or i
        return (p, i) == (self.probability, self.impact)


class RiskFilterProxy(RecordFilterProxy[RiskRow]):
    """Filters by status, owner, RAG, category, heat-map cell and searched text; sorts by keys."""

    FILTERS = ("status", "owner", "rag", "category", "text", "cell")
    """'' (None for cell) is all."""

    def __init__(self, source: RiskTableModel) -> None:
        super().__init__(source, SORT_ROLE)
        self.status = ACTIVE
        self.owner = ""
        self.rag = ""
        self.category = ""
        self.text = ""
        self.cell: HeatCell | None = None

    def tie_key(self, record: RiskRow) -> str:
        """The reference as text."""
        return record.reference

    def accepts(self, row: RiskRow) -> bool:
        """Tell whether `row` passes every filter."""
        if self.status == ACTIVE:
            if row.status == RiskStatus.CLOSED:
                return False
        elif self.status and row.status != self.status:
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.rag and row.rag != self.rag:
            return False
        if self.category and row.category != self.category:
            return False
        if self.cell is not None and not self.cell.holds(row):
            return False
        return matches_text(
            self.text,
            row.reference,
            row.title,
            row.owner,
            row.category,
            row.description,
            row.cause,
            row.effect,
            row.mitigation,
            row.contingency,
            row.trigger,
        )
