"""GovernanceView: the Governance tab's pages, one per record of how the project is governed."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.action_log.meetings_panel import MeetingsPanel
from cpm_desktop.ui.action_log.panel import ActionsPanel
from cpm_desktop.ui.charter.page import CharterPage
from cpm_desktop.ui.communication.page import CommunicationPage
from cpm_desktop.ui.deliverables.panel import DeliverablesPanel
from cpm_desktop.ui.opportunities.panel import OpportunitiesPanel
from cpm_desktop.ui.service_levels.page import ServiceLevelsPage
from cpm_desktop.ui.undo import Editor


class GovernancePage(Protocol):
    """What the view asks of each page: show a project's records."""

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing)."""


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
        self._pages: dict[View, QWidget] = {
            View.CHARTER: self.charter,
            View.DELIVERABLES: self.deliverables,
            View.ACTIONS: self.action_log,
            View.MEETINGS: self.meetings,
            View.SLAS: self.service_levels,
            View.COMMUNICATION: self.communication,
            View.OPPORTUNITIES: self.opportunities,
        }
        titles = {
            View.CHARTER: "Charter",
            View.DELIVERABLES: "Deliverables",
            View.ACTIONS: "Actions",
            View.MEETINGS: "Meetings",
            View.SLAS: "Service Levels",
            View.COMMUNICATION: "Communication",
            View.OPPORTUNITIES: "Opportunities",
        }
        self.pages = QTabWidget()
        self.pages.setObjectName("governancePages")
        self.pages.setDocumentMode(True)
        for view, page in self._pages.items():
            self.pages.addTab(page, titles[view])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_project(self, project_id: int | None) -> None:
        """Show a project's records on every page."""
        pages: tuple[GovernancePage, ...] = (
            self.charter,
            self.deliverables,
            self.action_log,
            self.meetings,
            self.service_levels,
            self.communication,
            self.opportunities,
        )
        for page in pages:
            page.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one page to the front."""
        self.pages.setCurrentWidget(self._pages[page])
