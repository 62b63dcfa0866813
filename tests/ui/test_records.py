"""The shared record table model and filter proxy, on plain rows without a tab."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt

from cpm_desktop.ui.records.cells import READ_ONLY
from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy, matches_text
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    size: int


class ItemModel(RecordTableModel[Item]):
    def __init__(self) -> None:
        super().__init__(("Name", "Size"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self._row_for(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name if index.column() == 0 else str(item.size)
        if role == SORT_ROLE:
            return item.size
        return None


class ItemProxy(RecordFilterProxy[Item]):
    FILTERS: ClassVar[tuple[str, ...]] = ("text",)

    def __init__(self, source: ItemModel) -> None:
        super().__init__(source, SORT_ROLE)
        self.text = ""

    def tie_key(self, record: Item) -> str:
        return record.name

    def accepts(self, record: Item) -> bool:
        return matches_text(self.text, record.name)


ITEMS = [Item(1, "bolt", 3), Item(2, "nut", 1), Item(3, "axle", 3)]


def test_record_model_passes_the_model_tester(qtmodeltester) -> None:
    """Rows, columns, headers and flags hold together as Qt expects."""
    model = ItemModel()
    model.set_rows(ITEMS)
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.flags(model.index(0, 0)) == READ_ONLY
    assert model.row_of(3) == 2
    assert model.row_of(9) == -1


def test_same_ids_update_in_place_and_other_ids_reset(qtbot) -> None:
    """A refresh of the same records announces changed data; a different list resets."""
    model = ItemModel()
    model.set_rows(ITEMS)
    with qtbot.waitSignal(model.dataChanged):
        model.set_rows([Item(1, "bolt", 4), *ITEMS[1:]])
    assert model.row_at(0).size == 4
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(ITEMS[:2])
    assert model.rowCount() == 2


def test_proxy_sorts_ties_by_key_and_filters_by_text() -> None:
    """Equal sort keys keep the tie-break order; the text filter and unknown names behave."""
    model = ItemModel()
    model.set_rows(ITEMS)
    proxy = ItemProxy(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["nut", "axle", "bolt"]
    proxy.set_filter(text="BO")
    assert proxy.rowCount() == 1
    with pytest.raises(AttributeError):
        proxy.set_filter(colour="red")
