"""What a window on screen cuts: text that does not fit the widget or table cell showing it.

`clipped(window)` walks the visible widgets of a shown window and reports each piece of text a
reader on a projector would see cut:

- **Labels**: a one-line label narrower or lower than its text (`sizeHint`, margins included);
  a word-wrapped label lower than its text needs at its width (`heightForWidth`). An
  `ElidedLabel` shows its text shortened on purpose: allowed when its tooltip holds the full text.
- **Buttons** narrower than their text and icon; **combo boxes** whose current text is wider
  than their text field (editable ones scroll, like line edits, and are left alone).
- **Table and tree cells** (every row of a `QTableView`/`QTreeView`, hidden columns left out):
  the delegate's `sizeHint` width (text, icon and the style's margins) against the cell's
  rectangle (a word-wrapping view: the wrapped lines against the cell's height). **Rule for
  elision**: a cell may be shown elided ("…") only when its tooltip
  (`ToolTipRole`) holds its whole display text; the model says so by offering the tooltip, and
  only free text (names, titles, notes) does. Dates, numbers, codes and statuses carry no such
  tooltip and must fit. The same rule holds for the header's section titles.
- **Too few rows**: a table showing fewer than `MIN_ROWS` whole rows (or fewer than it has);
  **hidden columns**: a table that cannot scroll sideways with columns past its right edge.
- **Cut by an ancestor**: a widget reaching outside a parent that is not a scroll area's
  viewport (inside a scroll area, content beyond the edge scrolls into view; elsewhere it is
  simply lost).

Each finding is a `Clip` naming the widget (its objectName, else the nearest named ancestor and
its class) and the text, so a failing test lists what to fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from cpm_desktop.ui.elided_label import ElidedLabel

MIN_ROWS = 3  # a table that shows fewer whole rows reads as a slit
MAX_ROWS = 400  # rows checked per table: enough for the demo, bounded for big plans
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TIP = Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True, slots=True)
class Clip:
    """One piece of text cut on screen: where, what, the room it needs and the room it has."""

    where: str
    text: str
    needed: int
    available: int
    what: str = "wide"  # "wide", "high", "rows" or "outside"

    def __str__(self) -> str:
        short = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        if self.what == "rows":
            return f"{self.where}: shows {self.available} whole rows of {self.needed} ({short})"
        if self.what == "outside":
            return f"{self.where}: {short!r} reaches {self.needed} px outside {self.available}"
        return f"{self.where}: {short!r} needs {self.needed} px {self.what}, has {self.available}"


def clipped(window: QWidget, *, min_rows: int = MIN_ROWS) -> list[Clip]:
    """Every piece of text cut in the visible widgets of `window` (shown and laid out)."""
    found: list[Clip] = []
    for widget in _visible_widgets(window):
        if isinstance(widget, QLabel):
            found.extend(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button(widget))
        elif isinstance(widget, QComboBox):
            found.extend(_combo(widget))
        elif isinstance(widget, QTableView | QTreeView):
            found.extend(_hidden_columns(widget))
            found.extend(_cells(widget))
            found.extend(_headers(widget))
            found.extend(_rows(widget, min_rows))
        found.extend(_outside(widget, window))
    return found


def report(found: list[Clip]) -> str:
    """The findings one per line, for an assertion message."""
    return "\n".join(str(clip) for clip in found)


def fits(label: QLabel) -> bool:
    """Tell whether one label shows all of its text."""
    return not list(_label(label))


# -- walking -------------------------------------------------------------------------------


def _visible_widgets(window: QWidget) -> Iterator[QWidget]:
    """The widgets on screen, parents before children; item views' own parts left out."""
    stack = [window]
    while stack:
        widget = stack.pop()
        if not widget.isVisible() or widget.width() <= 0 and widget.height() <= 0:
            continue
        yield widget
        if isinstance(widget, QAbstractItemView):
            continue  # scroll bars, viewport, header and editors belong to the view's check
        if isinstance(widget, QComboBox | QAbstractButton):
            continue
        stack.extend(
            child
            for child in reversed(widget.findChildren(QWidget, options=_DIRECT))
            if not child.isWindow()
        )


_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def name_of(widget: QWidget) -> str:
    """The widget's objectName, else its class under the nearest named ancestor."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    owner = parent.objectName() if parent is not None else ""
    kind = type(widget).__name__
    return f"{owner} > {kind}" if owner else kind


# -- labels, buttons, combo boxes ----------------------------------------------------------


def _label(label: QLabel) -> Iterator[Clip]:
    text = label.text()
    if not text:
        return
    shown = QLabel.text(label)  # as painted; an ElidedLabel's text() is its whole text
    if isinstance(label, ElidedLabel) and shown != text:
        # Elided on purpose: fine if the tooltip carries the whole text.
        if not _holds(label.toolTip(), text):
            yield Clip(name_of(label), text, len(text), len(shown), "wide (no tooltip)")
        return
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            yield Clip(name_of(label), text, needed, label.height(), "high")
        return
    hint = label.sizeHint()
    if hint.width() > label.width():
        yield Clip(name_of(label), text, hint.width(), label.width())
    elif label.fontMetrics().height() > label.contentsRect().height():
        yield Clip(name_of(label), text, hint.height(), label.height(), "high")


def _button(button: QAbstractButton) -> Iterator[Clip]:
    text = button.text()
    if not text:
        return
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return
    hint = button.sizeHint()
    if hint.width() > button.width():
        yield Clip(name_of(button), text.replace("&", ""), hint.width(), button.width())


def _combo(combo: QComboBox) -> Iterator[Clip]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    icon = combo.itemIcon(combo.currentIndex())
    if not icon.isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width():
        yield Clip(name_of(combo), text, needed, field.width())


# -- item views ----------------------------------------------------------------------------


def _rows_of(view: QTableView | QTreeView) -> Iterator[QModelIndex]:
    """The first index of each row on the view, top to bottom (collapsed children left out)."""
    model = view.model()
    if isinstance(view, QTreeView):
        index = model.index(0, 0)
        count = 0
        while index.isValid() and count < MAX_ROWS:
            yield index
            index = view.indexBelow(index)
            count += 1
        return
    for row in range(min(model.rowCount(), MAX_ROWS)):
        if not view.isRowHidden(row):
            yield model.index(row, 0)


def _columns_of(view: QTableView | QTreeView) -> list[int]:
    header = _header(view)
    return [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def _cells(view: QTableView | QTreeView) -> Iterator[Clip]:
    if view.model() is None:
        return
    columns = _columns_of(view)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    for first in _rows_of(view):
        for column in columns:
            index = first.siblingAtColumn(column)
            text = index.data(_DISPLAY)
            if text is None or str(text) == "":
                continue
            text = str(text)
            rect = view.visualRect(index)
            if rect.isEmpty():
                rect = QRect(0, 0, view.columnWidth(column), 1)
            option.rect = rect
            hint = view.itemDelegateForIndex(index).sizeHint(option, index)
            if view.wordWrap() and hint.width() <= rect.width():
                # Wrapped onto lines within the cell's width: they must fit its height.
                if hint.height() > rect.height():
                    title = view.model().headerData(column, Qt.Orientation.Horizontal, _DISPLAY)
                    where = f"{name_of(view)}[{first.data(_DISPLAY)}, {title}]"
                    yield Clip(where, text, hint.height(), rect.height(), "high")
                continue
            needed = hint.width()
            if needed <= rect.width():
                continue
            if _holds(index.data(_TIP), text):
                continue  # elided on purpose: the tooltip tells the whole text
            title = view.model().headerData(column, Qt.Orientation.Horizontal, _DISPLAY)
            row = first.data(_DISPLAY) if column else index.row()
            where = f"{name_of(view)}[{row}, {title}]"
            yield Clip(where, text, needed, rect.width())


def _headers(view: QTableView | QTreeView) -> Iterator[Clip]:
    if view.model() is None:
        return
    header = _header(view)
    if header.isHidden():
        return
    model = view.model()
    style = header.style()
    for column in _columns_of(view):
        text = model.headerData(column, Qt.Orientation.Horizontal, _DISPLAY)
        if not text:
            continue
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        # The style's own label rectangle (the style sheet's padding and border taken off),
        # less the sort arrow drawn in the same section.
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
            room -= arrow.width()
        needed = QFontMetrics(option.fontMetrics).horizontalAdvance(str(text))
        if needed <= room:
            continue
        tip = model.headerData(column, Qt.Orientation.Horizontal, _TIP)
        if _holds(tip, str(text)):
            continue
        yield Clip(f"{name_of(view)}[header]", str(text), needed, room)


def _holds(tip: object, text: str) -> bool:
    """Tell whether a tooltip tells the whole of `text` (spacing aside)."""
    return isinstance(tip, str) and " ".join(text.split()) in " ".join(tip.split())


def _hidden_columns(view: QTableView | QTreeView) -> Iterator[Clip]:
    """Columns beyond the viewport of a view that cannot scroll sideways: never seen."""
    if view.model() is None:
        return
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return
    length = _header(view).length()
    if length > view.viewport().width():
        yield Clip(name_of(view), "its columns", length, view.viewport().width())


def _rows(view: QTableView | QTreeView, min_rows: int) -> Iterator[Clip]:
    if view.model() is None:
        return
    rows = sum(1 for _ in _rows_of(view))
    if rows == 0:
        return
    first = next(_rows_of(view))
    height = max(view.visualRect(first).height(), view.sizeHintForRow(0), 1)
    if isinstance(view, QTableView):
        height = max(view.rowHeight(first.row()), 1)
    shown = view.viewport().height() // height
    if shown < min(rows, min_rows):
        yield Clip(name_of(view), f"{rows} rows", min(rows, min_rows), shown, "rows")


def shown_rows(view: QTableView | QTreeView) -> int:
    """How many whole rows the view's viewport shows at once."""
    first = view.model().index(0, 0)
    height = view.rowHeight(0) if isinstance(view, QTableView) else view.visualRect(first).height()
    return view.viewport().height() // max(height, 1)


# -- geometry ------------------------------------------------------------------------------


def _outside(widget: QWidget, window: QWidget) -> Iterator[Clip]:
    """The widget reaching outside a parent that does not scroll."""
    if widget is window:
        return
    rect = QRect(widget.rect())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if _is_viewport(parent):
            return  # scrolled content: the rest comes into view by scrolling
        rect.translate(child.pos())
        inside = parent.rect()
        if not inside.contains(rect):
            beyond = max(
                inside.left() - rect.left(),
                rect.right() - inside.right(),
                inside.top() - rect.top(),
                rect.bottom() - inside.bottom(),
            )
            yield Clip(name_of(widget), _text_of(widget), beyond, 0, "outside")
            return
        if parent is window:
            return
        child, parent = parent, parent.parentWidget()


def _is_viewport(widget: QWidget) -> bool:
    owner = widget.parentWidget()
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget


def _text_of(widget: QWidget) -> str:
    for getter in ("text", "currentText", "title", "windowTitle"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return value
    return type(widget).__name__
