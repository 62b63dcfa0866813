"""TeamView: the Team tab's pages: who works on the project, at what rates, how loaded, the
hours they booked, and the vendors."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.governance.view import GovernancePage
from cpm_desktop.ui.team.rates_page import RatesPage
from cpm_desktop.ui.team.resources_page import ResourcesPage
from cpm_desktop.ui.timesheets.page import TimesheetPage
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.vendors.page import VendorsPage
from cpm_desktop.ui.workload.page import WorkloadPage


class TeamView(QWidget):
    """The pages: Resources, Rate Card, Workload, Timesheets, Vendors; each reads and edits its
    own records."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resources = ResourcesPage(editor)
        self.rates = RatesPage(editor)
        self.workload = WorkloadPage(editor)
        self.timesheets = TimesheetPage(editor)
        self.vendors = VendorsPage(editor)
        pages: tuple[tuple[View, str, QWidget], ...] = (
            (View.RESOURCES, "Resources", self.resources),
            (View.RATES, "Rate Card", self.rates),
            (View.WORKLOAD, "Workload", self.workload),
            (View.TIMESHEETS, "Timesheets", self.timesheets),
            (View.VENDORS, "Vendors", self.vendors),
        )
        self._pages = {view: page for view, _, page in pages}
        self.pages = QTabWidget()
        self.pages.setObjectName("teamPages")
        self.pages.setDocumentMode(True)
        for _, title, page in pages:
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_project(self, project_id: int | None) -> None:
        """Show a project's team on every page."""
        shown: tuple[GovernancePage, ...] = (
            self.resources,
            self.rates,
            self.workload,
            self.timesheets,
            self.vendors,
        )
        for page in shown:
            page.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one page to the front."""
        self.pages.setCurrentWidget(self._pages[page])
