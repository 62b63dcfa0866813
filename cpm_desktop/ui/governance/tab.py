"""GovernanceTab: the controller of how the project is governed beside its plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from cpm_desktop.domain import View
from cpm_desktop.domain.views import GOVERNANCE_PAGES
from cpm_desktop.ui.feature_tab import FeatureTab
from cpm_desktop.ui.governance.view import GovernanceView
from cpm_desktop.ui.undo import Editor


class GovernanceTab(FeatureTab):
    """Charter, deliverables, actions, meetings, SLAs, communication and opportunities."""

    view_name = View.GOVERNANCE
    title = "Governance"
    icon_name = "governance"
    pages = GOVERNANCE_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.title = QCoreApplication.translate("GovernanceTab", "Governance")
        self._view = GovernanceView(editor)

    @property
    def view(self) -> GovernanceView:
        """The pages."""
        return self._view

    def show_project(self, project_id: int | None) -> None:
        """Show a project on every page (None: nothing)."""
        self._view.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""
        self._view.show_page(page)
