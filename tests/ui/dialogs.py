"""Play the user in a modal dialog: its `exec` fills the form, then presses OK."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


def answering(
    monkeypatch: pytest.MonkeyPatch, kind: type[QDialog], fill: Callable[..., None]
) -> list[QDialog]:
    """`kind`'s dialogs are filled by `fill(dialog)`, then OK is pressed; returns them."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        press_ok(dialog)
        return dialog.result()

    monkeypatch.setattr(kind, "exec", run)
    return seen


def press_ok(dialog: QWidget) -> None:
    """Click the dialog's own OK button (whatever its text)."""
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.parent() is dialog]
    button = boxes[0].button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None, "no OK button"
    button.click()
