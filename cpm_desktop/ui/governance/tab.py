"""GovernanceTab: the controller of how the project is governed beside its plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from cpm_desktop.domain import View
from cpm_desktop.domain.views import GOVERNANCE_PAGES
from cpm_desktop.ui.built_when_shown import TabBuiltWhenShown
from cpm_desktop.ui.undo import Editor

if TYPE_CHECKING:
    from cpm_desktop.ui.governance.view import GovernanceView


class GovernanceTab(TabBuiltWhenShown["GovernanceView"]):
    """Charter, deliverables, actions, meetings, SLAs, communication and opportunities."""

    view_name = View.GOVERNANCE
    title = "Governance"
    icon_name = "governance"
    pages = GOVERNANCE_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.title = QCoreApplication.translate("GovernanceTab", "Governance")

    def build_view(self) -> GovernanceView:
        """The pages, made when the tab first comes forward."""
        from cpm_desktop.ui.governance.view import GovernanceView

        return GovernanceView(self.editor)
