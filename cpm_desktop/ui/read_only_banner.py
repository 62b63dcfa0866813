"""The strip under the toolbar that says a workspace is open read-only, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from cpm_desktop.ui.icons import icon
from cpm_desktop.workspace import Workspace

ICON_SIZE = 20


class ReadOnlyBanner(QFrame):
    """Shown while the workspace is read-only (read-only media, a read-only or damaged file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(8)
        symbol = QLabel()
        symbol.setPixmap(icon("lock").pixmap(ICON_SIZE, ICON_SIZE))
        layout.addWidget(symbol)
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_for(self, workspace: Workspace) -> None:
        """Show the banner, with the reason, when `workspace` is read-only; hide it otherwise."""
        if workspace.read_only_reason is None:
            self.hide()
            return
        self.text.setText(
            QCoreApplication.translate(
                "ReadOnlyBanner",
                "<b>Read-only</b> ({reason}): you can read and export everything. To make "
                "changes, use File › Save a Copy… and open the copy.",
            ).format(reason=workspace.read_only_reason)
        )
        self.show()
