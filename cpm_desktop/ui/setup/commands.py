"""SetupCommands: the menu entries that create clients and projects and edit their frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cpm_desktop.ui.feature_tab import MenuPart

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow


class SetupCommands(QObject):
    """New Client, New Project, Project › Properties, Client › Properties, deletions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def file_actions(self) -> tuple[QAction, ...]:
        """The File menu's entries after New Workspace."""
        return ()

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        return ()
