"""ProjectPages: a tab widget of pages that each show a project, read only when in front.

Switching projects reads the page in front at once; the other pages read theirs when they
come forward. A project change then costs one page's reads, not every page's, and a page the
PM never opens costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from cpm_desktop.domain import View

ShowProject = Callable[[int | None], None]


class ProjectPages(QTabWidget):
    """The pages as tabs; `show_project` reaches each page when it is (or comes) in front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self._shows: list[ShowProject] = []
        self._views: dict[View, QWidget] = {}
        self._project_id: int | None = None
        self._stale: set[int] = set()
        self.currentChanged.connect(self._catch_up)

    def add_page(self, view: View, title: str, page: QWidget, show: ShowProject) -> None:
        """Add `page`, the view `view`, whose `show` shows it a project."""
        self._shows.append(show)
        self._views[view] = page
        self.addTab(page, title)

    def show_page(self, view: View) -> None:
        """Bring the page of `view` to the front (it reads the project if it has not yet)."""
        self.setCurrentWidget(self._views[view])

    def show_project(self, project_id: int | None) -> None:
        """Show a project: the page in front now, the others when they come forward."""
        self._project_id = project_id
        self._stale = set(range(len(self._shows)))
        self._catch_up()

    def _catch_up(self, *_: object) -> None:
        index = self.currentIndex()
        if index in self._stale:
            self._stale.discard(index)
            self._shows[index](self._project_id)
