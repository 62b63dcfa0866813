"""RiskFilterProxy: the register rows the filters above the table and the heat map let through."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from cpm_desktop.services.risk_views import RiskRow
from cpm_desktop.ui.risks.risk_model import SORT_ROLE, RiskTableModel

ACTIVE = "active"  # the default status filter: everything not closed
STATUS_FILTERS = (
    (ACTIVE, "Open and monitoring"),
    ("open", "Open"),
    ("monitoring", "Monitoring"),
    ("closed", "Closed"),
    ("", "All statuses"),
)


@dataclass(frozen=True, slots=True)
class HeatCell:
    """One cell of the heat map: a probability and an impact, inherent or residual."""

    probability: int
    impact: int
    residual: bool = False

    def holds(self, row: RiskRow) -> bool:
        """Tell whether an open risk of the register falls into this cell."""
        if row.kind != "risk":
            return False
        p, i = row.probability, row.impact
        if self.residual:
            p, i = row.residual_probability or p, row.residual_impact or i
        return (p, i) == (self.probability, self.impact)


class RiskFilterProxy(QSortFilterProxyModel):
    """Filters by status, owner, RAG, category, heat-map cell and searched text; sorts by keys."""

    def __init__(self, source: RiskTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.status = ACTIVE
        self.owner = ""
        self.rag = ""
        self.category = ""
        self.text = ""
        self.cell: HeatCell | None = None

    def set_filter(self, **values: object) -> None:
        """Change any of status, owner, rag, category, text, cell; '' (None for cell) is all."""
        for name, value in values.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Order by the column's sort key, ties by reference, so rows never swap at random."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b:
            return bool(a < b)
        return (
            self._source.row_at(left.row()).reference < self._source.row_at(right.row()).reference
        )

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self.accepts(self._source.row_at(source_row))

    def accepts(self, row: RiskRow) -> bool:
        """Tell whether `row` passes every filter."""
        if self.status == ACTIVE:
            if row.status == "closed":
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
        return not self.text or self.text.casefold() in _searched(row)


def _searched(row: RiskRow) -> str:
    fields = (row.reference, row.title, row.owner, row.category, row.description, row.cause,
              row.effect, row.mitigation, row.contingency, row.trigger)  # fmt: skip
    return "\n".join(fields).casefold()
