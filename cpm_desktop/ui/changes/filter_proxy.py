"""ChangeFilterProxy: the requests the filter bar lets through, sorted by value."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from cpm_desktop.services.change_views import ChangeRow
from cpm_desktop.ui.changes.change_model import SORT_ROLE, ChangeTableModel, reference_number
from cpm_desktop.ui.changes.vocabulary import PENDING, STATUSES, status_text

OPEN = "open"  # everything not closed
AWAITING = "pending"  # submitted or under assessment: waiting for the client's decision
STATUS_FILTERS: tuple[tuple[str, str], ...] = (
    ("", "All requests"),
    (OPEN, "Open (not closed)"),
    (AWAITING, "Awaiting decision"),
    *((status, status_text(status)) for status in STATUSES),
)


class ChangeFilterProxy(QSortFilterProxyModel):
    """Filters by status, category and searched text; sorts by each column's sort key."""

    def __init__(self, source: ChangeTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.status = ""
        self.category = ""
        self.text = ""

    def set_filter(self, **values: str) -> None:
        """Change any of status, category, text; '' is all."""
        for name, value in values.items():
            if name not in ("status", "category", "text"):
                raise AttributeError(name)
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Order by the column's sort key, ties by reference number, so rows never swap."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b:
            return bool(a < b)
        first = self._source.row_at(left.row()).reference
        second = self._source.row_at(right.row()).reference
        return reference_number(first) < reference_number(second)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self.accepts(self._source.row_at(source_row))

    def accepts(self, row: ChangeRow) -> bool:
        """Tell whether `row` passes every filter."""
        if self.status == OPEN:
            if row.status == "closed":
                return False
        elif self.status == AWAITING:
            if row.status not in PENDING:
                return False
        elif self.status and row.status != self.status:
            return False
        if self.category and row.category != self.category:
            return False
        return not self.text or self.text.casefold() in _searched(row)


def _searched(row: ChangeRow) -> str:
    fields = (row.reference, row.title, row.requested_by, row.description, row.reason,
              row.scope_impact, row.decided_by, row.decision_notes)  # fmt: skip
    return "\n".join(fields).casefold()
