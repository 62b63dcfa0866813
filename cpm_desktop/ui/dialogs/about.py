"""The About box."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from cpm_desktop import APP_NAME, __version__


def show_about(parent: QWidget, workspace_path: str) -> None:
    """Show the app's version, what it is for, and where the workspace lives."""
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>An offline workspace for client project managers: schedules, risks, "
        "change requests and client-ready exports, in one file on your laptop.</p>"
        f"<p>Workspace: <code>{workspace_path}</code></p>"
        f"<p style='color:gray'>Python {platform.python_version()} · Qt for Python "
        f"{pyside_version}</p>",
    )
