"""BuiltWhenShown: a tab's page whose widgets are made the first time it comes to the front.

A tab of many pages (Governance: seven record pages; Team: five) takes longer to build than the
rest of the window, and the PM may never open it in a session: it is built, and its modules
imported, on first showing instead. Like `ShownInFront`, it watches the stack holding it rather
than show events: a window never shown (offscreen, in tests) has none.
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


class TabBuiltWhenShown(FeatureTab, Generic[V]):
    """A tab whose view (`build_view`) is built into a `BuiltWhenShown` frame when the tab
    first comes forward; the project shown meanwhile is remembered and shown then."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project_id: int | None = None
        self._page = BuiltWhenShown(self.build_view)
        self._page.sig_built.connect(self._on_built)

    def build_view(self) -> V:
        """Make the view, a widget (its modules imported here, on first showing)."""
        raise NotImplementedError

    @property
    def page(self) -> BuiltWhenShown:
        """The frame the window shows; the view is built into it on first showing."""
        return self._page

    @property
    def view(self) -> V:
        """The pages (built now if the tab has not been shown yet)."""
        return cast(V, self._page.content())

    def show_project(self, project_id: int | None) -> None:
        """Show a project on every page (None: nothing)."""
        self._project_id = project_id
        if self._page.is_built():
            cast(PagesView, self.view).show_project(project_id)

    def show_page(self, page: View) -> None:
        """Bring one of the pages to the front."""
        cast(PagesView, self.view).show_page(page)

    def _on_built(self, view: QWidget) -> None:
        # In place in its frame, so it knows whether the tab is in front.
        cast(PagesView, view).show_project(self._project_id)
