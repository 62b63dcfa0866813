"""GovernanceView: the Governance tab's pages, one per record of how the project is governed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        pages = (
            (View.CHARTER, QCoreApplication.translate("GovernanceView", "Charter"), self.charter),
            (
                View.DELIVERABLES,
                QCoreApplication.translate("GovernanceView", "Deliverables"),
                self.deliverables,
            ),
            (
                View.ACTIONS,
                QCoreApplication.translate("GovernanceView", "Actions"),
                self.action_log,
            ),
            (
                View.MEETINGS,
                QCoreApplication.translate("GovernanceView", "Meetings"),
                self.meetings,
            ),
            (
                View.SLAS,
                QCoreApplication.translate("GovernanceView", "Service Levels"),
                self.service_levels,
            ),
            (
                View.COMMUNICATION,
                QCoreApplication.translate("GovernanceView", "Communication"),
                self.communication,
            ),
            (
                View.OPPORTUNITIES,
                QCoreApplication.translate("GovernanceView", "Opportunities"),
                self.opportunities,
            ),
        )
        for view, title, page in pages:
            self.pages.add_page(view, title, page, page.show_project)
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
