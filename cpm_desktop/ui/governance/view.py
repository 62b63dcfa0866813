"""GovernanceView: the Governance tab's pages, one per record of how the project is governed."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.action_log.meetings_panel import MeetingsPanel
from cpm_desktop.ui.action_log.panel import ActionsPanel
from cpm_desktop.ui.charter.page import CharterPage
from cpm_desktop.ui.communication.page import CommunicationPage
from cpm_desktop.ui.deliverables.panel import DeliverablesPanel
from cpm_desktop.ui.opportunities.panel import OpportunitiesPanel
from cpm_desktop.ui.project_pages import ProjectPages, ShownInFront
from cpm_desktop.ui.service_levels.page import ServiceLevelsPage
from cpm_desktop.ui.undo import Editor


class GovernanceView(QWidget):
    """The pages: Charter, Deliverables, Actions, Meetings, Service Levels, Communication,
    Opportunities; each reads and edits its own records."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charter = CharterPage(editor)
        self.deliverables = DeliverablesPanel(editor)
        self.action_log = ActionsPanel(editor)
        self.meetings = MeetingsPanel(editor)
        self.service_levels = ServiceLevelsPage(editor)
        self.communication = CommunicationPage(editor)
        self.opportunities = OpportunitiesPanel(editor)
        self.pages = ProjectPages()
        self.pages.setObjectName("governancePages")
        add = self.pages.add_page
        add(View.CHARTER, "Charter", self.charter, self.charter.show_project)
        add(View.DELIVERABLES, "Deliverables", self.deliverables, self.deliverables.show_project)
        add(View.ACTIONS, "Actions", self.action_log, self.action_log.show_project)
        add(View.MEETINGS, "Meetings", self.meetings, self.meetings.show_project)
        add(View.SLAS, "Service Levels", self.service_levels, self.service_levels.show_project)
        add(
            View.COMMUNICATION, "Communication", self.communication, self.communication.show_project
        )
        add(
            View.OPPORTUNITIES, "Opportunities", self.opportunities, self.opportunities.show_project
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._in_front = ShownInFront(self, self.pages.show_project)

    def show_project(self, project_id: int | None) -> None:
        """Show a project's records: the page in front once the tab is in front, the others
        when shown."""
        self._in_front.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one page to the front."""
        self.pages.show_page(page)
