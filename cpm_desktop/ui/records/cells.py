"""Item flags and alignments the table models share."""

from __future__ import annotations

from PySide6.QtCore import Qt

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


def reference_number(reference: str) -> int:
    """The number of a reference, so CR-002 sorts before CR-010 and CR-1000 after CR-999."""
    digits = reference.rpartition("-")[2]
    return int(digits) if digits.isdigit() else 0
