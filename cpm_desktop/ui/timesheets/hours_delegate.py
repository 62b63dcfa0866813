"""HoursDelegate: an hours cell's editor, which takes only what can be hours of a week.

Digits with a decimal point or comma, or hours and minutes (7:30), and an optional "h"; the
model checks the range (0–168) and says why a value is refused.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# Up to three digits, a fraction or minutes, a unit: "7.5", "7,5", "7:30", "8 h".
HOURS_PATTERN = r"\s*\d{0,3}(?:[.,]\d{0,2}|:\d{0,2})?\s*(?:h|std)?\s*"


class HoursDelegate(QStyledItemDelegate):
    """Edits an hours cell in a line edit that refuses anything but hours."""

    def createEditor(  # noqa: N802 - Qt's name
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("hoursEditor")
        pattern = QRegularExpression(
            HOURS_PATTERN, QRegularExpression.PatternOption.CaseInsensitiveOption
        )
        editor.setValidator(QRegularExpressionValidator(pattern, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText("0")
        editor.setToolTip(
            QCoreApplication.translate(
                "HoursDelegate", "Hours in the week, 0 to 168 (7.5, 7,5 or 7:30); empty clears them"
            )
        )
        return editor
