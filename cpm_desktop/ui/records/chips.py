"""Painting a chip in a table cell: the style's cell without its text, then a centred pill."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_cell_without_text(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> None:
    """Draw the cell's background and selection as the style does, leaving out its text."""
    plain = QStyleOptionViewItem(option)
    delegate.initStyleOption(plain, index)
    plain.text = ""
    style = plain.widget.style() if plain.widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)


def centred_chip(cell: QRectF, width: float, height: float) -> QRectF:
    """A `width` × `height` rectangle centred in `cell`."""
    return QRectF(cell.center().x() - width / 2, cell.center().y() - height / 2, width, height)
