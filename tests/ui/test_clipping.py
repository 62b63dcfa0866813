"""The clipping check itself: it finds what is cut, and lets pass what fits or elides on purpose."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from cpm_desktop.ui.elided_label import ElidedLabel
from tests.ui.clipping import clipped, fits, report

LONG = "Key users unavailable during peak season (November–December)"


def _window(qtbot, *widgets: QWidget, width: int = 400, height: int = 300) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_too_narrow_label_is_reported_by_name(qtbot) -> None:
    """A one-line label given less width than its text is found, named and measured."""
    label = QLabel(LONG)
    label.setObjectName("tooNarrow")
    label.setMinimumWidth(1)
    label.setFixedWidth(80)
    window = _window(qtbot, label)
    found = clipped(window)
    assert [clip.where for clip in found] == ["tooNarrow"]
    assert found[0].needed > found[0].available == 80
    assert "tooNarrow" in report(found)
    label.setFixedWidth(label.sizeHint().width())
    assert fits(label)


def test_a_wrapped_label_lower_than_its_text_is_reported(qtbot) -> None:
    """A word-wrapped label needs its height for its width; a fixed lower one is cut."""
    label = QLabel(LONG * 4)
    label.setObjectName("tooLow")
    label.setWordWrap(True)
    label.setFixedHeight(20)
    found = clipped(_window(qtbot, label))
    assert [(clip.where, clip.what) for clip in found] == [("tooLow", "high")]


def test_an_elided_label_passes_with_its_text_in_the_tooltip(qtbot) -> None:
    """ElidedLabel shortens with "…" and tells the whole text in its tooltip: not a clip."""
    label = ElidedLabel(LONG)
    label.setObjectName("elided")
    label.setToolTip("Risk title")
    label.setFixedWidth(120)
    window = _window(qtbot, label)
    assert QLabel.text(label).endswith("…")
    assert label.text() == LONG
    assert LONG in label.toolTip()
    assert "Risk title" in label.toolTip()
    assert clipped(window) == []
    label.setFixedWidth(label.sizeHint().width())
    qtbot.waitUntil(lambda: QLabel.text(label) == LONG)
    assert label.toolTip() == "Risk title"


def _table(rows: list[list[str]], tips: bool) -> QTableView:
    model = QStandardItemModel(0, len(rows[0]))
    model.setHorizontalHeaderLabels(["Ref", "Title"])
    for texts in rows:
        items = [QStandardItem(text) for text in texts]
        if tips:
            items[1].setToolTip(texts[1])
        model.appendRow(items)
    table = QTableView()
    table.setObjectName("table")
    table.setModel(model)
    table.setWordWrap(False)  # as every records table (style_record_table)
    table._model = model  # type: ignore[attr-defined]  # keep the model alive with the view
    return table


def test_a_cut_cell_is_reported_unless_its_tooltip_tells_it(qtbot) -> None:
    """A cell narrower than its text is a clip; with its whole text as tooltip, an elision."""
    rows = [["R-001", LONG], ["R-002", "Short"], ["R-003", "Short"]]
    bare = _table(rows, tips=False)
    bare.setColumnWidth(1, 90)
    found = clipped(_window(qtbot, bare))
    assert [clip.where for clip in found] == ["table[R-001, Title]"]
    assert found[0].text == LONG
    told = _table(rows, tips=True)
    told.setColumnWidth(1, 90)
    assert clipped(_window(qtbot, told)) == []


def test_a_table_showing_too_few_rows_is_reported(qtbot) -> None:
    """A table squeezed below MIN_ROWS whole rows is a slit, however its cells fit."""
    table = _table([[f"R-00{n}", "Short"] for n in range(8)], tips=False)
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 40)
    found = clipped(_window(qtbot, table, height=400))
    assert [clip.what for clip in found] == ["rows"]


def test_a_widget_outside_its_parent_is_reported(qtbot) -> None:
    """A child placed past its parent's edge (no scroll area) is cut off."""
    window = _window(qtbot, QLabel("Fits"))
    stray = QLabel("Stray", window)
    stray.setObjectName("stray")
    stray.move(window.width() - 10, 10)
    stray.show()
    found = clipped(window)
    assert [(clip.where, clip.what) for clip in found] == [("stray", "outside")]
