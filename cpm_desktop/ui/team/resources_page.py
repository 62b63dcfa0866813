"""ResourcesPage: the workspace's resources and who works on the project."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from cpm_desktop.services.portfolio.views import project_code_of
from cpm_desktop.services.team.assignments import AssignmentRow, project_assignments
from cpm_desktop.ui.team.resource_assignments import ResourceAssignments
from cpm_desktop.ui.team.resources_panel import ResourcesPanel
from cpm_desktop.ui.undo import Editor


class ResourcesPage(QWidget):
    """Shows the workspace's resources and who works on the project: the resources above
    (rates today, work, cost and hours on the project), the selected one's tasks below."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesPage")
        self.editor = editor
        self._assignments: Sequence[AssignmentRow] = ()
        self._code = ""
        self.resources = ResourcesPanel(editor)
        self.assignments = ResourceAssignments()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("resourcesSplitter")
        self.splitter.addWidget(self.resources)
        self.splitter.addWidget(self.assignments)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        panel = self.resources
        panel.table.selectionModel().currentRowChanged.connect(self._show_selected)
        panel.sig_refreshed.connect(self._on_refreshed)

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing); its first resource is selected."""
        self._code = (
            self.editor.workspace.run(project_code_of, project_id) or ""
            if project_id is not None
            else ""
        )
        self.resources.show_project(project_id)
        if self.resources.current_row() is None and self.resources.proxy.rowCount():
            self.resources.table.selectRow(0)

    def _on_refreshed(self, *_: object) -> None:
        # The panel re-read the resources after an edit: the assignments may have changed.
        pid = self.resources.project_id
        run = self.editor.workspace.run
        self._assignments = run(project_assignments, pid) if pid is not None else ()
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        line = self.resources.current_row()
        rows = [a for a in self._assignments if line is not None and a.resource_id == line.id]
        self.assignments.show_assignments(line, rows, self._code)
