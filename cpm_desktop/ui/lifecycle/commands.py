"""LifecycleCommands: the Project menu's entries that move a project through its stages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cpm_desktop.ui.feature_tab import MenuPart

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow


class LifecycleCommands(QObject):
    """Stage Gate…, Close Project…, Reopen Project, Show Closed Projects."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        return ()
