"""The About box."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cpm_desktop import APP_NAME, __version__


def show_about(parent: QWidget, workspace_path: str) -> None:
    """Show the app's version, what it is for, and where the workspace lives."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About {app}").format(app=APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3><p>"
        + QCoreApplication.translate(
            "About",
            "An offline workspace for client project managers: schedules, risks, "
            "change requests and client-ready exports, in one file on your laptop.",
        )
        + "</p><p>"
        + QCoreApplication.translate("About", "Workspace: {path}").format(
            path=f"<code>{workspace_path}</code>"
        )
        + f"</p><p style='color:gray'>Python {platform.python_version()} · Qt for Python "
        f"{pyside_version}</p>",
    )
