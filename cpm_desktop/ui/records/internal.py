"""The internal flag as every record form and table shows it: a checkbox, a lock, a tooltip.

A risk, decision or lesson marked internal is the supplier's own and stays out of every client
export; the lock (resources/icons/lock.svg) marks it in the tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox

from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

# English here; shown through QCoreApplication.translate("Internal", ...) (`internal_tip`).
CHECK_TEXT = QT_TRANSLATE_NOOP("Internal", "Internal (never in client exports)")
TIP = QT_TRANSLATE_NOOP("Internal", "Internal: never in client exports")
CHECK_TIP = QT_TRANSLATE_NOOP(
    "Internal",
    "The supplier's own record: internal exports (pack, workbook) show it; client exports "
    "and the workbook's hidden sheet leave it out.",
)
ICON = "lock"


def internal_tip() -> str:
    """TIP in the window's language: the tooltip of an internal record."""
    return QCoreApplication.translate("Internal", TIP)


def internal_check(checked: bool) -> QCheckBox:
    """The form's checkbox, ticked for an internal record."""
    box = QCheckBox(QCoreApplication.translate("Internal", CHECK_TEXT))
    box.setObjectName("internalCheck")
    box.setToolTip(QCoreApplication.translate("Internal", CHECK_TIP))
    box.setChecked(checked)
    return box


def internal_icon(internal: bool) -> QIcon | None:
    """The lock a table shows beside an internal record's reference; None for the client's."""
    return icon(ICON) if internal else None
