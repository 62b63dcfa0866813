"""The current record of a table shown through a RecordFilterProxy, and selecting one by id."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy
from cpm_desktop.ui.records.table_model import RecordT


def current_record(view: QAbstractItemView, proxy: RecordFilterProxy[RecordT]) -> RecordT | None:
    """The record of the view's current row, if any."""
    return proxy.source.entry(proxy.mapToSource(view.currentIndex()))


def current_record_id(view: QAbstractItemView, proxy: RecordFilterProxy[RecordT]) -> int | None:
    """The id of the view's current record, if any."""
    record = current_record(view, proxy)
    return record.id if record is not None else None


def select_record(
    view: QAbstractItemView, proxy: RecordFilterProxy[RecordT], record_id: int, first_column: int
) -> bool:
    """Make a record current, in the current column but not left of `first_column`.

    False when the record is not in the model or the filters hide it.
    """
    model = proxy.source
    row = model.row_of(record_id)
    if row < 0:
        return False
    column = max(view.currentIndex().column(), first_column)
    index = proxy.mapFromSource(model.index(row, column))
    if not index.isValid():
        return False
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return True
