"""The workspace-file dialogs of the File menu: new, open, save a copy, recent files.

Each asks the user and does the file work; the window only switches to what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import Workspace, create_workspace

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("WorkspaceFiles", "CPM workspaces (*.cpm)")


def with_suffix(name: str) -> Path:
    """The file name chosen, ending in .cpm whatever the user typed."""
    return Path(name) if name.lower().endswith(".cpm") else Path(f"{name}.cpm")


def ask_new_workspace(parent: QWidget, folder: Path) -> Workspace | None:
    """Ask where, and whether to start with the demo; create it. None when cancelled or refused."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkspaceFiles", "New workspace"),
        str(folder / QCoreApplication.translate("WorkspaceFiles", "New workspace.cpm")),
        QCoreApplication.translate("WorkspaceFiles", WORKSPACE_FILTER),
    )
    if not name:
        return None
    path = with_suffix(name)
    demo = (
        QMessageBox.question(
            parent,
            QCoreApplication.translate("WorkspaceFiles", "New workspace"),
            QCoreApplication.translate(
                "WorkspaceFiles",
                "Start the new workspace with the demo portfolio (two sample clients)?\n\n"
                "Choose No for an empty workspace.",
            ),
        )
        == QMessageBox.StandardButton.Yes
    )
    try:
        if demo:
            from cpm_desktop.demo.create import create_demo_workspace

            return create_demo_workspace(path)
        return create_workspace(path)
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("WorkspaceFiles", "New workspace"), exc)
        return None


def ask_workspace_to_open(parent: QWidget, folder: Path) -> Path | None:
    """The workspace file the user picks, or None."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("WorkspaceFiles", "Open workspace"),
        str(folder),
        QCoreApplication.translate("WorkspaceFiles", WORKSPACE_FILTER),
    )
    return Path(name) if name else None


def ask_and_save_copy(parent: QWidget, workspace: Workspace) -> Path | None:
    """Ask for a file name and save a copy of the workspace there; the path, or None."""
    stem = workspace.path.stem if workspace.path is not None else workspace.name
    suggestion = workspace.folder / f"{stem} copy.cpm"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkspaceFiles", "Save a copy"),
        str(suggestion),
        QCoreApplication.translate("WorkspaceFiles", WORKSPACE_FILTER),
    )
    if not name:
        return None
    path = with_suffix(name)
    try:
        workspace.save_copy(path)
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("WorkspaceFiles", "Save a copy"), exc)
        return None
    return path


def fill_recent_menu(
    menu: QMenu,
    paths: Sequence[Path],
    open_path: Callable[[Path], object],
    servers: Sequence[str] = (),
    open_server: Callable[[str], object] | None = None,
) -> None:
    """List `paths` in `menu`, each opening its file, then the team `servers` (addresses),
    each opening its workspace; a disabled line when there are none."""
    menu.clear()
    for path in paths:
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if servers and open_server is not None:
        if paths:
            menu.addSeparator()
        for address in servers:
            action = menu.addAction(icon("team"), address.removeprefix("postgresql://"))
            action.setStatusTip(address)
            action.triggered.connect(lambda _=False, a=address: open_server(a))
    if not paths and not servers:
        menu.addAction(
            QCoreApplication.translate("WorkspaceFiles", "No recent workspaces")
        ).setEnabled(False)
