"""TeamTab: the controller of the project's team and its money."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from cpm_desktop.domain import View
from cpm_desktop.domain.views import TEAM_PAGES
from cpm_desktop.ui.feature_tab import FeatureTab
from cpm_desktop.ui.team.view import TeamView
from cpm_desktop.ui.undo import Editor


class TeamTab(FeatureTab):
    """Resources, the rate card, workload, timesheets and vendors."""

    view_name = View.TEAM
    title = "Team"
    icon_name = "team"
    pages = TEAM_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("TeamTab", "Team")
        self.editor = editor
        self._view = TeamView(editor)

    @property
    def view(self) -> TeamView:
        """The pages."""
        return self._view

    def show_project(self, project_id: int | None) -> None:
        """Show a project on every page (None: nothing)."""
        self._view.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""
        self._view.show_page(page)
