"""StatusCommands: the Project menu's entries that run the project through its life."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cpm_desktop.ui.feature_tab import MenuPart

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow


class StatusCommands(QObject):
    """Update Status…, Stage Gate…, Close Project…, Reopen Project."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        return ()
