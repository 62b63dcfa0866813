"""TeamTab: the controller of the project's team and its money."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from cpm_desktop.domain import View
from cpm_desktop.domain.views import TEAM_PAGES
from cpm_desktop.ui.built_when_shown import BuiltWhenShown
from cpm_desktop.ui.feature_tab import FeatureTab
from cpm_desktop.ui.undo import Editor

if TYPE_CHECKING:
    from cpm_desktop.ui.team.view import TeamView


class TeamTab(FeatureTab):
    """Resources, the rate card, workload, timesheets and vendors."""

    view_name = View.TEAM
    title = "Team"
    icon_name = "team"
    pages = TEAM_PAGES

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("TeamTab", "Team")
        self.editor = editor
        self._project_id: int | None = None
        # Built, and its modules imported, when the tab first comes forward.
        self._page = BuiltWhenShown(self._build_view)
        self._page.sig_built.connect(self._on_built)

    @property
    def page(self) -> BuiltWhenShown:
        """The frame the window shows; the pages are built into it on first showing."""
        return self._page

    @property
    def view(self) -> TeamView:
        """The pages (built now if the tab has not been shown yet)."""
        return cast("TeamView", self._page.content())

    def show_project(self, project_id: int | None) -> None:
        """Show a project on every page (None: nothing)."""
        self._project_id = project_id
        if self._page.is_built():
            self.view.show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""
        self.view.show_page(page)

    def _build_view(self) -> TeamView:
        from cpm_desktop.ui.team.view import TeamView

        return TeamView(self.editor)

    def _on_built(self, view: QWidget) -> None:
        # In place in its frame, so it knows whether the tab is in front.
        cast("TeamView", view).show_project(self._project_id)
