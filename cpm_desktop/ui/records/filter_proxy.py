"""RecordFilterProxy: the records a tab's filters let through, sorted by each column's key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from cpm_desktop.ui.records.table_model import RecordT, RecordTableModel

if TYPE_CHECKING:
    from _typeshed import SupportsDunderLT


class RecordFilterProxy(QSortFilterProxyModel, Generic[RecordT]):
    """Sorts by `sort_role` with ties broken by `tie_key`; subclasses name FILTERS and `accepts`."""

    FILTERS: ClassVar[tuple[str, ...]] = ()
    """The attribute names `set_filter` may change."""

    def __init__(self, source: RecordTableModel[RecordT], sort_role: int) -> None:
        super().__init__()
        self.source = source
        self.setSourceModel(source)
        self.setSortRole(sort_role)
        self.setDynamicSortFilter(True)

    def set_filter(self, **values: object) -> None:
        """Change any of FILTERS and filter again; an unknown name raises AttributeError."""
        for name, value in values.items():
            if name not in self.FILTERS:
                raise AttributeError(name)
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Order by the column's sort key, ties by `tie_key`, so rows never swap at random."""
        role = self.sortRole()
        a, b = left.data(role), right.data(role)
        if a != b:
            return bool(a < b)
        first, second = self.source.row_at(left.row()), self.source.row_at(right.row())
        return bool(self.tie_key(first) < self.tie_key(second))

    def filterAcceptsRow(
        self, source_row: int, _source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self.accepts(self.source.row_at(source_row))

    def tie_key(self, record: RecordT) -> SupportsDunderLT[Any]:
        """What orders two records whose sort keys are equal."""
        raise NotImplementedError

    def accepts(self, record: RecordT) -> bool:
        """Tell whether `record` passes every filter."""
        raise NotImplementedError


def matches_text(text: str, *fields: str) -> bool:
    """Tell whether searched `text` ('' is anything) occurs in any of `fields`, case-blind."""
    return not text or text.casefold() in "\n".join(fields).casefold()
