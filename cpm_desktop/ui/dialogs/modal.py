"""Showing a dialog modally, then letting it go."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """Run `dialog` until it closes and delete it afterwards (its models go with it); return
    its result."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
