"""StatusChipDelegate: paints a request's status as a calm, tinted chip in its colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.changes.change_model import STATUS_ROLE
from cpm_desktop.ui.changes.vocabulary import status_color
from cpm_desktop.ui.records.chip_delegate import ChipDelegate


class StatusChipDelegate(ChipDelegate):
    """The status column's chip, in the colour of the request's status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_status_color, parent)


def _status_color(index: QModelIndex | QPersistentModelIndex) -> QColor:
    return status_color(str(index.data(STATUS_ROLE) or ""))
