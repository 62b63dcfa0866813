"""OverviewTab: the Overview's controller (a project at a glance, then its logs).

Reading a project's KPIs touches its whole plan, so the tab re-reads only when it is shown:
an edit elsewhere marks it stale, and the next look brings it up to date. Its pages are built
when the tab first comes forward (`ViewBuiltWhenShown`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from cpm_desktop.domain import View
from cpm_desktop.domain.views import OVERVIEW_PAGES
from cpm_desktop.ui.built_when_shown import ViewBuiltWhenShown
from cpm_desktop.ui.project_pages import ShownInFront
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent

if TYPE_CHECKING:
    from cpm_desktop.ui.overview.view import OverviewView


class OverviewTab(ViewBuiltWhenShown["OverviewView"]):
    """The project's summary page and, beside it, its client feedback, decisions and lessons."""

    view_name = View.OVERVIEW
    title = "Overview"
    icon_name = "overview"
    pages = OVERVIEW_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.title = QCoreApplication.translate("OverviewTab", "Overview")
        self._project_id: int | None = None
        self._stale = True
        self._pages_front: ShownInFront | None = None  # with the view

    def build_view(self) -> OverviewView:
        """The summary page and the record pages, made when the tab first comes forward."""
        from cpm_desktop.ui.overview.view import OverviewView

        return OverviewView(self.editor)

    def view_built(self, view: OverviewView) -> None:
        """Connect the view and show it the project (read now if it came on screen)."""
        # The record pages read a project when the Overview comes forward, not behind it.
        self._pages_front = ShownInFront(view, self._show_pages)
        view.sig_shown.connect(self._on_shown)
        view.summary.sig_edited.connect(self.refresh)
        view.summary.tiles.sig_activated.connect(self._open_kpi)
        self.editor.sig_changed.connect(self._on_changed)
        self._pages_front.show_project(self._project_id)
        if view.isVisible():
            self._on_shown()

    @property
    def project_id(self) -> int | None:
        """The project shown."""
        return self._project_id

    def show_page(self, page: View) -> None:
        """Bring a record page (feedback, decisions, lessons, stakeholders) to the front."""
        self.view.show_page(page)

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing); read now if visible, else when next shown."""
        self._project_id = project_id
        self._stale = True
        if self._pages_front is None:  # not built yet: it reads the project when it is
            return
        self._pages_front.show_project(project_id)
        if self.view.isVisible():
            self.refresh()

    def _show_pages(self, project_id: int | None) -> None:
        for panel in self.view.panels():
            panel.show_project(project_id)

    def refresh(self) -> None:
        """Read the project's overview again and show it."""
        # Its read models load with the first read, when the view is built: not at start.
        from cpm_desktop.services.portfolio.overview import project_overview
        from cpm_desktop.services.status_cycle.since_last import since_last_report
        from cpm_desktop.services.workload.views import project_utilisation

        self._stale = False
        project_id = self._project_id
        if project_id is None:
            self.view.summary.show_overview(None)
            return
        run = self.editor.workspace.run
        # Read again after any edit of the project, not only of its reports and status date:
        # without a report kept for the status date, the comparison is with the plan as it is.
        self.view.summary.show_overview(
            run(project_overview, project_id),
            run(since_last_report, project_id),
            run(project_utilisation, project_id),
        )

    def _on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def _open_kpi(self, key: str) -> None:
        """Show where a KPI's detail is: another tab, or the feedback page here."""
        from cpm_desktop.ui.overview.project_page import KPI_LINKS

        self.sig_open_view.emit(KPI_LINKS[key][0])

    def _on_changed(self, event: ChangeEvent) -> None:
        if not event.concerns(self._project_id):
            return
        self._stale = True
        if self.view.isVisible():
            self.refresh()


__all__ = ["OverviewTab"]
