"""The strip under the toolbar that says a workspace is open read-only, and why, or that it
is a project checked out from a team server (`ui/checkout/`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from cpm_desktop.services.checkout import laptop_checkout
from cpm_desktop.ui.checkout.words import laptop_copy_notice
from cpm_desktop.ui.icons import icon
from cpm_desktop.workspace import Workspace

ICON_SIZE = 20


class ReadOnlyBanner(QFrame):
    """Shown while the workspace is read-only (read-only media, a read-only or damaged file)
    or a laptop's checked-out copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(8)
        self.symbol = QLabel()
        layout.addWidget(self.symbol)
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_for(self, workspace: Workspace) -> None:
        """Show the banner, with the reason, when `workspace` is read-only, or what a
        checked-out copy is; hide it otherwise."""
        if workspace.read_only_reason is None:
            copy = workspace.run(laptop_checkout) if workspace.path is not None else None
            if copy is None:
                self.hide()
                return
            self.symbol.setPixmap(icon("team").pixmap(ICON_SIZE, ICON_SIZE))
            self.text.setText(laptop_copy_notice(copy))
            self.show()
            return
        self.symbol.setPixmap(icon("lock").pixmap(ICON_SIZE, ICON_SIZE))
        self.text.setText(
            QCoreApplication.translate(
                "ReadOnlyBanner",
                "<b>Read-only</b> ({reason}): you can read and export everything. To make "
                "changes, use File › Save a Copy… and open the copy.",
            ).format(reason=workspace.read_only_reason)
        )
        self.show()
