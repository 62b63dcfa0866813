"""BuiltWhenShown: a tab's page whose widgets are made the first time it comes to the front.

Every tab but the Timeline (the one a window opens on) is built, and its view's modules
imported, on first showing: together they took longer to build than the rest of the window,
and the PM may never open some of them in a session. Their controllers (a `ViewBuiltWhenShown`)
and actions exist from the start, so menus and shortcuts work before. Like `ShownInFront`, the
frame watches the stack holding it rather than show events: a window never shown (offscreen,
in tests) has none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from cpm_desktop.domain import View
from cpm_desktop.ui.feature_tab import FeatureTab


class BuiltWhenShown(QWidget):
    """An empty frame until it is in front of its stack or `content()` is asked for."""

    sig_built = Signal(QWidget)
    """Emitted with the content once it is built and in place."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build = build
        self._content: QWidget | None = None
        self._stack: QStackedWidget | None = None

    def is_built(self) -> bool:
        """True once the content exists."""
        return self._content is not None

    def content(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            self._layout.addWidget(self._content)
            # Now, not when the layout's queued call comes round: the keys and clicks that
            # brought the tab forward may go on into it at once.
            self._content.show()
            self.sig_built.emit(self._content)
        return self._content

    def event(self, event: QEvent) -> bool:
        # Put into a stack (the window's tabs): follow which of its pages is in front.
        if event.type() == QEvent.Type.ParentChange:
            stack = self.parentWidget()
            if isinstance(stack, QStackedWidget) and stack is not self._stack:
                self._stack = stack
                stack.currentChanged.connect(self._catch_up)
                self._catch_up()
        return super().event(event)

    def _catch_up(self, *_: object) -> None:
        if self._content is None and self._stack is not None and self._in_front():
            self.content()

    def _in_front(self) -> bool:
        return self._stack is not None and self._stack.currentWidget() is self


class PagesView(Protocol):
    """What a tab of pages built when shown asks of its view."""

    def show_project(self, project_id: int | None) -> None:
        """Show a project on the pages (None: nothing)."""

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""


V = TypeVar("V", bound=QWidget)  # a PagesView too


class ViewBuiltWhenShown(FeatureTab, Generic[V]):
    """A tab whose view (`build_view`) is built into a `BuiltWhenShown` frame when the tab
    first comes forward, or when `view` is first asked for (a command run from the menu);
    `view_built` then connects it and shows it what the tab holds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = BuiltWhenShown(self.build_view)
        self._page.sig_built.connect(lambda view: self.view_built(cast(V, view)))

    def build_view(self) -> V:
        """Make the view, a widget (its modules imported here, on first showing)."""
        raise NotImplementedError

    def view_built(self, view: V) -> None:
        """The view is built and in its frame: connect it and show it what the tab holds
        (it came on screen before anything was connected to it)."""

    @property
    def page(self) -> BuiltWhenShown:
        """The frame the window shows; the view is built into it on first showing."""
        return self._page

    @property
    def view(self) -> V:
        """The tab's widgets (built now if the tab has not been shown yet)."""
        return cast(V, self._page.content())

    def is_built(self) -> bool:
        """True once the view exists: until then the tab has nothing on screen to update."""
        return self._page.is_built()


class TabBuiltWhenShown(ViewBuiltWhenShown[V]):
    """A tab of pages (a `PagesView`) built when the tab first comes forward; the project
    shown meanwhile is remembered and shown then."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project_id: int | None = None

    def show_project(self, project_id: int | None) -> None:
        """Show a project on every page (None: nothing)."""
        self._project_id = project_id
        if self.is_built():
            cast(PagesView, self.view).show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""
        cast(PagesView, self.view).show_page(page)

    def view_built(self, view: V) -> None:
        """Show the pages the project shown (in place in its frame, a page knows whether the
        tab is in front)."""
        cast(PagesView, view).show_project(self._project_id)
