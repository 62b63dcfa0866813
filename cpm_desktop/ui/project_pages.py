"""ProjectPages: a tab widget of pages that each show a project, read only when in front.

Switching projects reads the page in front at once; the other pages read theirs when they
come forward. A project change then costs one page's reads, not every page's, and a page the
PM never opens costs nothing. `ShownInFront` does the same for a whole tab of the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

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


class ShownInFront(QObject):
    """Shows a project on `widget` only while it is the page in front of the stack holding it
    (the main window's tabs); behind, it remembers the project and shows it on coming forward.

    It watches the stack rather than show events: a window never shown (offscreen, in tests)
    has no show events, yet its tab in front must read its project.
    """

    def __init__(self, widget: QWidget, show: ShowProject) -> None:
        super().__init__(widget)
        self._widget = widget
        self._show = show
        self._project_id: int | None = None
        self._stale = False
        self._stack: QStackedWidget | None = None

    def show_project(self, project_id: int | None) -> None:
        """Show a project now if the widget is in front, else when it comes forward."""
        self._project_id = project_id
        self._stale = True
        self._catch_up()

    def _catch_up(self, *_: object) -> None:
        if self._stale and self._in_front():
            self._stale = False
            self._show(self._project_id)

    def _in_front(self) -> bool:
        # The page is the widget itself or the frame holding it (a tab built when first shown).
        page = self._widget
        stack = page.parentWidget()
        while stack is not None and not isinstance(stack, QStackedWidget):
            page, stack = stack, stack.parentWidget()
        if stack is None:
            return True  # not (yet) a page of anything: always in front
        if stack is not self._stack:
            self._stack = stack
            stack.currentChanged.connect(self._catch_up)
        return stack.currentWidget() is page
