"""The chip of a records table: the shared ChipDelegate coloured by the model's CHIP_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.theme import rag_color


def rag_chip(index: QModelIndex | QPersistentModelIndex) -> QColor | None:
    """The RAG colour the cell names ('green', 'amber', 'red'); None: plain text."""
    return rag_color(str(index.data(CHIP_ROLE) or ""))


def rag_chip_delegate(parent: QWidget) -> ChipDelegate:
    """A delegate drawing a column's cells as chips of their RAG colour."""
    return ChipDelegate(rag_chip, parent)
