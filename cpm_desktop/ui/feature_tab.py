"""FeatureTab: the one protocol between the main window and each of its tabs.

A tab is a controller (reads, edits, selection) over its view (the widget the window shows)
and its actions. The window loops over its tabs: it shows a project on each, puts their menu
parts and toolbar actions in place, saves and restores their layout and stops their background
work; it never reaches inside one. Each tab subscribes itself to the Editor's change events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.settings import AppSettings

MenuItem = QAction | QMenu | None
"""An entry of a menu: an action, a submenu, or None for a separator."""


@dataclass(frozen=True, slots=True)
class MenuPart:
    """What a tab puts into one menu of the menu bar; parts with the same title share it.

    `on_show`, if given, runs just before the menu opens (to enable the actions as the tab's
    records are now).
    """

    title: str
    items: tuple[MenuItem, ...]
    on_show: Callable[[], None] | None = None


class FeatureTab(QObject):
    """The controller of one tab of the main window, as the window sees it."""

    sig_message = Signal(str)
    """Emitted with a sentence for the status bar (what an action did)."""

    sig_open_view = Signal(str)
    """Emitted with the name of a view (a `View`: a tab or a page) that should come to the front."""

    view_name: View
    """The tab's name, as `--view` and the window's `show_view` spell it."""

    title: str
    """The tab's text."""

    icon_name: str
    """The tab's icon (`ui/icons.py`)."""

    pages: tuple[View, ...] = ()
    """The views the tab shows as pages of its own (`show_page` brings one forward)."""

    @property
    def view(self) -> QWidget:
        """The tab's widgets."""
        raise NotImplementedError

    @property
    def page(self) -> QWidget:
        """The widget the window shows as the tab's page: the view, or a frame it is built into
        when the tab first comes forward (`built_when_shown.py`)."""
        return self.view

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing)."""
        raise NotImplementedError

    def show_page(self, page: View) -> None:
        """Bring one of the tab's `pages` to the front."""
        raise NotImplementedError

    def menus(self) -> tuple[MenuPart, ...]:
        """The tab's parts of the menu bar, in order."""
        return ()

    def toolbar_actions(self) -> tuple[QAction | None, ...]:
        """The tab's actions on the main toolbar; None is a separator."""
        return ()

    def restore_layout(self, settings: AppSettings) -> None:
        """Put back the layout remembered by `save_layout`."""

    def save_layout(self, settings: AppSettings) -> None:
        """Remember the layout the user gave the tab (columns, splitters, zoom)."""

    def stop(self) -> None:
        """Finish or forget background work, before the workspace is closed."""


__all__ = ["FeatureTab", "MenuItem", "MenuPart"]
