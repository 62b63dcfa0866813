"""The main window's menu bar and toolbar: the window's own actions, then each tab's parts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from cpm_desktop.ui.actions import Actions
from cpm_desktop.ui.feature_tab import FeatureTab, MenuItem, MenuPart
from cpm_desktop.ui.icons import icon


def build_menu_bar(
    window: QMainWindow,
    a: Actions,
    undo: tuple[QAction, QAction],
    recent: QMenu,
    tabs: Sequence[FeatureTab],
    *,
    new_items: Sequence[QAction] = (),
    team: MenuPart | None = None,
    window_parts: Sequence[MenuPart] = (),
) -> None:
    """File (`new_items` after New Workspace, `team`'s items after Connect to Team Server,
    its `on_show` as the menu opens), Edit (undo, redo, the workspace's exchange rates), the
    window's own menus (`window_parts`: Project, Client), the tabs' menus in their order, then
    Help."""
    team_items = () if team is None else (None, *team.items)
    file_part = MenuPart(
        QCoreApplication.translate("Menu", "&File"),
        (a.new, *new_items, None, a.open, recent, a.connect_server, *team_items, None)
        + (a.import_plan, a.import_edits)
        + (_export_menu(window, a), None, a.save_copy, a.restore_backup, None, a.quit),
        None if team is None else team.on_show,
    )
    parts = [
        file_part,
        MenuPart(QCoreApplication.translate("Menu", "&Edit"), (*undo, None, a.exchange_rates)),
        *window_parts,
    ]
    parts += [part for tab in tabs for part in tab.menus()]
    parts.append(MenuPart(QCoreApplication.translate("Menu", "&Help"), (a.about,)))
    menus: dict[str, QMenu] = {}
    for part in parts:
        menu = menus.get(part.title)
        if menu is None:
            menu = menus[part.title] = window.menuBar().addMenu(part.title)
        elif part.items:
            menu.addSeparator()  # between the parts of two owners
        _add_items(menu, part.items)
        if part.on_show is not None:
            menu.aboutToShow.connect(part.on_show)


def _export_menu(window: QMainWindow, a: Actions) -> QMenu:
    menu = QMenu(QCoreApplication.translate("Menu", "&Export"), window)
    menu.setIcon(icon("export"))
    _add_items(
        menu, (a.export_workbook, a.export_pack, a.export_mspdi, None, a.open_workbook_when_done)
    )
    return menu


def _add_items(menu: QMenu, items: Sequence[MenuItem]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def build_toolbar(
    window: QMainWindow, a: Actions, undo: tuple[QAction, QAction], tabs: Sequence[FeatureTab]
) -> None:
    """Open and copy, undo and redo, then each tab's actions, a separator between groups."""
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    groups: list[tuple[QAction | None, ...]] = [(a.open, a.save_copy), undo]
    groups += [actions for tab in tabs if (actions := tab.toolbar_actions())]
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action in group:
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
    window.addToolBar(toolbar)
