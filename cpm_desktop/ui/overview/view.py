"""OverviewView: the project's summary page and, beside it, its records' pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.overview.project_page import ProjectSummaryPage
from cpm_desktop.ui.project_records.decisions_panel import DecisionsPanel
from cpm_desktop.ui.project_records.feedback_panel import FeedbackPanel
from cpm_desktop.ui.project_records.lessons_panel import LessonsPanel
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.stakeholders_panel import StakeholdersPanel
from cpm_desktop.ui.undo import Editor


class OverviewView(QWidget):
    """The Overview's pages: summary, client feedback, decisions, lessons, stakeholders.

    The record pages are panels that read and edit their own records (`project_records/`).
    """

    sig_shown = Signal()
    """Emitted each time the page comes on screen."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = ProjectSummaryPage(editor)
        self.pages = QTabWidget()
        self.pages.setObjectName("overviewPages")
        self.pages.setDocumentMode(True)
        self.feedback = FeedbackPanel(editor)
        self.decisions = DecisionsPanel(editor)
        self.lessons = LessonsPanel(editor)
        self.stakeholders = StakeholdersPanel(editor)
        # On a low screen the summary scrolls instead of squeezing its tables to a slit.
        summary_area = QScrollArea()
        summary_area.setObjectName("overviewSummaryArea")
        summary_area.setAccessibleName(
            QCoreApplication.translate("OverviewView", "Project summary")
        )
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)
        summary_area.setWidget(self.summary)
        self.pages.addTab(summary_area, QCoreApplication.translate("OverviewView", "Summary"))
        self.pages.addTab(
            self.feedback, QCoreApplication.translate("OverviewView", "Client Feedback")
        )
        self.pages.addTab(self.decisions, QCoreApplication.translate("OverviewView", "Decisions"))
        self.pages.addTab(
            self.lessons, QCoreApplication.translate("OverviewView", "Lessons Learned")
        )
        self.pages.addTab(
            self.stakeholders, QCoreApplication.translate("OverviewView", "Stakeholders")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def panels(self) -> tuple[RecordPanel[Any], ...]:
        """The record pages."""
        return (self.feedback, self.decisions, self.lessons, self.stakeholders)

    def show_page(self, page: View) -> None:
        """Bring a record page to the front (`View.FEEDBACK` … `View.STAKEHOLDERS`)."""
        pages: dict[View, QWidget] = {
            View.FEEDBACK: self.feedback,
            View.DECISIONS: self.decisions,
            View.LESSONS: self.lessons,
            View.STAKEHOLDERS: self.stakeholders,
        }
        self.pages.setCurrentWidget(pages[page])

    def showEvent(self, event: QShowEvent) -> None:
        """Tell the controller, which catches up with edits made while another tab was in front."""
        super().showEvent(event)
        self.sig_shown.emit()
