"""Tab walks the whole screen, in the order it stands: no table keeps the focus to itself.

Qt's tables take Tab to move from cell to cell, so a keyboard user who tabs into one never
gets out to the buttons after it. Here Tab leaves every item view, in every window and dialog
(the arrow keys move in it; Tab while editing a cell still goes to the next cell). One hook on
the application's focus changes covers tables built later, in dialogs, too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

_installed: set[int] = set()


def let_tab_leave_tables(app: QApplication) -> None:
    """From now on a table or tree given the focus hands Tab on to the next control."""
    if id(app) in _installed:
        return
    _installed.add(id(app))
    app.focusChanged.connect(_on_focus_changed)


def _on_focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if isinstance(new, QAbstractItemView) and new.tabKeyNavigation():
        new.setTabKeyNavigation(False)


def tab_in_screen_order(root: QWidget) -> None:
    """Tab goes through `root`'s controls in the order its layouts place them (top to bottom,
    left to right), whatever order the code made them in: a filter or button added to a bar
    above a table after the table is reached before the table. They follow the control Tab
    reached before `root`, so the whole of `root` keeps its place in the window's order."""
    controls = [w for w in _in_layout_order(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    before = _control_before(root)
    for first, second in itertools.pairwise([before, *controls] if before else controls):
        QWidget.setTabOrder(first, second)


def _control_before(root: QWidget) -> QWidget | None:
    """The control Tab reaches just before anything inside `root`."""
    widget = root.previousInFocusChain()
    while widget is not None and widget is not root:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not root.isAncestorOf(widget):
            return widget
        widget = widget.previousInFocusChain()
    return None


def _in_layout_order(widget: QWidget) -> Iterator[QWidget]:
    """`widget`'s descendants as its layouts, splitters, stacks and scroll areas hold them."""
    for child in _children_in_order(widget):
        yield child
        if not child.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(child, _HOLDERS):
            yield from _in_layout_order(child)  # a control's own parts are its business


_HOLDERS = (QScrollArea, QTabWidget)
"""Controls that take the focus and hold others: Tab goes on into what they hold."""


def _children_in_order(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        return [content] if content is not None else []
    if isinstance(widget, QTabWidget):  # its tab bar goes with it: the bar is its focus proxy
        return [page for i in range(widget.count()) if (page := widget.widget(i)) is not None]
    if isinstance(widget, QSplitter):
        return [part for i in range(widget.count()) if (part := widget.widget(i)) is not None]
    layout = widget.layout()
    return list(_layout_widgets(layout)) if layout is not None else []


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (child := item.widget()) is not None:
            yield child
        elif (inner := item.layout()) is not None:
            yield from _layout_widgets(inner)
