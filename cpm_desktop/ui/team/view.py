"""TeamView: the Team tab's pages: who works on the project, at what rates, how loaded, the
hours they booked, and the vendors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.project_pages import ProjectPages, ShownInFront
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
        self.pages = ProjectPages()
        self.pages.setObjectName("teamPages")
        add = self.pages.add_page
        resources = QCoreApplication.translate("TeamView", "Resources")
        rates = QCoreApplication.translate("TeamView", "Rate Card")
        workload = QCoreApplication.translate("TeamView", "Workload")
        timesheets = QCoreApplication.translate("TeamView", "Timesheets")
        vendors = QCoreApplication.translate("TeamView", "Vendors")
        add(View.RESOURCES, resources, self.resources, self.resources.show_project)
        add(View.RATES, rates, self.rates, self.rates.show_project)
        add(View.WORKLOAD, workload, self.workload, self.workload.show_project)
        add(View.TIMESHEETS, timesheets, self.timesheets, self.timesheets.show_project)
        add(View.VENDORS, vendors, self.vendors, self.vendors.show_project)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._in_front = ShownInFront(self, self.pages.show_project)

    def show_project(self, project_id: int | None) -> None:
        """Show a project's team: the page in front once the tab is in front, the others
        when shown."""
        self._in_front.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one page to the front."""
        self.pages.show_page(page)
