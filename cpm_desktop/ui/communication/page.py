"""CommunicationPage: the project's communication plan and escalation path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cpm_desktop.ui.communication.escalation_panel import EscalationPanel
from cpm_desktop.ui.communication.plan_panel import PlanPanel
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.undo import Editor


class CommunicationPage(QWidget):
    """The communication plan above the escalation path, each with its own Add/Edit/Delete."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = PlanPanel(editor)
        self.escalation = EscalationPanel(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        for title, panel, stretch in (
            (QCoreApplication.translate("CommunicationPage", "Communication plan"), self.plan, 3),
            (
                QCoreApplication.translate("CommunicationPage", "Escalation path"),
                self.escalation,
                2,
            ),
        ):
            heading = QLabel(title)
            style_heading(heading)
            heading.setContentsMargins(10, 6, 10, 0)
            layout.addWidget(heading)
            layout.addWidget(panel, stretch)

    def show_project(self, project_id: int | None) -> None:
        """Show the project's plan and path (None: nothing)."""
        self.plan.show_project(project_id)
        self.escalation.show_project(project_id)
