"""CheckBoxDelegate: check boxes that show on the dark scheme as well as on the light one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cpm_desktop.ui.theme import colors


class CheckBoxDelegate(QStyledItemDelegate):
    """Paints items as usual, with a check box outline that contrasts with the table."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        # Fusion outlines a check box in the window colour darkened, which vanishes on a dark
        # table; the muted text colour darkened shows on both schemes (and on a projector).
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Window, QColor(colors().muted_text))
        option.palette = palette
