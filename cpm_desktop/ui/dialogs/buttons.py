"""The OK and Cancel buttons at the foot of a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel_buttons(
    dialog: QDialog, on_ok: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """OK runs `on_ok` (default: the dialog's accept), Cancel rejects; the caller places them."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
