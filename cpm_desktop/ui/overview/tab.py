"""OverviewTab: a project at a glance (KPIs, commentary, milestones, billing) and its logs.

Reading a project's KPIs touches its whole plan, so the tab re-reads only when it is shown:
an edit elsewhere marks it stale, and the next look brings it up to date.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cpm_desktop.services.portfolio.overview import project_overview
from cpm_desktop.ui.overview.project_page import KPI_LINKS, ProjectSummaryPage
from cpm_desktop.ui.project_records.decisions_panel import DecisionsPanel
from cpm_desktop.ui.project_records.feedback_panel import FeedbackPanel
from cpm_desktop.ui.project_records.lessons_panel import LessonsPanel
from cpm_desktop.ui.project_records.stakeholders_panel import StakeholdersPanel
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent


class OverviewTab(QWidget):
    """The project's summary page and, beside it, its client feedback, decisions and lessons."""

    sig_open_view = Signal(str)
    """Emitted with a tab's name (timeline, risks, changes) when a KPI tile asks for it."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._stale = True
        self.summary = ProjectSummaryPage(editor)
        self.summary.sig_edited.connect(self.refresh)
        self.summary.tiles.sig_activated.connect(self._open_kpi)
        self.pages = QTabWidget()
        self.pages.setObjectName("overviewPages")
        self.pages.setDocumentMode(True)
        self.feedback = FeedbackPanel(editor)
        self.decisions = DecisionsPanel(editor)
        self.lessons = LessonsPanel(editor)
        self.stakeholders = StakeholdersPanel(editor)
        self.pages.addTab(self.summary, "Summary")
        self.pages.addTab(self.feedback, "Client Feedback")
        self.pages.addTab(self.decisions, "Decisions")
        self.pages.addTab(self.lessons, "Lessons Learned")
        self.pages.addTab(self.stakeholders, "Stakeholders")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        editor.sig_changed.connect(self._on_changed)

    @property
    def project_id(self) -> int | None:
        """The project shown."""
        return self._project_id

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing); read now if visible, else when next shown."""
        self._project_id = project_id
        self._stale = True
        for panel in (self.feedback, self.decisions, self.lessons, self.stakeholders):
            panel.show_project(project_id)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the project's overview again and show it."""
        self._stale = False
        project_id = self._project_id
        overview = (
            None if project_id is None else self.editor.workspace.run(project_overview, project_id)
        )
        self.summary.show_overview(overview)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while another tab was in front."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _open_kpi(self, key: str) -> None:
        """Show where a KPI's detail is: the feedback page here, else another tab."""
        where = KPI_LINKS[key][0]
        if where == "feedback":
            self.pages.setCurrentWidget(self.feedback)
        else:
            self.sig_open_view.emit(where)

    def _on_changed(self, event: ChangeEvent) -> None:
        if not event.concerns(self._project_id):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()
