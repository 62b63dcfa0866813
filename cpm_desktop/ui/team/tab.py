"""TeamTab: the controller of the project's team and its money."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from cpm_desktop.domain import View
from cpm_desktop.domain.views import TEAM_PAGES
from cpm_desktop.ui.built_when_shown import TabBuiltWhenShown
from cpm_desktop.ui.undo import Editor

if TYPE_CHECKING:
    from cpm_desktop.ui.team.view import TeamView


class TeamTab(TabBuiltWhenShown["TeamView"]):
    """Resources, the rate card, workload, timesheets and vendors."""

    view_name = View.TEAM
    title = "Team"
    icon_name = "team"
    pages = TEAM_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.title = QCoreApplication.translate("TeamTab", "Team")

    def build_view(self) -> TeamView:
        """The pages, made when the tab first comes forward."""
        from cpm_desktop.ui.team.view import TeamView

        return TeamView(self.editor)
