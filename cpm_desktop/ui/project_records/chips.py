"""The chip of a records table: the shared ChipDelegate coloured by the model's CHIP_ROLE."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.theme import rag_color

E = TypeVar("E", bound=Enum)


def rag_chip(index: QModelIndex | QPersistentModelIndex) -> QColor | None:
    """The RAG colour the cell names ('green', 'amber', 'red'); None: plain text."""
    return rag_color(str(index.data(CHIP_ROLE) or ""))


def rag_chip_delegate(parent: QWidget) -> ChipDelegate:
    """A delegate drawing a column's cells as chips of their RAG colour."""
    return ChipDelegate(rag_chip, parent)


def status_chip_delegate(
    kind: type[E], color_of: Callable[[E], QColor], parent: QWidget
) -> ChipDelegate:
    """A delegate drawing a column's cells as chips coloured by the `kind` value the cell names
    (its CHIP_ROLE); a cell naming none is plain text."""
    values = {member.value: member for member in kind}

    def chip(index: QModelIndex | QPersistentModelIndex) -> QColor | None:
        status = values.get(str(index.data(CHIP_ROLE) or ""))
        return color_of(status) if status is not None else None

    return ChipDelegate(chip, parent)
