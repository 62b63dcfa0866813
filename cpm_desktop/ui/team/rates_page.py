"""RatesPage: the rate card: roles and their dated cost and bill rates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.team.rate_panels import RateCardPanel, RolesPanel
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor

NOTE = QT_TRANSLATE_NOOP(
    "RatesPage",
    "The rate card is the workspace's: every project prices its work with it. Rates are "
    "internal (cost and margin never go into client exports).",
)


class RatesPage(QWidget):
    """Shows the rate card: the roles above, the dated rates of roles and people below."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesPage")
        self.editor = editor
        self.roles = RolesPanel(editor)
        self.rates = RateCardPanel(editor)
        self.note = QLabel(QCoreApplication.translate("RatesPage", NOTE))
        self.note.setObjectName("rateCardNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colors().muted_text}; padding: 0 10px;")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("ratesSplitter")
        self.splitter.addWidget(self.roles)
        self.splitter.addWidget(self.rates)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)

    def show_project(self, project_id: int | None) -> None:
        """Show the rate card, edited in the project's undo history (None: nothing)."""
        self.roles.show_project(project_id)
        self.rates.show_project(project_id)
