"""Every tab without a mouse: Ctrl+digit brings each tab forward, arrows on an inner tab bar
turn its pages, and Tab then walks the whole screen and comes back, reaching every control in
the order it stands on screen, each with a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

from cpm_desktop.ui.main_window import MainWindow
from tests.ui.windows import shown_on

MAX_PRESSES = 400
STAY_PRESSES = 8
"""Tab may stay on one control a few presses (a date's day, month and year; a label's links),
never for good."""

CAPTIONED = (QAbstractButton, QTabBar, QLabel)
"""Controls whose own visible text is their name; any other control needs a set name or a
label that is its buddy (a combo box's or field's value is not its name)."""


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window, shown and active at a laptop's 1280 × 800."""
    shown_on(qtbot, window, "timeline", active=True)
    window.resize(1280, 800)
    return window


def walk(qtbot, start: QWidget) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it; the controls it met, in order."""
    met: list[QWidget] = []
    stayed = 0
    for _ in range(MAX_PRESSES):
        before = QApplication.focusWidget()
        assert before is not None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus is start:
            return met
        if focus is before:
            stayed += 1
            assert stayed < STAY_PRESSES, f"Tab is kept by {describe(focus)}"
            continue
        stayed = 0
        assert focus not in met, f"Tab goes round without coming back, at {describe(focus)}"
        met.append(focus)
    raise AssertionError(f"Tab did not come back to {describe(start)}")


def describe(widget: QWidget) -> str:
    """A control as a failure message names it."""
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader says the control is ('' for nothing)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, CAPTIONED):
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface is not None else ""
    return ""


def buddy_labels(root: QWidget) -> dict[int, str]:
    """Each control's label, for the controls a label names."""
    return {
        id(label.buddy()): label.text().replace("&", "")
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text()
    }


def pages_walked(qtbot, window: MainWindow) -> dict[str, tuple[QWidget, list[QWidget]]]:
    """Each tab and inner page by title, brought forward by keys: the page, and what Tab met."""
    walked: dict[str, tuple[QWidget, list[QWidget]]] = {}
    main_bar = window.tabs.tabBar()
    for number in range(window.tabs.count()):
        digit = Qt.Key(Qt.Key.Key_1.value + number)
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number
        title = window.tabs.tabText(number)
        main_bar.setFocus()  # where Tab starts: the first stop after the tab bar is the page's
        met = walk(qtbot, main_bar)
        walked[title] = (window.tabs.currentWidget(), met)
        for inner in [widget for widget in met if isinstance(widget, QTabBar)]:
            for page in range(1, inner.count()):
                inner.setFocus()
                qtbot.keyClick(inner, Qt.Key.Key_Right)
                assert inner.currentIndex() == page
                inner_page = inner.parentWidget().currentWidget()  # the bar's QTabWidget
                walked[f"{title} › {inner.tabText(page)}"] = (inner_page, walk(qtbot, inner))
    return walked


def test_every_page_by_keyboard_alone(qtbot, window: MainWindow) -> None:
    """On every tab and inner page, Tab comes back to where it started (no table, date or
    link keeps the focus), reaches the page's controls and the navigator, goes down each
    column of the page, and each control it meets has a name to be read out."""
    walked = pages_walked(qtbot, window)
    assert len(walked) > window.tabs.count()  # the inner pages were turned too
    buddies = buddy_labels(window)
    unnamed, out_of_order = set(), set()
    for title, (page, met) in walked.items():
        on_page = [widget for widget in met if page.isAncestorOf(widget)]
        assert on_page, title
        assert window.navigator in met, title
        unnamed |= {f"{title}: {describe(w)}" for w in met if not spoken_name(w, buddies).strip()}
        out_of_order |= set(upwards(window, title, on_page))
    assert sorted(unnamed) == []
    assert sorted(out_of_order) == []


def upwards(window: QWidget, title: str, met: list[QWidget]) -> list[str]:
    """Each control reached after one that stands wholly below it in the same column."""
    boxes = [QRect(unscrolled_top_left(window, widget), widget.size()) for widget in met]
    found = []
    for index, box in enumerate(boxes):
        for earlier, earlier_box in zip(met[:index], boxes[:index], strict=True):
            same_column = box.left() < earlier_box.right() and earlier_box.left() < box.right()
            if same_column and earlier_box.top() > box.bottom():
                found.append(f"{title}: {describe(met[index])} after {describe(earlier)}")
    return found


def unscrolled_top_left(window: QWidget, widget: QWidget) -> QPoint:
    """Where `widget` stands in the window with every scroll area scrolled to its top."""
    content = widget
    while content.parentWidget() is not None:
        area = content.parentWidget().parentWidget()
        if isinstance(area, QScrollArea) and area.widget() is content:
            return unscrolled_top_left(window, area.viewport()) + widget.mapTo(content, QPoint())
        content = content.parentWidget()
    return widget.mapTo(window, QPoint())
