"""ResourcesPage: the workspace's resources and who works on the project."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.undo import Editor


class ResourcesPage(QWidget):
    """Shows the workspace's resources and who works on the project."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState("team", "Coming soon", "This page is being built."))

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing)."""
